"""The shipped queries (queries/*.rq): headers, real answers, and how kg query finds them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from kg.graph.rdf import to_turtle
from kg.serving.query import (
    DEFAULT_GRAPH,
    QueryUsageError,
    list_queries,
    named_queries,
    plan_query,
    queries_dir,
    run_query,
)

EXPECTED = {"supplies", "deployments", "claims", "agreements", "most-mentioned", "paths"}


def records(graph: Graph, name: str) -> list[dict[str, str]]:
    result = run_query(graph, named_queries()[name].text)
    names = [str(v) for v in result.vars]
    return [{n: ("" if v is None else str(v)) for n, v in zip(names, row, strict=True)}
            for row in result]


@pytest.fixture(scope="module")
def graph_file(sample_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "graph.ttl"
    path.write_bytes(to_turtle(sample_graph))
    return path


def test_every_query_has_title_and_description() -> None:
    queries = named_queries()
    assert set(queries) >= EXPECTED
    for q in queries.values():
        assert q.title and q.title != q.name, q.path
        assert len(q.description) > 20, q.path
        first = q.text.splitlines()[:2]
        assert first[0].startswith("# title:") and first[1].startswith("# description:")


def test_supplies(sample_graph: Graph) -> None:
    rows = records(sample_graph, "supplies")
    assert any(r["supplier"] == "North Korea" and r["recipient"] == "Russia" for r in rows)
    assert {"240mm rocket launcher", "170mm self-propelled artillery"} <= {r["item"] for r in rows}
    assert all(r["sentence"] and r["file"].endswith(".txt") for r in rows)


def test_deployments(sample_graph: Graph) -> None:
    rows = records(sample_graph, "deployments")
    pairs = {(r["deployer"], r["destination"]) for r in rows}
    assert {("North Korea", "Russia"), ("North Korea", "Kursk Oblast")} <= pairs
    assert any("12,000" in r["force"] for r in rows)


def test_claims(sample_graph: Graph) -> None:
    rows = records(sample_graph, "claims")
    assert len(rows) >= 40
    assert all(r["source"] and r["statement"] and r["file"] for r in rows)
    assert any(r["source"] == "National Intelligence Service (South Korea)"
               and "12,000" in r["statement"] for r in rows)


def test_agreements(sample_graph: Graph) -> None:
    rows = records(sample_graph, "agreements")
    parties = {r["party"] for r in rows if r["agreement"] == "Comprehensive Strategic "
               "Partnership Treaty"}
    assert {"North Korea", "Russia"} <= parties
    assert any(r["date"] or r["published"] for r in rows)


def test_most_mentioned(sample_graph: Graph) -> None:
    rows = records(sample_graph, "most-mentioned")
    assert 0 < len(rows) <= 20
    assert rows[0]["entity"] in {"North Korea", "Russia", "Ukraine"}
    assert int(rows[0]["documents"]) == 5
    counts = [int(r["documents"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert len({r["entity"] for r in rows}) == len(rows)


def test_paths(sample_graph: Graph) -> None:
    rows = records(sample_graph, "paths")
    paths = {(r["hops"], r["path"]) for r in rows}
    assert ("1", "North Korea -deploys-> Kursk Oblast") in paths
    assert ("2", "North Korea -supplies-> Russia -deploys-> Kursk Oblast") in paths
    assert all(int(h) <= 2 for h, _ in paths)


def test_queries_are_found_next_to_the_package() -> None:
    assert (queries_dir() / "supplies.rq").is_file()


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.strip() == list_queries()
    assert "supplies" in out and "Who supplies whom with what" in out


def test_plan_query_forms(tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text("ASK {}", encoding="utf-8")
    sparql = "SELECT * WHERE { ?s ?p ?o }"
    supplies = named_queries()["supplies"].text
    # The documented forms keep working …
    assert plan_query(["g.ttl", sparql]).sparql == sparql
    assert plan_query(["g.ttl", sparql]).source == Path("g.ttl")
    assert plan_query(["g.ttl"], file=str(q)).sparql == "ASK {}"
    assert plan_query(["g.ttl"], file=str(q)).source == Path("g.ttl")
    # … and a shipped query can be named, with or without a graph.
    assert plan_query(["supplies"]).sparql == supplies
    assert plan_query(["supplies"]).source == DEFAULT_GRAPH
    assert plan_query(["supplies"]).default_source
    assert plan_query(["g.ttl", "supplies"]).source == Path("g.ttl")
    assert plan_query(["supplies"], graph="g.trig").source == Path("g.trig")
    store = plan_query(["supplies"], store="st")
    assert store.store and store.source == Path("st")
    assert plan_query([sparql], graph="g.ttl").sparql == sparql
    assert plan_query([], file=str(q), store="st").store


@pytest.mark.parametrize(("args", "kwargs", "message"), [
    ([], {}, "give the query"),
    (["g.ttl", "supplies"], {"graph": "h.ttl"}, "give the graph once"),
    (["nonesuch"], {}, "no shipped query named 'nonesuch'"),
    (["queries/supplies.rq"], {}, "use --file"),
    (["a", "b", "c"], {}, "too many"),
    (["g.ttl", "supplies"], {"file": "q.rq"}, "not both"),
])
def test_plan_query_errors(args: list[str], kwargs: dict, message: str) -> None:
    with pytest.raises(QueryUsageError, match=message):
        plan_query(args, **kwargs)


def test_graph_without_query_is_explained(graph_file: Path) -> None:
    with pytest.raises(QueryUsageError, match="no query given for graph"):
        plan_query([str(graph_file)])


def test_cli_runs_a_named_query(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "paths", "--graph", str(graph_file), "--format", "json"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    assert {"hops": "1", "path": "North Korea -deploys-> Kursk Oblast"} in rows
    assert main(["query", str(graph_file), "supplies", "--format", "csv"]) == EXIT_OK
    assert "North Korea,Russia," in capsys.readouterr().out


def test_cli_defaults_to_output_graph(
    graph_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["query", "agreements"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "output/graph.ttl" in err and "kg build" in err
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.ttl").write_bytes(graph_file.read_bytes())
    assert main(["query", "agreements"]) == EXIT_OK
    assert "Comprehensive Strategic Partnership Treaty" in capsys.readouterr().out


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "nonesuch"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "kg query --list" in err and "Traceback" not in err


def test_timeline(sample_graph: Graph) -> None:
    rows = records(sample_graph, "timeline")
    assert len(rows) >= 20
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)
    assert {r["dateSource"] for r in rows} == {"sentence", "publication"}
    assert all(r["start"] <= r["end"] and r["precision"] in {"day", "week", "month", "year"}
               for r in rows)
    october = [r for r in rows if r["start"] == "2024-10-01"]
    assert october and all(r["end"] == "2024-10-31" and r["precision"] == "month"
                           for r in october)
