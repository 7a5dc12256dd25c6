"""Read article files into `Document`s: discover inputs, decode, clean — and never crash.

Every file either becomes a `Document` or is reported once through ``on_skip`` as a
`Skipped` with a one-line reason. ``Document.text`` is the decoded text (line ends
normalised to ``\\n``) of a plain-text file, or the article text extracted from HTML /
Markdown; metadata prefixes and page furniture are *blanked* (replaced by spaces of equal
length, newlines kept) rather than removed, so offsets of the rest do not move.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import hashlib
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from kg.inputs import sources
from kg.inputs.years import dateline_year, latest_year
from kg.model import Document, Skipped
from kg.yaml_loader import load_yaml

if TYPE_CHECKING:  # imported where used: ``discover`` (the up-to-date check) needs none of them
    from lxml import etree
    from lxml import html as lxml_html
    from markdown_it.token import Token

# The bundled sample corpus: what kg builds when given no inputs.
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", *sources.SUFFIXES})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
BOILERPLATE_FILE = Path(__file__).parent.parent / "data" / "boilerplate.yaml"
TITLE_MAX = 200

OnSkip = Callable[[Skipped], None]
OnNote = Callable[[str], None]  # what was not read and is not an error (a WARC's requests)
# Past this many unread files of one type in a folder, one line says how many.
UNREAD_LINES_MAX = 3


class IngestError(Exception):
    """A file that cannot become a `Document`; ``reason`` is one line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------- discover


@dataclass
class _Seen:
    """(st_dev, st_ino) of folders and files already visited during one `discover` call."""

    dirs: set[tuple[int, int]] = field(default_factory=set)
    files: set[tuple[int, int]] = field(default_factory=set)

    def new_dir(self, st: os.stat_result) -> bool:
        return _first_time(self.dirs, (st.st_dev, st.st_ino))

    def new_file(self, st: os.stat_result) -> bool:
        return _first_time(self.files, (st.st_dev, st.st_ino))


def _first_time(seen: set[tuple[int, int]], key: tuple[int, int]) -> bool:
    if key in seen:
        return False
    seen.add(key)
    return True


def discover(paths: Sequence[str | Path], *, on_skip: OnSkip,
             follow_links: bool = False) -> Iterator[Path]:
    """Yield the supported files under ``paths``, each once, lazily.

    Arguments are taken in the order given; folders are walked depth-first with entries
    sorted by name, skipping hidden ones. Files are de-duplicated by inode (so symlinks and
    hard links count once) and folders too (so symlink loops end). Paths yielded are as
    discovered, not resolved, so messages show what the user typed. A symbolic link found
    in a folder whose target is outside every given path is skipped with a warning unless
    ``follow_links``: a link must not pull a file from elsewhere into the graph.
    """
    seen = _Seen()
    roots = None if follow_links else _roots(paths)
    for given in paths:
        path = Path(given)
        try:
            st = path.stat()
        except FileNotFoundError:
            on_skip(Skipped(str(path), "no such file or directory"))
            continue
        except OSError as err:
            on_skip(Skipped(str(path), f"cannot access: {_why(err)}"))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, st, seen, on_skip, roots)
        elif not stat.S_ISREG(st.st_mode):
            on_skip(Skipped(str(path), "not a regular file"))
        elif not _supported(path.name):
            suffix = path.suffix or "(none)"
            wanted = ", ".join(sorted(SUFFIXES))
            on_skip(Skipped(str(path), f"unsupported file type {suffix}; expected {wanted}"))
        elif seen.new_file(st):
            yield path


def _roots(paths: Sequence[str | Path]) -> list[str]:
    """The real locations of the given paths: where links may point without --follow-links."""
    return [os.path.realpath(p) for p in paths]


