"""Issue 12, stop 33 (h-ent37): a person named behind a body or an act that NER typed as an
organisation or a place, or glued to the body's name, tested on sentences written for this
file (real spaCy parse): "the government of X Y" (dev d463), "the Kurdish rebels of X Y"
(d406), "led by X Y" (d420), "the coup against X Y" (d240), "the … Party of X Y" (d472).
The person is a Person and the body keeps its own name and role; negative cases say what
must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize("text, name", [
    ("The government of Anand Voravit sent police units into the capital on Tuesday.",
     "Anand Voravit"),
    ("The army seized power in a coup against Somchai Kittirat in 2006.", "Somchai Kittirat"),
    ("Army commanders said the Karen rebels of Jamal Rashidi had laid down their arms.",
     "Jamal Rashidi"),
    ("The opposition Democratic Union, led by Petros Makrakis, said the price was too high.",
     "Petros Makrakis"),
])
def test_leader_of_a_body_is_a_person(run, text, name):
    found = _classes(run, text)
    assert found.get(name) == "Person", found


def test_leader_glued_to_a_party_is_cut_off(run):
    found = _classes(run, "The opposition National Renewal Party of Desmond Okafor accused "
                          "the president of weakness.")
    assert found.get("Desmond Okafor") == "Person", found
    assert found.get("National Renewal Party") == "Agency", found
    assert "National Renewal Party of Desmond Okafor" not in found


def test_glued_party_keeps_the_claim(claims):
    found = claims("The opposition People's Renewal Party of Desmond Okafor said the "
                   "election had been rigged.")
    assert {c for c, _ in found} == {"People's Renewal Party"}, found


@pytest.mark.parametrize("text, name", [
    # a place after a party's "of" stays in the party's name
    ("The opposition Socialist Party of Great Britain said the treaty was a mistake.",
     "Socialist Party of Great Britain"),
    ("The Patriotic Movement of Ivory Coast said on Monday that it would fight.",
     "Patriotic Movement of Ivory Coast"),
])
def test_party_of_a_place_stays_one_body(run, text, name):
    found = _classes(run, text)
    assert found.get(name) == "Agency", found


def test_group_whose_fighters_are_counted_stays_a_group(run):
    # no people's adjective names the fighters: "of"/"from" names their group (h-ent5)
    found = _classes(run, "Fighters from Ansar Dine ambushed an army convoy.")
    assert found.get("Ansar Dine") == "Agency", found
