"""Files that hold many articles: scraper exports (JSONL, JSON, CSV), RSS/Atom feeds saved as
files, and WARC web archives (how Common Crawl's news crawl is published).

Each reader yields one `Record` per article: its text (or the HTML to extract it from) and the
metadata the file gives, or a `Skipped` for an entry that is not one. `kg.inputs.ingest` turns
records into Documents. Nothing here decides what an article's text is; this module only takes files
apart.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from kg.model import Skipped
from kg.yaml_loader import load_yaml

FIELDS_FILE = Path(__file__).parent.parent / "data" / "record_fields.yaml"
FIELDS = ("text", "title", "date", "url", "outlet", "author")

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = RECORD_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class SourceError(ValueError):
    """A whole file that cannot be read as what its name says; one line for the user."""


@dataclass(frozen=True)
class Record:
    """One article inside a file. ``raw`` identifies its content (its sha256 is the document's
    id); ``text`` is plain text, else ``html`` is markup to extract it from (a whole page, or a
    fragment such as a feed entry's content)."""

    index: int  # 1-based position in the file: the JSONL line, CSV row, feed entry, WARC record
    raw: bytes
    text: str | None = None
    html: str | bytes | None = None
    page: bool = False  # html is a whole page (main text to find), not a fragment
    title: str | None = None
    date: str | dt.date | None = None  # as the file gives it; kg.inputs.ingest parses it
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


def kind(name: str) -> str | None:
    """'records', 'feed' or 'warc' for a file name these readers take, else None."""
    lower = name.lower()
    for found, suffixes in (("warc", WARC_SUFFIXES), ("records", RECORD_SUFFIXES),
                            ("feed", FEED_SUFFIXES)):
        if lower.endswith(suffixes):
            return found
    return None


# --------------------------------------------------------------------------- field names


@dataclass(frozen=True)
class FieldMap:
    """Which record field holds which part of an article: candidate names per part, in order."""

    names: Mapping[str, tuple[str, ...]]
    containers: tuple[str, ...]

    @classmethod
    def load(cls, overrides: Mapping[str, str] | None = None, path: Path = FIELDS_FILE
             ) -> FieldMap:
        """The names in ``kg/data/record_fields.yaml``, with ``overrides`` (part → field) first."""
        data = load_yaml(path)
        names = {part: tuple(str(n).lower() for n in data["fields"][part]) for part in FIELDS}
        for part, name in (overrides or {}).items():
            names[part] = (name.lower(), *names[part])
        return cls(names, tuple(data["containers"]))

    def value(self, record: Mapping[str, Any], part: str) -> Any:
        """The first non-empty field for ``part``, names matched case-insensitively."""
        lowered = {str(k).lower(): v for k, v in record.items()}
        for name in self.names[part]:
            found = _plain(lowered.get(name))
            if found:
                return found
        return None


@functools.lru_cache(maxsize=1)
def default_fields() -> FieldMap:
    """The field names of kg/data/record_fields.yaml, read once."""
    return FieldMap.load()


def parse_fields(spec: str) -> dict[str, str]:
    """``"text=body,date=pubDate"`` → ``{"text": "body", "date": "pubDate"}``; ValueError names
    the parts when one is unknown or malformed."""
    out: dict[str, str] = {}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        part, sep, name = item.partition("=")
        part, name = part.strip().lower(), name.strip()
        if not sep or not name or part not in FIELDS:
            raise ValueError(f"bad field mapping {item!r}: expected PART=FIELD with PART one of "
                             f"{', '.join(FIELDS)} (e.g. text=body,date=pubDate)")
        out[part] = name
    return out


def _plain(value: Any) -> Any:
    """A field's value as text: lists joined ("authors": [..]), objects by their name."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        parts = [p for p in map(_plain, value) if isinstance(p, str)]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return _plain(value.get("name") or value.get("title") or value.get("@value"))
    return None


# --------------------------------------------------------------------------- JSONL, JSON, CSV


def read_records(path: Path, data: bytes, fields: FieldMap) -> Iterator[Record | Skipped]:
    """Articles of a JSONL, JSON or CSV export: one per line, array element or row."""
    lower = path.name.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        items: Iterator[tuple[int, Any]] = _jsonl(path, data)
    elif lower.endswith(".json"):
        items = enumerate(_json_records(data, fields), 1)
    else:
        items = enumerate(_csv_rows(data), 1)
    for index, item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        if not isinstance(item, dict):
            yield Skipped(f"{path}#{index}", "not an object with article fields")
            continue
        text = fields.value(item, "text")
        if not isinstance(text, str):
            names = "/".join(fields.names["text"][:4])
            yield Skipped(f"{path}#{index}", f"no article text (no {names}… field; name it "
                          "with --fields text=FIELD)")
            continue
        markup = text.lstrip().startswith("<")
        yield Record(
            index=index,
            raw=json.dumps(item, sort_keys=True, ensure_ascii=False, default=str).encode(),
            text=None if markup else text,
            html=text if markup else None,
            page=markup and text.lstrip()[:15].lower().startswith(("<!doctype", "<html")),
            title=fields.value(item, "title"),
            date=fields.value(item, "date"),
            url=fields.value(item, "url"),
            outlet=fields.value(item, "outlet"),
            author=fields.value(item, "author"),
        )


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _jsonl(path: Path, data: bytes) -> Iterator[tuple[int, Any]]:
    for n, line in enumerate(_text(data).splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, Skipped(f"{path}#{n}", f"not JSON: {exc.msg} at column {exc.colno}")


def _json_records(data: bytes, fields: FieldMap) -> list[Any]:
    try:
        top = json.loads(_text(data))
    except json.JSONDecodeError as exc:
        raise SourceError(f"not JSON: {exc.msg} at line {exc.lineno}") from None
    if isinstance(top, list):
        return top
    if isinstance(top, dict):
        for key in fields.containers:
            inner = top.get(key)
            if isinstance(inner, list):
                return inner
        return [top]  # one article
    raise SourceError("expected a JSON array of articles or an object")


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    text = _text(data)
    csv.field_size_limit(2**31 - 1)  # article bodies are longer than csv's 128 KiB default
    # The header line names the delimiter (csv.Sniffer misreads quoted multi-line bodies).
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=header.count)
    try:
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise SourceError(f"malformed CSV: {exc}") from None


# --------------------------------------------------------------------------- feeds


def read_feed(path: Path, data: bytes) -> Iterator[Record | Skipped]:
    """Entries of an RSS or Atom feed: the full text where the feed carries it
    (``content:encoded``, Atom ``content``), else the summary."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.get("version") and not feed.entries:
        raise SourceError("not an RSS or Atom feed")
    outlet = _plain(feed.feed.get("title"))
    for index, entry in enumerate(feed.entries, 1):
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        body = max(contents, key=len) if contents else entry.get("summary", "")
        if not body.strip():
            yield Skipped(f"{path}#{index}", "feed entry without content or summary")
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        key = entry.get("id") or entry.get("link") or ""
        yield Record(
            index=index,
            raw=f"{key}\x1f{body}".encode(),
            html=body,
            title=_plain(entry.get("title")),
            date=dt.date(*published[:3]) if published else None,
            url=_plain(entry.get("link")),
            outlet=outlet,
            author=_plain(entry.get("author")),
        )


# --------------------------------------------------------------------------- WARC


@dataclass
class WarcTally:
    """What a WARC file held besides the HTML pages read from it."""

    pages: int = 0
    other: Counter | None = None

    def note(self, path: Path) -> str | None:
        """One line for the user, or None when every record was a page."""
        if not self.other:
            return None
        ranked = sorted(self.other.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by name
        parts = ", ".join(f"{n:,} {what}" for what, n in ranked)
        return f"{path}: read {self.pages:,} HTML pages; not articles, not read: {parts}"


def read_warc(path: Path, tally: WarcTally, max_bytes: int) -> Iterator[Record | Skipped]:
    """HTML responses (status 200) of a WARC file, streamed; every other record is counted in
    ``tally`` by kind (request, warcinfo, response image/jpeg, response 404, …)."""
    tally.other = Counter()
    with open(path, "rb") as fh:
        warc = _WarcReader(fh)
        with warc.errors():
            for rec in warc:
                skip = _warc_skip(rec)
                if skip:
                    tally.other[skip] += 1
                    _drain(rec)  # warcio would too; here a cut-off record is noticed
                    continue
                found = _page(path, warc.index, rec, max_bytes)
                if isinstance(found, Record):
                    tally.pages += 1
                yield found


@dataclass(frozen=True)
class WarcIndex:
    """A first pass over one WARC file, headers only: where its HTML pages start (record
    number and byte offset, as compact arrays), its other records counted by kind, and the
    error that ended the pass early, if any. It lets one large file be read as several
    independent slices (:func:`read_warc_pages`), by several processes."""

    numbers: array  # 1-based record numbers of the HTML pages
    offsets: array  # their byte offsets: where their gzip member (or plain record) starts
    other: Counter
    error: str | None = None

    def slices(self, size: int) -> Iterator[list[tuple[int, int]]]:
        """The pages as lists of at most ``size`` (record number, offset) pairs, in order."""
        for start in range(0, len(self.offsets), size):
            yield list(zip(self.numbers[start:start + size], self.offsets[start:start + size],
                           strict=True))


def index_warc(path: Path) -> WarcIndex:
    """Record numbers and offsets of a WARC file's HTML pages, bodies unread; a file that
    breaks part-way keeps what came before, with the reason in ``error``."""
    numbers, offsets, other = array("q"), array("q"), Counter()
    error = None
    try:
        with open(path, "rb") as fh:
            warc = _WarcReader(fh)
            with warc.errors():
                for rec in warc:
                    skip = _warc_skip(rec)
                    _drain(rec)
                    if skip:
                        other[skip] += 1
                        continue
                    numbers.append(warc.index)
                    offsets.append(warc.offset())
    except (SourceError, OSError) as exc:
        error = str(exc)
    return WarcIndex(numbers, offsets, other, error)


def read_warc_pages(path: Path, pages: list[tuple[int, int]], max_bytes: int
                    ) -> Iterator[Record | Skipped]:
    """The HTML pages ``pages`` ((record number, offset) pairs from :func:`index_warc`, in
    file order) of a WARC file, read from the first one's offset to the last one's end.
    SourceError if the file no longer holds them there."""
    if not pages:
        return
    numbers = {offset: number for number, offset in pages}
    last = pages[-1][1]
    with open(path, "rb") as fh:
        fh.seek(pages[0][1])
        warc = _WarcReader(fh)
        with warc.errors():
            for rec in warc:
                if _warc_skip(rec):
                    _drain(rec)
                    continue
                found = _page(path, 0, rec, max_bytes)
                number = numbers.get(warc.offset())
                if number is None:
                    raise SourceError(f"an HTML page at byte {warc.offset()} that the first "
                                      "pass did not see there: has the file changed?")
                yield (replace(found, index=number) if isinstance(found, Record)
                       else Skipped(f"{path}#{number}", found.reason))
                if warc.offset() >= last:
                    return
    raise SourceError(f"ended before the HTML page at byte {last}: has the file changed?")


class _WarcReader:
    """The records of an open WARC file from its position on, counted; ``errors()`` turns
    what a broken or foreign file raises into SourceError saying after how many records."""

    def __init__(self, fh: BinaryIO) -> None:
        from warcio.archiveiterator import ArchiveIterator

        self.it = ArchiveIterator(fh)
        self.index = 0  # records seen: the number of the current one in a whole-file read

    def __iter__(self) -> Iterator[Any]:
        for rec in self.it:
            self.index += 1
            yield rec

    def offset(self) -> int:
        """Byte offset of the current record (once it has been read to its end)."""
        return self.it.get_record_offset()

    @contextmanager
    def errors(self) -> Iterator[None]:
        from warcio.exceptions import ArchiveLoadFailed

        try:
            yield
        except SourceError:
            raise
        except ArchiveLoadFailed as exc:
            raise SourceError(f"not a readable WARC file after {self.index} records: "
                              f"{str(exc).strip().splitlines()[0]}") from None
        except (OSError, EOFError, ValueError) as exc:  # a truncated gzip member, mostly
            raise SourceError(f"WARC file broken after {self.index} records: {exc}") from None


def _page(path: Path, index: int, rec: Any, max_bytes: int) -> Record | Skipped:
    """An HTML response record as a Record, or Skipped when its page is over ``max_bytes``."""
    body = _read_capped(rec.content_stream(), max_bytes)
    _drain(rec)
    if body is None:
        return Skipped(f"{path}#{index}", "HTML page too large")
    return Record(index=index, raw=body, html=body, page=True,
                  url=rec.rec_headers.get_header("WARC-Target-URI"))


def _warc_skip(rec: Any) -> str | None:
    """Why a WARC record is not an article page, or None for an HTML page to read."""
    if rec.rec_type != "response":
        return rec.rec_type
    http = rec.http_headers
    if http is None:
        return "non-HTTP response"
    status = http.get_statuscode()
    if status != "200":
        return f"response status {status}"
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        return f"response {ctype or 'without type'}"
    return None


def _drain(rec: Any) -> None:
    """Read the rest of a record; EOFError if the file ends before the record does."""
    while rec.raw_stream.read(1 << 16):
        pass
    if getattr(rec.raw_stream, "limit", 0):
        raise EOFError(f"a {rec.rec_type} record is cut off")


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes | None:
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data
