"""Issue #8: real-world files in, nothing lost, nothing injected.

End to end through ``kg build`` (in process, so a file can vanish or become unreadable at the
right moment) and ``kg.building.pipeline.build``: a folder of good articles mixed with every kind of
bad file gets built, each bad file is named once on stderr with its reason, and the good text is in
the graph. Big inputs, hostile names and the page in a real browser follow.

The 50 MB end-to-end build is opt-in (``pytest -m slow`` or ``KG_SLOW=1``): the spaCy pipeline
parses ~5-10 KB of text per second on one core, so it takes hours (5 MB took 27 min).
"""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.cli import EXIT_ERROR, EXIT_SKIPPED, main
from kg.extract.gazetteer import load_gazetteer
from kg.extract.runner import CHUNK_CHARS, chunks
from kg.graph.rdf import KG
from kg.inputs.ingest import DEFAULT_MAX_BYTES, iter_documents, read_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "kg" / "samples"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
FORBIDDEN_IN_IRI = frozenset(' <>"{}|^`\\') | {chr(c) for c in range(0x21)}
PWN = "window.__pwned=1"
PAYLOADS = (
    f'<img src=x onerror="{PWN}">',
    f"<script>{PWN}</script>",
    f'"><svg onload={PWN}>',
    f"</script><script>{PWN}</script>",
)


def _sample(i: int) -> str:
    return sorted(SAMPLES.glob("*.txt"))[i].read_text(encoding="utf-8")


def _warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("kg: warning:")]


# --------------------------------------------------------------------------- the bad folder


@dataclass(frozen=True)
class Corpus:
    folder: Path
    good: dict[str, str]  # file name → a phrase its document must contribute to the graph
    bad: dict[str, str]  # file name → what its one warning must say


LATIN1_NAME = b"caf\xe9.txt"
CP1252_TITLE = "Café report — “North Korea has sent troops to Russia,” the ministry said"
UTF16_TITLE = "Yonhap reported that North Korea supplied Russia with artillery shells."
HTML_PAGE = """<!doctype html><html><head><title>Troops</title>
<script>var leaked = "SCRIPT TEXT Iran supplies Belarus";</script></head>
<body><nav><a href="/">Home</a> NAV TEXT Belarus deploys troops to Minsk</nav>
<article><h1>Troops in Kursk</h1>
<p>Ukraine's military said that Russia deployed North Korean soldiers to Kursk.</p></article>
<footer>FOOTER TEXT cookie policy</footer></body></html>
"""


