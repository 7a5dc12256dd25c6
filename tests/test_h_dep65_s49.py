"""Issue 12, stop 49 (s56 h-dep65): a destination's locator phrase whose object is an unnamed
place noun ("in the northern state of X", "on the Greek island of Y") names its place after
"of", and the country its adjective names, one deployment each (dev conventions D1); the
parser may hang an "on" locator on the verb, as it does "in". Sentences written for these
tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def _places(run, text):
    return {b for _, b in _deploys(run, text)}


def test_an_on_locator_hung_on_the_verb_names_the_island_and_its_country(run):
    found = _places(run, "The German air force has deployed six Eurofighter jets to Souda Bay "
                         "air base on the Greek island of Crete, the defence ministry said.")
    assert {"Crete", "Greece"} <= found


def test_an_in_locator_on_the_place_names_the_state_after_of(run):
    found = _places(run, "The Indian Army has stationed two more brigades at Leh air base in "
                         "the mountainous territory of Ladakh, officials said on Monday.")
    assert "Ladakh" in found


def test_a_locator_noun_without_a_named_place_adds_nothing(run):
    found = _places(run, "The German air force has deployed six Eurofighter jets to Souda Bay "
                         "air base on the island, the defence ministry said.")
    assert not found & {"Crete", "Greece"}

