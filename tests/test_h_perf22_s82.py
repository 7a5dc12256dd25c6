"""h-perf22 (issue 13, stop 82): entity-refiner rules that asked ``without_the`` (a new Span for
a name after "the") of every entity now ask it only of the names their cheap tests let through.
Same entities: each sentence
below makes its rule fire, and the caches stay right across documents and a retokenization."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, ORTH

from kg.extract import tokens


def _ents(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize(("text", "found", "gone"), [
    # _former_ship_names: the name after "as" is the other ship's former name
    ("The carrier INS Vikrant, which had served the Royal Navy as HMS Hercules, sailed to Goa.",
     ("HMS Hercules", "Weapon", "INS Vikrant"), None),
    # _class_short_forms: "Tupi boats" is the class named before with "-class"
    ("Chile bought two Tupi-class submarines from Germany. The Tupi boats reached Valparaiso "
     "in May.", ("Tupi boats", "Weapon", "Tupi-class submarine"), None),
    # _military_officials: the demonym before "military officials" is the state
    ("Israeli military officials said the jets had struck targets near Gaza.",
     ("Israeli", "Country", "Israel"), "Israeli military"),
    # _press_service: an unlisted "<word> Press Service" is an outlet
    ("The Ruvanian Press Service reported that the rebels had shelled the port of Odesa.",
     ("The Ruvanian Press Service", "MediaOutlet", ""), None),
    # numbered_names: a person's name closed by a figure is a ship
    ("The trawler Xin Hai 7 sank near Jeju after a collision.",
     ("Xin Hai 7", "Weapon", "Xin Hai 7"), None),
    # modifier_capitals: "Crown" before a lower-case noun, a bare "Navy chief" title
    ("A Crown prosecutor said the weapons had been shipped from Belgium to Libya.",
     ("Belgium", "Country", "Belgium"), "Crown"),
    ("Navy chief Admiral Karl Brenner said the frigates would sail to Norway.",
     ("Karl Brenner", "PERSON", ""), "Navy"),
])
def test_rules_still_fire(nlp, text, found, gone) -> None:
    ents = _ents(nlp, text)
    assert found in ents
    assert gone is None or all(gone not in name for name, _, _ in ents)


def test_lowers_and_index_follow_the_document(nlp) -> None:
    """The column caches: another document, then the first again, then a retokenized one."""
    a, b = nlp.make_doc("The Navy sailed as the fleet sailed."), nlp.make_doc("Army units left.")
    assert tokens.lowers(a) == [t.lower_ for t in a]
    assert tokens.lowers(b) == ["army", "units", "left", "."]
    assert tokens.where(a, LOWER, frozenset({"sailed"})) == [2, 6]
    assert tokens.where(b, LOWER, frozenset({"sailed", "left"})) == [2]
    assert tokens.where(a, ORTH, frozenset({"Navy", "fleet"})) == [1, 5]
    with a.retokenize() as retok:
        retok.merge(a[0:2])
    assert tokens.lowers(a) == ["the navy", "sailed", "as", "the", "fleet", "sailed", "."]
    assert tokens.where(a, LOWER, frozenset({"sailed"})) == [1, 5]
    assert tokens.without_the(a[3:5]).text == "fleet"
    assert tokens.without_the(a[3:4]).text == "the"
