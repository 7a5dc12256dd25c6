"""kg.inputs.ingest: every input becomes a Document or one Skipped with a reason — never a crash."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import time
from pathlib import Path

import pytest

from kg.inputs import ingest
from kg.inputs.ingest import (
    Boilerplate,
    IngestError,
    decode,
    discover,
    iter_documents,
    read_document,
)
from kg.model import Document, Skipped

SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "samples"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read(folder: Path, name: str, data: bytes | str, **kwargs) -> Document:
    return read_document(write(folder, name, data), **kwargs)


def reason(folder: Path, name: str, data: bytes | str, **kwargs) -> str:
    with pytest.raises(IngestError) as caught:
        read(folder, name, data, **kwargs)
    assert "\n" not in caught.value.reason
    return caught.value.reason


def collect(paths, **kwargs) -> tuple[list[Document], list[Skipped]]:
    skipped: list[Skipped] = []
    docs = list(iter_documents(paths, on_skip=skipped.append, **kwargs))
    return docs, skipped


# --------------------------------------------------------------------------- decoding

ARTICLE = "“Café” talks: Seoul’s naïve résumé — North Korea sent troops to Russia.\n"


def test_utf8_document_fields(tmp_path: Path) -> None:
    raw = b"Headline here\n\nNorth Korea sent troops to Russia.\n"
    doc = read(tmp_path, "a.txt", raw)
    sha = hashlib.sha256(raw).hexdigest()
    assert doc.sha256 == sha
    assert doc.doc_id == "doc_" + sha[:16]
    assert doc.path == str(tmp_path / "a.txt")
    assert doc.name == "a.txt"
    assert doc.title == "Headline here"
    assert doc.text == raw.decode()
    assert doc.date is None


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
        b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"),
    ],
    ids=["utf8-bom", "utf16-le", "utf16-be", "utf32-le"],
)
def test_byte_order_marks(tmp_path: Path, raw: bytes) -> None:
    assert read(tmp_path, "a.txt", raw).text == ARTICLE  # BOM gone, text intact


def test_cp1252_curly_quotes_and_accents(tmp_path: Path) -> None:
    text = ARTICLE * 3 + "The café owner said the “deal” was signed in June.\n"
    assert read(tmp_path, "a.txt", text.encode("cp1252")).text == text


def test_latin1_german(tmp_path: Path) -> None:
    text = "Der Bär läuft über die Straße nach Köln. Größe ändern.\n"
    assert read(tmp_path, "a.txt", text.encode("latin-1")).text == text


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"], ids=["crlf", "cr"])
def test_line_ends_normalised(tmp_path: Path, newline: bytes) -> None:
    raw = newline.join([b"Title", b"", b"First line.", b"Second line.", b""])
    assert read(tmp_path, "a.txt", raw).text == "Title\n\nFirst line.\nSecond line.\n"


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in reason(tmp_path, "a.txt", b"")


@pytest.mark.parametrize(
    "raw", [b"  \n\t\r\n  ", b"\xff\xfe" + " \n \n".encode("utf-16-le")], ids=["ascii", "utf16"]
)
def test_whitespace_only(tmp_path: Path, raw: bytes) -> None:
    assert "whitespace" in reason(tmp_path, "a.txt", raw)


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ],
)
def test_binary_magic_numbers(tmp_path: Path, header: bytes, kind: str) -> None:
    why = reason(tmp_path, "a.txt", header + b"rest of the file " * 10)
    assert "binary" in why and kind in why


def test_nul_bytes(tmp_path: Path) -> None:
    assert "binary" in reason(tmp_path, "a.txt", b"Some text\x00with a NUL byte in it\n")


def test_non_utf8_garbage(tmp_path: Path) -> None:
    rng = random.Random(7)
    high = bytes(rng.randrange(0x80, 0x100) for _ in range(4096))
    assert "undecodable" in reason(tmp_path, "high.txt", high)
    mixed = bytes(rng.randrange(1, 0x100) for _ in range(4096))
    assert reason(tmp_path, "mixed.txt", mixed)  # binary or undecodable, but a reason


def test_invalid_utf16_after_bom(tmp_path: Path) -> None:
    assert "undecodable" in reason(tmp_path, "a.txt", b"\xff\xfe" + b"A\x00\x00\xd8")


def test_too_large(tmp_path: Path) -> None:
    assert "too large" in reason(tmp_path, "a.txt", "Seoul said " * 10, max_bytes=10)
    assert read(tmp_path, "b.txt", "Seoul said", max_bytes=10).text == "Seoul said"


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "secret text")
    path.chmod(0)
    try:
        with pytest.raises(IngestError, match="permission denied"):
            read_document(path)
    finally:
        path.chmod(0o644)


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs as root too: simulate what chmod 000 does for other users.
    path = write(tmp_path, "a.txt", "secret text")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest.os, "open", denied)
    docs, skipped = collect([path])
    assert docs == [] and skipped == [Skipped(str(path), "permission denied")]


def test_file_deleted_after_discover(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "gone soon")
    found = list(discover([tmp_path], on_skip=pytest.fail))
    path.unlink()
    with pytest.raises(IngestError, match="no longer exists"):
        read_document(found[0])


def test_file_deleted_during_iteration(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path, name, f"Article {name}")
    skipped: list[Skipped] = []
    names = []
    for doc in iter_documents([tmp_path], on_skip=skipped.append):
        names.append(doc.name)
        (tmp_path / "b.txt").unlink(missing_ok=True)
    assert names == ["a.txt", "c.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("b.txt", "file no longer exists")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    docs, skipped = collect([tmp_path, tmp_path / "pipe.txt"])
    assert docs == []
    assert [s.reason for s in skipped] == ["not a regular file"] * 2
    with pytest.raises(IngestError, match="not a regular file"):
        read_document(tmp_path / "pipe.txt")


def test_random_bytes_never_crash(tmp_path: Path) -> None:
    rng = random.Random(1)
    alphabet = [b"<p>", b"</p>", b"<html>", b"# ", b"\r\n", b"\xc3\xa9", b"\xe2\x80", b" date "]
    for i in range(150):
        parts = [rng.choice(alphabet) if rng.random() < 0.3 else rng.randbytes(3) for _ in "x" * 40]
        suffix = (".txt", ".html", ".md")[i % 3]
        path = write(tmp_path, f"f{i}{suffix}", b"".join(parts))
        try:
            doc = read_document(path)
        except IngestError as err:
            assert err.reason and "\n" not in err.reason
        else:
            assert isinstance(doc.text, str) and len(doc.title) <= ingest.TITLE_MAX


def test_decode_is_usable_alone() -> None:
    assert decode(b"a\r\nb") == "a\nb"
    with pytest.raises(IngestError):
        decode(b"")


# --------------------------------------------------------------------------- discover


def test_discover_sorted_filtered_hidden_and_case(tmp_path: Path) -> None:
    for name in ("b.txt", "a.MD", "c.HTML", "d.markdown", "e.htm", "f.pdf", "g", ".hidden.txt"):
        write(tmp_path, name, "x")
    write(tmp_path, "sub/z.txt", "x")
    write(tmp_path, ".git/config.txt", "x")
    skipped: list[Skipped] = []
    found = list(discover([tmp_path], on_skip=skipped.append))
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == ["a.MD", "b.txt", "c.HTML", "d.markdown", "e.htm", "sub/z.txt"]
    # Files kg does not read are reported, never passed over; hidden ones are not files to read.
    assert sorted((Path(s.path).name, s.reason) for s in skipped) == [
        ("f.pdf", "not read: unsupported file type .pdf"),
        ("g", "not read: unsupported file without extension"),
    ]


def test_discover_reports_bad_arguments(tmp_path: Path) -> None:
    pdf = write(tmp_path, "paper.pdf", b"%PDF-1.4")
    skipped: list[Skipped] = []
    found = list(discover([tmp_path / "missing", pdf], on_skip=skipped.append))
    assert found == []
    assert skipped[0] == Skipped(str(tmp_path / "missing"), "no such file or directory")
    assert skipped[1].path == str(pdf) and "unsupported file type .pdf" in skipped[1].reason


def test_discover_is_lazy(tmp_path: Path) -> None:
    skipped: list[Skipped] = []
    found = discover([tmp_path / "missing"], on_skip=skipped.append)
    assert skipped == []  # nothing happens before iteration
    assert list(found) == [] and len(skipped) == 1


def test_each_file_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "x")
    (tmp_path / "link.txt").symlink_to(path)
    found = list(discover([path, tmp_path, path], on_skip=pytest.fail))
    assert found == [path]


def test_symlink_loops_terminate(tmp_path: Path) -> None:
    write(tmp_path, "top/a.txt", "x")
    write(tmp_path, "top/sub/b.txt", "x")
    (tmp_path / "top/sub/up").symlink_to(tmp_path / "top")  # cycle through a parent
    (tmp_path / "top/self").symlink_to(tmp_path / "top/self")  # symlink to itself
    (tmp_path / "top/dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    skipped: list[Skipped] = []
    found = list(discover([tmp_path / "top", tmp_path / "top/sub"], on_skip=skipped.append))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["top/a.txt", "top/sub/b.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons["dangling.txt"] == "broken symbolic link"
    assert "self" in reasons  # ELOOP is reported, not raised


def test_two_thousand_files(tmp_path: Path) -> None:
    for i in range(2000):
        write(tmp_path, f"d{i % 7}/article_{i:04d}.txt", f"Title {i}\n\nBody of article {i}.\n")
    started = time.perf_counter()
    found = list(discover([tmp_path], on_skip=pytest.fail))
    assert len(found) == 2000
    assert time.perf_counter() - started < 5
    docs, skipped = collect([tmp_path])
    assert len(docs) == 2000 and skipped == []
    assert docs[0].title == "Title 0"


def test_duplicate_content_read_once(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Same article text.")
    write(tmp_path, "b.txt", "Same article text.")
    docs, skipped = collect([tmp_path])
    assert [d.name for d in docs] == ["a.txt"]
    assert skipped == [Skipped(str(tmp_path / "b.txt"), f"duplicate of {tmp_path / 'a.txt'}")]


def test_failures_do_not_stop_iteration(tmp_path: Path) -> None:
    write(tmp_path, "1.txt", "First article.")
    write(tmp_path, "2.txt", b"")
    write(tmp_path, "3.txt", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, "4.txt", "Fourth article.")
    docs, skipped = collect([tmp_path, tmp_path / "nope.txt"])
    assert [d.name for d in docs] == ["1.txt", "4.txt"]
    assert [Path(s.path).name for s in skipped] == ["2.txt", "3.txt", "nope.txt"]


# --------------------------------------------------------------------------- HTML, Markdown

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Seoul says 1,100 casualties | Example News</title>
<meta property="article:published_time" content="2024-12-23T10:16:00+09:00">
<style>body { color: red } .styleSecret { }</style>
<script>var scriptSecret = "must not appear";</script>
</head><body>
<header><a href="/">Example News home</a></header>
<nav><ul><li><a href="/world">World navigation</a></li><li>Sport</li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience.</div>
<article>
  <h1>Seoul says 1,100   casualties</h1>
  <p>South Korea's military said on <b>Monday</b> that over 1,000 North Korean
     soldiers had been killed or wounded.</p>
  <p>The JCS said Pyongyang was preparing<br>additional deployments.</p>
  <div class="share-tools"><a href="#">Share on Facebook</a></div>
  <p>To view this video please enable JavaScript, and consider upgrading to a web browser.</p>
</article>
<aside>Most read: unrelated story</aside>
<footer>© 2024 Example News</footer>
<script>document.write("late script")</script>
</body></html>
"""


