import json

import pytest
from rdflib import Graph

from kg.serving.query import QueryError, format_result, load_graph, run_query

TTL = """@prefix ex: <https://example.org/> .
ex:a ex:p "one" . ex:b ex:p "two, with comma" .
"""


@pytest.fixture()
def graph():
    return Graph().parse(data=TTL, format="turtle")


Q = "SELECT ?s ?o WHERE { ?s <https://example.org/p> ?o } ORDER BY ?s"


def test_table(graph):
    out = format_result(run_query(graph, Q), "table")
    lines = out.splitlines()
    assert lines[0].split() == ["s", "o"]
    assert "two, with comma" in lines[3]
    assert lines[-1] == "(2 rows)"


def test_csv_and_json(graph):
    assert format_result(run_query(graph, Q), "csv").splitlines()[2] == (
        'https://example.org/b,"two, with comma"'
    )
    rows = json.loads(format_result(run_query(graph, Q), "json"))
    assert rows[0] == {"s": "https://example.org/a", "o": "one"}


def test_ask(graph):
    assert format_result(run_query(graph, "ASK { ?s ?p 'one' }")) == "true"


def test_syntax_error_names_line_and_column(graph):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run_query(graph, "SELECT ?s\nWHERE { ?s ?p }")


def test_missing_or_broken_graph_file(tmp_path):
    with pytest.raises(QueryError, match="does not exist"):
        load_graph(tmp_path / "nope.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot parse"):
        load_graph(bad)