def _outside(entry: os.DirEntry[str], roots: list[str] | None) -> bool:
    """True if ``entry`` is a symbolic link whose target lies outside every root."""
    if roots is None or not entry.is_symlink() or not os.path.exists(entry.path):
        return False  # not a link, or a broken one (reported as such below)
    target = os.path.realpath(entry.path)
    return not any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _walk(root: Path, root_st: os.stat_result, seen: _Seen, on_skip: OnSkip,
          roots: list[str] | None = None) -> Iterator[Path]:
    """Depth-first walk with an explicit stack: deep trees cannot exhaust recursion."""
    if not seen.new_dir(root_st):
        return
    stack = [_entries(root, on_skip)]
    unread: dict[str, list[str]] = {}  # file type → files kg does not read
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue  # .git, .DS_Store, editor swap files: never articles
        try:
            if _outside(entry, roots):
                if entry.is_dir() or _supported(entry.name):
                    on_skip(Skipped(entry.path, "symbolic link to outside the input folders "
                                    "(kg build --follow-links reads it)"))
                continue
            if entry.is_dir():
                if seen.new_dir(entry.stat()):
                    stack.append(_entries(Path(entry.path), on_skip))
            elif _supported(entry.name):
                if entry.is_file():
                    if seen.new_file(entry.stat()):
                        yield Path(entry.path)
                elif entry.is_symlink():
                    on_skip(Skipped(entry.path, "broken symbolic link"))
                else:
                    on_skip(Skipped(entry.path, "not a regular file"))
            else:
                unread.setdefault(os.path.splitext(entry.name)[1].lower(), []).append(entry.path)
        except FileNotFoundError:
            on_skip(Skipped(entry.path, "file no longer exists"))  # removed while walking
        except OSError as err:
            on_skip(Skipped(entry.path, f"cannot access: {_why(err)}"))
    _report_unread(root, unread, on_skip)


def _report_unread(root: Path, unread: dict[str, list[str]], on_skip: OnSkip) -> None:
    """One line per file kg does not read, or one per file type when there are many."""
    for suffix, files in sorted(unread.items()):
        kind = f"file type {suffix}" if suffix else "file without extension"
        if len(files) <= UNREAD_LINES_MAX:
            for path in files:
                on_skip(Skipped(path, f"not read: unsupported {kind}"))
        else:
            on_skip(Skipped(str(root), f"{len(files)} files not read: unsupported {kind} "
                            f"(e.g. {files[0]})"))


def _entries(folder: Path, on_skip: OnSkip) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        on_skip(Skipped(str(folder), f"cannot list folder: {_why(err)}"))
        return iter(())
    return iter(entries)


