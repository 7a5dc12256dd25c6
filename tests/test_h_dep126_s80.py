"""Issue 12, stop 80 (h-dep126): names in a force's own phrase that say nothing of who owns
it leave an agentless passive's force ownerless, so the state that deployed forces before
deploys it too (dev conventions D3: in the passive without an agent the force's nationality;
a named unit whose service the sentence does not name deploys as the state): a unit no entry
lists named by its military arm ("of the 12th Mechanized Task Group") and a region the force
came from ("from a base in Troms"; D6, a point of departure). A state named there, or an
armed group with no arm word, still owns the force. Sentences written for these tests, none
taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Brazil has sent 400 soldiers to Angola. The troops, of the 12th Mechanized Task Group, "
     "were flown to Huambo on Friday, officials said.", ("Brazil", "Huambo")),
    ("Portugal has sent 300 soldiers to Mozambique after the floods. Paratroopers of the Rapid "
     "Airborne Command were flown to Beira on Monday, officials said.", ("Portugal", "Beira")),
])
def test_a_unit_named_by_its_arm_is_the_states_own(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    ("Norway has sent 200 more soldiers to Kosovo. Two transport helicopters from a base in "
     "Troms were flown to Mitrovica on Monday, the ministry said.", ("Norway", "Mitrovica")),
    ("Chile has sent 150 soldiers to Easter Island after the quake. Engineers from Valparaiso "
     "Region were flown to Hanga Roa on Tuesday, officials said.", ("Chile", "Hanga Roa")),
])
def test_a_region_the_force_came_from_is_no_owner(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text, unwanted", [
    ("Chad has sent 300 soldiers to Bangui. Troops from Niger were flown to Bouar on Monday, "
     "officials said.", ("Chad", "Bouar")),
    ("Sudan has sent 300 soldiers to Darfur. Fighters of the Popular Defence Front were flown "
     "to Nyala on Monday, officials said.", ("Sudan", "Nyala")),
])
def test_a_state_or_an_armed_group_in_the_phrase_still_owns_the_force(run, text, unwanted):
    assert unwanted not in _deploys(run, text)
