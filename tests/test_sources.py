"""Real inputs: scraper exports (JSONL/JSON/CSV), RSS/Atom feeds, WARC archives, HTML pages with
metadata, Markdown front matter; every file kg does not read is reported."""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import os
import shutil
from importlib.util import find_spec
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from benchmarks.corpus import write_warc
from kg.building.pipeline import BuildConfig, build
from kg.cli import EXIT_SKIPPED, main
from kg.graph.rdf import SCHEMA, build_graph
from kg.graph.validate import validate
from kg.inputs import sources
from kg.inputs.ingest import iter_documents
from kg.inputs.sources import (
    FieldMap,
    SourceError,
    WarcTally,
    index_warc,
    parse_fields,
    read_warc,
    read_warc_pages,
)
from kg.model import Document, Skipped

DATA = Path(__file__).resolve().parent / "data"
INPUTS = DATA / "inputs"
ANY_URI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
needs_dask = pytest.mark.skipif(find_spec("distributed") is None,
                                reason="dask.distributed is not installed (pip install 'kg[dask]')")


def read(*paths: Path, fields: dict[str, str] | None = None
         ) -> tuple[dict[str, Document], list[Skipped], list[str]]:
    skipped: list[Skipped] = []
    notes: list[str] = []
    docs = iter_documents(list(paths), on_skip=skipped.append, on_note=notes.append,
                          fields=FieldMap.load(fields) if fields else None)
    return {d.name: d for d in docs}, skipped, notes


def reasons(skipped: list[Skipped]) -> dict[str, str]:
    return {Path(s.path).name: s.reason for s in skipped}


# --------------------------------------------------------------------------- scraper exports


def test_news_please_jsonl_one_document_per_line() -> None:
    docs, skipped, _ = read(INPUTS / "news-please.jsonl")
    assert sorted(docs) == ["news-please.jsonl#1", "news-please.jsonl#2"]
    first = docs["news-please.jsonl#1"]
    assert first.title == "North Korea sends troops to Russia, Seoul says"
    assert first.date == dt.date(2024, 10, 18)  # date_publish "2024-10-18 09:12:00"
    assert first.url == "https://www.example-news.com/world/asia/nk-troops-russia"
    assert first.outlet == "www.example-news.com"  # source_domain
    assert first.author == "Hyonhee Shin, Joyce Lee"  # authors: a list
    assert first.text.startswith("SEOUL - North Korea has sent about 1,500")
    assert first.record == "1" and first.path.endswith("news-please.jsonl")
    assert docs["news-please.jsonl#2"].author is None  # an empty list is no author
    # The broken line and the record without text are reported with their line numbers.
    assert reasons(skipped) == {
        "news-please.jsonl#3": "not JSON: Unterminated string starting at at column 43",
        "news-please.jsonl#4": "no article text (no text/maintext/content/body… field; name it "
                               "with --fields text=FIELD)",
    }


def test_doc_ids_are_stable_content_hashes(tmp_path: Path) -> None:
    docs, _, _ = read(INPUTS / "news-please.jsonl")
    # The same records in another file, in another order, keep their ids.
    lines = (INPUTS / "news-please.jsonl").read_text().splitlines()
    (tmp_path / "copy.jsonl").write_text("\n".join([lines[1], lines[0]]) + "\n")
    again, _, _ = read(tmp_path / "copy.jsonl")
    assert {d.doc_id for d in docs.values()} == {d.doc_id for d in again.values()}
    assert len({d.doc_id for d in docs.values()}) == 2


def test_json_array_and_object_of_articles() -> None:
    docs, skipped, _ = read(INPUTS / "newspaper.json", INPUTS / "newsapi.json")
    assert skipped == []
    kursk = docs["newspaper.json#1"]
    assert (kursk.title, kursk.date, kursk.author) == (
        "Ukraine says North Korean units reached Kursk", dt.date(2024, 10, 23), "Olena Koval")
    assert docs["newspaper.json#2"].date is None  # "publish_date": null
    nis = docs["newsapi.json#1"]  # {"articles": [...]}, "source": {"name": ...}
    assert (nis.outlet, nis.author, nis.date) == ("Seoul Herald", "Min-ji Park",
                                                  dt.date(2024, 10, 30))
    assert nis.text.startswith("South Korea's spy agency said")  # "content", not "description"


