"""kg.serving.store: the on-disk pyoxigraph store answers like rdflib, rebuilds cleanly, fails
clearly."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace

from kg.serving.query import QueryError, named_queries, run_query
from kg.serving.store import (
    StoreError,
    check_store_dir,
    is_store,
    open_read_only,
    query_store,
    syntax_message,
    write_store,
)

pyoxigraph = pytest.importorskip("pyoxigraph")
EX = Namespace("https://example.org/")
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"


def rows(result) -> Counter:
    """A SELECT result as a multiset of rows of plain strings (order-free comparison)."""
    return Counter(tuple("" if v is None else str(v) for v in row) for row in result)


@pytest.fixture(scope="module")
def store_dir(sample_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stores") / "store"
    assert write_store(path, sample_graph) == len(sample_graph)
    return path


def test_store_has_one_named_graph_per_document(store_dir: Path, sample_graph: Graph) -> None:
    store = open_read_only(store_dir)
    assert len(list(store.named_graphs())) == 5
    # Each supply event sits in the graph of the document it was derived from.
    event = f"?e a <https://example.org/kg/ontology#SupplyEvent> ; <{PROV_DERIVED}> ?doc"
    in_graphs = rows(query_store(store_dir, f"SELECT ?e ?doc WHERE {{ GRAPH ?doc {{ {event} }} }}"))
    assert in_graphs
    assert in_graphs == rows(run_query(sample_graph, f"SELECT ?e ?doc WHERE {{ {event} }}"))


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_shipped_query_answers_as_with_rdflib(
    name: str, store_dir: Path, sample_graph: Graph
) -> None:
    sparql = named_queries()[name].text
    expected = rows(run_query(sample_graph, sparql))
    assert expected, f"{name} finds nothing in the sample graph"
    assert rows(query_store(store_dir, sparql)) == expected


def test_ask_and_construct(store_dir: Path) -> None:
    assert query_store(store_dir, "ASK { ?s ?p ?o }").askAnswer is True
    supplies = "<https://example.org/kg/ontology#supplies>"
    triple = f"?s {supplies} ?o"
    result = query_store(store_dir, f"CONSTRUCT {{ {triple} }} WHERE {{ {triple} }}")
    assert len(result.graph) >= 10


def test_rebuild_replaces_the_content(tmp_path: Path, sample_graph: Graph) -> None:
    path = tmp_path / "store"
    write_store(path, sample_graph)
    small = Graph()
    small.add((EX.a, EX.p, Literal("only this")))
    assert write_store(path, small) == 1
    assert rows(query_store(path, "SELECT ?o WHERE { ?s ?p ?o }")) == Counter({("only this",): 1})


def test_store_folder_checks(tmp_path: Path) -> None:
    assert check_store_dir(tmp_path / "new") == tmp_path / "new"  # absent: created
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.ttl").write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="not empty and is not an Oxigraph store"):
        check_store_dir(tmp_path / "output")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        check_store_dir(tmp_path / "file")
    assert (tmp_path / "output" / "graph.ttl").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(StoreError, match="folder of its own"):
        check_store_dir(tmp_path / "new", not_at=tmp_path / "new")


def test_locked_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    write_store(path, Graph())
    assert is_store(path)
    holder = pyoxigraph.Store(str(path))  # as a running oxigraph server would
    try:
        with pytest.raises(StoreError, match="in use by another process"):
            check_store_dir(path)
    finally:
        del holder


def test_query_errors(tmp_path: Path, store_dir: Path) -> None:
    with pytest.raises(StoreError, match="is not a kg store"):
        query_store(tmp_path / "missing", "ASK {}")
    assert not (tmp_path / "missing").exists()  # a query never creates a store
    with pytest.raises(QueryError, match=r"SPARQL syntax error at line 2, column \d+"):
        query_store(store_dir, "SELECT ?s\nWHERE { ?s ?p }")


def test_syntax_message_shape() -> None:
    msg = syntax_message("SELECT ?x WHERE { ?x ", "error at 1:22: expected one of \"!\"")
    assert msg.splitlines()[0] == 'SPARQL syntax error at line 1, column 22: expected one of "!"'
    assert msg.splitlines()[2].index("^") == 2 + 21
