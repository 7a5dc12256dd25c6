"""kg.outputs.viz without a browser: what the page contains, and that graph text stays inert."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from rdflib import OWL, RDF, Graph, URIRef
from viz_fixtures import (
    ID,
    KG,
    Builder,
    entity_count,
    example_graph,
    hostile_graph,
    synthetic_graph,
)

from kg.outputs.viz import graph_view, json_for_script, render_html

ALERTS = "<script>alert(1)</script> <img src=x onerror=alert(1)> \u2028 & \"'"
DATA = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def page_data(page: str) -> dict:
    """The JSON the page draws, parsed back out of the HTML."""
    match = DATA.search(page)
    assert match, "no data block"
    return json.loads(match.group(1))


def sentence_and_file(data: dict, ev: dict) -> tuple[str, str]:
    """An evidence item's sentence text and its document's file name."""
    return (data["sentences"][ev["s"]]["text"], data["docs"][ev["doc"]]["file"])


def edge_triples(data: dict) -> set[tuple[str, str, str]]:
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    return {(labels[e["from"]], e["label"], labels[e["to"]]) for e in data["edges"]}


@pytest.fixture(scope="module")
def example_page() -> str:
    return render_html(example_graph())


def test_one_node_per_entity(example_page: str) -> None:
    data = page_data(example_page)
    assert len(data["nodes"]) == entity_count(example_graph()) == 9
    big = synthetic_graph(300)
    assert len(graph_view(big)["nodes"]) == entity_count(big) == 300


def test_events_claims_evidence_and_documents_are_not_nodes(example_page: str) -> None:
    ids = {n["id"] for n in page_data(example_page)["nodes"]}
    assert all("/event_" not in i and "/claim_" not in i and "/doc_" not in i for i in ids)
    assert not any("/evidence_" in i for i in ids)


def test_edges_are_labelled_relations(example_page: str) -> None:
    assert edge_triples(page_data(example_page)) == {
        ("North Korea", "supplies", "Russia"),
        ("North Korea", "supplies", "240mm rocket launcher"),
        ("North Korea", "supplies", "artillery shell"),
        ("North Korea", "deploys", "Kursk"),
        ("North Korea", "signed", "Comprehensive Strategic Partnership Treaty"),
        ("Russia", "signed", "Comprehensive Strategic Partnership Treaty"),
        ("Joint Chiefs of Staff", "reports", "North Korea"),
        ("Yonhap", "reports", "North Korea"),
        ("Yonhap", "reports", "Kursk"),
    }


def test_parallel_edges_merge_with_all_their_evidence(example_page: str) -> None:
    data = page_data(example_page)
    (edge,) = [e for e in data["edges"] if e["to"] == str(ID.Russia) and e["rel"] == "supplies"]
    assert edge["evidenceCount"] == 2 and edge["docCount"] == 2
    assert {sentence_and_file(data, ev)[::-1] for ev in edge["evidence"]} == {
        (
            "000_76ef6d1dfa1e6e91.txt",
            "North Korea has been supplying Russia with 240mm rocket launchers.",
        ),
        ("001_d5b554a282af7b66.txt", "Pyongyang sent millions of shells to Moscow."),
    }


def test_reports_edges_carry_the_claim_statement(example_page: str) -> None:
    data = page_data(example_page)
    (edge,) = [e for e in data["edges"] if e["from"] == str(ID.Joint_Chiefs_of_Staff)]
    (ev,) = edge["evidence"]
    assert ev["statement"] == "about 1,100 North Korean troops were killed or wounded"
    assert sentence_and_file(data, ev)[1] == "000_76ef6d1dfa1e6e91.txt"
    assert ev["by"] == [str(ID.Joint_Chiefs_of_Staff)]


def test_node_details(example_page: str) -> None:
    nodes = {n["label"]: n for n in page_data(example_page)["nodes"]}
    nk = nodes["North Korea"]
    assert nk["cls"] == "Country"
    assert nk["aliases"] == ["Pyongyang", "the North"]
    assert nk["wikidata"] == "https://www.wikidata.org/wiki/Q423"
    assert nk["docs"] == 2 and nk["value"] == 2
    assert nodes["Kim Jong Un"]["degree"] == 0 and nodes["Kim Jong Un"]["wikidata"] is None


def test_no_remote_resources(example_page: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", example_page, re.I)
    assert not re.search(r"<link\b", example_page, re.I)
    assert not re.search(r"""@import|url\(\s*["']?\s*(?:https?:)?//""", example_page, re.I)
    assert "default-src 'none'" in example_page


def test_scripts_match_the_content_security_policy(example_page: str) -> None:
    scripts = re.findall(r"<script>(.*?)</script>", example_page, re.S)
    assert len(scripts) == 2  # vis-network and the page's own code
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in example_page


def test_legend_lists_the_classes_present(example_page: str) -> None:
    for cls in ("Country", "Agency", "MediaOutlet", "Person", "Region", "Weapon", "Agreement"):
        assert f'id="kg-filter-class-{cls}"' in example_page
    for rel in ("supplies", "deploys", "signed", "reports"):
        assert f'id="kg-filter-rel-{rel}"' in example_page
    b = Builder()
    doc = b.document("a.txt")
    b.supply(
        b.entity("Iran", "Country"), doc, "Iran sent drones.", items=(b.entity("drone", "Weapon"),)
    )
    page = render_html(b.graph)
    shown = set(re.findall(r'id="kg-filter-class-(\w+)"', page))
    assert shown == {"Country", "Weapon"}
    assert set(re.findall(r'id="kg-filter-rel-(\w+)"', page)) == {"supplies"}


def test_hostile_text_is_only_present_escaped() -> None:
    page = render_html(hostile_graph(ALERTS), title=ALERTS)
    assert "<script>alert" not in page
    assert "<img src=x onerror" not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the escaped <title>
    # The text survives intact inside the data, where the page reads it with textContent.
    data = page_data(page)
    evil = next(n for n in data["nodes"] if n["cls"] == "Person")
    assert evil["label"] == f"Evil {ALERTS}" and ALERTS in evil["aliases"]
    sentences = [sentence_and_file(data, ev)[0] for e in data["edges"] for ev in e["evidence"]]
    assert f"He said {ALERTS} and left." in sentences
    assert all(sentence_and_file(data, ev)[1] == f"evil{ALERTS}.txt"
               for e in data["edges"] for ev in e["evidence"])
    assert data["docs"][0]["title"] == ALERTS


def test_json_for_script_escapes_html_breakers() -> None:
    text = json_for_script({"k": "</script><!-- & \u2028\u2029 >"})
    assert not set(text) & set("<>&\u2028\u2029")
    assert json.loads(text) == {"k": "</script><!-- & \u2028\u2029 >"}


def test_empty_graph_renders_an_empty_page() -> None:
    page = render_html(Graph())
    assert "The graph is empty" in page
    assert page_data(page)["nodes"] == [] and page_data(page)["edges"] == []
    assert page.lstrip().startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def test_every_evidence_sentence_is_kept() -> None:
    """No "… and N more": the page gets every sentence behind an edge."""
    b = Builder()
    doc = b.document("a.txt")
    src, dst = b.entity("Iran", "Country"), b.entity("Russia", "Country")
    for i in range(25):
        b.supply(src, doc, f"Iran supplied Russia, sentence {i}.", recipient=dst)
    view = graph_view(b.graph)
    (edge,) = view["edges"]
    assert len(edge["evidence"]) == edge["evidenceCount"] == 25
    texts = {view["sentences"][ev["s"]]["text"] for ev in edge["evidence"]}
    assert texts == {f"Iran supplied Russia, sentence {i}." for i in range(25)}


def test_most_specific_class_and_foreign_same_as() -> None:
    b = Builder()
    outlet = b.entity("Reuters", "MediaOutlet")
    b.graph.add((outlet, RDF.type, KG.Agency))  # as a reasoner would add
    b.graph.add((outlet, OWL.sameAs, URIRef("https://dbpedia.org/resource/Reuters")))
    (node,) = graph_view(b.graph)["nodes"]
    assert node["cls"] == "MediaOutlet" and node["wikidata"] is None


def test_binary_triple_without_event_is_still_an_edge() -> None:
    g = Graph()
    for name in ("A", "B"):
        g.add((ID[name], RDF.type, KG.Country))
    g.add((ID.A, KG.supplies, ID.B))
    g.add((ID.A, KG.supplies, ID.Nowhere))  # not an entity: no dangling edge
    (edge,) = graph_view(g)["edges"]
    assert (edge["from"], edge["to"], edge["evidenceCount"]) == (str(ID.A), str(ID.B), 0)
    assert {n["label"] for n in graph_view(g)["nodes"]} == {"A", "B"}  # IRI tail as label


def test_large_graphs_switch_layout_mode() -> None:
    assert graph_view(synthetic_graph(500))["large"] is True
    assert graph_view(example_graph())["large"] is False


def test_embedded_article_text_is_only_present_escaped() -> None:
    graph = hostile_graph(ALERTS)
    text = f"Intro. He said {ALERTS} and left. {ALERTS}"
    page = render_html(graph, view=graph_view(graph, texts={"ab12" * 16: text}))
    assert "<script>alert" not in page and "<img src=x onerror" not in page
    assert page_data(page)["docs"][0]["text"] == text  # intact inside the JSON


def test_figures_claims_and_conflicts_in_the_view(sample_graph) -> None:
    view = graph_view(sample_graph)
    labels = {n["id"]: n["label"] for n in view["nodes"]}
    figures = view["figures"]
    groups = view["conflicts"]
    flagged = [i for i, f in enumerate(figures) if f["conflicts"]]
    assert flagged and groups
    for g, group in enumerate(groups):  # each group: its members, all pointing back at it
        assert len(group["figures"]) >= 2 and group["unit"]
        assert len({figures[i]["subject"] for i in group["figures"]}) == 1
        assert all(g in figures[i]["conflicts"] for i in group["figures"])
    assert sorted(flagged) == sorted({i for group in groups for i in group["figures"]})
    zel = next(f for f in figures if f["text"] == "more than 3,000")
    claim = view["claims"][zel["claim"]]
    assert [labels[c] for c in claim["by"]] == ["Volodymyr Zelenskyy"]
    assert labels[zel["subject"]] == "North Korea"
    # reports edges carry the claim's certainty: a denial is drawn as one
    assert {e["certainty"] for e in view["edges"]} <= {"asserted", "hedged", "denied"}


def test_denials_and_hedges_mark_their_edges() -> None:
    """"Iran has denied supplying drones": Iran's claim, drawn as a denial, not as a report."""
    from rdflib import Literal

    b = Builder()
    doc = b.document("a.txt")
    iran, russia = b.entity("Iran", "Country"), b.entity("Russia", "Country")
    drone = b.entity("drone", "Weapon")
    denial = b.claim(iran, (russia,), doc, "Iran has denied supplying drones to Russia.",
                     "supplying drones to Russia")
    b.graph.add((denial, KG.certainty, Literal("denied")))
    hedged = b.supply(russia, doc, "Russia may have sent drones.", items=(drone,))
    b.graph.add((hedged, KG.certainty, Literal("hedged")))
    both = b.supply(iran, doc, "Iran reportedly sent drones.", items=(drone,))
    b.graph.add((both, KG.certainty, Literal("hedged")))
    b.supply(iran, doc, "Iran sent drones.", items=(drone,))
    edges = {(e["from"], e["rel"], e["to"]): e for e in graph_view(b.graph)["edges"]}
    assert edges[(str(iran), "reports", str(russia))]["certainty"] == "denied"
    assert edges[(str(russia), "supplies", str(drone))]["certainty"] == "hedged"
    # stated once and hedged once: drawn as stated, both sentences listed with their certainty
    iran_drone = edges[(str(iran), "supplies", str(drone))]
    assert iran_drone["certainty"] == "asserted"
    assert sorted(ev["certainty"] for ev in iran_drone["evidence"]) == ["asserted", "hedged"]


def test_predicate_index_gives_every_value_in_store_order_single_or_many() -> None:
    """One value of a predicate is kept unboxed, several in a list: both read the same."""
    from rdflib import Literal, Namespace, URIRef

    from kg.graph.oxgraph import new_graph
    from kg.outputs.viz import PredicateIndex, page_bytes, page_pieces

    ex = Namespace("https://example.org/t/")
    g = new_graph()
    g.add((ex.a, ex.p, Literal("only")))
    for i in range(3):
        g.add((ex.b, ex.p, ex[f"o{i}"]))
    g.add((ex.c, ex.p, ex.o0))
    index = PredicateIndex(g)
    assert list(index.objects(ex.a, ex.p)) == [Literal("only")]
    assert sorted(index.objects(ex.b, ex.p)) == [ex.o0, ex.o1, ex.o2]
    assert list(index.objects(ex.missing, ex.p)) == [] == list(index.objects(None, ex.p))
    assert index.value(ex.a, ex.p) == Literal("only") and index.value(ex.z, ex.p) is None
    assert sorted(index.subjects(ex.p, ex.o0)) == [ex.b, ex.c]
    assert list(index.subjects(ex.p, ex.o1)) == [ex.b]
    assert list(index.subjects(ex.p, URIRef("https://example.org/none"))) == []
    from kg.outputs import viz

    for graph in (example_graph(), hostile_graph()):
        view = graph_view(graph)
        pieces = list(page_pieces(view, "t"))  # what kg build writes one after the other
        data = b"".join(pieces[1:-1])
        assert len(pieces) > 3 and data == viz._script_json(view)  # escaped whole: same bytes
        assert pieces[0] + data + pieces[-1] == page_bytes(view, "t")
        assert json.loads(data.decode()) == page_data(page_bytes(view, "t").decode())


def test_parts_file_in_pieces_is_the_whole_line_json_would_write() -> None:
    """kg build writes the parts file a piece per key (kg.outputs.parts.ViewParts.json_pieces):
    joined, the pieces are the one line of JSON of all the parts, named by its SHA-256."""
    import math

    from kg import jsonbytes
    from kg.outputs.parts import ViewParts, view_parts

    for graph in (example_graph(), hostile_graph()):
        parts = view_parts(graph)
        parts.figures["https://example.org/f"] = [1, "x", None, None, None, None, None,
                                                  math.inf, "x"]  # written as {"float": "inf"}
        whole = jsonbytes.dumps({
            "counts": parts.counts, "entities": parts.entities, "pairs": sorted(parts.pairs),
            "events": parts.events, "sentences": parts.sentences, "docs": parts.docs,
            "figures": {iri: [{"float": "inf"} if x == math.inf else x for x in row]
                        for iri, row in parts.figures.items()},
            "groups": parts.groups, "texts": parts.texts,
            "joined": {k: sorted(v) for k, v in parts.joined.items()}})
        head, line, end = parts.to_json("d").split(b"\n")
        assert line == whole and end == b""
        assert json.loads(head)["sha256"] == hashlib.sha256(whole).hexdigest()
        assert b"".join(parts.json_pieces("d")) == parts.to_json("d")
        assert len(list(parts.json_pieces("d"))) > 3
        assert ViewParts._of_line(line).events == parts.events


def test_parts_share_one_str_per_value_and_are_the_parts_made_without(monkeypatch) -> None:
    """view_parts shares each IRI's and text's str among the parts (kg.outputs.parts._Shared):
    the same parts and the same file as a copy per use, with one object per value."""
    from kg.outputs import parts as parts_module
    from kg.outputs.parts import _Shared, view_parts

    nested = ["a", ("b", 1, None), {"c": ["a", True]}, {"s"}, 2.5]
    shared = _Shared()
    same = shared.share(nested)
    assert same is nested and same == ["a", ("b", 1, None), {"c": ["a", True]}, {"s"}, 2.5]
    assert same[2]["c"][0] is same[0] and shared.name(URIRef("https://x/y")) == "https://x/y"
    assert type(shared.name(URIRef("https://x/y"))) is str

    for graph in (example_graph(), hostile_graph()):
        parts = view_parts(graph)
        objects: dict[str, int] = {}
        for value in (parts.entities, parts.events, parts.docs, parts.sentences, parts.figures,
                      sorted(parts.pairs)):
            _one_object_per_str(value, objects)
        assert objects  # one object per value across entities, events, documents, sentences
        with monkeypatch.context() as patched:
            patched.setattr(parts_module._Shared, "name", lambda self, value: str(value))
            patched.setattr(parts_module._Shared, "share", lambda self, value: value)
            copied = view_parts(graph)
        assert copied == parts and copied.to_json("d") == parts.to_json("d")


def _one_object_per_str(value: object, objects: dict[str, int]) -> None:
    """Assert that each str in ``value`` is the one object ``objects`` has for its value."""
    if type(value) is str:
        assert objects.setdefault(value, id(value)) == id(value), value
    elif isinstance(value, (list, tuple)):
        for item in value:
            _one_object_per_str(item, objects)
    elif isinstance(value, dict):
        for key, item in value.items():
            _one_object_per_str(key, objects)
            _one_object_per_str(item, objects)
