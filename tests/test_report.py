"""The Markdown summary and the PNG picture (kg/outputs/report.py), and `kg build` writing them."""

from __future__ import annotations

import re
import struct
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from viz_fixtures import HOSTILE, KG, example_graph, hostile_graph, synthetic_graph

from kg.cli import EXIT_OK, main
from kg.outputs.report import md_text, render_png, summary_markdown
from kg.outputs.viz import PredicateIndex, document_label

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PREFIXES = """
PREFIX kg: <https://example.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def sections(markdown: str) -> dict[str, list[list[str]]]:
    """Each ``## heading`` → the rows of its tables (header and rule rows left out)."""
    found: dict[str, list[list[str]]] = {}
    current, previous = "", ""
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:]
            found[current] = []
        elif (line.startswith("| ") and previous.startswith("| ")  # not the header row
              and not re.fullmatch(r"\|( -+:? \|)+", line)):  # nor the rule under it
            # Escaped pipes in a cell are always "\|", so " | " only separates cells.
            found.setdefault(current, []).append([c.strip() for c in line[2:-2].split(" | ")])
        previous = line
    return found


def unescape(cell: str) -> str:
    return re.sub(r"\\(.)", r"\1", cell).replace("&lt;", "<").replace("&gt;", ">").replace(
        "&amp;", "&")