def _supported(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in SUFFIXES or sources.kind(name) is not None


def _why(err: Exception) -> str:
    """A one-line description of an error."""
    text = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return text.strip().splitlines()[0]


# --------------------------------------------------------------------------- read


@dataclass(frozen=True)
class Boilerplate:
    """Whole-line page-furniture patterns, compiled into one alternation for speed."""

    regex: re.Pattern[str]
    count: int

    @classmethod
    def load(cls, path: Path = BOILERPLATE_FILE) -> Boilerplate:
        """Compile ``patterns`` (each with a ``why``) from a YAML file; ValueError if malformed."""
        data = load_yaml(path)
        entries = data.get("patterns") if isinstance(data, dict) else None
        if not isinstance(entries, list) or not entries:
            raise ValueError(f"{path}: expected a non-empty 'patterns' list")
        sources = []
        for n, entry in enumerate(entries, 1):
            ok = isinstance(entry, dict) and isinstance(entry.get("pattern"), str)
            if not ok or not entry.get("why"):
                raise ValueError(f"{path}: entry {n} needs a 'pattern' string and a 'why'")
            try:
                re.compile(entry["pattern"], re.IGNORECASE)
            except re.error as err:
                raise ValueError(f"{path}: entry {n}: {err}") from err
            sources.append(f"(?:{entry['pattern']})")
        return cls(re.compile("|".join(sources), re.IGNORECASE), len(sources))

    def is_furniture(self, line: str) -> bool:
        """True when the whole stripped line is page furniture."""
        stripped = line.strip()
        # Article paragraphs are long; no furniture line is, so skip the regex for them.
        return bool(stripped) and len(stripped) <= 1000 and bool(self.regex.fullmatch(stripped))


@dataclass(frozen=True)
class _Parsed:
    """Text extracted from one markup flavour, with the metadata the markup gave."""

    text: str
    title: str = ""
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


def read_document(
    path: Path | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    boilerplate: Boilerplate | None = None,
) -> Document:
    """Read, decode and clean one file; raise `IngestError` with a one-line reason if it cannot."""
    path = Path(path)
    raw = _read_bytes(path, max_bytes)
    return _document(path, raw, hashlib.sha256(raw).hexdigest(), boilerplate or Boilerplate.load())


def iter_documents(
    paths: Sequence[str | Path],
    *,
    on_skip: OnSkip,
    max_bytes: int = DEFAULT_MAX_BYTES,
    boilerplate: Boilerplate | None = None,
    fields: sources.FieldMap | None = None,
    on_note: OnNote | None = None,
) -> Iterator[Document]:
    """`discover` + `read_document`; failures and duplicate contents go to ``on_skip``.

    A file of many articles (JSONL/JSON/CSV export, feed, WARC) gives one Document per
    article; ``fields`` says which record fields hold what (default: kg/data/record_fields.yaml).
    """
    furniture = boilerplate or Boilerplate.load()
    first_path: dict[str, str] = {}  # sha256 → path of the document already yielded
    for path in discover(paths, on_skip=on_skip):
        if sources.kind(path.name):
            found = _container(path, max_bytes, furniture, fields, on_skip, on_note)
        else:
            found = _single(path, max_bytes, furniture, on_skip)
        for doc in found:
            where = f"{doc.path}#{doc.record}" if doc.record else doc.path
            if doc.sha256 in first_path:
                on_skip(Skipped(where, f"duplicate of {first_path[doc.sha256]}"))
                continue
            first_path[doc.sha256] = where
            yield doc


def _single(path: Path, max_bytes: int, furniture: Boilerplate, on_skip: OnSkip
            ) -> Iterator[Document]:
    try:
        raw = _read_bytes(path, max_bytes)
        yield _document(path, raw, hashlib.sha256(raw).hexdigest(), furniture)
    except IngestError as err:
        on_skip(Skipped(str(path), err.reason))


def _container(path: Path, max_bytes: int, furniture: Boilerplate,
               fields: sources.FieldMap | None, on_skip: OnSkip, on_note: OnNote | None
               ) -> Iterator[Document]:
    """The articles of a file that holds many; each bad entry is one Skipped."""
    kind = sources.kind(path.name)
    tally = sources.WarcTally()
    try:
        if kind == "warc":
            items = sources.read_warc(path, tally, max_bytes)
        elif kind == "feed":
            items = sources.read_feed(path, _read_bytes(path, max_bytes))
        else:
            items = sources.read_records(path, _read_bytes(path, max_bytes),
                                         fields or sources.default_fields())
        for item in items:
            if isinstance(item, Skipped):
                on_skip(item)
                continue
            try:
                yield _record_document(path, item, furniture)
            except IngestError as err:
                on_skip(Skipped(f"{path}#{item.index}", err.reason))
    except (IngestError, sources.SourceError) as err:
        on_skip(Skipped(str(path), getattr(err, "reason", None) or str(err)))
    note = tally.note(path)
    if note and on_note is not None:
        on_note(note)


def _record_document(path: Path, rec: sources.Record, furniture: Boilerplate) -> Document:
    """One article of a many-article file as a Document: the record's own fields win over what
    its HTML says (a scraper's date is the one it was asked for)."""

    def parse() -> _Parsed:
        if rec.html is not None:
            markup = decode(rec.html) if isinstance(rec.html, bytes) else rec.html
            parsed = (extract_html(markup) if rec.page
                      else _Parsed(_html_fragment_text(markup)))
        else:
            parsed = _Parsed(rec.text or "")
        return _Parsed(
            parsed.text,
            rec.title or parsed.title,
            _published(rec.date) or parsed.date,
            url=rec.url or parsed.url,
            outlet=rec.outlet or parsed.outlet,
            author=rec.author or parsed.author,
        )

    return _built(path, f"{_unicode_name(path.name)}#{rec.index}",
                  hashlib.sha256(rec.raw).hexdigest(), parse, furniture, str(rec.index))


def _published(value: str | dt.date | None) -> dt.date | None:
    """A record's date field: a date, ISO 8601, RFC 2822 (feeds) or "November 5, 2024"."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    found = _iso_date(value)
    if found is None:
        try:
            found = email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            match = _DATELINE.search(value)
            found = _dateline_date(match) if match else None
    return found


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing non-regular and oversized files before reading them."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block us forever
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise IngestError("file no longer exists") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except OSError as err:
        raise IngestError(f"cannot open: {_why(err)}") from None
    try:
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise IngestError("not a regular file")
            if st.st_size > max_bytes:
                raise IngestError(f"file too large ({_size(st.st_size)} > {_size(max_bytes)})")
            data = handle.read(max_bytes + 1)  # the file may have grown since fstat
    except OSError as err:
        raise IngestError(f"cannot read: {_why(err)}") from None
    if len(data) > max_bytes:
        raise IngestError(f"file too large (over {_size(max_bytes)})")
    return data


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n} bytes"


def _document(path: Path, raw: bytes, sha: str, furniture: Boilerplate) -> Document:
    return _built(path, _unicode_name(path.name), sha, lambda: _article(path, raw), furniture)


def _built(path: Path, name: str, sha: str, parse: Callable[[], _Parsed], furniture: Boilerplate,
           record: str | None = None) -> Document:
    try:
        parsed = parse()
        text, title, published = _finish(parsed, furniture)
    except IngestError:
        raise
    except Exception as err:  # a parser bug must cost one article, not the whole run
        raise IngestError(f"internal error: {type(err).__name__}: {_why(err)}") from err
    return Document(
        doc_id=f"doc_{sha[:16]}",
        path=str(path),
        name=name,
        text=text,
        sha256=sha,
        title=title,
        date=published,
        year_named=latest_year(text),
        url=parsed.url,
        outlet=parsed.outlet,
        author=parsed.author,
        record=record,
        year_dated=dateline_year(text),
    )


def _unicode_name(name: str) -> str:
    """A file name as valid Unicode. Python keeps the bytes of a name that are not UTF-8 (a
    Latin-1 name from an old archive) as lone surrogates, which no RDF writer accepts: each
    such byte becomes the four characters ``\\xNN``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _article(path: Path, raw: bytes) -> _Parsed:
    """Text and metadata of one file's bytes, by markup flavour."""
    suffix = path.suffix.lower()
    text = decode(raw)
    if suffix in HTML_SUFFIXES or _HTML_START.match(text[:4096]):
        return extract_html(text)
    if suffix in MARKDOWN_SUFFIXES:
        return _parse_markdown(text)
    return _Parsed(text)


def _finish(parsed: _Parsed, furniture: Boilerplate) -> tuple[str, str, dt.date | None]:
    """(text, title, date): date prefix and furniture lines blanked, dateline and title found."""
    text, prefixed = _strip_date_prefix(parsed.text)
    dateline = None if prefixed or parsed.date else _find_dateline(text)
    text = _blank_furniture(text, furniture)  # after dating: "Published …" lines carry dates
    if not text.strip():
        raise IngestError("no article text (only markup or page boilerplate)")
    title = _truncate(parsed.title) if parsed.title else _title(text)
    return text, title, prefixed or parsed.date or dateline


# --------------------------------------------------------------------------- decode

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (re.compile(rb"%PDF-"), "PDF document"),
    (re.compile(rb"\x89PNG\r\n\x1a\n"), "PNG image"),
    (re.compile(rb"\xff\xd8\xff"), "JPEG image"),
    (re.compile(rb"GIF8[79]a"), "GIF image"),
    (re.compile(rb"RIFF....(?:WEBP|WAVE|AVI )", re.S), "RIFF media"),
    (re.compile(rb"II\*\x00|MM\x00\*"), "TIFF image"),
    (re.compile(rb"PK(?:\x03\x04|\x05\x06|\x07\x08)"), "ZIP archive or Office document"),
    (re.compile(rb"\x1f\x8b"), "gzip archive"),
    (re.compile(rb"BZh[1-9]1AY&SY"), "bzip2 archive"),
    (re.compile(rb"\xfd7zXZ\x00"), "xz archive"),
    (re.compile(rb"\x28\xb5\x2f\xfd"), "zstd archive"),
    (re.compile(rb"7z\xbc\xaf\x27\x1c"), "7-Zip archive"),
    (re.compile(rb"Rar!\x1a\x07"), "RAR archive"),
    (re.compile(rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "legacy Office document"),
    (re.compile(rb"\{\\rtf"), "RTF document"),
    (re.compile(rb"\x7fELF"), "executable"),
    (re.compile(rb"SQLite format 3\x00"), "SQLite database"),
    (re.compile(rb"OggS|fLaC|\x1aE\xdf\xa3"), "audio/video file"),
)
# C0/C1 controls other than tab, newlines, VT, FF and ESC, plus U+FFFD: rare in real text.
_SUSPICIOUS = re.compile("[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read latin-1/ASCII declarations as windows-1252, and ignore UTF-16/32 ones in
# ASCII-compatible bytes (WHATWG); the escape codecs are not web charsets at all.
_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii"})
_NOT_WEB = ("utf_16", "utf_32", "unicode_escape", "raw_unicode_escape", "punycode", "idna", "utf_7")


def decode(raw: bytes) -> str:
    """Bytes → text with ``\\n`` line ends, or `IngestError` (empty, binary, undecodable).

    Order: byte-order mark, strict UTF-8, a charset declared by an HTML ``<meta>``, then
    charset-normalizer's detection.
    """
    if not raw:
        raise IngestError("empty file")
    kind = next((name for magic, name in _MAGIC if magic.match(raw)), None)
    if kind:
        raise IngestError(f"binary file ({kind})")
    text = _decode_bom(raw)
    if text is None:
        if b"\x00" in raw:
            raise IngestError("binary file (contains NUL bytes)")
        text = _decode_unmarked(raw)
    if "\x00" in text:
        raise IngestError("binary file (contains NUL characters)")
    sample = text[:65536]
    if len(_SUSPICIOUS.findall(sample)) > max(2, len(sample) // 100):
        raise IngestError("binary or corrupted content (control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError("only whitespace")
    return text


def _decode_bom(raw: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise IngestError(f"undecodable text (invalid {encoding} after its BOM)") from None
    return None


def _decode_unmarked(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_codec(raw)
    if declared:
        try:
            return raw.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration lies: detect instead
    text = _detect(raw)
    if text is None:
        raise IngestError("undecodable text (not UTF-8, and no known encoding fits)")
    return text


def _declared_codec(raw: bytes) -> str | None:
    """The Python codec an HTML ``<meta charset>`` in the first 4 KiB names, if usable."""
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith(_NOT_WEB):
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _detect(raw: bytes) -> str | None:
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(raw))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least_chaos + 0.01]
    coherence = max(m.coherence for m in close)
    close = [m for m in close if m.coherence >= coherence - 0.05]
    # On English text windows-1252 ties with cp1250/cp1257 (same quotes, different
    # accents); it is the web's default legacy encoding, so it wins ties.
    best = next((m for m in close if m.encoding == "cp1252"), close[0])
    return str(best)


# --------------------------------------------------------------------------- HTML

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)
_FURNITURE_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "picture", "img", "nav", "aside", "form", "button",
        "select", "textarea", "input", "label", "dialog", "menu", "footer",
    }
)
_FURNITURE_ROLES = frozenset(
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
        "menu", "menubar", "toolbar",
    }
)
_FURNITURE_CLASSES = frozenset(
    {
        "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "newsletter",
        "subscribe", "subscription", "paywall", "advert", "advertisement", "ad", "ads", "adslot",
        "sponsored", "promo", "related", "recommended", "recirculation", "breadcrumb",
        "breadcrumbs", "comments", "comment", "sidebar", "navbar", "nav", "menu", "footer",
        "masthead", "popup", "modal",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)
_BR = "\x00"  # stands for <br> while whitespace is squashed; decode() rejected real NULs


def _html_parser() -> lxml_html.HTMLParser:
    from lxml import html as lxml_html

    # The text is already decoded; re-encoded as UTF-8, a stale <meta charset> must not win.
    return lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def extract_html(text: str) -> _Parsed:
    """Main article text of an HTML page (trafilatura), paragraphs separated by blank lines,
    with the title, date, author, URL and site name its metadata give.

    Before trafilatura sees the page, kg drops what is page furniture by its tag, role, or a
    class or id that names it (paywall, newsletter, related, …): measured on tests/data/html
    that lifts trafilatura's precision (benchmarks/html_extract.py)."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    try:
        doc = lxml_html.document_fromstring(text.encode("utf-8"), parser=_html_parser())
    except (etree.LxmlError, ValueError) as err:
        raise IngestError(f"unparsable HTML ({_why(err)})") from None
    body = doc.find("body")
    if body is not None:
        _drop_furniture(body)  # the <head> stays: it holds the metadata
    # fast: no second opinion from readability/jusText; the same scores on tests/data/html,
    # a quarter of the time (7 ms a page against 26).
    found = trafilatura.bare_extraction(doc, with_metadata=True, include_comments=False,
                                        fast=True, date_extraction_params=_DATE_PARAMS)
    if found is not None and found.body is not None and len(found.body):
        blocks = _extracted_blocks(found.body)
    else:  # too little text for trafilatura to call it an article: take the body's blocks
        blocks = _html_blocks(body) if body is not None else []
    title = _squash(found.title or "") if found is not None else ""
    if title and blocks and _squash(blocks[0]) != title and title in _headings(doc):
        blocks.insert(0, title)  # a visible headline is part of the story; spaCy should see it
    return _Parsed(
        "\n\n".join(blocks),
        title,
        _iso_date(found.date or "") if found is not None else None,
        url=_clean(found.url) if found is not None else None,
        outlet=_clean(found.sitename) if found is not None else None,
        author=_clean(found.author) if found is not None else None,
    )


# Elements of trafilatura's output tree that are paragraphs of the story.
_EXTRACTED_BLOCKS = frozenset({"head", "p", "item", "row", "code", "quote"})


def _extracted_blocks(body: etree._Element) -> list[str]:
    """Text per paragraph, heading, list item or table row of trafilatura's output tree;
    a line break (<lb/>) stays a newline inside its paragraph."""
    for lb in body.iter("lb"):
        lb.text = "\n"
    for cell in body.iter("cell"):
        cell.tail = " " + (cell.tail or "")  # adjacent cells must not glue together
    blocks = []
    for el in body.iter(*_EXTRACTED_BLOCKS):
        if any(a.tag in _EXTRACTED_BLOCKS for a in el.iterancestors()):
            continue  # inside a block already taken whole
        lines = (_squash(line) for line in "".join(el.itertext()).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
    return blocks


def _headings(doc: lxml_html.HtmlElement) -> set[str]:
    return {_squash(h.text_content()) for h in doc.xpath("//body//*[self::h1 or self::h2]")}


# Publication date only (not the last-modified one), and no guessing from free text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def _clean(value: str | None) -> str | None:
    """A metadata value squashed to one line; None when empty."""
    return _squash(value)[:TITLE_MAX * 5] or None if value else None


def _html_fragment_text(markup: str) -> str:
    """Text of an HTML snippet (raw HTML inside Markdown); empty when it has none."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div", parser=_html_parser())
    except (etree.LxmlError, ValueError):
        return ""
    _drop_furniture(root)
    return "\n\n".join(_html_blocks(root))


