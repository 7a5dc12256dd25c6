"""Issue 12, stop 34 (h-ent42): entities typed wrongly (sentences written for these tests,
none taken from a corpus; real spaCy parse): known weapon systems named alone or in the
plural ("older Centurions", "ageing F-86 Sabres"; dev d99, d221, d239, d479, d497, d498,
d499), a firm's name that opens with a title word and is apposed to a company noun
("General Motors Defense, a Canadian company": d499), and an unlisted name listed with a
town after a place preposition ("around Hassi Beida and Tinjoub": d486, d500)."""

from __future__ import annotations

import pytest


def _entities(run, text):
    mentions, _ = run(text)
    return {(m.span.text, m.cls, m.key) for m in mentions}


@pytest.mark.parametrize("text, expected", [
    ("The brigade still drives some 80 Chieftains bought in the 1970s.",
     ("Chieftains", "Weapon", "Chieftain tank")),
    ("Its reserve keeps a few dozen Centurions in storage.",
     ("Centurions", "Weapon", "Centurion tank")),
    ("The squadron retired its last F-86 Sabres in 1985.",
     ("F-86 Sabres", "Weapon", "F-86 Sabre")),
])
def test_known_systems_in_the_plural(run, text, expected):
    assert expected in _entities(run, text)


def test_lower_case_chieftain_is_no_weapon(run):
    assert not any(cls == "Weapon" for _, cls, _ in _entities(
        run, "The village chieftain said the soldiers had left."))


def test_title_word_opening_a_firm_in_apposition(run):
    found = _entities(run, "The ministry signed a contract with General Dynamo Systems, "
                           "a Swiss company, for radar parts.")
    assert any(text == "General Dynamo Systems" and cls == "Company" for text, cls, _ in found)
    assert not any(cls == "Person" for _, cls, _ in found)


@pytest.mark.parametrize("text, place", [
    ("Fighting went on around Hassi Lamra and Tinjoub for three days.", "Hassi Lamra"),
    ("The jets will be based at Florennes and Kleine Vorst from next year.", "Kleine Vorst"),
])
def test_name_listed_with_a_town(run, text, place):
    assert any(t == place and cls == "Region" for t, cls, _ in _entities(run, text))


def test_person_listed_with_a_town_elsewhere_stays(run):
    found = _entities(run, "Minister Anna Kowalska met in Geneva with John Rudd and Mark Lintz.")
    assert ("John Rudd", "Region", None) not in found
