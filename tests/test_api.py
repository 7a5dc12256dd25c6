"""kg from Python (kg.build, kg.load, KnowledgeGraph), kg.outputs.analysis, the GraphML and Neo4j
CSV exports, the README's Python section and the notebook docs/kg.ipynb, all on the samples.

The samples are built once for the module, with ``kg.build(out=…/output)``; the README and the
notebook build the same way in that folder, so they find it up to date instead of parsing
again.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib.compare import isomorphic

import kg
from kg.cli import EXIT_USAGE, main
from kg.outputs.analysis import central, communities, path
from kg.outputs.viz import graph_view

ROOT = Path(__file__).resolve().parent.parent
PAGE_DATA = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)
RDF_FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> kg.KnowledgeGraph:
    """The samples, built as ``kg build --out DIR/output`` does."""
    out = tmp_path_factory.mktemp("api") / "output"
    return kg.build(out=out)


@pytest.fixture(scope="module")
def out(built: kg.KnowledgeGraph) -> Path:
    return built.files[0].parent


@pytest.fixture(scope="module")
def saved(built: kg.KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every --format, written by KnowledgeGraph.save (no rebuild)."""
    folder = tmp_path_factory.mktemp("saved")
    built.save(folder, formats="ttl,nt,jsonld,trig,graphml,csv", png=False)
    return folder


def page_data(page: str) -> dict:
    match = PAGE_DATA.search(page)
    assert match is not None
    return json.loads(match.group(1))


# -- build ------------------------------------------------------------------------------------


def test_build_writes_what_kg_build_writes(built: kg.KnowledgeGraph, out: Path) -> None:
    assert [p.name for p in built.files] == ["graph.ttl", "graph.html", "graph.png",
                                             "summary.md"]
    assert (out / ".kg-build.json").is_file()
    assert built.result is not None and not built.result.skipped
    assert len(built) == len(built.rdf) == len(kg.load(out / "graph.ttl"))
    assert built.title == "kg: output"


def test_unchanged_rebuild_reopens_the_outputs(built: kg.KnowledgeGraph, out: Path) -> None:
    again = kg.build(out=out)
    assert again.publication is not None and again.publication.up_to_date is not None
    assert again.files == [] and again.result is None
    assert isomorphic(again.rdf, built.rdf)
    assert again.to_networkx().number_of_edges() == built.to_networkx().number_of_edges()


def test_the_cli_and_the_api_write_the_same_files(built: kg.KnowledgeGraph, out: Path,
                                                  tmp_path: Path) -> None:
    """kg build and kg.build are one code path: same bytes, cache shared via --cache."""
    cli_out = tmp_path / "output"  # same folder name: the page's title is taken from it
    assert main(["build", "--out", str(cli_out), "--cache", str(out / ".cache"), "-q"]) == 0
    for name in ("graph.ttl", "graph.html", "graph.png"):
        assert (cli_out / name).read_bytes() == (out / name).read_bytes(), name


def test_without_out_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("North Korea has sent 3,000 troops to Russia.\n")
    monkeypatch.chdir(tmp_path)
    graph = kg.build(tmp_path / "a.txt", validate="never")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert graph.files == [] and len(graph) > 0
    assert {e.label for e in graph.entities()} >= {"North Korea", "Russia"}


def test_reason_adds_to_rdf_not_to_the_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("North Korea has sent 3,000 troops to Russia.\n")
    plain = kg.build(tmp_path / "a.txt", validate="never")
    reasoned = kg.build(tmp_path / "a.txt", validate="never", reason=True)
    assert len(reasoned.rdf) > len(plain.rdf) == len(reasoned.result.graph)
    assert reasoned.publication.inferred == len(reasoned.rdf) - len(plain.rdf)
    assert reasoned.entities() == plain.entities()  # drawn from the graph as extracted
    assert reasoned.query("ASK { ?x a <https://schema.org/Country> }") is True


