"""Issue 12, stop 47 (s54 h-dep62): a force under way that names no owner ("The aircraft
carrier X sailed for the Red Sea", "The destroyer X and the corvette Y sailed from Z for the
Gulf") is deployed by the state of its story (dev conventions D3, D4 as decided in stop 47:
a past "sailed for" with a named place is under way); "left X on Friday, bound for Y" names
the destination after the participle. Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_unowned_ship_sailing_for_a_sea_takes_the_state_that_deployed_before(run):
    text = ("Paris sends more troops to Chad\n\n"
            "PARIS, May 3 - President Jacques Chirac ordered 600 more French troops to Chad on "
            "Tuesday.\n\nThe helicopter carrier Jeanne d'Arc sailed for the Mediterranean Sea "
            "last week with two frigates.")
    assert ("France", "Mediterranean Sea") in _deploys(run, text)


def test_unowned_ships_in_the_lead_take_the_headline_and_dateline_state(run):
    text = ("Chile joins naval blockade of Iraq\n\n"
            "SANTIAGO, March 2 (1991) - The destroyer Prat and the frigate Condell sailed from "
            "the port of Valparaiso on Monday for the Persian Gulf.")
    assert ("Chile", "Persian Gulf") in _deploys(run, text)


def test_left_a_city_bound_for_a_capital(run):
    text = ("The first Canadian soldiers of the relief mission left Ottawa on Friday, bound for "
            "Nairobi, where they will set up a field hospital.")
    assert ("Canada", "Kenya") in _deploys(run, text)


def test_unowned_ship_with_no_story_state_gets_no_deployer(run):
    # no dateline, no state named: nobody is known to have sent the frigate
    assert _deploys(run, "A frigate sailed from Norfolk for the Caribbean Sea on Monday.") == set()


def test_ship_ordered_to_sail_is_no_force_under_way(run):
    # an order to sail (the verb under "ordered") is no deployment yet (D5)
    text = ("Britain rushes troops to Malta\n\n"
            "LONDON, June 4 (1964) - Britain sent 300 paratroopers to Malta on Tuesday. The "
            "Admiralty said the carrier HMS Ocean had been ordered to sail from Gibraltar for "
            "Libyan waters.")
    assert not any(d == "Libya" for _, d in _deploys(run, text))