def test_csv_with_a_field_mapping() -> None:
    plain, _, _ = read(INPUTS / "export.csv")
    assert plain["export.csv#1"].outlet is None  # "site" is no usual outlet field name
    docs, skipped, _ = read(INPUTS / "export.csv",
                            fields=parse_fields("outlet=site, author=byline"))
    assert skipped == []
    nato, japan = docs["export.csv#1"], docs["export.csv#2"]
    assert nato.date == dt.date(2024, 10, 28)  # RFC 2822 "Mon, 28 Oct 2024 10:15:00 GMT"
    assert japan.date == dt.date(2024, 10, 29)  # "October 29, 2024"
    assert (nato.outlet, nato.author) == ("Atlantic Wire", "By Mark Lee")
    assert "a\nline break inside the field" in japan.text  # a quoted multi-line field


def test_field_mapping_errors_name_the_parts() -> None:
    assert parse_fields("text=body,date=pubDate") == {"text": "body", "date": "pubDate"}
    for bad in ("body", "txt=body", "text="):
        with pytest.raises(ValueError, match="PART=FIELD"):
            parse_fields(bad)


def test_cli_fields_option(tmp_path: Path, capsys) -> None:
    assert main(["build", str(INPUTS / "export.csv"), "--out", str(tmp_path / "o"),
                 "--fields", "outlet=site", "--no-png", "-q"]) == 0
    ttl = (tmp_path / "o" / "graph.ttl").read_text()
    assert '"Atlantic Wire"' in ttl
    with pytest.raises(SystemExit) as exited:
        main(["build", "x.csv", "--fields", "colour=red"])
    assert exited.value.code == 2
    assert "bad field mapping 'colour=red'" in capsys.readouterr().err


# --------------------------------------------------------------------------- feeds


def test_rss_full_text_else_summary() -> None:
    docs, skipped, _ = read(INPUTS / "feed.rss")
    shells = docs["feed.rss#1"]
    assert "millions of artillery shells" in shells.text  # content:encoded, not the teaser
    assert "Read more" not in shells.text
    assert (shells.title, shells.date, shells.outlet, shells.author, shells.url) == (
        "Pyongyang ships artillery shells to Russia", dt.date(2024, 11, 5), "Eurasia Monitor",
        "Anna Smirnova", "https://monitor.example.com/2024/11/shells")
    summons = docs["feed.rss#2"]  # only a <description>, with markup
    assert summons.text.strip() == ("South Korea summoned the Russian ambassador on Monday over "
                                    "the deployment of North Korean troops to Russia.")
    assert reasons(skipped) == {"feed.rss#3": "feed entry without content or summary"}


def test_atom_feed() -> None:
    docs, skipped, _ = read(INPUTS / "feed.atom")
    (doc,) = docs.values()
    assert skipped == []
    assert "seen near the front line in Kursk Oblast" in doc.text  # content, not summary
    assert (doc.date, doc.author, doc.outlet) == (dt.date(2024, 11, 6), "Oleh Bondar",
                                                  "Kyiv Ledger")


def test_xml_that_is_not_a_feed_is_reported(tmp_path: Path) -> None:
    (tmp_path / "config.xml").write_text("<?xml version='1.0'?><settings><a>1</a></settings>")
    docs, skipped, _ = read(tmp_path / "config.xml")
    assert docs == {} and reasons(skipped) == {"config.xml": "not an RSS or Atom feed"}


# --------------------------------------------------------------------------- WARC


