"""Issue 12, stop 34 (h-coref12): a definite kind noun standing for the weapon named before
(sentences written for these tests, none taken from a corpus; real spaCy parse). "The aircraft
were bought from X" after "Mirage fighter jets", "the ship" after "the aircraft carrier Y":
the anaphor is that weapon when its head belongs to the same kind (aircraft, ship), unless a
weapon of the anaphor's own head comes further back or the antecedent's sentence named
several (dev d459, d496)."""

from __future__ import annotations

import pytest


def _items(run, text: str) -> set[tuple[str, str]]:
    """(supplier, item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("item")}


@pytest.mark.parametrize("text, expected", [
    # "the aircraft" after "… attack jets": the jets named before
    ("Peru's air force showed its new Mirage 2000 fighter jets on Sunday. Officials said "
     "France had sold the aircraft to Lima last year.", ("France", "Mirage 2000")),
    # "the ship" after "the aircraft carrier …"
    ("The Brazilian flag was raised over the aircraft carrier Minas on Monday as the Royal "
     "Navy handed the ship over to the Brazilian navy.", ("Navy (United Kingdom)",
                                                          "aircraft carrier")),
])
def test_kind_noun_refers_back(run, text, expected):
    assert expected in _items(run, text)


def test_same_head_further_back_wins(run):
    # "the jets" is the MiG jets, not the nearer Sabre fighters
    text = ("Soviet-built MiG-17 jets appeared over the border and fired on American Sabre "
            "fighters. Officials believe the Soviet Union has supplied Egypt with the jets.")
    items = _items(run, text)
    assert ("Soviet Union", "MiG-17") in items
    assert all(item not in ("F-86 Sabre", "Sabre") for _, item in items)


def test_several_aircraft_named_no_guess(run):
    # the sentence before names two aircraft: "the aircraft" is neither
    text = ("Chile's air force flies F-16 fighter jets and Hawk trainer jets. Officials said "
            "Belgium had sold the aircraft to Santiago last year.")
    assert not any(item in ("F-16", "Hawk", "BAE Hawk") for _, item in _items(run, text))