def _squash(text: str) -> str:
    return " ".join(text.split())


def _drop_furniture(root: lxml_html.HtmlElement) -> None:
    _drop_where(root, _is_furniture)


def _drop_where(root: lxml_html.HtmlElement, doomed_if: Callable[[lxml_html.HtmlElement], bool]
                ) -> None:
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and doomed_if(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent


def _is_furniture(el: lxml_html.HtmlElement) -> bool:
    tag = el.tag.lower()
    if tag in _FURNITURE_TAGS:
        return True
    if tag == "header":  # a page header is furniture; an article's header holds its headline
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    if el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true":
        return True
    if el.get("role", "").strip().lower() in _FURNITURE_ROLES:
        return True
    return _is_furniture_by_name(el)


def _is_furniture_by_name(el: lxml_html.HtmlElement) -> bool:
    """An element whose class or id says page furniture ("newsletter-signup", "paywall")."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in ("html", "body", "article", "main") or el.find(".//article") is not None:
        return False  # class names guess; never guess away the story itself
    tokens = re.split(r"[\s_-]+", f"{el.get('class', '')} {el.get('id', '')}".lower())
    return not _FURNITURE_CLASSES.isdisjoint(tokens)


def _html_blocks(root: lxml_html.HtmlElement) -> list[str]:
    """Text per block element, inline whitespace squashed (except in <pre>), <br> kept."""
    from lxml import etree

    blocks: list[str] = []
    buf: list[str] = []
    pre = 0

    def flush() -> None:
        raw = "".join(buf)
        buf.clear()
        if pre:
            text = raw.replace(_BR, "\n").strip("\n")
        else:
            text = "\n".join(s for s in map(_squash, raw.split(_BR)) if s)
        if text.strip():
            blocks.append(text)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            if tag == "pre":
                pre += 1
            elif tag == "br":
                buf.append(_BR)
            elif tag in ("td", "th"):
                buf.append(" ")  # adjacent cells must not glue together
            if tag and el.text:
                buf.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if tag == "pre":
                pre -= 1
            if el is not root and el.tail:
                buf.append(el.tail)
    flush()
    return blocks


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _parse_markdown(text: str) -> _Parsed:
    """Markdown → plain text: pure syntax goes, text stays, blocks separated by blank lines."""
    title, published, body, meta = _front_matter(text)
    extra = _front_matter_fields(meta) if meta else {}
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks: list[str] = []
    row: list[str] | None = None
    for token in parser.parse(body):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("\t".join(row))
            row = None
        elif token.type == "inline":
            inline = _inline_text(token.children or [])
            (blocks if row is None else row).append(inline)
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "html_block":
            blocks.append(_html_fragment_text(token.content))
    return _Parsed("\n\n".join(b for b in blocks if b.strip()), title, published, **extra)


def _front_matter_fields(meta: dict) -> dict[str, str | None]:
    """url, outlet and author from parsed front matter, under the names scraper exports use
    (kg/data/record_fields.yaml); `_front_matter` gives the title and date."""
    fields = sources.default_fields()
    return {part: fields.value(meta, part) for part in ("url", "outlet", "author")}


def _inline_text(children: Iterable[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        # link/emphasis markers, images and inline HTML tags are syntax: dropped
    return "".join(parts)


FRONT_MATTER_MAX = 64 * 1024  # characters; a title and a date need a few hundred


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (``*name``): with them, 600 bytes of YAML expand to
    gigabytes (a "billion laughs"); front matter never needs them."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            raise IngestError("YAML front matter uses aliases (*name), which are refused")
        return super().compose_node(parent, index)


def _front_matter(text: str) -> tuple[str, dt.date | None, str, dict]:
    """(title, date, rest, the parsed block) from a leading YAML front-matter block, if there
    is one (else ``("", None, text, {})``).

    Raises IngestError (the document is skipped with a warning) for front matter over
    FRONT_MATTER_MAX characters or with YAML aliases.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return "", None, text, {}
    if len(match.group(1)) > FRONT_MATTER_MAX:
        raise IngestError(f"YAML front matter larger than {FRONT_MATTER_MAX // 1024} KiB")
    try:
        meta = yaml.load(match.group(1), Loader=_NoAliasLoader)  # noqa: S506 - safe loader
    except yaml.YAMLError:
        return "", None, text, {}
    if not isinstance(meta, dict):
        return "", None, text, {}
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        value = value.date()
    published = value if isinstance(value, dt.date) else _iso_date(str(value or ""))
    return _squash(str(meta.get("title") or "")), published, text[match.end() :], meta


# --------------------------------------------------------------------------- dates, furniture

_DATE_PREFIX = re.compile(r"\A\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?!\d)[ \t]?", re.I)
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_TIME = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?-i:[A-Z]{2,5})|\s*[+-]\d{2}:?\d{2})?)?"
)
_DATELINE = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\b{_TIME}",
    re.I,
)
_DATELINE_LINES = 5  # a dateline sits next to the headline, not deep in the story
# four digits in a row: a line without them holds no _DATELINE (a cheap search first: the
# dateline expression tries its weekday and month alternatives at every word; issue 13)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _iso_date(value: str) -> dt.date | None:
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _strip_date_prefix(text: str) -> tuple[str, dt.date | None]:
    """Blank a leading ``date YYYY-MM-DD`` (the corpus's metadata prefix); return its date."""
    match = _DATE_PREFIX.match(text)
    found = _iso_date(match.group(1)) if match else None
    if match is None or found is None:
        return text, None
    return _blank(text, 0, match.end()), found


