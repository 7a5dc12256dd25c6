"""The command line as a user runs it (subprocess, real files)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = kg("build", "--out", str(out))
    assert proc.returncode == EXIT_OK, proc.stderr
    return out, proc


def test_build_writes_turtle_and_html_and_summary(built):
    out, proc = built
    assert Graph().parse(out / "graph.ttl", format="turtle")
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "documents  5 built (5 parsed, 0 from cache), 0 skipped" in proc.stdout
    for word in ("entities", "relations", "supplies", "deploys", "reports", "signed", "time"):
        assert word in proc.stdout
    assert not list(out.glob(".*.tmp")), "temp files left behind"


def test_query_command_formats(built):
    out, _ = built
    q = ('PREFIX kg: <https://example.org/kg/ontology#> PREFIX rdfs: '
         '<http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?o WHERE { '
         '?s rdfs:label "North Korea" ; kg:supplies ?x . ?x rdfs:label ?o } ORDER BY ?o')
    proc = kg("query", str(out / "graph.ttl"), q, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    labels = {row["o"] for row in json.loads(proc.stdout)}
    assert {"Russia", "240mm rocket launcher"} <= labels
    qf = out / "q.rq"
    qf.write_text(q, encoding="utf-8")
    table = kg("query", str(out / "graph.ttl"), "--file", str(qf))
    assert table.returncode == 0 and "240mm rocket launcher" in table.stdout


def test_query_syntax_error_is_one_clear_message(built):
    out, _ = built
    proc = kg("query", str(out / "graph.ttl"), "SELECT ?x WHERE { ?x ")
    assert proc.returncode == EXIT_ERROR
    assert "SPARQL syntax error at line 1" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_validate_command(built):
    out, _ = built
    proc = kg("validate", str(out / "graph.ttl"))
    assert proc.returncode == 0, proc.stdout
    assert "conforms" in proc.stdout


def test_help_documents_every_option():
    for cmd, options in {
        "build": ["--out", "--model", "--base-iri", "--jobs", "--strict", "--no-validate"],
        "query": ["--file", "--format"],
    }.items():
        proc = kg(cmd, "--help")
        assert proc.returncode == 0
        for opt in options:
            assert opt in proc.stdout


def test_bad_base_iri_and_unwritable_out_fail_before_work(tmp_path, capsys):
    assert main(["build", "--base-iri", "not an iri", "--out", str(tmp_path)]) == EXIT_USAGE
    assert "base IRI" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["build", "--out", str(blocker / "sub")]) == EXIT_USAGE
    assert "not writable" in capsys.readouterr().err


def test_unknown_model_is_a_clear_error(tmp_path, capsys):
    code = main(["build", "--model", "no_such_pipeline", "--out", str(tmp_path)])
    assert code == EXIT_ERROR
    assert "no_such_pipeline" in capsys.readouterr().err


def test_skipped_inputs_are_reported_and_strict_fails(tmp_path, capsys):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("North Korea has sent troops to Russia.", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "-q"]) == EXIT_SKIPPED
    assert "empty.txt" in capsys.readouterr().err
    assert (out / "graph.ttl").exists()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")  # not kg's: --overwrite
    assert main(["build", str(corpus), "--out", str(out), "--strict", "--overwrite",
                 "-q"]) == EXIT_ERROR
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"


def test_no_documents_is_an_error(tmp_path, capsys):
    empty = tmp_path / "nothing"
    empty.mkdir()
    assert main(["build", str(empty), "--out", str(tmp_path / "o")]) == EXIT_ERROR
    assert "no documents" in capsys.readouterr().err


def test_progress_bar_only_on_a_terminal_for_more_than_a_handful(monkeypatch):
    from kg.cli import _progress

    docs = list(range(10))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert _progress(False)(docs, 10) is docs  # not a terminal: plain iteration
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert _progress(True)(docs, 10) is docs  # --quiet
    assert _progress(False)(docs, 5) is docs  # a handful
    bar = _progress(False)(docs, 10)
    assert bar is not docs and list(bar) == docs
    assert type(bar).__name__ == "tqdm"
