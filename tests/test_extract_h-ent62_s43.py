"""States named by their era (issue 12): a model number is no year ("Mirage 2000"); the
demonyms "German" and "Czech" in the Cold War are West Germany's and Czechoslovakia's;
Rhodesia was a state from 1965 to 1979 and Salisbury its capital. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver
from kg.inputs.years import latest_year
from kg.model import DocExtraction, Document


@pytest.mark.parametrize(("text", "year"), [
    ("The air force ordered 40 Mirage 2000 fighters in 1985.", 1985),
    ("Officials said the PzH 2000 howitzers arrived in 1999, not 2001.", 2001),
    ("The contract was signed in May 2000 and the guns came in Dec. 2001.", 2001),
    ("It will pay for 30 Mirage 2000 jets over ten years.", None),
])
def test_a_model_number_is_no_year(text, year):
    assert latest_year(text) == year


def _keys(run, gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """{mention text: (key, class)} of ``text`` resolved as one document."""
    mentions, relations = run(text)
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text))
    resolver = Resolver(gazetteer)
    resolver.add(DocExtraction(doc, tuple(mentions), tuple(relations)))
    found = {}
    for ent in resolver.entities.values():
        for m in mentions:
            if m.span.text in ent.aliases or m.span.text == ent.label:
                found[m.span.text] = (ent.key, ent.cls)
    return found


def test_german_in_a_cold_war_story_is_west_germany(run, gazetteer):
    found = _keys(run, gazetteer, "In 1977 West German officials said that German engineers "
                                  "had helped Argentina build the reactor.")
    assert found["German"] == ("West Germany", "Country")
    assert found["West German"] == ("West Germany", "Country")


def test_german_before_1949_and_after_1990_is_germany(run, gazetteer):
    assert _keys(run, gazetteer, "In 1947 Britain said German scientists had been sent "
                                 "to Australia.")["German"] == ("Germany", "Country")
    assert _keys(run, gazetteer, "In 2019 German officials approved the sale of four "
                                 "frigates to Egypt.")["German"] == ("Germany", "Country")


def test_czech_in_1950_is_czechoslovakia(run, gazetteer):
    found = _keys(run, gazetteer, "Syria received Czech rifles and mortars in 1950, diplomats "
                                  "said.")
    assert found["Czech"] == ("Czechoslovakia", "Country")


def test_rhodesia_in_1977_is_a_state_and_salisbury_its_capital(run, gazetteer):
    found = _keys(run, gazetteer, "Mozambique said on Sunday that Rhodesia had raided a camp "
                                  "in 1977, but Salisbury denied it.")
    assert found["Rhodesia"] == ("Rhodesia", "Country")
    assert found["Salisbury"] == ("Rhodesia", "Country")


def test_rhodesia_in_1979_is_a_territory_again(run, gazetteer):
    found = _keys(run, gazetteer, "Britain sent a governor to Rhodesia in December 1979 to "
                                  "oversee elections.")
    assert found["Rhodesia"][1] == "Region"