def test_html_article_extraction(tmp_path: Path) -> None:
    doc = read(tmp_path, "page.html", PAGE)
    assert doc.title == "Seoul says 1,100 casualties"
    assert doc.date == dt.date(2024, 12, 23)
    paragraphs = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
    assert paragraphs == [
        "Seoul says 1,100 casualties",
        "South Korea's military said on Monday that over 1,000 North Korean soldiers had been "
        "killed or wounded.",
        "The JCS said Pyongyang was preparing\nadditional deployments.",
    ]
    for junk in ("Secret", "script", "color", "navigation", "cookies", "Facebook", "unrelated"):
        assert junk not in doc.text


@pytest.mark.parametrize(
    ("name", "charset"), [("page.txt", "windows-1252"), ("page.html", "ISO-8859-1")]
)
def test_html_sniffed_and_declared_charset(tmp_path: Path, name: str, charset: str) -> None:
    page = (
        '<!doctype html><html><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset={charset}"><title>Caf\xe9 news</title></head>'
        "<body><main><p>The caf\xe9 \x93deal\x94 was signed in Pyongyang.</p></main></body></html>"
    )
    doc = read(tmp_path, name, page.encode("latin-1"))
    assert doc.title == "Café news"
    assert doc.text == "The café “deal” was signed in Pyongyang."


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>"
    assert "no article text" in reason(tmp_path, "a.html", page)


