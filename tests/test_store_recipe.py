"""The README's Oxigraph recipe, run as written against a live ``oxigraph serve`` process:
every shipped query must give the rows ``kg query`` gives over graph.ttl.

The recipe's lines are read from README.md (the fenced block after the
``<!-- recipe: oxigraph-server -->`` marker); only the port is swapped for a free one, and they
run in a folder whose ``output/`` holds the sample build's graph.trig.
"""

from __future__ import annotations

import csv
import io
import re
import shlex
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from test_oxigraph_server import TIMEOUT, _executable, _free_port, serving

from kg.cli import main
from kg.graph.exports import serialize
from kg.graph.rdf import to_turtle
from kg.serving.query import named_queries

README = Path(__file__).resolve().parents[1] / "README.md"
MARKER = "<!-- recipe: oxigraph-server"


def recipe() -> list[str]:
    """The shell lines of the README's Oxigraph recipe."""
    text = README.read_text(encoding="utf-8")
    assert MARKER in text, "README.md lost its Oxigraph recipe marker"
    block = re.search(r"```sh\n(.*?)```", text[text.index(MARKER):], re.S)
    assert block is not None
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_recipe_is_what_the_readme_says() -> None:
    serve, load = recipe()
    assert serve.startswith("oxigraph serve ") and serve.endswith(" &")
    assert "--union-default-graph" in serve
    assert load.startswith("curl -X PUT -H 'Content-Type: application/trig' -T output/graph.trig")


def kg_query_rows(ttl: Path, name: str, capsys: pytest.CaptureFixture[str]) -> Counter:
    capsys.readouterr()
    assert main(["query", "--graph", str(ttl), name, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    return Counter(tuple(row) for row in rows[1:] if row)


def test_readme_recipe_answers_every_shipped_query_like_kg_query(
        tmp_path: Path, sample_graph, capsys: pytest.CaptureFixture[str]) -> None:
    exe = _executable()
    if exe is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    out = tmp_path / "output"
    out.mkdir()
    (out / "graph.trig").write_bytes(serialize(sample_graph, "trig"))
    (out / "graph.ttl").write_bytes(to_turtle(sample_graph))
    port = str(_free_port())
    serve, load = (line.replace("7878", port) for line in recipe())
    argv = shlex.split(serve.removesuffix("&"))
    assert argv[0] == "oxigraph" and "127.0.0.1:" + port in argv  # loopback only
    with serving(exe, argv[1:], int(port), cwd=tmp_path) as server:
        done = subprocess.run(shlex.split(load), cwd=tmp_path, capture_output=True,
                              timeout=TIMEOUT)
        assert done.returncode == 0, done.stderr
        total = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert server.select(total) == Counter({(str(len(sample_graph)),): 1})  # all loaded
        for name, query in sorted(named_queries().items()):
            expected = kg_query_rows(out / "graph.ttl", name, capsys)
            assert expected, f"{name}: kg query found nothing to compare"
            # No union parameter on the request: the server's --union-default-graph does it.
            assert server.select(query.text) == expected, name
