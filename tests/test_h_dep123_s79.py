"""Issue 12, stop 79 (h-dep123): an order phrase on a passive of sending names who sent the force
("were dispatched to X on the orders of <Person>", "on orders from X", "on <Person>'s orders"),
as a "by" agent would (dev conventions D3: a person who orders troops sent deploys them; gold
of d1278, d1358), and "divert" moves a force like "move" does (force_only: no force, no line).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("The fighter jets were dispatched to Cyprus on the orders of President Karl Weber, the "
     "defence ministry said.", {("Karl Weber", "Cyprus")}),
    ("Two infantry battalions were sent to Kosovo on orders from President Milan Horvat.",
     {("Milan Horvat", "Kosovo")}),
    ("A naval task force of six ships was diverted to the Gulf of Aden on the orders of Prime "
     "Minister Anna Holm and is now anchored off Djibouti.", {("Anna Holm", "Gulf of Aden")}),
])
def test_the_one_who_ordered_the_force_sent_deploys_it(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ROME, May 4 - Italy diverted two frigates to Libya on Monday.", {("Italy", "Libya")}),
    ("PARIS, May 4 - French warships were diverted to Lebanon after the attack, the navy said.",
     {("France", "Lebanon")}),
])
def test_a_force_diverted_to_a_place_is_deployed_there(run, text, expected):
    assert expected <= _deploys(run, text)


@pytest.mark.parametrize("text", [
    "The government diverted funds to the northern province of Tigray.",
    "An airliner carrying a journalist was diverted to Vilnius because of a bomb threat.",
    "The minister said Moscow wanted to divert attention from its economy.",
])
def test_a_diversion_of_no_force_is_no_deployment(run, text):
    assert _deploys(run, text) == set()