def test_markdown_is_unmarked(tmp_path: Path) -> None:
    source = (
        "---\ntitle: Troops in Kursk\ndate: 2024-12-20\n---\n"
        "# North Korean *troops* in Kursk\n\n"
        "Seoul's **JCS** cited [Yonhap](https://en.yna.co.kr/view/1) and `NIS` data.\n\n"
        "- first point\n- second point\n\n"
        "![a photo](photo.jpg)\n"
    )
    doc = read(tmp_path, "note.md", source)
    assert doc.title == "Troops in Kursk"
    assert doc.date == dt.date(2024, 12, 20)
    assert doc.text == (
        "North Korean troops in Kursk\n\n"
        "Seoul's JCS cited Yonhap and NIS data.\n\n"
        "first point\n\nsecond point"
    )


def test_markdown_without_front_matter_titles_from_heading(tmp_path: Path) -> None:
    doc = read(tmp_path, "note.markdown", "## Heading\n\nBody _text_.\n")
    assert (doc.title, doc.text) == ("Heading", "Heading\n\nBody text.")


# --------------------------------------------------------------------------- dates, furniture


def test_date_prefix_blanked_offsets_kept(tmp_path: Path) -> None:
    source = " date 2024-12-23 South Korea said on Monday.\n\nSecond paragraph.\n"
    doc = read(tmp_path, "a.txt", source)
    assert doc.date == dt.date(2024, 12, 23)
    cut = source.index("South")
    assert len(doc.text) == len(source)
    assert doc.text[:cut] == " " * cut
    assert doc.text[cut:] == source[cut:]
    assert doc.title == "South Korea said on Monday."


