"""Issue 12, stop 43 (s49 h-dep48): a purpose infinitive's parties as destinations — "to fight
X" names the enemy, not where the force went; "to fight alongside X" names the side it
supports (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Syria has sent 2,000 commandos to fight Israel in southern Lebanon, officials said.",
     {("Syria", "Lebanon")}),
    # (no place at all: before h-dep48 "fight" made Iraq the destination)
    ("Iran sent 3,000 volunteers to fight Iraq.", set()),
])
def test_the_enemy_a_force_is_sent_to_fight_is_no_destination(run, text, expected):
    assert _deploys(run, "Border war\n\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thailand sent 1,200 soldiers to fight alongside South Vietnam in the 1960s.",
     {("Thailand", "South Vietnam")}),
    ("Cuba flew 900 troops to fight alongside Ethiopia during the Ogaden war, diplomats said.",
     {("Cuba", "Ethiopia")}),
])
def test_the_side_a_force_fights_alongside_is_its_destination(run, text, expected):
    assert _deploys(run, "Allies at war\n\n" + text) == expected


def test_a_supported_state_still_counts_and_a_named_place_comes_first(run):
    assert _deploys(run, "Crisis\n\nBritain sent 300 troops to help Kuwait.") == \
        {("United Kingdom", "Kuwait")}
    # a place named after "in" is where they went, before any ally
    assert _deploys(run, "Crisis\n\nJordan sent troops to fight alongside Iraq in Kuwait.") == \
        {("Jordan", "Kuwait")}
