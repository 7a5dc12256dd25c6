"""Issue 12, stop 77 (h-ent78): a story with no year that names an old state of the era table
("Yugoslavia", "the Soviet Union") is of that state's time, so a territory whose period
covers all of it ("Kosovo", a province until 2008) is the territory's Region and its capital a
Region of its own, as a dated story has them (dev README E12, "a territory follows its status
at the time"). Naming the successor too ("Serbia", then a Yugoslav republic) does not date it
later; a ``dated`` row (the Soviet republics) still needs a dated story, and a territory that
became a state during the old state's time keeps today's Country. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_extract_former_states_s45 import _keyed

from kg.graph.eras import territory_keys


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("PRISTINA, March 3 - Yugoslavia sent more police into Kosovo, officials said.",
     {"PRISTINA": "Kosovo", "Yugoslavia": "Yugoslavia", "Kosovo": "Kosovo"},
     {"PRISTINA": "Pristina", "Yugoslavia": "Yugoslavia", "Kosovo": "Kosovo (territory)"}),
    # the old state named through its army; the successor named as the republic it was then
    ("Tanks of the Yugoslav army crossed Serbia on their way to Kosovo.",
     {"Yugoslav army": "Army (Yugoslavia)", "Serbia": "Serbia", "Kosovo": "Kosovo"},
     {"Yugoslav army": "Army (Yugoslavia)", "Serbia": "Serbia",
      "Kosovo": "Kosovo (territory)"}),
    # a territory until 2011 through all of the Soviet Union's time
    ("The Soviet Union flew grain to South Sudan, aid workers said.",
     {"Soviet Union": "Soviet Union", "South Sudan": "South Sudan"},
     {"Soviet Union": "Soviet Union", "South Sudan": "South Sudan (territory)"}),
])
def test_an_undated_story_of_an_old_state_dates_its_territories(gazetteer, text, found,
                                                                expected):
    assert _keyed(territory_keys, gazetteer, text, found) == expected


@pytest.mark.parametrize(("text", "found"), [
    # no old state: today's Country
    ("Serbia sent more police into Kosovo, officials said.",
     {"Serbia": "Serbia", "Kosovo": "Kosovo"}),
    # a dated row (the Soviet republics): an undated story retells the past
    ("Ukraine handed the Soviet Union's old bombers to Russia, its envoy said.",
     {"Ukraine": "Ukraine", "Soviet Union": "Soviet Union", "Russia": "Russia"}),
    # a state since 1991, inside the Soviet Union's time: either may be meant
    ("The Soviet Union sold rifles to Eritrea, the rebels said.",
     {"Soviet Union": "Soviet Union", "Eritrea": "Eritrea"}),
    # its own service named: a story of its statehood
    ("Yugoslavia protested after the Kosovo army paraded.",
     {"Yugoslavia": "Yugoslavia", "Kosovo army": "Army (Kosovo)", "Kosovo": "Kosovo"}),
])
def test_other_undated_stories_keep_the_country(gazetteer, text, found):
    assert _keyed(territory_keys, gazetteer, text, found) == found


def test_a_dated_story_follows_its_year(gazetteer):
    text = "PRISTINA, May 2 (2015) - Yugoslavia's old barracks in Kosovo were sold."
    found = {"PRISTINA": "Kosovo", "Yugoslavia": "Yugoslavia", "Kosovo": "Kosovo"}
    assert _keyed(territory_keys, gazetteer, text, found) == found