def _dateline_date(match: re.Match[str]) -> dt.date | None:
    if match["iso"]:
        return _iso_date(match["iso"])
    month, day, year = (match["m1"], match["d1"], match["y1"]) if match["m1"] else (
        match["m2"], match["d2"], match["y2"])
    try:
        return dt.date(int(year), _MONTHS.index(month[:3].lower()) + 1, int(day))
    except ValueError:
        return None


def _is_dateline(match: re.Match[str], line: str) -> bool:
    """A date with a weekday, or one that opens or closes its line — not one inside a sentence."""
    return bool(match["wd"]) or not line[: match.start()].strip() or not line[match.end() :].strip()


def _find_dateline(text: str) -> dt.date | None:
    for line in itertools.islice(_nonempty_lines(text), _DATELINE_LINES):
        if _FOUR_DIGITS.search(line) is None:
            continue  # every form of _DATELINE holds a year (or an ISO date's): none here
        for match in _DATELINE.finditer(line):
            if _is_dateline(match, line) and (found := _dateline_date(match)):
                return found
    return None


def _nonempty_lines(text: str) -> Iterator[str]:
    """Lines with content, lazily: only the first few are wanted from long texts."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            yield text[start:end]
        start = end + 1


def _blank(text: str, start: int, end: int) -> str:
    hole = "".join("\n" if c == "\n" else " " for c in text[start:end])
    return text[:start] + hole + text[end:]


def _blank_furniture(text: str, furniture: Boilerplate) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if furniture.is_furniture(line):
            lines[i] = " " * len(line)
    return "\n".join(lines)


def _title(text: str) -> str:
    """First non-empty line without a trailing dateline (a title, not a timestamp)."""
    for line in _nonempty_lines(text):
        title = _strip_trailing_dateline(line.strip())
        if title:
            return _truncate(title)
    return ""


def _strip_trailing_dateline(line: str) -> str:
    last = None
    for last in _DATELINE.finditer(line):  # noqa: B007 - only the last match matters
        pass
    if last is None or last.end() != len(line) or _dateline_date(last) is None:
        return line
    return line[: last.start()].rstrip(" \t,;:|-–—·")


def _truncate(title: str) -> str:
    """Stripped, at most TITLE_MAX characters, cut at a word boundary with an ellipsis."""
    title = title.strip()
    if len(title) <= TITLE_MAX:
        return title
    cut = title[: TITLE_MAX - 1]
    space = cut.rfind(" ")
    if space > TITLE_MAX // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
