"""Figure subjects, conflict groups (kg.graph.figures, kg:FigureConflict) and date intervals
(kg.graph.dates)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Namespace

from kg.graph.dates import find_date_phrase, interval
from kg.graph.figures import (
    ConflictFinder,
    Name,
    comparison_key,
    disagree,
    figure_subject,
    name_pattern,
    value_range,
)

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


def _members(graph: Graph) -> dict:
    """Conflict group → its member figures."""
    groups: dict = {}
    for group, fig in graph.subject_objects(KG.conflictingFigure):
        groups.setdefault(group, set()).add(fig)
    return groups


def test_sample_conflicts_are_in_the_rdf(sample_graph: Graph) -> None:
    groups = _members(sample_graph)
    assert groups  # Zelenskyy's "more than 3,000" against the JCS's "approximately 1,100"
    assert set(groups) == set(sample_graph.subjects(RDF.type, KG.FigureConflict))
    stated = [{str(sample_graph.value(f, KG.asStated)) for f in figs} for figs in groups.values()]
    assert any({"more than 3,000", "approximately 1,100"} <= s for s in stated)
    assert all(len(figs) >= 2 for figs in groups.values())
    subjects = {_label(sample_graph, sample_graph.value(f, KG.figureSubject))
                for figs in groups.values() for f in figs}
    assert subjects == {"North Korea"}
    assert all(sample_graph.value(g, KG.conflictUnit) is not None for g in groups)
    # Ukraine's own losses are Ukraine's, not North Korea's
    (own,) = [f for f in sample_graph.subjects(KG.asStated, None)
              if str(sample_graph.value(f, KG.asStated)) == "45,100"]
    assert _label(sample_graph, sample_graph.value(own, KG.figureSubject)) == "Ukraine"
    assert (None, KG.conflictingFigure, own) not in sample_graph
    assert (None, KG.conflictsWith, None) not in sample_graph  # the pairwise links are gone


def _pairwise_conflicting(graph: Graph) -> set:
    """The figures the pairwise rule flags: kg.graph.figures.disagree over every two figures of the
    same comparison key whose periods match (same month, or either undated)."""
    found = []
    for claim, fig in graph.subject_objects(KG.figure):
        subject = graph.value(fig, KG.figureSubject)
        qualifier = graph.value(fig, KG.qualifier)
        key = comparison_key(str(subject) if subject is not None else None,
                             str(graph.value(fig, KG.unit) or "") or None,
                             str(graph.value(fig, KG.measure) or "") or None)
        span = value_range(float(graph.value(fig, KG.value)),
                           str(qualifier) if qualifier is not None else None)
        start, precision = graph.value(claim, KG.dateStart), graph.value(claim, KG.datePrecision)
        period = str(start)[:7] if start is not None and str(precision) != "year" else ""
        if key is not None and span is not None:
            found.append((fig, key, span, period))
    flagged = set()
    for (a, ka, ra, pa), (b, kb, rb, pb) in itertools.combinations(found, 2):
        if ka == kb and (not pa or not pb or pa == pb) and disagree(ra, rb):
            flagged |= {a, b}
    return flagged


def test_conflict_groups_flag_the_same_figures_as_the_pairwise_rule(sample_graph: Graph) -> None:
    expected = _pairwise_conflicting(sample_graph)
    assert expected
    assert set(sample_graph.objects(None, KG.conflictingFigure)) == expected


def _conflict_triples(graph: Graph) -> int:
    groups = set(graph.subjects(RDF.type, KG.FigureConflict))
    return sum(1 for s, _, _ in graph if s in groups)


def test_conflict_triples_grow_linearly_with_repeated_documents(tmp_path: Path) -> None:
    """Copies of the samples: every copy's "more than 3,000" conflicts with every copy's
    "approximately 1,100", yet the conflict triples grow with the copies, not their square."""
    from kg.building.pipeline import build

    samples = sorted((Path(__file__).resolve().parent.parent / "kg" / "samples").glob("*.txt"))
    counts = {}
    for n in (2, 8):
        folder = tmp_path / str(n)
        folder.mkdir()
        for i, sample in itertools.product(range(n), samples):
            # a distinct last line: no two copies are the same document
            text = sample.read_text(encoding="utf-8")
            (folder / f"{i}_{sample.name}").write_text(f"{text}\nCopy {i}.\n", encoding="utf-8")
        graph = build([folder]).graph
        assert _pairwise_conflicting(graph) == set(graph.objects(None, KG.conflictingFigure))
        counts[n] = _conflict_triples(graph)
    assert counts[2] > 0
    assert counts[8] / counts[2] <= 4.5  # pairwise links: ~16×


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


def _pairwise_members(figures: list[tuple[tuple[float, float], str]]) -> set[tuple[str, int]]:
    """(group period, figure) memberships by comparing every pair (the rule's definition)."""
    members = set()
    for i, (span, period) in enumerate(figures):
        for j, (other, other_period) in enumerate(figures[:i]):
            same_time = not period or not other_period or period == other_period
            if same_time and disagree(span, other):
                group = period or other_period
                members |= {(group, i), (group, j)}
    return members


def _finder_members(figures: list[tuple[tuple[float, float], str]]) -> set[tuple[str, int]]:
    """The same memberships as kg.graph.rdf takes them from a ConflictFinder."""
    finder, members = ConflictFinder(), set()

    def is_member(group: str, figure: int) -> bool:
        return (group, figure) in members

    for i, (span, period) in enumerate(figures):
        for group, other in finder.conflicts("k", span, period, is_member):
            members.add((group, i if other is None else other))
        finder.add("k", i, span, period)
    return members


def test_conflict_finder_gives_the_pairwise_memberships() -> None:
    import random

    rng = random.Random(3)
    for _ in range(200):
        figures = []
        for _ in range(rng.randint(1, 40)):
            low = float(rng.choice([100, 200, 300, 1000, 1500]))
            span = (low, low * rng.choice([1.0, 1.0, 1.2, 2.0]))
            figures.append((span, rng.choice(["", "", "2024-01", "2024-02", "2023"])))
        assert _finder_members(figures) == _pairwise_members(figures)
