"""Issue 12, stop 48 (h-coref12): "the <place noun>" as a destination names again the place
named before it (sentences written for these tests, none taken from a corpus; real spaCy
parse): a gulf, river or islands whose name holds the noun, and a city named by its bare name
for "the city"; not the origin of the same move, nor a state's name."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Pirates attacked a tanker in the Gulf of Guinea last week. France has sent a frigate "
     "to the gulf.", ("France", "Gulf of Guinea")),
    ("Fighting broke out along the Coco River on Sunday. Honduras has sent 200 soldiers to "
     "the river.", ("Honduras", "Coco River")),
    ("Fishermen from Vietnam landed on the Spratly Islands last week. China has sent three "
     "warships to the islands.", ("China", "Spratly Islands")),
])
def test_the_noun_of_a_named_place(run, text, expected):
    assert expected in _deploys(run, text)


def test_the_city_after_a_city_name(run):
    assert ("Rwanda", "Goma") in _deploys(
        run, "Rebels shelled Goma overnight. Rwanda sent 500 soldiers to the city on Friday.")


def test_the_city_is_not_the_origin_of_the_move(run):
    found = _deploys(run, "Rebels shelled Goma overnight. American transports flew 300 "
                          "Belgian soldiers from Mombasa to the city.")
    assert ("United States", "Goma") in found
    assert not any(place == "Mombasa" for _, place in found)


@pytest.mark.parametrize("text", [
    "Singapore hosted the talks on Monday. Malaysia sent troops to the city.",  # a state's name
    "Rebels attacked northern Mali on Monday. France sent 300 soldiers to the city.",  # no city
])
def test_the_city_with_no_city_named(run, text):
    assert _deploys(run, text) == set()
