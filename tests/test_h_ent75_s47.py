"""Issue 12, stop 47 (h-ent75): an unlisted name coordinated with a weapon named as a system
("the Leopard 2 and the Leclerc", "Sweden's Viggen and France's Mirage F1") is a weapon too,
not the organisation, person or place NER took it for (E3); a gunboat's, a tug's or a
tender's name is a ship, a Weapon of its own (E6). Sentences written for these tests, none
taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _classes(text: str, nlp) -> dict[str, str]:
    """The parsed text's entity spans → their labels."""
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(("text", "name"), [
    ("Army weighs new tanks\n\nATHENS, May 3 - The army compared the Leopard 2 and the Altay "
     "in summer trials before choosing.", "Altay"),
    ("Jet contest narrows\n\nBERN, May 3 - The final round weighed Sweden's Gripen and "
     "France's Skorpion, officials said.", "Skorpion"),
    ("Fighter contest narrows\n\nOTTAWA, May 3 - Officials had also looked at the Eurolynx "
     "and the Boeing F-15 Eagle but dropped them early.", "Eurolynx"),
])
def test_a_name_coordinated_with_a_named_weapon_is_a_weapon(nlp, text, name):
    classes = _classes(text, nlp)
    assert classes.get(name) == "Weapon" or any(
        k.endswith(name) and v == "Weapon" for k, v in classes.items())


def test_a_company_coordinated_with_a_weapon_stays_a_company(nlp):
    text = ("Fighter bid\n\nMADRID, May 3 - Lockheed Martin's F-35 and Boeing's F/A-18 will "
            "compete with Saab, officials said.")
    classes = _classes(text, nlp)
    assert classes.get("Saab") == "Company"


@pytest.mark.parametrize(("text", "ships"), [
    ("Boats seized\n\nKYIV, May 3 - The navy said the gunboats Vyshhorod and Kaniv and the tug "
     "Dnipro Star were fired on near the strait.", ("Vyshhorod", "Kaniv", "Dnipro Star")),
    ("Fleet sails\n\nTOKYO, May 3 - The destroyer escort left port while the minesweeper "
     "tender Hayase sailed later with supplies.", ("Hayase",)),
])
def test_gunboats_tugs_and_tenders_name_ships(nlp, text, ships):
    classes = _classes(text, nlp)
    for ship in ships:
        assert classes.get(ship) == "Weapon", (ship, classes)
