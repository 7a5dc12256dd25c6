"""Figure subjects, conflicts (kg.figures, kg:conflictsWith) and date intervals (kg.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import RDFS, Graph, Namespace

from kg.dates import find_date_phrase, interval
from kg.figures import Name, disagree, figure_subject, name_pattern, value_range

KG = Namespace("https://example.org/kg/ontology#")
MONDAY = dt.date(2024, 12, 23)


@pytest.mark.parametrize(("phrase", "start", "end", "precision"), [
    ("on Monday", "2024-12-23", "2024-12-23", "day"),
    ("last week", "2024-12-16", "2024-12-22", "week"),
    ("In October", "2024-10-01", "2024-10-31", "month"),
    ("in June", "2024-06-01", "2024-06-30", "month"),
    ("December 18", "2024-12-18", "2024-12-18", "day"),
    ("last year", "2023-01-01", "2023-12-31", "year"),
])
def test_interval(phrase: str, start: str, end: str, precision: str) -> None:
    found = interval(phrase, MONDAY)
    assert found is not None
    assert (found.start.isoformat(), found.end.isoformat(), found.precision) == (
        start, end, precision)


def test_interval_needs_an_anchor_for_relative_phrases() -> None:
    assert interval("last week", None) is None
    assert interval("on Monday", None) is None
    assert interval("in June 2023", None) is not None


def test_find_date_phrase() -> None:
    assert find_date_phrase("Last week South Korea’s intelligence agency told MPs") == "Last week"
    assert find_date_phrase("the JCS said on Monday that") == "on Monday"
    assert find_date_phrase("North Korea may have dispatched troops") is None


def test_ranges_and_disagreement() -> None:
    assert value_range(1000, "over") == (1000, float("inf"))
    assert value_range(1100, "approximately") == pytest.approx((990, 1210))
    assert value_range(1000, "another") is None  # an increment, not a total
    assert disagree(value_range(3000, "more than"), value_range(1100, "approximately"))
    assert not disagree(value_range(1000, "over"), value_range(1100, "approximately"))
    assert not disagree(value_range(11000, None), value_range(12000, "as many as"))


def test_figure_subject_is_whose_figure_it_is() -> None:
    names = [Name("North Korea", "NK"), Name("North Korean", "NK"), Name("Ukraine", "UA"),
             Name("Ukrainian", "UA"), Name("Russia", "RU"), Name("Russian", "RU")]
    pattern, table = name_pattern(names)

    def subject(statement: str, as_stated: str, counted: str | None = None) -> str | None:
        return figure_subject(statement, as_stated, counted, "", pattern, table)

    assert subject("Ukraine's military has suffered 45,100 casualties", "45,100") == "UA"
    assert subject("North Korean troops who fought Ukrainian forces have suffered around 1,100 "
                   "casualties", "around 1,100") == "NK"
    assert subject("approximately 1,100 casualties among North Korean troops",
                   "approximately 1,100") == "NK"
    assert subject("the Ukrainian forces killed 77 North Korean soldiers", "77",
                   "North Korean soldiers") == "NK"
    assert subject("North Korea may have dispatched up to 12,000 soldiers to Russia",
                   "12,000") == "NK"
    assert subject("there had been some 100 deaths", "some 100") is None


def _label(graph: Graph, node) -> str:
    return str(graph.value(node, RDFS.label))


def test_sample_conflicts_are_in_the_rdf(sample_graph: Graph) -> None:
    pairs = {
        (str(sample_graph.value(a, KG.asStated)), str(sample_graph.value(b, KG.asStated)))
        for a, b in sample_graph.subject_objects(KG.conflictsWith)
    }
    assert pairs  # Zelenskyy's "more than 3,000" against the JCS's "approximately 1,100"
    assert ("more than 3,000", "approximately 1,100") in pairs
    assert all((b, a) in pairs for a, b in pairs)  # stated both ways
    subjects = {_label(sample_graph, sample_graph.value(a, KG.figureSubject))
                for a, _ in sample_graph.subject_objects(KG.conflictsWith)}
    assert subjects == {"North Korea"}
    # Ukraine's own losses are Ukraine's, not North Korea's
    (own,) = [f for f in sample_graph.subjects(KG.asStated, None)
              if str(sample_graph.value(f, KG.asStated)) == "45,100"]
    assert _label(sample_graph, sample_graph.value(own, KG.figureSubject)) == "Ukraine"
    assert (own, KG.conflictsWith, None) not in sample_graph


def test_every_event_and_claim_of_a_dated_article_has_a_date(sample_graph: Graph) -> None:
    from rdflib import RDF
    from rdflib.namespace import DCTERMS, PROV

    nodes = [n for cls in ("SupplyEvent", "DeploymentEvent", "SigningEvent", "Claim")
             for n in sample_graph.subjects(RDF.type, KG[cls])]
    dated_docs = set(sample_graph.subjects(DCTERMS.date, None))
    for node in nodes:
        if sample_graph.value(node, PROV.wasDerivedFrom) in dated_docs:
            assert sample_graph.value(node, KG.dateStart) is not None, node
            assert str(sample_graph.value(node, KG.dateSource)) in {"sentence", "publication"}
