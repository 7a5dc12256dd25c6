"""Issue 12, stop 78 (h-dep122): a named part of a wider place, "the <Name> area/region/district
of <Place>", is a destination with the place after "of" (dev conventions D1: a place in a named
region has both as destinations; gold of d773, d1359). The name the parser hangs on the part
noun as a compound ("the Neelum area") is where the force went, unlike an adjective or a state
that only modifies the noun. Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the name opens an unnamed part noun: the name, then the place after "of"
    ("ISLAMABAD, March 3 - Pakistan has flown two battalions into the Neelum area of Kashmir "
     "after the shelling, officials said.", {("Pakistan", "Neelum"), ("Pakistan", "Kashmir")}),
    # the part noun is the name's own last word: the place after "of" too
    ("OTTAWA, May 9 - Canada has sent 400 soldiers to the Mauricie region of Quebec to fight "
     "the floods.", {("Canada", "Mauricie region"), ("Canada", "Quebec")}),
    ("KIEV, June 2 - Ukraine moved an armoured brigade into the Kupiansk district of Kharkiv "
     "on Tuesday.", {("Ukraine", "Kupiansk district"), ("Ukraine", "Kharkiv Oblast")}),
])
def test_a_named_part_and_its_wider_place_are_both_destinations(run, text, expected):
    assert expected <= _deploys(run, text)


def test_a_description_after_of_adds_no_place(run):
    found = _deploys(run, "NAIROBI, Jan 4 - Kenya has sent 300 police officers to the Turkana "
                          "region of the country.")
    assert found == {("Kenya", "Turkana region")}


@pytest.mark.parametrize("text", [
    # an adjective or a state on the part noun only modifies it (no destination named)
    "LAGOS, Feb 2 - Nigeria has sent troops into a Cameroonian border area.",
    "NAIROBI, Jan 4 - Kenya has deployed troops in the Somalia border area.",
])
def test_a_state_on_the_part_noun_is_no_destination(run, text):
    assert _deploys(run, text) == set()