def test_warc_html_responses_read_others_counted(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    counts = write_warc(warc, 120)
    docs, skipped, notes = read(warc)
    assert skipped == [] and len(docs) == counts["html"] == 120
    doc = docs["crawl.warc.gz#2"]  # record 1 is the warcinfo
    assert doc.url == "https://wire.example.com/2024/11/story-0"  # WARC-Target-URI
    assert (doc.outlet, doc.date, doc.author) == ("Synthetic Wire", dt.date(2024, 11, 1),
                                                  "Desk 0")
    assert doc.text.startswith(doc.title + "\n\n")
    for furniture in ("Home", "Another story entirely", "©"):
        assert furniture not in doc.text
    assert notes == [f"{warc}: read 120 HTML pages; not articles, not read: 124 request, "
                     "2 response image/png, 2 response status 404, 1 warcinfo"]


def test_truncated_warc_keeps_what_it_read_and_says_where_it_broke(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, 30)
    data = whole.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) * 2 // 3])
    docs, skipped, _ = read(broken)
    assert 10 < len(docs) < 30
    (skip,) = skipped
    assert skip.path == str(broken) and "broken after" in skip.reason


def test_plain_warc_and_a_gzip_member_per_record(tmp_path: Path) -> None:
    gz = tmp_path / "a.warc.gz"
    write_warc(gz, 3)
    plain = tmp_path / "a.warc"
    plain.write_bytes(gzip.decompress(gz.read_bytes()))  # all members, concatenated
    docs, skipped, _ = read(plain)
    assert len(docs) == 3 and skipped == []


def test_warc_first_pass_and_slices_read_what_one_pass_reads(tmp_path: Path) -> None:
    """The workers' way through a WARC file (kg.building.distributed): a first pass for the pages'
    offsets, then slices read independently, in any order, give the records of one pass."""
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, 40)
    tally = WarcTally()
    whole = list(read_warc(warc, tally, 1 << 20))
    index = index_warc(warc)
    assert index.error is None and index.other == tally.other and len(index.offsets) == 40
    slices = list(index.slices(7))
    assert [len(s) for s in slices] == [7] * 5 + [5]
    sliced = [r for pages in reversed(slices) for r in read_warc_pages(warc, pages, 1 << 20)]
    key = sorted((r.index, r.raw, r.url) for r in sliced)
    assert key == sorted((r.index, r.raw, r.url) for r in whole)
    # A plain (uncompressed) WARC: offsets into the file itself.
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.decompress(warc.read_bytes()))
    index = index_warc(plain)
    pages = list(index.slices(3))[4]
    assert [r.raw for r in read_warc_pages(plain, pages, 1 << 20)] == [
        r.raw for r in whole[12:15]]


