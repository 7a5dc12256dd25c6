"""Issue 12, stop 44 (h-ent70): Eritrea before 1991, Jamaica before 1962 and South Sudan before
2011 were territories (a province of Ethiopia, a British colony, Sudan's southern region), so in
a story of those years the name is a Region and the capital (Asmara, Juba) a Region of its own
(dev README E12); later stories keep today's Country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_eras import _mentions

from kg.graph.eras import territory_keys
from kg.inputs.years import dateline_year, latest_year
from kg.model import Document


def _keyed(gazetteer, text: str, found: dict[str, str]) -> dict[str, str]:
    """The entity key of each mention in ``found`` after the territory periods are applied."""
    doc = Document("d", "d.txt", "d.txt", text, "0", "t",
                   year_named=latest_year(text), year_dated=dateline_year(text))
    mentions, keys = _mentions(text, found)
    out = territory_keys(gazetteer, doc, mentions, keys)
    return {m.span.text: out[m.span] for m in mentions}


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("ASMARA, March 3 (1975) - Rebels shelled Asmara as Eritrea's guerrillas advanced.",
     {"Asmara": "Eritrea", "Eritrea": "Eritrea"},
     {"Asmara": "Asmara", "Eritrea": "Eritrea (territory)"}),
    ("KINGSTON, May 4 (1958) - Troops from Jamaica sailed for the Bahamas.",
     {"Jamaica": "Jamaica"}, {"Jamaica": "Jamaica (territory)"}),
    ("KHARTOUM, June 9 (1983) - Army units were flown to Juba in South Sudan.",
     {"Juba": "South Sudan", "South Sudan": "South Sudan"},
     {"Juba": "Juba", "South Sudan": "South Sudan (territory)"}),
])
def test_a_story_of_the_period_has_the_territory(gazetteer, text, found, expected):
    assert _keyed(gazetteer, text, found) == expected


@pytest.mark.parametrize(("text", "found"), [
    ("ASMARA, June 1 (1998) - Eritrea mobilised reservists in Asmara.",
     {"Asmara": "Eritrea", "Eritrea": "Eritrea"}),
    ("KINGSTON, Oct 2 (1970) - Jamaica bought two patrol boats.", {"Jamaica": "Jamaica"}),
    ("JUBA, July 8 (2014) - South Sudan asked Uganda for troops.",
     {"South Sudan": "South Sudan"}),
])
def test_after_independence_the_country_stays(gazetteer, text, found):
    assert _keyed(gazetteer, text, found) == found


def test_a_dateline_year_outweighs_a_later_year_the_story_names(gazetteer):
    # East Timor was a territory until 2002: a 2001 story's plan for 2003 is no year of it
    text = "DILI, Aug 10 (2001) - Peacekeepers in East Timor will stay until 2003."
    assert _keyed(gazetteer, text, {"East Timor": "East Timor"}) == {
        "East Timor": "East Timor (territory)"}
