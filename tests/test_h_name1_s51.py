"""Issue 12, h-name1 (stop 51): a name keeps the class the article gave it where it named it
in full or with its noun: ships listed after a plural ship noun or a naming word, a person
whose surname the gazetteer lists for a place, a person set off after "counterpart"
(sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes

# --- "the frigates Tutira and Pukaki", "renamed Kee Lung and Su Ao": every name of a list
# after a plural ship noun or a naming word is a ship (dev d838, d844, d421, d842) ------------

@pytest.mark.parametrize("text, names", [
    ("The navy sent the frigates Karori and Wairau to the Gulf in March.",
     ("Karori", "Wairau")),
    ("The strike aircraft flew from the carriers America and Intrepid, officials said.",
     ("America", "Intrepid")),
    ("The two destroyers, renamed Tso Ying and Ma Kong, joined the fleet in Keelung.",
     ("Tso Ying", "Ma Kong")),
    ("The patrol boats, named Lautem and Oecusse after two coastal towns, were handed over "
     "in Dili.", ("Lautem", "Oecusse")),
])
def test_each_name_listed_after_a_plural_ship_noun_or_naming_word_is_a_ship(run, text, names):
    classes = _classes(run, text)
    assert all(classes.get(name) == "Weapon" for name in names), classes


def test_a_list_that_a_verb_after_it_makes_a_subject_is_no_ship(run):
    classes = _classes(run, "Officials said the frigates Britain and France sold were old.")
    assert classes.get("Britain") == "Country" and classes.get("France") == "Country"


def test_troopship_is_a_ship_noun(run):
    assert _classes(run, "The men sailed from Lyttelton aboard the troopship Marama on "
                         "Monday.").get("Marama") == "Weapon"