def test_warc_first_pass_of_a_broken_file_and_a_changed_file(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, 30)
    data = warc.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) // 2])
    index = index_warc(broken)
    assert 5 < len(index.offsets) < 30 and "broken after" in (index.error or "")
    pages = list(index_warc(warc).slices(10))[2]
    warc.write_bytes(data[: len(data) * 3 // 4])  # cut inside the last slice
    with pytest.raises(SourceError):
        list(read_warc_pages(warc, pages, 1 << 20))
    assert list(read_warc_pages(broken, [], 1 << 20)) == []  # nothing asked, nothing read


@needs_dask
def test_small_warc_through_dask(tmp_path: Path) -> None:
    warc = tmp_path / "small.warc.gz"
    write_warc(warc, 12)
    local = build([warc], BuildConfig())
    result = build([warc], BuildConfig(engine="dask", jobs=2))
    assert result.parsed == len(result.documents) == 12
    from rdflib.compare import isomorphic

    assert isomorphic(result.graph, local.graph)


@pytest.mark.slow
@needs_dask
def test_thousand_page_warc_shards_through_dask_local_cluster(tmp_path: Path, request,
                                                              monkeypatch) -> None:
    """Common Crawl's news crawl as kg meets it: WARC shards, read and parsed on a Dask
    LocalCluster (never read by this process). Opt-in (``pytest -m slow`` or ``KG_SLOW=1``):
    minutes on two cores."""
    if os.environ.get("KG_SLOW") != "1" and "slow" not in (request.config.getoption("markexpr")
                                                         or ""):
        pytest.skip("slow: run with pytest -m slow or KG_SLOW=1")
    from distributed import LocalCluster

    shards = tmp_path / "cc-news"
    shards.mkdir()
    total = 0
    for i, n in enumerate((400, 350, 250)):
        total += write_warc(shards / f"CC-NEWS-{i:05d}.warc.gz", n, seed=i)["html"]
    notes: list[str] = []
    monkeypatch.setattr(sources, "read_warc", None)  # this process must not read the WARCs
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
        result = build([shards], BuildConfig(engine="dask", scheduler=cluster.scheduler_address,
                                             graph=False), on_note=notes.append)
    assert total == 1000 and result.skipped == []
    assert notes[-1].startswith("3 WARC files: read 1,000 HTML pages; not articles, not read: ")
    assert result.parsed == len(result.documents) == 1000
    assert all(d.url and d.outlet == "Synthetic Wire" for d in result.documents)
    assert sum(result.relation_counts().values()) > 1000


# --------------------------------------------------------------------------- HTML, Markdown


def test_html_page_metadata() -> None:
    docs, _, _ = read(DATA / "html" / "01-article-tag.html", DATA / "html" / "06-jsonld-only.html")
    page = docs["01-article-tag.html"]
    assert (page.title, page.date, page.author, page.outlet, page.url) == (
        "North Korea sends 10,000 troops to Russia, Seoul says", dt.date(2024, 10, 18),
        "Jane Park", "Daily Courier", "https://courier.example.com/world/nk-troops")
    for furniture in ("cookies", "Related stories", "morning briefing", "Share on", "©"):
        assert furniture not in page.text
    jsonld = docs["06-jsonld-only.html"]  # metadata only in JSON-LD
    assert (jsonld.date, jsonld.author) == (dt.date(2024, 10, 19), "Anna Smirnova")


def test_markdown_front_matter_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Troops in Kursk\ndate: 2024-11-02\nurl: https://blog.example.net/kursk\n"
        "author: [A. Writer, B. Editor]\nsource: Field Notes\n---\n\nNorth Korea sent troops.\n")
    (doc,) = read(tmp_path / "a.md")[0].values()
    assert (doc.title, doc.date, doc.url, doc.author, doc.outlet) == (
        "Troops in Kursk", dt.date(2024, 11, 2), "https://blog.example.net/kursk",
        "A. Writer, B. Editor", "Field Notes")


# --------------------------------------------------------------------------- graph


def test_document_metadata_in_the_graph_validates() -> None:
    docs, _, _ = read(INPUTS / "feed.rss", INPUTS / "news-please.jsonl")
    bad = Document(doc_id="doc_" + "0" * 16, path="x", name="x.txt", text="t", sha256="0" * 64,
                   title="t", url="javascript:alert(1)")
    graph = build_graph([*docs.values(), bad], [], [])
    base = "https://example.org/kg/id/"
    shells = URIRef(base + docs["feed.rss#1"].doc_id)
    assert graph.value(shells, SCHEMA.url) == Literal(
        "https://monitor.example.com/2024/11/shells", datatype=ANY_URI)
    assert graph.value(shells, DCTERMS.publisher) == Literal("Eurasia Monitor")
    assert graph.value(shells, DCTERMS.creator) == Literal("Anna Smirnova")
    assert graph.value(shells, DCTERMS.title) == Literal(
        "Pyongyang ships artillery shells to Russia")
    # Only http(s) addresses are kept; and never as IRIs.
    assert graph.value(URIRef(base + bad.doc_id), SCHEMA.url) is None
    assert not any(isinstance(o, URIRef) and "example-news" in o for o in graph.objects())
    assert validate(graph).conforms


# --------------------------------------------------------------------------- unread files


def test_every_unread_file_in_a_folder_is_reported(tmp_path: Path, capsys) -> None:
    shutil.copy(INPUTS / "feed.atom", tmp_path / "feed.atom")
    for i in range(5):
        (tmp_path / f"scan{i}.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    code = main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-png", "-q"])
    err = capsys.readouterr().err
    assert code == EXIT_SKIPPED
    assert f"skipped {tmp_path / 'notes.docx'}: not read: unsupported file type .docx" in err
    # Many of one type: one line for all of them.
    assert (f"skipped {tmp_path}: 5 files not read: unsupported file type .pdf "
            f"(e.g. {tmp_path / 'scan0.pdf'})") in err
    assert err.count(".pdf") == 2
