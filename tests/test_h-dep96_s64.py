"""Issue 12, stop 64 (s71 h-dep96): "advance party" is a force by its modifier alone ("an
advance party was sent to X", no "of <soldiers>" after it; d1078, d514), and the origin of a
motion the parser hangs on the force ("flew an advance party of 50 men from A to the city") is
not the place "the city" stands for. Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # active: the subject sends the advance party
    ("Chile sent an advance party to Haiti on Monday.", {("Chile", "Haiti")}),
    # agentless passive after a sending by one state: that state's party (D3)
    ("Norway has sent 200 soldiers to Mali. An advance party was flown to Gao last month to "
     "prepare the camp.", {("Norway", "Mali"), ("Norway", "Gao")}),
])
def test_an_advance_party_is_a_force(run, text, expected):
    assert _deploys(run, text) == expected


def test_the_origin_hung_on_the_force_is_not_the_city_meant(run):
    # "from Dakar" hangs on "men": the city is the dateline's, not the origin (Senegal)
    text = ("Chad flies first troops to Niamey\n\nNIAMEY, March 3 (2014) - Chadian soldiers "
            "landed at the airport on Monday.\n\nChad flew an advance party of about 40 men "
            "from Dakar to the city, officials said.")
    assert _deploys(run, text) == {("Chad", "Niger")}


@pytest.mark.parametrize("text", [
    # a party with no "advance": no force ("a party of journalists", a political party)
    "A party of journalists was flown to Gao last month.",
    "The opposition party sent a delegation to Brussels on Monday.",
])
def test_other_parties_are_no_force(run, text):
    assert _deploys(run, text) == set()