def make_bad_corpus(folder: Path) -> Corpus:
    """Good articles mixed with bad files; ``vanish.txt``/``locked.txt`` need `hazards`."""
    folder.mkdir(parents=True)
    files: dict[str, bytes] = {
        "good1.txt": _sample(0).encode(),
        "good2.md": _sample(1).encode(),
        "cp1252.txt": f"{CP1252_TITLE} on Monday.\n\nNorth Korea has sent troops to Russia.\n"
        .encode("cp1252"),
        "utf16.txt": f"{UTF16_TITLE}\n".encode("utf-16"),  # with its BOM
        "page.html": HTML_PAGE.encode(),
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "report.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
        "archive.txt": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
        "nul.txt": b"North Korea sent\x00\x00 troops to Russia.\n",
        "vanish.txt": b"Russia supplied Iran with drones, the article that vanished said.\n",
        "locked.txt": b"Iran supplied Russia with drones, the unreadable article said.\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if not IS_ROOT:
        (folder / "locked.txt").chmod(0)  # root reads it anyway: `hazards` simulates that
    (folder / "loop.txt").symlink_to("loop.txt")  # ELOOP
    os.mkfifo(folder / "pipe.txt")  # would block a plain open() forever
    with open(folder / "huge.txt", "wb") as fh:  # sparse: costs no disk
        fh.truncate(DEFAULT_MAX_BYTES + 2**20)
    # A Latin-1 file name (not UTF-8): Python holds it with a lone surrogate.
    with open(os.path.join(os.fsencode(folder), LATIN1_NAME), "wb") as fh:
        fh.write(b"Russia received artillery shells from North Korea, officials said.\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop: no warning
    good = {
        "good1.txt": "Joint Chiefs of Staff",
        "good2.md": "Over 1,000 North Korean casualties in Ukraine warfare",
        "cp1252.txt": CP1252_TITLE,
        "utf16.txt": UTF16_TITLE,
        "page.html": "Troops in Kursk",
        "caf\\xe9.txt": "Russia received artillery shells",
    }
    bad = {
        "empty.txt": "empty file",
        "image.txt": "binary file (PNG image)",
        "report.txt": "binary file (PDF document)",
        "archive.txt": "binary file (ZIP archive",
        "nul.txt": "binary file (contains NUL",
        "loop.txt": "Too many levels of symbolic links",
        "pipe.txt": "not a regular file",
        "huge.txt": "file too large (65.0 MiB > 64.0 MiB)",
        "vanish.txt": "no longer exists",
        "locked.txt": "permission denied",
    }
    return Corpus(folder, good, bad)


@pytest.fixture
def hazards(monkeypatch: pytest.MonkeyPatch) -> None:
    """``vanish.txt`` is deleted just as kg opens it; ``locked.txt`` cannot be opened (root
    reads any file whatever its mode, so the PermissionError is simulated)."""
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):
        name = os.path.basename(os.fsdecode(path))
        if name == "vanish.txt" and os.path.exists(path):
            os.unlink(path)
        if name == "locked.txt" and IS_ROOT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def _literals(graph: Graph) -> list[str]:
    return [str(o) for o in graph.objects() if isinstance(o, Literal)]


def test_bad_folder_builds_with_one_warning_per_bad_file(tmp_path: Path, hazards, capsys) -> None:
    corpus = make_bad_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["build", str(corpus.folder), "--out", str(out), "--no-cache", "--jobs", "1"]) \
        == EXIT_SKIPPED
    captured = capsys.readouterr()
    warnings = _warnings(captured.err)
    assert len(warnings) == len(corpus.bad), captured.err
    for name, reason in corpus.bad.items():
        prefix = f"kg: warning: skipped {corpus.folder / name}: "
        mine = [w for w in warnings if w.startswith(prefix)]
        assert len(mine) == 1, (name, warnings)
        assert reason in mine[0], (name, mine[0])
    for name in corpus.good:
        assert name not in captured.err  # no warning names a good file
    assert f"{len(corpus.good)} built" in captured.out
    assert f"{len(corpus.bad)} skipped" in captured.out

    graph = Graph().parse(out / "graph.ttl", format="turtle")
    files = {str(f) for f in graph.objects(None, KG.fileName)}
    assert files == set(corpus.good)  # nothing lost, nothing doubled by the folder loop
    texts = _literals(graph)
    for name, phrase in corpus.good.items():
        assert any(phrase in t for t in texts), (name, phrase)
    for junk in ("SCRIPT TEXT", "NAV TEXT", "FOOTER TEXT", "var leaked", "\ufffd", "Ã©"):
        assert not any(junk in t for t in texts), junk  # page furniture and mojibake stay out
    for doc in graph.subjects(RDF.type, KG.Document):  # every good article yielded entities
        assert any(graph.subjects(KG.mentionedIn, doc)), graph.value(doc, KG.fileName)
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "Joint Chiefs of Staff" in html


def test_strict_fails_and_writes_nothing(tmp_path: Path, hazards, capsys) -> None:
    corpus = make_bad_corpus(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous turtle")
    (out / "graph.html").write_bytes(b"previous page")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    code = main(["build", str(corpus.folder), "--out", str(out), "--no-cache", "--strict",
                 "--jobs", "1", "--overwrite"])  # the placeholders are not kg's own files
    assert code == EXIT_ERROR
    err = capsys.readouterr().err
    # --strict stops at the first skipped input instead of parsing the rest first.
    assert "--strict:" in err and "was skipped; nothing written" in err
    assert len(_warnings(err)) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_pipeline_build_reports_each_skip_once(tmp_path: Path, hazards) -> None:
    from kg.building.pipeline import BuildConfig, build

    corpus = make_bad_corpus(tmp_path / "in")
    seen = []
    result = build([corpus.folder], BuildConfig(jobs=1), on_skip=seen.append)
    assert seen == result.skipped
    assert sorted(Path(s.path).name for s in seen) == sorted(corpus.bad)
    for s in seen:
        assert corpus.bad[Path(s.path).name] in s.reason and "\n" not in s.reason
    assert sorted(d.name for d in result.documents) == sorted(corpus.good)
    assert {"North Korea", "Russia"} <= {e.label for e in result.entities.values()}
    assert result.relations


# --------------------------------------------------------------------------- big inputs

PARAGRAPH_SEED = " ".join(_sample(i) for i in range(5))
SENTENCES = [s for s in re.split(r"(?<=[.!?])\s+", PARAGRAPH_SEED) if len(s) > 40]


def realistic_text(size: int) -> str:
    """``size`` characters of article-like paragraphs built from the sample sentences."""
    parts, n, i = [], 0, 0
    while n < size:
        para = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)) + "\n\n"
        parts.append(para)
        n += len(para)
        i += 3
    return "".join(parts)[:size]