@pytest.mark.parametrize(("options", "cli"), [
    ({"base_iri": "not an iri"}, ["--base-iri", "not an iri"]),
    ({"shards": True, "reason": True}, ["--shards", "--reason"]),
    ({"scheduler": "tcp://127.0.0.1:1", "engine": "local"},
     ["--scheduler", "tcp://127.0.0.1:1", "--engine", "local"]),
])
def test_errors_carry_the_cli_message(options: dict, cli: list[str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The library raises what kg build prints, with its exit status (checked before any
    work: these cost no parsing)."""
    from kg.building.publish import BuildOptions, publish

    with pytest.raises(kg.UsageError) as caught:
        publish(None, BuildOptions.create(out=tmp_path / "o", **options))
    assert main(["build", "--out", str(tmp_path / "o"), *cli]) == EXIT_USAGE
    assert capsys.readouterr().err == f"kg: {caught.value}\n"
    assert caught.value.exit_code == EXIT_USAGE


def test_bad_options_and_inputs(tmp_path: Path) -> None:
    with pytest.raises(kg.UsageError, match="unknown build option.*colour"):
        kg.build(colour="red")
    with pytest.raises(kg.UsageError, match="unknown output format 'pdf'"):
        kg.build(formats="ttl,pdf")
    with pytest.raises(kg.UsageError, match="validate must be one of"):
        kg.build(validate="sometimes")
    with pytest.raises(kg.UsageError, match="base IRI .* is not absolute"):
        kg.build(base_iri="not an iri")
    with pytest.raises(kg.BuildError, match="run `kg build --shards` instead"):
        kg.build(shards=True)
    with pytest.raises(kg.BuildError, match="no documents to build from"):
        kg.build(tmp_path / "missing")


def test_an_invalid_graph_raises_with_the_report(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.graph.validate

    failed = kg.graph.validate.ValidationResult(conforms=False, violations=[])
    monkeypatch.setattr(kg.graph.validate, "validate", lambda graph: failed)
    (tmp_path / "a.txt").write_text("Iran sent Shahed drones to Russia.\n")
    with pytest.raises(kg.InvalidGraphError, match="does not conform") as caught:
        kg.build(tmp_path / "a.txt", out=tmp_path / "out")
    assert caught.value.report is failed and caught.value.exit_code == 4
    assert (tmp_path / "out" / "graph.invalid.ttl").is_file()
    assert not (tmp_path / "out" / "graph.ttl").exists()


# -- load -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", RDF_FILES)
def test_load_each_format_is_isomorphic(name: str, built: kg.KnowledgeGraph, saved: Path
                                        ) -> None:
    assert isomorphic(kg.load(saved / name).rdf, built.rdf)


def test_load_a_store_and_an_output_folder(built: kg.KnowledgeGraph, out: Path,
                                           tmp_path: Path) -> None:
    from kg.serving.store import write_store

    write_store(tmp_path / "store", built.rdf)  # what kg build --store writes
    assert isomorphic(kg.load(tmp_path / "store").rdf, built.rdf)
    assert isomorphic(kg.load(out).rdf, built.rdf)


def test_load_errors_carry_kg_query_messages(tmp_path: Path) -> None:
    with pytest.raises(kg.BuildError, match="does not exist"):
        kg.load(tmp_path / "nope.ttl")
    (tmp_path / "bad.ttl").write_text("this is not turtle")
    with pytest.raises(kg.BuildError, match="cannot parse"):
        kg.load(tmp_path / "bad.ttl")


# -- query and records -------------------------------------------------------------------------


def test_query_by_name_text_dicts_ask(built: kg.KnowledgeGraph) -> None:
    rows = built.query("most-mentioned")
    assert rows and all(isinstance(r, tuple) for r in rows)
    assert isinstance(rows[0][2], int)  # literals come back as Python values
    dicts = built.query("most-mentioned", as_dict=True)
    assert [tuple(d.values()) for d in dicts] == rows
    assert built.query("ASK { ?s <https://example.org/kg/ontology#supplies> ?o }") is True
    construct = built.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3")
    assert len(construct) == 3
    with pytest.raises(kg.QueryError, match="SPARQL syntax error"):
        built.query("SELECT ?x WHERE { ?x }")
    with pytest.raises(kg.QueryError, match="no shipped query named 'nosuch'.*supplies"):
        built.query("nosuch")


def test_records_match_the_page(built: kg.KnowledgeGraph) -> None:
    data = page_data(built.html())
    entities, relations = built.entities(), built.relations()
    assert [e.id for e in entities] == [n["id"] for n in data["nodes"]]
    assert [(r.source, r.relation, r.target) for r in relations] \
        == [(e["from"], e["rel"], e["to"]) for e in data["edges"]]
    assert all(isinstance(r, kg.RelationRecord) and r.certainty for r in relations)
    nk = next(e for e in entities if e.label == "North Korea")
    assert nk.cls == "Country" and "Pyongyang" in nk.aliases and nk.documents == 5


def test_claims_are_every_claim(built: kg.KnowledgeGraph) -> None:
    from rdflib import RDF

    from kg.graph.rdf import KG

    claims = built.claims()
    assert len(claims) == len(set(built.rdf.subjects(RDF.type, KG.Claim)))
    assert all(isinstance(c, kg.ClaimRecord) and c.source and c.statement for c in claims)
    assert all(c.documents for c in claims)
    assert any(c.figures for c in claims) and any(c.date for c in claims)


def test_frames(built: kg.KnowledgeGraph) -> None:
    frame = built.claims(as_frame=True)
    assert list(frame.columns)[:3] == ["id", "source", "statement"]
    assert len(frame) == len(built.claims())
    assert len(built.frame("entities")) == len(built.entities())
    assert list(built.frame("relations").columns)[:3] == ["source", "relation", "target"]
    with pytest.raises(ValueError, match="unknown frame"):
        built.frame("documents")


# -- networkx and analysis -------------------------------------------------------------------


def test_networkx_counts_equal_the_page(built: kg.KnowledgeGraph, out: Path) -> None:
    g = built.to_networkx()
    page = page_data((out / "graph.html").read_text(encoding="utf-8"))
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == len(page["nodes"]) == len(graph_view(built.rdf)["nodes"])
    assert g.number_of_edges() == len(page["edges"]) == len(graph_view(built.rdf)["edges"])
    node = g.nodes[built.find("north korea")]
    assert node["class"] == "Country" and node["label"] == "North Korea"
    assert "Pyongyang" in node["aliases"]
    edges = list(g.edges(keys=True, data=True))
    assert {k for _, _, k, _ in edges} == {"supplies", "deploys", "signed", "reports"}
    assert all(a["relation"] == k and a["evidence"] >= 1 and a["certainty"] for _, _, k, a in edges)
    dated = [a for *_, a in edges if a["dates"]]
    assert dated and all(a["first_date"] == a["dates"][0] <= a["last_date"] for a in dated)
    g.remove_node(built.find("North Korea"))  # a copy: the graph's own view is untouched
    assert built.to_networkx().number_of_nodes() == len(page["nodes"])


def test_find_by_label_or_alias(built: kg.KnowledgeGraph) -> None:
    assert built.find("Pyongyang") == built.find("North Korea")
    with pytest.raises(KeyError, match="no entity named 'Atlantis'"):
        built.find("Atlantis")


def test_analysis_helpers(built: kg.KnowledgeGraph) -> None:
    g = built.to_networkx()
    top = central(g, 3)
    assert len(top) == 3 and top[0][1] >= top[1][1] >= top[2][1]
    assert top[0][0] == built.find("North Korea")  # in every article, linked to most
    for measure in ("betweenness", "closeness"):
        assert len(central(g, 5, measure=measure)) == 5
    with pytest.raises(ValueError, match="unknown measure"):
        central(g, 3, measure="fame")
    route = path(g, built.find("BBC"), built.find("Kursk Oblast"))
    assert route[0] == built.find("BBC") and route[-1] == built.find("Kursk Oblast")
    assert all(g.has_edge(a, b) or g.has_edge(b, a) for a, b in nx.utils.pairwise(route))
    g.add_node("island")
    assert path(g, "island", built.find("BBC")) == []
    with pytest.raises(KeyError):
        path(g, "nowhere", "island")
    groups = communities(g)
    assert set().union(*groups) == set(g) and sum(map(len, groups)) == len(g)
    assert [len(c) for c in groups] == sorted((len(c) for c in groups), reverse=True)
    assert communities(g) == groups  # seeded


# -- interop exports ---------------------------------------------------------------------------


def test_graphml_reads_back_with_attributes(built: kg.KnowledgeGraph, saved: Path) -> None:
    g = built.to_networkx()
    back = nx.read_graphml(saved / "graph.graphml", force_multigraph=True)
    assert back.is_directed()
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    nk = built.find("North Korea")
    assert back.nodes[nk]["class"] == "Country" and back.nodes[nk]["label"] == "North Korea"
    assert "Pyongyang" in back.nodes[nk]["aliases"].split("; ")
    for u, v, k, a in g.edges(keys=True, data=True):
        (got,) = [b for b in back.get_edge_data(u, v).values() if b["relation"] == k]
        assert got["evidence"] == a["evidence"] and got["certainty"] == a["certainty"]


def test_neo4j_csv_headers_and_rows(built: kg.KnowledgeGraph, saved: Path) -> None:
    with (saved / "graph.nodes.csv").open(newline="", encoding="utf-8") as fh:
        nodes = list(csv.reader(fh))
    with (saved / "graph.relationships.csv").open(newline="", encoding="utf-8") as fh:
        rels = list(csv.reader(fh))
    assert nodes[0] == ["id:ID", "label", "aliases:string[]", "documents:int", "mentions:int",
                        "wikidata", ":LABEL"]
    assert rels[0] == [":START_ID", ":END_ID", ":TYPE", "evidence:int", "documents:int",
                       "dates:string[]", "certainty"]
    g = built.to_networkx()
    assert len(nodes) - 1 == g.number_of_nodes() and len(rels) - 1 == g.number_of_edges()
    ids = {row[0] for row in nodes[1:]}
    assert all(row[0] in ids and row[1] in ids for row in rels[1:])
    assert {row[2] for row in rels[1:]} == {"SUPPLIES", "DEPLOYS", "SIGNED", "REPORTS"}
    assert {row[-1].split(";")[0] for row in nodes[1:]} == {"Entity"}
    assert all(row[3].isdigit() for row in rels[1:])


def test_csv_quotes_awkward_labels() -> None:
    from kg.outputs.interop import neo4j_csv

    g = nx.MultiDiGraph()
    g.add_node("a", label='Say "hi", then\nleave', aliases=("x;y", "z"), documents=1,
               mentions=None, wikidata=None, **{"class": "Person"})
    nodes, _ = neo4j_csv(g)
    (header, row) = list(csv.reader(io.StringIO(nodes.decode("utf-8"), newline="")))
    assert row[1] == 'Say "hi", then\nleave' and row[2] == "x,y;z" and row[4] == ""


def test_cli_format_graphml_csv(tmp_path: Path, out: Path) -> None:
    dest = tmp_path / "output"
    assert main(["build", "--out", str(dest), "--cache", str(out / ".cache"), "--format",
                 "graphml,csv", "--no-png", "-q"]) == 0
    assert sorted(p.name for p in dest.iterdir() if not p.name.startswith(".")) == [
        "graph.graphml", "graph.html", "graph.nodes.csv", "graph.relationships.csv",
        "summary.md"]
    assert nx.read_graphml(dest / "graph.graphml").number_of_nodes() > 0


# -- Jupyter ----------------------------------------------------------------------------------


def test_repr_html_is_the_page_in_a_sandboxed_iframe(built: kg.KnowledgeGraph) -> None:
    shown = built._repr_html_()
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" [^<>]*></iframe>',
                         shown)
    assert match, shown[:200]
    assert "<" not in match.group(1)  # the whole page is escaped into the attribute
    page = html.unescape(match.group(1))
    assert page == built.html()
    assert not re.search(r'(src|href)="https?:', page)  # offline: nothing to fetch


# -- the README's Python section and the notebook --------------------------------------------


def readme_examples() -> list[tuple[str, str | None]]:
    """(code, expected output or None) for each ```python block of the README's Python
    section, in order; the expected output is the ```text block right after it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(\w+)\n(.*?)```", section, re.S)
    examples = []
    for i, (lang, body) in enumerate(blocks):
        if lang == "python":
            after = blocks[i + 1] if i + 1 < len(blocks) else ("", "")
            examples.append((body, after[1] if after[0] == "text" else None))
    return examples


def test_readme_python_section_runs_as_shown(out: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    examples = readme_examples()
    assert len(examples) >= 4
    monkeypatch.chdir(out.parent)  # README builds "output": the module's build, up to date
    namespace: dict = {}
    for code, expected in examples:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
        if expected is not None:
            assert printed.getvalue() == expected, code
    assert namespace["graph"].publication.up_to_date is not None


def test_notebook_runs_top_to_bottom(out: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(ROOT / "docs" / "kg.ipynb", as_version=4)
    assert not any(c.get("outputs") for c in notebook.cells if c.cell_type == "code")
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(out.parent)}})
    client.execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o["data"] for o in outputs if o.output_type == "execute_result"]
    assert any("text/html" in d and d["text/html"].startswith("<iframe srcdoc=")
               for d in shown)  # the inline page
    assert any("text/html" in d and "betweenness" in d["text/html"] for d in shown)  # the ranking
