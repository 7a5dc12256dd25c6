"""A story with no date of its own that names a state's own office or service keeps the state a
Country whatever older year it names (issue 12, stop 66, h-typ2; dev README E12): a territory
has no coast guard or president's office of its own, so the years such a story names are
background. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from test_eras import _mentions

from kg.graph.eras import territory_keys
from kg.inputs.years import dateline_year, latest_year
from kg.model import Document


def _doc(text: str, date: dt.date | None = None) -> Document:
    return Document("d", "d.txt", "d.txt", text, "0", "t", date=date,
                    year_named=latest_year(text), year_dated=dateline_year(text))


def _keyed(gazetteer, text: str, found: dict[str, str], agencies: dict[str, str],
           date: dt.date | None = None) -> dict[str, str]:
    """Each name of ``found`` → its key after ``territory_keys``, the document's other
    mentions keyed as ``agencies`` gives (name → key)."""
    mentions, keys = _mentions(text, {**found, **agencies})
    out = territory_keys(gazetteer, _doc(text, date), mentions, keys)
    return {m.span.text: out[m.span] for m in mentions if m.span.text in found}


def test_the_states_own_coast_guard_keeps_it_a_country(gazetteer):
    text = ("Ferrovia's sailors told the Borland Coast Guard that Borland ships had held the "
            "reef since 1971. Vietnam said its cutters would stay.")
    assert _keyed(gazetteer, text, {"Vietnam": "Vietnam"},
                  {"Borland Coast Guard": "Coast Guard (Vietnam)"}) == {"Vietnam": "Vietnam"}


def test_the_presidents_office_keeps_it_a_country(gazetteer):
    text = ("Engineers flew to South Sudan to rebuild roads washed away in 2009, "
            "the president's office said.")
    assert _keyed(gazetteer, text, {"South Sudan": "South Sudan"},
                  {"president's office": "Office of the President (South Sudan)"}) == \
        {"South Sudan": "South Sudan"}


def test_another_states_agency_does_not(gazetteer):
    text = "The Ferrovian navy shelled rebel camps in Eritrea in 1977."
    assert _keyed(gazetteer, text, {"Eritrea": "Eritrea"},
                  {"Ferrovian navy": "Navy (Ethiopia)"}) == {"Eritrea": "Eritrea (territory)"}


def test_a_dated_story_follows_its_date(gazetteer):
    text = "ALGIERS, May 2 (1957) - The Algeria Coast Guard seized a boat, Algeria said."
    assert _keyed(gazetteer, text, {"Algeria said": "Algeria"},
                  {"Algeria Coast Guard": "Coast Guard (Algeria)"}) == \
        {"Algeria said": "Algeria (territory)"}


def test_without_an_agency_the_year_named_still_decides(gazetteer):
    text = "Rebels in Algeria ambushed a convoy in 1958."
    assert _keyed(gazetteer, text, {"Algeria": "Algeria"}, {}) == {"Algeria": "Algeria (territory)"}
