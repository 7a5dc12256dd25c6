"""Issue 12, stop 32 (h-ent31): places that NER took for a person or an organisation, tested
on sentences written for this file (real spaCy parse): the object of a storming verb ("stormed
X University", dev d463, d414) and a name after a place noun's "of" ("the islet of X", "the
bases of X and Y", dev d454, d230). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes

# --- the object of a storming verb is the place stormed (E12) ---------------------------

@pytest.mark.parametrize("text, name", [
    ("Police and armed militias stormed Kavinda University on Wednesday, witnesses said.",
     "Kavinda University"),
    ("Two days earlier twenty commandos had tried to storm the Marlow House, the residence "
     "of the president.", "Marlow House"),
])
def test_stormed_name_is_a_place(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_storming_body_stays_a_body(run):
    # the body that storms is no place; only the verb's object is
    found = _classes(run, "The Kavinda Liberation Front stormed the barracks on Monday.")
    assert found.get("Kavinda Liberation Front") == "Agency"


# --- a name after "of" and a place noun is a place --------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Marines landed on the islet of Tavoro off the northern coast on Monday.", ["Tavoro"]),
    # spaCy lemmatises "bases" as "basis"; the coordinated name shares the noun
    ("Britain keeps two squadrons at the bases of Dalmira and Kessab under the treaty.",
     ["Dalmira", "Kessab"]),
])
def test_name_after_place_noun_of(run, text, names):
    found = _classes(run, text)
    assert all(found.get(n) == "Region" for n in names), found


def test_coordinated_body_after_place_noun_stays_a_body(run):
    # a body coordinated with the place after "of" ends in an organisation's head: no place
    found = _classes(run, "The talks brought together delegates of the province of Dalmira "
                          "and the Kessab Relief Council.")
    assert found.get("Dalmira") == "Region"
    assert found.get("Kessab Relief Council") == "Agency"
