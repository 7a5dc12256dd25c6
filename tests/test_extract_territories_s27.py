"""A territory follows its status at the time (issue 12, stop 27; dev README E12): a state of
today that was a colony or province in a document's year is a Region there, its capital a Region
of its own, and a document of later years (or of no year) keeps today's Country. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import rdflib
from test_eras import _mentions

from kg.extract.gazetteer import _territories_of
from kg.graph.eras import territory_keys, territory_nodes
from kg.inputs.years import latest_year
from kg.model import Document


def _doc(text: str, date: dt.date | None = None) -> Document:
    return Document("d", "d.txt", "d.txt", text, "0", "t", date=date,
                    year_named=latest_year(text))


def _keyed(gazetteer, text: str, found: dict[str, str], date: dt.date | None = None
           ) -> dict[str, str]:
    """Each name of ``found`` (name → the key the gazetteer gave) → its key after
    ``territory_keys`` in a document of ``text``."""
    mentions, keys = _mentions(text, found)  # the mentions test_eras makes
    out = territory_keys(gazetteer, _doc(text, date), mentions, keys)
    return {m.span.text: out[m.span] for m in mentions}


# (sentence, the name, the key the gazetteer gave it, its key after territory_keys)
CASES = [
    # in the territory's years: the Region, apart from the Country
    ("Paris sent two more divisions to Algeria in 1956.", "Algeria", "Algeria",
     "Algeria (territory)"),
    ("Jakarta flew marines to East Timor in 1976.", "East Timor", "East Timor",
     "East Timor (territory)"),
    # a capital of the territory is a Region of its own name
    ("NAIROBI, March 3 (1959) - Troops patrolled the city.", "NAIROBI", "Kenya", "Nairobi"),
    # a state the table does not list, and any state after independence: today's Country
    ("Paris sent two more divisions to Algeria in 1956.", "Paris", "France", "France"),
    ("Algeria bought frigates in 1990.", "Algeria", "Algeria", "Algeria"),
    ("NAIROBI, March 3 (1999) - Troops patrolled the city.", "NAIROBI", "Kenya", "Kenya"),
    ("East Timor joined the alliance's exercise in 2004.", "East Timor", "East Timor",
     "East Timor"),
]


@pytest.mark.parametrize(("text", "name", "key", "expected"), CASES)
def test_territory_keys_follow_the_year(gazetteer, text, name, key, expected):
    assert _keyed(gazetteer, text, {name: key}) == {name: expected}


def test_a_document_without_a_year_keeps_the_country(gazetteer):
    assert _keyed(gazetteer, "Rebels in Algeria attacked a convoy on Monday.",
                  {"Algeria": "Algeria"}) == {"Algeria": "Algeria"}


def test_the_publication_date_wins_over_an_old_year_named(gazetteer):
    text = "Cyprus recalled the riots of 1955 on Tuesday."
    assert _keyed(gazetteer, text, {"Cyprus": "Cyprus"}, dt.date(2015, 6, 2)) == \
        {"Cyprus": "Cyprus"}
    assert _keyed(gazetteer, text, {"Cyprus": "Cyprus"}) == {"Cyprus": "Cyprus (territory)"}


def test_rows_name_listed_states_and_label_their_regions(gazetteer):
    rows = {t.state: t for t in gazetteer.territories}
    assert rows["East Timor"].until == 2002 and rows["East Timor"].capitals == {"dili": "Dili"}
    for t in gazetteer.territories:
        assert gazetteer.by_label[t.state].cls == "Country"
    nodes = territory_nodes(gazetteer.territories)
    assert nodes["East Timor (territory)"] == "East Timor" and nodes["Dili"] == "Dili"


def test_a_row_may_give_the_territory_another_name(gazetteer):
    data = {"countries": [{"label": "Ukraine", "capital": "Kyiv"}],
            "territory_eras": [{"state": "Ukraine", "until": 1991, "label": "Ukrainian SSR"}]}
    (row,) = _territories_of(data, Path("x.yaml"), gazetteer.by_label)
    assert (row.label, row.key, row.capitals) == \
        ("Ukrainian SSR", "Ukrainian SSR (territory)", {"kyiv": "Kyiv"})


def test_built_graph_keeps_the_region_and_the_country_apart(tmp_path):
    """End to end: a 1956 story and a 1990 one; one Region node and one Country node, with
    different IRIs, and a deployment to the territory kept (a destination may be a Region)."""
    from kg.building.pipeline import build
    from kg.graph.rdf import to_turtle
    from kg.graph.validate import validate

    (tmp_path / "old.txt").write_text(
        "France reinforces Algeria\n\nPARIS, May 4 (1956) - France sent two more army "
        "divisions to Algeria on Friday to fight the rebellion, the Defence Ministry said.\n",
        encoding="utf-8")
    (tmp_path / "new.txt").write_text(
        "Algeria buys frigates\n\nPARIS, May 4 (1990) - Algeria signed a contract with France "
        "for two frigates on Friday, the Defence Ministry said.\n", encoding="utf-8")
    result = build([tmp_path])
    region = result.entities["Algeria (territory)"]
    assert (region.cls, region.label) == ("Region", "Algeria")
    assert result.entities["Algeria"].cls == "Country"
    by_doc = {d.doc_id: d.name for d in result.documents}
    assert {by_doc[d] for d in region.documents} == {"old.txt"}
    assert "old.txt" not in {by_doc[d] for d in result.entities["Algeria"].documents}
    assert any(r.relation == "deploys" and ("destination", ("Algeria (territory)",)) in r.roles
               for r in result.relations)
    g = rdflib.Graph().parse(data=to_turtle(result.graph), format="turtle")
    named = set(g.subjects(rdflib.RDFS.label, rdflib.Literal("Algeria")))
    assert len(named) == 2
    assert validate(result.graph).conforms
