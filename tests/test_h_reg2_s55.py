"""A state's name that a capitalised word beside it makes the name of a listed region or town
("Western Australia", "New Mexico", "Port Sudan", "Khartoum North") names that place, not
the state; a capital ("Kuwait City") still stands for its state (issue 12, h-reg2).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.places import capitals, fold
from tests.test_extract_h_ent29_s32 import _mentions


@pytest.mark.parametrize(("text", "place"), [
    ("The new patrol boats will be based at Fremantle in Western Australia.",
     "Western Australia"),
    ("About 2,000 guardsmen were sent to New Mexico last week.", "New Mexico"),
    ("Two frigates docked at Port Sudan on Tuesday.", "Port Sudan"),
    ("A depot in Khartoum North was struck overnight.", "Khartoum North"),
    ("The squadron moved to a base in South Australia.", "South Australia"),
])
def test_state_inside_a_listed_place_is_the_place(run, text, place):
    found = _mentions(run, text)
    assert (place, "Region") in found
    assert not any(cls == "Country" for _, cls in found)


@pytest.mark.parametrize(("text", "state"), [
    ("The transport planes landed in Kuwait City at dawn.", "Kuwait"),
    ("The corvette sailed from South Africa to Papua New Guinea.", "South Africa"),
    ("Officials in Mexico said the helicopters had arrived.", "Mexico"),
])
def test_capitals_and_whole_states_stay_states(run, text, state):
    assert (state, "Country") in _mentions(run, text)


def test_capitals_are_folded_names():
    assert fold("Kuwait City") in capitals()
    assert "port sudan" not in capitals()
