"""kg add: only new and changed articles are parsed, and the result is the graph (and store) a
full rebuild of the same articles gives."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.building.incremental import CATALOG_NAME, Catalog, _Blocks
from kg.cli import EXIT_ERROR, EXIT_OK, main
from kg.extract.runner import Extractor
from kg.graph.oxgraph import from_ox
from kg.outputs.parts import VIEW_NAME
from kg.serving.store import open_read_only

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """Names of the documents spaCy parses, in order."""
    seen: list[str] = []
    original = Extractor.extract

    def counting(self, docs, *args, **kwargs):
        def spy(it):
            for doc in it:
                seen.append(doc.name)
                yield doc
        return original(self, spy(docs), *args, **kwargs)

    monkeypatch.setattr(Extractor, "extract", counting)
    return seen


def store_graph(path: Path) -> Graph:
    """The union of the store's graphs."""
    g = Graph()
    for q in open_read_only(path):
        g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return g


def test_add_new_changed_removed_is_a_rebuild(tmp_path: Path, parsed: list[str]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for f in samples[:4]:
        shutil.copy(f, a / f.name)
    shutil.copy(samples[4], b / samples[4].name)
    out, store = tmp_path / "out", tmp_path / "store"
    assert main(["build", str(a), "--out", str(out), "--store", str(store), "--no-png",
                 "-q"]) == EXIT_OK
    assert len(parsed) == 4 and (out / CATALOG_NAME).is_file()
    parsed.clear()

    changed, removed = a / samples[1].name, a / samples[2].name
    with changed.open("a", encoding="utf-8") as fh:
        fh.write("\nRussia deployed more troops to Kursk Oblast, Ukraine's army said.\n")
    gone_id = next(d.doc_id for d in Catalog.read(out).documents if d.name == removed.name)
    removed.unlink()
    assert main(["add", str(a), str(b), "--sync", "--out", str(out), "--store", str(store),
                 "--no-png", "-q"]) == EXIT_OK
    assert sorted(parsed) == sorted([changed.name, samples[4].name])  # only these were parsed

    parsed.clear()
    rebuilt = tmp_path / "rebuilt"
    assert main(["build", str(a), str(b), "--out", str(rebuilt), "--no-cache", "--no-png",
                 "-q"]) == EXIT_OK
    full = Graph().parse(rebuilt / "graph.ttl")
    added = Graph().parse(out / "graph.ttl")
    assert isomorphic(added, full)
    assert isomorphic(store_graph(store), full)  # the store was updated in place, not refilled
    assert not any(gone_id in str(t) for triple in added for t in triple)
    assert "Russia deployed more troops" in (out / "graph.ttl").read_text()
    docs = Catalog.read(out).documents
    assert [d.name for d in docs] == [samples[0].name, samples[1].name, samples[3].name,
                                      samples[4].name]
    # Page and summary were refreshed: they list the new document.
    assert (out / "summary.md").read_text().count("| ") > 0
    new_title = next(d.title for d in docs if d.name == samples[4].name)
    assert new_title[:40] in (out / "summary.md").read_text()

    # Nothing new: nothing parsed, same graph.
    parsed.clear()
    assert main(["add", str(a), str(b), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    assert parsed == []
    assert isomorphic(Graph().parse(out / "graph.ttl"), full)


def test_add_needs_a_build(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("North Korea sent troops to Russia.\n")
    assert main(["add", str(tmp_path / "a.txt"), "--out", str(tmp_path / "none")]) == EXIT_ERROR
    assert "no build to add to" in capsys.readouterr().err


def test_entities_keep_their_iris_and_merge_aliases(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tmp_path / "one.txt").write_text("North Korea sent troops to Russia on Monday.\n")
    assert main(["build", str(tmp_path / "one.txt"), "--out", str(out), "--no-png", "-q"]) == 0
    before = Graph().parse(out / "graph.ttl")
    (tmp_path / "two.txt").write_text("Pyongyang sent more troops to Moscow on Friday.\n")
    assert main(["add", str(tmp_path / "two.txt"), "--out", str(out), "--no-png", "-q"]) == 0
    after = Graph().parse(out / "graph.ttl")
    nk = URIRef("https://example.org/kg/id/North_Korea")
    assert (nk, None, None) in before and (nk, None, None) in after
    labels = {str(o) for o in after.objects(nk, URIRef("http://www.w3.org/2004/02/skos/core#"
                                                       "altLabel"))}
    assert "Pyongyang" in labels
    mentioned = set(after.objects(nk, URIRef("https://example.org/kg/ontology#mentionedIn")))
    assert len(mentioned) == 2


def test_records_are_known_by_content_not_by_line(tmp_path: Path, parsed: list[str]) -> None:
    """A record inserted at the top of a JSONL export renumbers the others: only it is new."""
    lines = [json.dumps({"title": f"Story {i}", "text": text}) for i, text in enumerate((
        "North Korea sent troops to Russia on Monday.",
        "Iran supplied drones to Russia, Ukraine said.",
    ))]
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert main(["build", str(export), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    parsed.clear()
    first = json.dumps({"title": "Story new", "text": "Belarus signed a treaty with Russia."})
    export.write_text("\n".join([first, *lines]) + "\n")
    assert main(["add", str(export), "--sync", "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    assert parsed == ["export.jsonl#1"]
    docs = {d.title: d.name for d in Catalog.read(out).documents}
    assert docs == {"Story 0": "export.jsonl#2", "Story 1": "export.jsonl#3",
                    "Story new": "export.jsonl#1"}
    assert '"export.jsonl#3"' in (out / "graph.ttl").read_text()  # renumbered in the graph too


def test_python_add_returns_the_whole_graph_and_says_what_changed(tmp_path: Path) -> None:
    import kg
    from kg.building.incremental import AddError
    from kg.building.publish import EXIT_ERROR as BUILD_EXIT_ERROR
    from kg.building.publish import EXIT_USAGE, UsageError

    out = tmp_path / "out"
    (tmp_path / "one.txt").write_text("North Korea sent troops to Russia on Monday.\n")
    kg.build(tmp_path / "one.txt", out=out, no_png=True)
    (tmp_path / "two.txt").write_text("Iran supplied drones to Russia, Ukraine said.\n")
    graph = kg.add(tmp_path / "two.txt", out=out, no_png=True)
    pub = graph.publication
    assert [d.name for d in pub.added] == ["two.txt"] and pub.unchanged == 0
    assert pub.changed == [] and pub.removed == [] and pub.store_changes is None
    assert len(graph.rdf) == len(Graph().parse(out / "graph.ttl"))
    assert {e.label for e in graph.entities()} >= {"North Korea", "Iran", "Russia"}
    assert out / "graph.ttl" in graph.files

    with pytest.raises(AddError) as no_build:  # a BuildError: kg add prints it and exits 1
        kg.add(tmp_path / "two.txt", out=tmp_path / "elsewhere")
    assert no_build.value.exit_code == BUILD_EXIT_ERROR
    assert "no build to add to" in str(no_build.value)
    with pytest.raises(UsageError) as not_store:
        kg.add(tmp_path / "two.txt", out=out, store=tmp_path)
    assert not_store.value.exit_code == EXIT_USAGE and "is not a kg store" in str(not_store.value)
    with pytest.raises(UsageError, match="unknown add option"):
        kg.add(tmp_path / "two.txt", out=out, jobs=2)


def untimed(summary: str) -> str:
    """summary.md without its build timings (seconds differ between any two runs)."""
    return summary.split("\n## Build timings", 1)[0]


def test_appending_resolves_only_the_new_articles(tmp_path: Path, parsed: list[str],
                                                  monkeypatch) -> None:
    """New articles only: resolved against the growth record and applied to graph.ttl and the
    store as a difference (no other extraction read); twice in a row, still a rebuild."""
    import kg
    from kg.building.cache import ExtractionCache

    samples = sorted(SAMPLES.glob("*.txt"))
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder, files in zip(folders, (samples[:3], samples[3:4], samples[4:]), strict=True):
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
    out, store = tmp_path / "out", tmp_path / "store"
    kg.build(folders[0], out=out, store=store, no_png=True)
    read: list[str] = []
    original = ExtractionCache.get
    monkeypatch.setattr(ExtractionCache, "get",
                        lambda self, doc: read.append(doc.name) or original(self, doc))
    parsed.clear()
    for folder in folders[1:]:
        pub = kg.add(folder, out=out, store=store, no_png=True).publication
        assert pub.path == "append" and [d.name for d in pub.added] == [p.name for p in
                                                                        folder.iterdir()]
        assert pub.store_changes is not None and pub.store_changes[1] > 0
    assert read == [] and sorted(parsed) == sorted(f.name for f in samples[3:])
    # The page was drawn from the build's parts and each addition's (two lines each: its
    # parts, the build it made), not from the whole graph.
    assert len((out / VIEW_NAME).read_bytes().splitlines()) == 2 + 2 * 2

    rebuilt = tmp_path / "again" / "out"  # the same folder name: the same page title
    assert main(["build", *map(str, folders), "--out", str(rebuilt), "--no-cache", "--no-png",
                 "-q"]) == EXIT_OK
    full = Graph().parse(rebuilt / "graph.ttl")
    assert isomorphic(Graph().parse(out / "graph.ttl"), full)
    # graph.ttl was spliced (changed subjects' blocks only): the bytes a rebuild writes.
    assert (out / "graph.ttl").read_bytes() == (rebuilt / "graph.ttl").read_bytes()
    # The page and the summary (but for its timings) are a rebuild's too.
    assert (out / "graph.html").read_bytes() == (rebuilt / "graph.html").read_bytes()
    assert (untimed((out / "summary.md").read_text())
            == untimed((rebuilt / "summary.md").read_text()))
    assert isomorphic(store_graph(store), full)
    # The store's named graphs are a rebuild's too (one per document for its events).
    from kg.serving.store import write_store
    write_store(tmp_path / "store2", full)
    assert ({(q.subject, q.predicate, q.object, q.graph_name) for q in open_read_only(store)}
            == {(q.subject, q.predicate, q.object, q.graph_name)
                for q in open_read_only(tmp_path / "store2")})
    summary = (out / "summary.md").read_text()
    assert next(d.title for d in Catalog.read(out).documents
                if d.name == samples[4].name)[:40] in summary


def test_without_a_growth_record_everything_is_resolved_again(tmp_path: Path, capsys) -> None:
    samples = sorted(SAMPLES.glob("*.txt"))
    out = tmp_path / "out"
    assert main(["build", str(samples[0]), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    (out / ".kg-growth.json").write_text("{not json")
    assert main(["add", str(samples[1]), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    assert "resolving all 2 documents again from the cache" in capsys.readouterr().err
    assert main(["build", str(samples[0]), str(samples[1]), "--out", str(tmp_path / "full"),
                 "--no-png", "-q"]) == EXIT_OK
    assert isomorphic(Graph().parse(out / "graph.ttl"),
                      Graph().parse(tmp_path / "full" / "graph.ttl"))
    # …and the record is written again: the next addition appends.
    assert json.loads((out / ".kg-growth.json").read_text())["entities"]


def test_a_store_out_of_step_is_compared_in_full(tmp_path: Path, capsys) -> None:
    """Appending applies the difference only to the store the build left: one that lost a
    quad since is brought level by a full comparison instead."""
    samples = sorted(SAMPLES.glob("*.txt"))
    out, store = tmp_path / "out", tmp_path / "store"
    assert main(["build", str(samples[0]), "--out", str(out), "--store", str(store),
                 "--no-png", "-q"]) == EXIT_OK
    import pyoxigraph as ox
    db = ox.Store(str(store))
    db.remove(next(iter(db)))
    del db
    assert main(["add", str(samples[1]), "--out", str(out), "--store", str(store),
                 "--no-png"]) == EXIT_OK
    assert "the new articles only" in capsys.readouterr().out
    assert isomorphic(store_graph(store), Graph().parse(out / "graph.ttl"))


def _damaged(out: Path, how: str) -> None:
    """Damage the page's parts file of the build in ``out`` as ``how`` says."""
    path = out / VIEW_NAME
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    if how == "missing":
        path.unlink()
    elif how == "not json":
        path.write_bytes(b"{not json")
    elif how == "cut short":
        path.write_bytes(data[: len(data) // 2])
    elif how == "edited":  # still JSON, one label changed: only the digest tells
        label = json.loads(body)["entities"]
        iri, part = next(iter(label.items()))
        path.write_bytes(head + b"\n" + body.replace(json.dumps(part[0]).encode(),
                                                     json.dumps(part[0] + "x").encode(), 1))
    elif how == "another build":
        fields = json.loads(head)
        fields["documents"] = "0" * 64
        path.write_bytes(json.dumps(fields).encode() + b"\n" + body)
    elif how == "an unfinished addition":  # appended, its outputs never written: not read
        path.write_bytes(data + b'{"entities":{}}\n{"documents":"x","triples":1,"sha256":"'
                         + hashlib.sha256(b'{"entities":{}}').hexdigest().encode() + b'"}\n{"a')
    elif how == "another kg":
        fields = json.loads(head)
        fields["code"] = "0" * 64
        path.write_bytes(json.dumps(fields).encode() + b"\n" + body)


def test_a_lost_or_damaged_parts_file_draws_the_page_from_the_graph(tmp_path: Path,
                                                                    capsys) -> None:
    """kg add draws the page from the build's parts (DIR/.kg-view.json); when they are
    missing, damaged, or another build's or kg's, it says so and draws the page from the whole
    graph: the page is a rebuild's either way, and the parts are written afresh."""
    samples = sorted(SAMPLES.glob("*.txt"))
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for f in samples[:3]:
        shutil.copy(f, a / f.name)
    shutil.copy(samples[3], b / samples[3].name)
    built = tmp_path / "built" / "out"
    assert main(["build", str(a), "--out", str(built), "--no-png", "-q"]) == EXIT_OK
    rebuilt = tmp_path / "rebuilt" / "out"  # the same folder name: the same page title
    assert main(["build", str(a), str(b), "--out", str(rebuilt), "--no-png", "-q"]) == EXIT_OK
    capsys.readouterr()
    harmless = (None, "an unfinished addition")
    for how in ("missing", "not json", "cut short", "edited", "another build", "another kg",
                *harmless):
        out = tmp_path / (how or "intact").replace(" ", "_") / "out"
        shutil.copytree(built, out)
        _damaged(out, how or "")
        assert main(["add", str(b), "--out", str(out), "--no-png", "-q"]) == EXIT_OK, how
        err = capsys.readouterr().err
        assert ("drawing the page from the whole graph" in err) == (how not in harmless), how
        assert (out / "graph.html").read_bytes() == (rebuilt / "graph.html").read_bytes(), how
        assert (untimed((out / "summary.md").read_text())
                == untimed((rebuilt / "summary.md").read_text())), how
        # written afresh (a build's two lines) or grown by the addition's two (in place of
        # what an unfinished one had left)
        assert len((out / VIEW_NAME).read_bytes().splitlines()) == (
            4 if how in harmless else 2), how


def test_blocks_of_kg_turtle_are_found_by_binary_search() -> None:
    from kg.graph.rdf import build_graph, to_turtle
    from kg.model import Document

    docs = [Document(path=f"{name}.txt", name=f"{name}.txt", text="", sha256=name * 32, title="T",
                     doc_id=f"doc_{name * 2}") for name in ("ab", "cd", "ef", "01", "9f")]
    turtle = to_turtle(build_graph(docs, [], []))
    blocks = _Blocks(turtle)
    subjects = sorted(f"https://example.org/kg/id/{d.doc_id}" for d in docs)
    found = [blocks.find(iri) for iri in subjects]
    assert all(hit for _, _, hit in found)
    assert [start for start, _, _ in found] == sorted(start for start, _, _ in found)
    assert found[0][0] == blocks.header and found[-1][1] == len(turtle)
    for (_, end, _), (start, _, _) in zip(found, found[1:], strict=False):
        assert end == start  # the blocks tile the file
    for (start, end, _), iri in zip(found, subjects, strict=True):
        assert turtle[start:end].startswith(b"id:" + iri.rsplit("/", 1)[1].encode())
    # an absent subject: where it would go, between its neighbours
    start, end, hit = blocks.find("https://example.org/kg/id/doc_abab0")
    assert not hit and start == end == found[subjects.index(
        "https://example.org/kg/id/doc_abab") + 1][0]


def test_the_splice_runs_aside_and_falls_back_to_the_whole_graph() -> None:
    """kg add splices graph.ttl in a forked child (_Spliced); a file the splice cannot read
    gives the whole graph's Turtle instead, and the value is made once."""
    from kg.building.incremental import _Fallback, _Spliced

    calls = []

    def whole() -> bytes:
        calls.append(1)
        return b"whole"

    def unreadable() -> bytes:
        raise _Fallback("cannot read the subjects")

    spliced = _Spliced(unreadable, whole)
    assert spliced.value() == b"whole" and spliced.value() == b"whole" and len(calls) == 1
    assert _Spliced(lambda: b"spliced", whole).value() == b"spliced" and len(calls) == 1