def test_50mb_text_is_cut_into_chunks_below_spacy_max_length(nlp) -> None:
    text = realistic_text(50 * 2**20)
    # The worst cases for the cutter: a run with no break at all, and one long line.
    text = text[:1000] + "x" * 250_000 + text[1000:] + " ".join(SENTENCES * 200)
    started = time.perf_counter()
    pieces = list(chunks(text))
    seconds = time.perf_counter() - started
    assert "".join(p for _, p in pieces) == text
    offset = 0
    for start, piece in pieces:
        assert start == offset
        assert 0 < len(piece) <= CHUNK_CHARS < nlp.max_length
        offset += len(piece)
    # Cuts fall at a paragraph, line or word break wherever there is one.
    at_break = sum(p.endswith(("\n", " ")) for _, p in pieces[:-1])
    # only the cuts inside the 250,000 x's may not
    assert at_break >= len(pieces) - 1 - (250_000 // CHUNK_CHARS + 1)
    assert len(pieces) < 1.1 * len(text) / CHUNK_CHARS + 10
    assert seconds < 20, f"chunking 50 MB took {seconds:.1f} s"


def _child(code: str, timeout: float) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON line last."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


MEASURE = """
import json, os, time

def rss_mib():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

def peak_mib():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forking parent (pytest,
    # with a spaCy model loaded), while VmHWM belongs to this process's memory alone.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""


def test_50mb_file_is_read_in_bounded_time_and_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    text = "Big article\n\n" + realistic_text(50 * 2**20)
    path.write_text(text, encoding="utf-8")
    result = _child(MEASURE + f"""
from kg.inputs.ingest import read_document
base = peak_mib()
t = time.perf_counter()
doc = read_document({str(path)!r})
seconds = time.perf_counter() - t
peak = peak_mib()
print(json.dumps({{"chars": len(doc.text), "title": doc.title, "seconds": seconds,
                  "growth_mib": peak - base}}))
""", timeout=120)
    print(f"read 50 MB: {result['seconds']:.1f} s, peak RSS growth {result['growth_mib']:.0f} MiB")
    assert result["title"] == "Big article"
    assert result["chars"] == len(text)
    assert result["seconds"] < 30
    # The bytes, the decoded str (2 bytes a char: the text has curly quotes) and a few working
    # copies of it (lines split and joined again): ~6.5x the file (336 MiB measured), not more.
    assert result["growth_mib"] < 10 * 50


def _build_one_big_document(tmp_path: Path, size: int, timeout: float,
                            limit: int = CHUNK_CHARS) -> dict:
    """Build one document of ``size`` chars in a child process, cut into pieces of at most
    ``limit`` chars, recording every piece handed to spaCy and the peak RSS when half of them
    had been handed over (by then the first batches are parsed) and at the end."""
    path = tmp_path / "big.txt"
    path.write_text(realistic_text(size), encoding="utf-8")
    return _child(MEASURE + f"""
from kg.extract import runner
from kg.building.pipeline import BuildConfig, build
real_chunks = runner.chunks
pieces, peak_at_half = [], []
def spy(text, limit={limit}):
    half = len(text) // limit // 2
    for offset, piece in real_chunks(text, limit):
        pieces.append(len(piece))
        if len(pieces) == half:
            peak_at_half.append(peak_mib())
        yield offset, piece
runner.chunks = spy
loaded = []
real_load = runner.Extractor.load
def load(*args, **kwargs):
    extractor = real_load(*args, **kwargs)
    loaded.append(extractor.nlp.max_length)
    return extractor
runner.Extractor.load = staticmethod(load)
base = rss_mib()
t = time.perf_counter()
result = build([{str(path)!r}], BuildConfig(jobs=1))
seconds = time.perf_counter() - t
from kg.inputs.ingest import read_document
text = read_document({str(path)!r}).text  # what offsets refer to (a leading date is blanked)
bad = [r for r in result.relations
       if text[r.evidence.start:r.evidence.end] != r.evidence.text]
print(json.dumps({{
    "seconds": seconds, "pieces": pieces, "max_length": loaded[0], "base_mib": base,
    "peak_mib": peak_mib(),
    "peak_at_half": (peak_at_half or [None])[0],
    "relations": len(result.relations), "bad_offsets": len(bad),
    "last_evidence_end": max(r.evidence.end for r in result.relations)}}))
""", timeout=timeout)


def test_multi_chunk_document_is_parsed_in_pieces(tmp_path: Path) -> None:
    """The chunked path end to end, with pieces of 12,000 chars so that it takes seconds, not
    the ~10 s per 100,000-char piece of the real limit (the 50 MB tests cover that limit)."""
    size, limit = 40_000, 12_000
    r = _build_one_big_document(tmp_path, size, timeout=300, limit=limit)
    print(f"{size:,} chars in {len(r['pieces'])} pieces: {r['seconds']:.1f} s, RSS "
          f"{r['base_mib']:.0f} → {r['peak_mib']:.0f} MiB peak, {r['relations']} relations")
    assert len(r["pieces"]) == 4 and sum(r["pieces"]) == size
    assert max(r["pieces"]) <= limit
    assert r["bad_offsets"] == 0  # every evidence span quotes the document where it says
    assert r["last_evidence_end"] > 3 * limit  # the last piece was parsed and located
    assert r["peak_mib"] - r["base_mib"] < 1024


def _slow_enabled(config: pytest.Config) -> bool:
    return os.environ.get("KG_SLOW") == "1" or "slow" in (config.getoption("markexpr") or "")


@pytest.mark.slow
def test_50mb_document_builds_with_bounded_memory(tmp_path: Path, request) -> None:
    """Opt-in: ``pytest -m slow`` (or KG_SLOW=1). KG_BIG_BYTES changes the size."""
    if not _slow_enabled(request.config):
        pytest.skip("takes hours (~10 KB/s); run with -m slow or KG_SLOW=1")
    size = int(os.environ.get("KG_BIG_BYTES", str(50 * 2**20)))
    r = _build_one_big_document(tmp_path, size, timeout=6 * 3600)
    print(f"{size:,} chars: {r['seconds']:.0f} s, RSS {r['base_mib']:.0f} → {r['peak_mib']:.0f}"
          f" MiB peak ({r['peak_at_half']:.0f} MiB when half the pieces were parsed)")
    assert sum(r["pieces"]) == size and max(r["pieces"]) <= CHUNK_CHARS < r["max_length"]
    assert r["bad_offsets"] == 0
    # Memory follows the batch of pieces in flight, not the document: the second half of the
    # document needs no more than the first. spaCy takes pieces a batch at a time, so that only
    # says something once the first half spans several batches. (Bounded is not small: a batch
    # of 32 pieces of 100,000 chars peaks at ~8 GiB.)
    from kg.building.pipeline import BuildConfig

    if len(r["pieces"]) >= 4 * BuildConfig().batch_size:
        assert r["peak_mib"] < 1.25 * r["peak_at_half"]


def test_ten_thousand_small_files_are_found_and_read(tmp_path: Path) -> None:
    for i in range(10_000):
        folder = tmp_path / f"d{i // 100:03d}"
        if i % 100 == 0:
            folder.mkdir()
        (folder / f"a{i:05d}.txt").write_text(
            f"Story {i}\n\nNorth Korea sent {i} troops to Russia.\n", encoding="utf-8")
    skipped = []
    started = time.perf_counter()
    docs = list(iter_documents([tmp_path], on_skip=skipped.append))
    seconds = time.perf_counter() - started
    print(f"10,000 files discovered and read in {seconds:.1f} s")
    assert skipped == []
    assert len(docs) == 10_000 and len({d.doc_id for d in docs}) == 10_000
    assert docs[0].title == "Story 0" and docs[-1].title == "Story 9999"
    assert seconds < 60


# --------------------------------------------------------------------------- hostile names

HOSTILE_ENTITIES = {
    'Evil "Corp"> Ltd': "Agency",
    "Back\\slash Brigade": "Agency",
    "Line\nBreak Command": "Agency",
    PAYLOADS[0]: "Weapon",
    PAYLOADS[1]: "Weapon",
    PAYLOADS[2]: "Person",
    PAYLOADS[3]: "Region",
    "Ali\u202eveli Khan": "Person",  # right-to-left override
    "Dmi\u200dtry Volkov": "Person",  # zero-width joiner
    "\u0420ussia": "Country",  # Cyrillic Er: looks like Russia
    "North Korea": "Country",
    "Russia": "Country",
    "Reuters": "MediaOutlet",
}
HOSTILE_ARTICLE = f"""{PAYLOADS[1]} Hostile headline {PAYLOADS[0]}

Evil "Corp"> Ltd supplied Russia with {PAYLOADS[1]} drones.
Reuters reported that Back\\slash Brigade supplied Russia with {PAYLOADS[0]} rockets.
{PAYLOADS[2]} said North Korea deployed troops to {PAYLOADS[3]} .
Line
Break Command said Ali\u202eveli Khan deployed soldiers to {PAYLOADS[3]} .
Reuters reported that \u0420ussia supplied North Korea with missiles, according to
Dmi\u200dtry Volkov.
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``kg build`` of the hostile article, with a gazetteer naming its hostile entities (so
    they surely become nodes), into an output folder whose name is itself a payload."""
    import kg.building.pipeline

    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "entities.yaml").write_text(
        yaml.safe_dump({"entities": [{"label": k, "class": v}
                                     for k, v in HOSTILE_ENTITIES.items()]},
                       allow_unicode=True), encoding="utf-8")
    gazetteer = load_gazetteer(entities_file=tmp / "entities.yaml")
    src = tmp / "in"
    src.mkdir()
    (src / f"{PAYLOADS[0]}.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp / PAYLOADS[2]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kg.building.pipeline, "default_gazetteer", lambda: gazetteer)
        code = main(["build", str(src), "--out", str(out), "--no-cache", "--jobs", "1", "-q"])
    assert code == 0
    yield out


def test_hostile_names_give_strictly_valid_turtle(hostile_build: Path) -> None:
    data = (hostile_build / "graph.ttl").read_bytes()
    graph = Graph().parse(data=data, format="turtle")
    strict = list(ox.parse(data, format=ox.RdfFormat.TURTLE))  # lenient=False
    assert len(strict) == len(graph) > 0
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    for iri in iris:
        assert not FORBIDDEN_IN_IRI & set(iri), repr(iri)
        ox.NamedNode(iri)
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert set(HOSTILE_ENTITIES) <= labels  # every name survived, byte for byte
    names = {str(o) for o in graph.objects(None, KG.fileName)}
    assert names == {f"{PAYLOADS[0]}.txt"}
    sentences = {str(o) for o in graph.objects(None, KG.sentence)}
    assert any(PAYLOADS[1] in s for s in sentences)


def test_hostile_page_keeps_payloads_as_escaped_data(hostile_build: Path) -> None:
    page = (hostile_build / "graph.html").read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page  # only ever as JSON-escaped text


# The browser part reuses tests/test_browser.py's approach: Debian chromium + chromedriver.
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("needs Debian chromium + chromium-driver (/usr/bin/chromium, "
                    "/usr/bin/chromedriver)")
    from test_browser import chromium_driver

    drv = chromium_driver(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield drv
    finally:
        drv.quit()


@pytest.mark.browser
def test_hostile_build_runs_no_script_in_chromium(driver, hostile_build: Path) -> None:
    from selenium.webdriver.common.by import By
    from test_browser import wait_until_stable

    driver.get((hostile_build / "graph.html").as_uri())
    wait_until_stable(driver, time.monotonic())
    node_ids = driver.execute_script("return kgData.raw.nodes.map(n => n.id)")
    edge_ids = driver.execute_script("return kgData.raw.edges.map(e => e.id)")
    assert len(node_ids) == len(HOSTILE_ENTITIES) and edge_ids
    shown = []
    for node in node_ids:  # every panel, with its aliases and evidence sentences
        driver.execute_script("kgSelect(arguments[0])", node)
        shown.append(driver.find_element(By.ID, "kg-panel").text)
    for edge in edge_ids:
        driver.execute_script("kgShowEdge(arguments[0])", edge)
        shown.append(driver.find_element(By.ID, "kg-panel").text)
    box = driver.find_element(By.ID, "kg-search")
    for payload in PAYLOADS:
        box.clear()
        box.send_keys(payload + "\n")
    time.sleep(0.3)
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return document.scripts.length") == 3
    assert driver.execute_script(
        "return document.querySelectorAll('img, svg:not(.kg-icon):not(#kg-timebar-svg), iframe, "
        "[onerror], [onload]').length") == 0  # the legend's icons and the time bar: the only svg
    text = "\n".join(shown)
    for payload in PAYLOADS:
        assert payload in text  # shown as text, not run
    assert driver.execute_script("return document.title") == f"kg: {PAYLOADS[2]}"
    severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_read_document_keeps_hostile_text_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == HOSTILE_ARTICLE  # offsets refer to exactly these characters