def test_invalid_prefix_date_is_left_alone(tmp_path: Path) -> None:
    doc = read(tmp_path, "a.txt", "date 2024-13-45 Something happened.")
    assert doc.date is None and doc.text.startswith("date 2024-13-45")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Headline Monday, December 23, 2024 10:16:00 AM\n\nBody.", dt.date(2024, 12, 23)),
        ("Headline\n23 December 2024\n\nBody.", dt.date(2024, 12, 23)),
        ("Headline\nDec. 5, 2024 — Seoul said.\n", dt.date(2024, 12, 5)),
        ("Headline\n\nThe pact signed on June 19, 2024 took effect.\n", None),
        ("A\nB\nC\nD\nE\nMonday, December 23, 2024\n", None),  # too deep to be a dateline
    ],
)
def test_dateline(tmp_path: Path, source: str, expected: dt.date | None) -> None:
    assert read(tmp_path, "a.txt", source).date == expected


def test_title_drops_trailing_dateline_and_truncates(tmp_path: Path) -> None:
    doc = read(tmp_path, "a.txt", "Seoul reports losses Monday, December 23, 2024 10:16 AM\n\nx")
    assert doc.title == "Seoul reports losses"
    long = read(tmp_path, "b.txt", "word " * 100)
    assert len(long.title) <= ingest.TITLE_MAX and long.title.endswith("…")


