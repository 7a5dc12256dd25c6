"""Issue 12, stop 76 (h-ent76): entity errors that cost relation pairs. Ship classes
coordinated before the noun of the last one ("Halden-class and Tromso-class corvettes",
"Knox- and Halden-class frigates") are each a class of that noun, keyed "<Name>-class <noun>"
(refine/class_names.coordinated_class_names; dev E6), so the supply of the whole phrase
carries each class; and the British yard Vosper Thornycroft is a Company, not the person NER
reads in it (companies.yaml). Sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

import pytest


def _weapons(run, text: str) -> dict[str, str | None]:
    """{mention text: key} of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {text[m.span.start:m.span.end]: m.key for m in mentions if m.cls == "Weapon"}


def _items(run, text: str) -> list[set[str]]:
    _, rels = run(text)
    return [{m.key or m.lemma for m in r.role("item")} for r in rels if r.relation == "supplies"]


@pytest.mark.parametrize("text, mention, key", [
    ("Chile will retire two Halden-class and Tromso-class corvettes that it bought from Norway.",
     "Halden-class", "Halden-class corvette"),
    ("Peru has to give back six Knox- and Halden-class frigates that it leased from Norway.",
     "Knox-", "Knox-class frigate"),
    ("Ghana bought Mensah-, Osei- and Tromso-class boats from Norway in 1990.",
     "Osei-", "Osei-class boat"),
])
def test_coordinated_class_is_a_class_of_the_shared_noun(run, text, mention, key):
    assert _weapons(run, text).get(mention) == key, _weapons(run, text)


def test_coordinated_class_is_an_item_of_the_supply(run):
    text = ("Chile will retire two Halden-class and Tromso-class corvettes that it bought from "
            "Norway.")
    assert any("Halden-class corvette" in items for items in _items(run, text)), _items(run, text)


def test_class_with_its_own_noun_stays(run):
    text = "Chile flies Halden-class corvettes and Tromso-class frigates bought from Norway."
    found = _weapons(run, text)
    assert "Halden-class corvettes" in found and "Halden-class" not in found, found


@pytest.mark.parametrize("text", [
    "Oman ordered two corvettes from Vosper Thornycroft in 1994.",
    "The frigates, built by Vosper Thornycroft in the 1970s, were sold to Brazil.",
])
def test_vosper_thornycroft_is_a_company(run, text):
    mentions, _ = run(text)
    found = {text[m.span.start:m.span.end]: m.cls for m in mentions}
    assert found.get("Vosper Thornycroft") == "Company", found