def sparql_count(graph: Graph, pattern: str) -> int:
    rows = list(graph.query(PREFIXES + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"))
    return int(rows[0][0])


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def sample_summary(sample_graph: Graph) -> str:
    return summary_markdown(sample_graph, title="kg: sample", timings={"parse": 1.25})


def test_counts_equal_sparql_counts(sample_graph: Graph, sample_summary: str) -> None:
    counts = {row[0]: int(row[1]) for row in sections(sample_summary)["Counts"] if len(row) == 2}
    assert counts["documents"] == sparql_count(sample_graph, "?x a kg:Document")
    assert counts["claims"] == sparql_count(sample_graph, "?x a kg:Claim")
    assert counts["figures"] == sparql_count(sample_graph, "?x a kg:Figure")
    assert counts["triples"] == len(sample_graph)
    classes = ("Country", "Agency", "MediaOutlet", "Person", "Region", "Weapon", "Agreement")
    for cls in classes:
        expected = sparql_count(sample_graph, f"?x a kg:{cls}")
        assert counts.get(f"· {cls}", 0) == expected, cls
    assert counts["entities"] == sum(counts.get(f"· {c}", 0) for c in classes)
    relations = {r[0]: int(r[1]) for r in sections(sample_summary)["Counts"] if len(r) == 3}
    assert relations["supplies"] == sparql_count(sample_graph, "?x a kg:SupplyEvent")
    assert relations["reports"] == sparql_count(sample_graph, "?x a kg:Claim")


def test_north_korea_supplies_russia_with_its_support(sample_graph: Graph,
                                                      sample_summary: str) -> None:
    rows = {tuple(r[:3]): r[3:] for r in sections(sample_summary)["Relations"]}
    sentences, documents = map(int, rows[("North Korea", "supplies", "Russia")])
    expected = sparql_count(sample_graph, """
        ?e a kg:SupplyEvent ; kg:supplier/rdfs:label "North Korea" ;
           kg:recipient/rdfs:label "Russia" ; kg:evidence/kg:sentence ?x""")
    assert sentences == expected >= 1
    assert 1 <= documents <= sentences
    assert ("North Korea", "deploys", "Kursk Oblast") in rows
    assert all(r[1] in {"supplies", "deploys", "signed"} for r in rows)


def test_casualty_claims_are_listed_with_their_figures(sample_graph: Graph,
                                                       sample_summary: str) -> None:
    table = sections(sample_summary)["Claims with figures"]
    listed = {(unescape(r[0]), r[2].replace(",", ""), unescape(r[6])) for r in table
              if r[4] == "casualties"}
    # Documents are named by title (and date), not by file name.
    index = PredicateIndex(sample_graph)
    doc = next(sample_graph.subjects(KG.fileName, Literal("001_d5b554a282af7b66.txt")))
    title = str(sample_graph.value(doc, DCTERMS.title))
    assert document_label(index, doc).startswith(title)
    assert ("Volodymyr Zelenskyy", "3000", document_label(index, doc)) in listed
    expected = {
        (str(src), str(value), document_label(index, doc))
        for src, value, doc in sample_graph.query(PREFIXES + """
            SELECT ?src ?value ?doc WHERE {
              ?c a kg:Claim ; kg:claimant/rdfs:label ?src ; kg:figure ?f ;
                 kg:evidence/kg:inDocument ?doc .
              ?f kg:measure "casualties" ; kg:value ?value }""")
    }
    assert listed == expected
    zelenskyy = next(r for r in table if r[0] == "Volodymyr Zelenskyy" and r[2] == "3,000")
    assert zelenskyy[1:5] == ["more than", "3,000", "killed or wounded", "casualties"]


def test_top_entities_are_ranked_by_documents_then_mentions(sample_summary: str) -> None:
    rows = sections(sample_summary)["Top entities"]
    assert rows[0][0] == "North Korea"
    keys = [(int(r[2]), int(r[3] or 0)) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert "## Build timings" in sample_summary and "| parse | 1.25 |" in sample_summary


def hostile_claim_graph() -> Graph:
    """hostile_graph plus a figure whose every text field carries table breakers and HTML."""
    graph = hostile_graph(HOSTILE + "a|b`c`\r\n| x | y |\n[link](javascript:alert(1))")
    claim = next(graph.subjects(RDF.type, KG.Claim))
    figure = URIRef(str(claim) + "_figure0")
    graph.add((claim, KG.figure, figure))
    graph.add((claim, KG.date, Literal("<b>Monday</b> | later")))
    for prop, value in (("value", Literal(3000)), ("qualifier", Literal("<i>about</i>|")),
                        ("unit", Literal("killed\nor|wounded")), ("measure", Literal("`x`"))):
        graph.add((figure, KG[prop], value))
    return graph


def test_hostile_text_cannot_break_tables_or_inject_html() -> None:
    markdown = summary_markdown(hostile_claim_graph(), title="<script>t</script> | title")
    in_table = False
    for line in markdown.splitlines():
        if line.startswith("|"):
            in_table = True
            assert line.endswith(" |"), line
        else:
            assert not in_table or line == "", f"a table was broken by: {line!r}"
            in_table = False
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    for bad in ("<script", "<img", "<b>", "<i>", "<a ", "onerror=\""):
        assert bad not in rendered, bad
    widths = {"Relations": 5, "Claims with figures": 7, "Top entities": 5}
    for table in re.findall(r"<table>.*?</table>", rendered, flags=re.S):
        assert "<code>" not in table and "<em>" not in table
        for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
            assert row.count("<td") in (0, 2, 3, 5, 7)
    parsed = sections(markdown)
    for name, width in widths.items():
        assert all(len(r) == width for r in parsed[name]), name
    claim = parsed["Claims with figures"][0]
    assert unescape(claim[3]) == "killed or|wounded"
    assert unescape(claim[5]) == "<b>Monday</b> | later"
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in rendered


def test_md_text_escapes_and_keeps_file_names_readable() -> None:
    assert md_text("000_76ef6d1dfa1e6e91.txt") == "000_76ef6d1dfa1e6e91.txt"
    assert md_text("_em_ *b* `c` a|b") == r"\_em\_ \*b\* \`c\` a\|b"
    assert md_text("<x>&\n\u2028y") == "&lt;x&gt;&amp; y"
    assert md_text("x" * 500).endswith("…") and len(md_text("x" * 500)) <= 200


def test_empty_graph_summary() -> None:
    markdown = summary_markdown(Graph(), title="empty")
    assert "| entities | 0 |" in markdown
    assert markdown.count("None found.") == 3  # relations, claims, conflicting figures
    assert "None dated." in markdown


def test_png_of_the_sample_graph(sample_graph: Graph) -> None:
    data = render_png(sample_graph, title="kg: sample")
    assert png_size(data) == (1600, 1000)
    assert 30_000 < len(data) < 3_000_000
    assert render_png(sample_graph, title="kg: sample") == data, "same graph, different bytes"


def test_png_of_empty_hostile_and_single_node_graphs() -> None:
    assert png_size(render_png(Graph())) == (1600, 1000)
    # "$...$" would be TeX to matplotlib: labels must be drawn as plain text.
    hostile = hostile_graph(HOSTILE + " $x^2$ $\\frac{ $")
    assert png_size(render_png(hostile, title="$ <b>")) == (1600, 1000)
    one = Graph()
    one.add((URIRef("https://example.org/kg/id/X"), RDF.type, KG.Country))
    assert png_size(render_png(one, size=(800, 500))) == (800, 500)
    assert png_size(render_png(example_graph())) == (1600, 1000)


def test_png_of_a_large_graph_is_quick_and_deterministic() -> None:
    graph = synthetic_graph(2000)
    t0 = time.perf_counter()
    data = render_png(graph)
    seconds = time.perf_counter() - t0
    assert png_size(data) == (1600, 1000)
    assert seconds < 30, f"{seconds:.1f}s for 2,000 nodes"  # ~1.5 s here; generous for CI
    assert render_png(graph) == data


def test_build_writes_png_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert main(["build", "--out", str(out), "--cache", str(cache), "-q"]) == EXIT_OK
    png = (out / "graph.png").read_bytes()
    assert png_size(png) == (1600, 1000)
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert summary.startswith("# kg: out\n")
    assert "| North Korea | supplies | Russia |" in summary
    assert "| png |" in summary  # the timings of the stages before it
    assert not list(out.glob(".*.tmp")), "temp files left behind"

    again = tmp_path / "again"
    capsys.readouterr()
    assert main(["build", "--out", str(again), "--cache", str(cache), "--no-png"]) == EXIT_OK
    stdout = capsys.readouterr().out
    assert not (again / "graph.png").exists()
    assert f"wrote      {again / 'summary.md'}" in stdout
    assert "graph.png" not in stdout and "summary" in stdout