def test_boilerplate_lines_blanked(tmp_path: Path) -> None:
    furniture = [
        "To view this video please enable JavaScript, and consider upgrading to a web browser",
        "Leave A Comment",
        "Original Source: newsukraine.rbc.ua",
        "kb/rm (AFP, Reuters)",
        "Share this article",
        "We use cookies to give you the best experience on our website.",
        "Advertisement",
    ]
    kept = [
        "Kim Jong Un declined to comment on the deployment.",
        "Sources say the troops will share equipment with Russian units.",
        "By land and sea, the shipments continued.",
    ]
    source = "Headline\n" + "\n".join(f"  {line}" for line in furniture + kept) + "\n"
    doc = read(tmp_path, "a.txt", source)
    assert len(doc.text) == len(source)
    lines = doc.text.split("\n")
    for got, original in zip(lines[1:], source.split("\n")[1:], strict=True):
        is_furniture = original.strip() in furniture
        assert got == (" " * len(original) if is_furniture else original)


def test_boilerplate_file_is_valid() -> None:
    furniture = Boilerplate.load()
    assert furniture.count >= 20
    assert furniture.is_furniture("  Leave A Comment  ")
    assert not furniture.is_furniture("")


def test_boilerplate_file_errors(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.yaml", "patterns:\n  - pattern: 'x'\n")  # no why
    with pytest.raises(ValueError, match="why"):
        Boilerplate.load(bad)
    broken = write(tmp_path, "broken.yaml", "patterns:\n  - pattern: '('\n    why: oops\n")
    with pytest.raises(ValueError, match="entry 1"):
        Boilerplate.load(broken)


def test_only_boilerplate(tmp_path: Path) -> None:
    assert "no article text" in reason(tmp_path, "a.txt", "Leave A Comment\n")


# --------------------------------------------------------------------------- samples


def test_samples() -> None:
    docs, skipped = collect([SAMPLES])
    assert skipped == []
    assert [d.name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    day = dt.date(2024, 12, 23)
    assert [d.date for d in docs] == [day, None, day, None, None]
    assert docs[0].title.startswith("South Korea's military leadership reported on Monday")
    assert len(docs[0].title) <= ingest.TITLE_MAX
    assert [d.title for d in docs[1:]] == [
        "Over 1,000 North Korean casualties in Ukraine warfare, Seoul says",
        "North Korea faces heavy losses in Ukraine war, plans to deploy more troops to support "
        "Russia",
        "South Korea Reports Heavy Losses Among North Korean Troops in Ukraine Conflict",
        "North Korea Sends More Troops to Russia, South Korea's Spy Agency Reports",
    ]
    blanked, trimmed = [], []
    for doc in docs:
        original = Path(doc.path).read_text(encoding="utf-8")
        assert len(doc.text) == len(original)  # offsets are offsets into the file
        for line, got in zip(original.split("\n"), doc.text.split("\n"), strict=True):
            if line != got:
                (trimmed if got.strip() else blanked).append((doc.name[:3], line.strip()[:20]))
    assert blanked == [
        ("001", "To view this video p"),
        ("001", "kb/rm (AFP, Reuters)"),
        ("003", "Original Source: new"),
        ("004", "Leave A Comment"),
    ]
    assert trimmed == [("000", "date 2024-12-23 Sout"), ("002", "date 2024-12-23 Nort")]
    assert "date 2024" not in docs[0].text and "date 2024" not in docs[2].text


def test_parser_bug_costs_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.md", "# Broken")
    write(tmp_path, "b.txt", "Fine article.")

    def explode(text: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(ingest, "_parse_markdown", explode)
    docs, skipped = collect([tmp_path])
    assert [d.name for d in docs] == ["b.txt"]
    assert skipped == [Skipped(str(tmp_path / "a.md"), "internal error: RuntimeError: boom")]
