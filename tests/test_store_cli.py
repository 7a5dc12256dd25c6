"""The command line for stores, exports, inference, validation and serving (real files)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Namespace

from kg.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, main
from kg.graph.rdf import to_turtle

KG = Namespace("https://example.org/kg/ontology#")
COUNTRY_QUERY = "SELECT ?x WHERE { ?x a <https://schema.org/Country> } ORDER BY ?x"
NORTH_KOREA = "https://example.org/kg/id/North_Korea"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


def kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One build (a few seconds) writing every format and a store, with --reason."""
    root = tmp_path_factory.mktemp("cli")
    out, store = root / "out", root / "store"
    code = main(["build", "--out", str(out), "--format", "ttl,nt,jsonld,trig",
                 "--store", str(store), "--reason", "-q"])
    assert code == EXIT_OK
    return out, store


def _json_rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    assert main(["query", *argv, "--format", "json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_validate_rejects_a_broken_graph_on_the_command_line(
    sample_graph: Graph, tmp_path: Path
) -> None:
    broken = Graph()
    for triple in sample_graph:
        broken.add(triple)
    event = next(iter(broken.subjects(RDF.type, KG.SupplyEvent)))
    broken.remove((event, KG.supplier, None))
    path = tmp_path / "broken.ttl"
    path.write_bytes(to_turtle(broken))
    proc = kg("validate", str(path))
    assert proc.returncode == EXIT_INVALID
    assert proc.stdout.startswith("Graph does not conform: 1 violation.")
    assert "kg:supplier" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_build_writes_every_format(built: tuple[Path, Path]) -> None:
    out, _ = built
    ttl = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(Graph().parse(out / "graph.nt", format="nt")) == len(ttl)
    assert len(Graph().parse(out / "graph.jsonld", format="json-ld")) == len(ttl)
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert len(ds) + sum(1 for _ in ds.quads((None, None, None, None))) > len(ttl)
    assert (out / "graph.html").is_file()
    assert not list(out.glob(".*.tmp"))


def test_query_the_store_and_the_trig_file(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out, store = built
    from_store = _json_rows(capsys, "--store", str(store), "paths")
    from_ttl = _json_rows(capsys, str(out / "graph.ttl"), "paths")
    from_trig = _json_rows(capsys, "paths", "--graph", str(out / "graph.trig"))
    assert from_store == from_ttl == from_trig
    assert {"hops": "1", "path": "North Korea -deploys-> Kursk Oblast"} in from_store


def test_reason_makes_schema_country_queryable(
    built: tuple[Path, Path], sample_graph: Graph, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out, store = built
    plain = tmp_path / "plain.ttl"  # the same corpus built without --reason
    plain.write_bytes(to_turtle(sample_graph))
    assert _json_rows(capsys, str(plain), COUNTRY_QUERY) == []
    for source in ([str(out / "graph.ttl")], ["--store", str(store)]):
        assert NORTH_KOREA in {r["x"] for r in _json_rows(capsys, *source, COUNTRY_QUERY)}
    # The reasoned file is still plain Turtle, with every extracted triple in it.
    reasoned = Graph().parse(out / "graph.ttl", format="turtle")
    assert set(sample_graph) < set(reasoned)


def test_bad_format_and_store_fail_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build", "--out", str(tmp_path / "o"), "--format", "ttl,xml"])
    assert exc.value.code == EXIT_USAGE
    assert "unknown output format 'xml'" in capsys.readouterr().err
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["build", "--out", str(tmp_path / "o"), "--store", str(busy)]) == EXIT_USAGE
    assert "not an Oxigraph store" in capsys.readouterr().err
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_query_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(tmp_path / "none"), "supplies"]) != EXIT_OK
    err = capsys.readouterr().err
    assert "is not a kg store" in err and "kg build --store" in err


def test_serve_command_answers_and_stops_on_ctrl_c(built: tuple[Path, Path]) -> None:
    out, _ = built
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(out / "graph.ttl"), "--port", "0", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # an inherited "ignore SIGINT" (shell started in the background) would hide Ctrl-C
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        line = proc.stdout.readline()  # "serving N triples from … at http://127.0.0.1:PORT/sparql"
        assert "http://127.0.0.1:" in line, proc.stderr.read() if proc.poll() is not None else line
        url = line.split(" at ")[1].split()[0]
        query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        with urllib.request.urlopen(f"{url}?{query}", timeout=10) as resp:
            assert json.loads(resp.read())["boolean"] is True
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == EXIT_OK
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()
