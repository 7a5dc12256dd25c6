"""Issue 12, stop 56 (h-era1): a story with no year that names an old state of the era table
("the Soviet Union", not Russia) is read in that state's time, so a capital that moved since
("Lagos", "Karachi", "Dar es Salaam") stands for the state it was the capital of then (dev
README E12, "a territory follows its status at the time"); a story with no year and no such
cue keeps the city a Region. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_former_states_s45 import _keyed

from kg.graph.eras import former_capital_keys


@pytest.mark.parametrize(("text", "found", "city", "expected"), [
    ("LAGOS, May 4 - The Soviet Union has sent six trainer jets to Lagos, officials said.",
     {"Soviet Union": "Soviet Union", "Lagos": "Lagos"}, "Lagos", "Nigeria"),
    ("A British cruiser left Karachi for the Gulf as the Soviet Union protested.",
     {"Karachi": "Karachi", "Soviet Union": "Soviet Union"}, "Karachi", "Pakistan"),
    # two rows of one name: the earliest begun before the old state's end
    ("Envoys met in Dar es Salaam while the Soviet Union offered rifles to both sides.",
     {"Dar es Salaam": "Dar es Salaam", "Soviet Union": "Soviet Union"},
     "Dar es Salaam", "Tanganyika"),
])
def test_an_undated_story_of_an_old_state_reads_the_old_capital(gazetteer, text, found, city,
                                                                  expected):
    assert _keyed(former_capital_keys, gazetteer, text, found)[city] == expected


@pytest.mark.parametrize(("text", "found", "city"), [
    # no cue at all: a modern story is as likely ("the frigate sails for Karachi")
    ("The new frigate will sail for Karachi after its crew has trained in China.",
     {"Karachi": "Karachi", "China": "China"}, "Karachi"),
    # the successor named beside the old state: no era to read it in
    ("Russia, heir of the Soviet Union, sent a cruiser to Lagos.",
     {"Russia": "Russia", "Soviet Union": "Soviet Union", "Lagos": "Lagos"}, "Lagos"),
    # an old state of later years than the capital's (Zaire from 1971; Karachi to 1962)
    ("Zaire bought trucks that were shipped through Karachi.",
     {"Zaire": "Zaire", "Karachi": "Karachi"}, "Karachi"),
])
def test_an_undated_story_without_an_old_state_keeps_the_city(gazetteer, text, found, city):
    assert _keyed(former_capital_keys, gazetteer, text, found)[city] == city


def test_a_dated_story_still_follows_its_year(gazetteer):
    text = "KARACHI, June 2 (1985) - The Soviet Union protested to the port authority."
    found = {"KARACHI": "Karachi", "Soviet Union": "Soviet Union"}
    assert _keyed(former_capital_keys, gazetteer, text, found)["KARACHI"] == "Karachi"
