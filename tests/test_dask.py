"""kg build --engine dask gives the graph of the single-process build; --shards writes one
N-Quads file per document plus entities.nq, and their union is that same graph."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from importlib.util import find_spec
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.compare import isomorphic

from kg.building.distributed import (
    ENTITIES_SHARD,
    DaskError,
    merge_shards,
    require_dask,
    union_graph,
    write_shards,
)
from kg.building.pipeline import BuildConfig, build
from kg.cli import main
from kg.model import Document, Skipped

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
BASE = "https://example.org/kg/id/"

needs_dask = pytest.mark.skipif(
    find_spec("distributed") is None,
    reason="dask.distributed is not installed (pip install 'kg[dask]')",
)


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes on loopback, shared by the tests below."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as c:
        yield c


@needs_dask
def test_dask_build_matches_local_build(sample_build):
    # No scheduler: kg starts a LocalCluster of --jobs workers itself and closes it.
    result = build([SAMPLES], BuildConfig(engine="dask", jobs=2))
    assert result.parsed == len(result.documents) == 5
    assert isomorphic(result.graph, sample_build.graph)
    assert [d.path for d in result.documents] == [d.path for d in sample_build.documents]


@needs_dask
def test_extract_dask_keeps_order_and_sends_texts_to_workers_without_the_files(cluster,
                                                                               tmp_path):
    from kg.building.distributed import extract_dask
    from kg.extract.nlp import resolve_model_name
    from kg.inputs.ingest import iter_documents

    model = resolve_model_name(None)
    docs = list(iter_documents([SAMPLES], on_skip=pytest.fail))
    by_path = list(extract_dask(docs, model, 2, cluster.scheduler_address))
    # Paths the workers cannot read, as on a cluster without the corpus on shared storage.
    moved = [replace(d, path=str(tmp_path / "elsewhere" / d.name)) for d in docs]
    seconds: dict[str, float] = {}
    by_text = list(extract_dask(moved, model, 2, cluster.scheduler_address, batch_docs=2,
                                seconds=seconds))
    assert [ex.doc.path for ex in by_text] == [d.path for d in moved]  # input order
    assert [replace(ex, doc=replace(d, text="")) for ex, d in zip(by_text, docs, strict=True)
            ] == by_path
    assert all(ex.relations for ex in by_path) and seconds["parse"] > 0


@needs_dask
def test_cli_shards_merge_to_the_local_graph(cluster, sample_build, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["build", "--scheduler", cluster.scheduler_address, "--shards", "--no-validate",
                 "--no-cache", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    shards = out / "shards"
    names = sorted(p.name for p in shards.iterdir())
    doc_ids = sorted(d.doc_id for d in sample_build.documents)
    assert names == sorted([ENTITIES_SHARD, *(f"{d}.nq" for d in doc_ids)])
    assert not (out / "graph.ttl").exists() and not (out / "graph.html").exists()
    ds = merge_shards(shards)
    assert isomorphic(union_graph(ds), sample_build.graph)
    named = {str(g.identifier) for g in ds.graphs() if len(g)} - {
        str(ds.default_graph.identifier)}
    assert named == {BASE + d for d in doc_ids}  # one named graph per document
    assert f"triples    {len(sample_build.graph)}" in capsys.readouterr().out


def test_shards_bulk_load_and_query(sample_build, tmp_path):
    """The loaded shards answer a query as graph.ttl does (what `oxigraph load` would give)."""
    import pyoxigraph as ox

    from kg.serving.query import run_query
    from kg.serving.store import run_query as run_store_query

    r = sample_build
    write_shards(tmp_path, r.documents, r.entities.values(), r.relations, BASE)
    store = ox.Store()
    for f in sorted((tmp_path / "shards").glob("*.nq")):
        store.bulk_load(path=str(f), format=ox.RdfFormat.N_QUADS)
    sparql = ("PREFIX kg: <https://example.org/kg/ontology#> SELECT ?s ?o ?e WHERE "
              "{ ?s kg:supplies ?o . ?e kg:supplier ?s ; kg:evidence/kg:sentence ?t }")
    rows = {tuple(row) for row in run_store_query(store, sparql)}
    assert rows and rows == {tuple(row) for row in run_query(r.graph, sparql)}


def test_rewriting_shards_drops_stale_ones(sample_build, tmp_path):
    r = sample_build
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "doc_0000000000000000.nq").write_text("")
    shards = write_shards(tmp_path, r.documents, r.entities.values(), r.relations, BASE)
    assert shards.files == len(r.documents) + 1 == len(list(shards.folder.iterdir()))
    assert shards.triples == len(r.graph) and shards.quads >= shards.triples
    assert not (shards.folder / "doc_0000000000000000.nq").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folders


def test_shards_refuse_a_folder_with_other_files(sample_build, tmp_path, capsys):
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "notes.txt").write_text("mine")
    assert main(["build", "--shards", "--out", str(tmp_path), "-q"]) == 2
    assert "notes.txt" in capsys.readouterr().err
    assert (tmp_path / "shards" / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("argv, code, message", [
    (["--scheduler", "tcp://127.0.0.1:1"], 1, "cannot reach the Dask scheduler at"),
    (["--scheduler", "nonsense:::"], 2, "bad scheduler address"),
    (["--engine", "local", "--scheduler", "tcp://127.0.0.1:1"], 2, "needs --engine dask"),
    (["--shards", "--store", "STORE"], 2, "cannot be combined with --store"),
    (["--shards", "--format", "nt"], 2, "cannot be combined with --format"),
])
def test_engine_usage_errors_are_one_line(argv, code, message, tmp_path, capsys):
    if "--scheduler" in argv and "local" not in argv and find_spec("distributed") is None:
        pytest.skip("dask.distributed is not installed (pip install 'kg[dask]')")
    argv = [a if a != "STORE" else str(tmp_path / "store") for a in argv]
    assert main(["build", *argv, "--out", str(tmp_path / "out"), "-q"]) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_dask_names_the_extra(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    with pytest.raises(DaskError, match=r"pip install 'kg\[dask\]'"):
        require_dask()
    assert main(["build", "--engine", "dask", "--out", str(tmp_path), "-q"]) == 1
    assert "pip install 'kg[dask]'" in capsys.readouterr().err


def test_shards_of_a_document_without_relations_exist(sample_build, tmp_path):
    r = sample_build
    doc = r.documents[0]
    rels = [x for x in r.relations if x.evidence.doc_id != doc.doc_id]
    shards = write_shards(tmp_path, r.documents, r.entities.values(), rels, BASE)
    assert (shards.folder / f"{doc.doc_id}.nq").read_bytes() == b""
    ds = merge_shards(shards.folder)
    assert not len(ds.graph(URIRef(BASE + doc.doc_id)))


@needs_dask
def test_warc_pages_are_read_by_the_workers_in_slices(cluster, tmp_path, monkeypatch):
    """Two WARC files and a text file: the client reads no WARC (its reader is broken here);
    the pages come back in file order as the local reader gives them, duplicates skipped, the
    other records counted per file and in total."""
    from benchmarks.corpus import write_warc
    from kg.building.distributed import extract_dask
    from kg.extract.nlp import resolve_model_name
    from kg.inputs import sources
    from kg.inputs.ingest import iter_documents

    a, b = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    counts = [write_warc(a, 30), write_warc(b, 12, seed=3)]
    (tmp_path / "dup.warc.gz").write_bytes(b.read_bytes())  # every page a duplicate of b's
    counts.append(counts[1])
    text = next(SAMPLES.glob("*.txt"))
    (tmp_path / "0-plain.txt").write_text(text.read_text())  # found first, parsed first
    warcs = [a, b, tmp_path / "dup.warc.gz"]
    skipped: list[Skipped] = []
    notes: list[str] = []
    local = list(iter_documents([tmp_path], on_skip=skipped.append, on_note=notes.append))
    local_skipped, local_notes = skipped[:], notes[:]
    skipped.clear()
    notes.clear()
    monkeypatch.setattr(sources, "read_warc", None)  # in this process only
    documents: list[Document] = []
    totals: list[int] = []

    def progress(docs, total):
        totals.append(total)
        return docs

    texts = [d for d in local if d.record is None]
    out = list(extract_dask(texts, resolve_model_name(None), 2, cluster.scheduler_address,
                            warcs=warcs, on_document=documents.append, on_skip=skipped.append,
                            on_note=notes.append, progress=progress, slice_pages=8))
    assert [ex.doc for ex in out] == [replace(d, text="") for d in local]  # same order
    assert documents == [ex.doc for ex in out if ex.doc.record is not None]
    assert totals == [sum(c["html"] for c in counts)] and all(ex.relations for ex in out)
    assert skipped == local_skipped and len(skipped) == 12
    assert notes[:3] == local_notes

    def total(kind: str) -> str:
        return f"{sum(c[kind] for c in counts):,}"

    assert notes[3] == (f"3 WARC files: read {total('html')} HTML pages; not articles, not "
                        f"read: {total('request')} request, {total('image')} response image/png, "
                        f"{total('404')} response status 404, {total('warcinfo')} warcinfo")


@needs_dask
def test_warc_broken_part_way_keeps_its_pages_through_dask(cluster, tmp_path):
    from benchmarks.corpus import write_warc
    from kg.building.distributed import extract_dask
    from kg.extract.nlp import resolve_model_name
    from kg.inputs.ingest import iter_documents

    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, 30)
    data = whole.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) * 2 // 3])
    local_skipped: list[Skipped] = []
    local = list(iter_documents([broken], on_skip=local_skipped.append))
    skipped: list[Skipped] = []
    out = list(extract_dask([], resolve_model_name(None), 2, cluster.scheduler_address,
                            warcs=[broken], on_skip=skipped.append, slice_pages=4))
    assert [ex.doc for ex in out] == [replace(d, text="") for d in local] and 10 < len(out) < 30
    assert skipped == local_skipped and "broken after" in skipped[0].reason


@needs_dask
def test_warc_pages_through_dask_use_the_extraction_cache(cluster, tmp_path):
    """A second build of the same WARC parses nothing: the workers find every page in the
    cache, and the graph is the same, and the local engine's."""
    from benchmarks.corpus import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, 20)
    config = BuildConfig(engine="dask", scheduler=cluster.scheduler_address,
                         cache_dir=tmp_path / "cache")
    first = build([warc], config)
    again = build([warc], config)
    local = build([warc], BuildConfig())
    assert (first.parsed, first.cached) == (20, 0) and (again.parsed, again.cached) == (0, 20)
    assert again.documents == first.documents == local.documents
    assert isomorphic(again.graph, local.graph) and isomorphic(first.graph, local.graph)


@needs_dask
def test_a_warc_the_workers_cannot_read_is_skipped_with_the_reason(cluster, tmp_path):
    from kg.building.distributed import extract_dask
    from kg.extract.nlp import resolve_model_name

    skipped: list[Skipped] = []
    missing = tmp_path / "elsewhere.warc.gz"
    out = list(extract_dask([], resolve_model_name(None), 2, cluster.scheduler_address,
                            warcs=[missing], on_skip=skipped.append))
    assert out == [] and [s.path for s in skipped] == [str(missing)]
    assert "not readable on Dask worker tcp://127.0.0.1:" in skipped[0].reason
    assert "at this path on every worker" in skipped[0].reason
