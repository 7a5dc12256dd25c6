"""Issue 12, stop 42 (h-sup46): the capitalised plural of a weapon system that the tagger
parses as a common noun ("the 40 Phantoms it bought", "its older Mirages") is that system
when a listed name, a short name or the document's own name of the system ("F-4 Phantom
jets", "Mirage 2000 jets") has it as its singular (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _weapons(run, text: str) -> dict[str, str]:
    """{mention text: key} of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text, plural, key", [
    ("The kingdom ordered 20 Mirage 2000 jets in 1994. It is sending the 12 oldest Mirages back "
     "to France.", "Mirages", "Mirage 2000"),
    ("The army operates Leopard 2 tanks. Chile bought the 60 Leopards it uses from Germany.",
     "Leopards", "Leopard 2 tank"),
])
def test_plural_noun_of_the_documents_named_system(run, text, plural, key):
    found = _weapons(run, "Fleet news\n\n" + text)
    assert found.get(plural) == key, found


def test_plural_noun_after_a_number_supplies_the_system(run, supply_keys):
    text = ("Phantoms arrive\n\nThe Greek air force flies F-4 Phantom jets. Greece began receiving "
            "the 40 Phantoms it bought from the United States last spring.")
    assert _weapons(run, text).get("Phantoms"), _weapons(run, text)
    keys = supply_keys(text)
    assert any(s == "United States" and r == "Greece" for s, r, _ in keys), keys


def test_capitalised_plural_of_no_named_system_stays_untyped(run):
    found = _weapons(run, "Talks resume\n\nThe army bought Leopard 2 tanks last year, and the "
                          "Greens said the Socialists would oppose the purchase.")
    assert "Greens" not in found and "Socialists" not in found, found


@pytest.mark.parametrize("text, plural, key", [
    ("Ecuador will buy 12 second-hand Skyhawks from Israel, officials said.", "Skyhawks",
     "A-4 Skyhawk"),
    ("The air force said its eight Strikemasters would be retired next year.", "Strikemasters",
     "BAC Strikemaster"),
    ("Fiji will receive four Bushmasters from Australia in March.", "Bushmasters", "Bushmaster"),
])
def test_plural_of_a_listed_system_named_alone(run, text, plural, key):
    found = _weapons(run, "Arms news\n\n" + text)
    assert any(plural in m and k == key for m, k in found.items()), found
