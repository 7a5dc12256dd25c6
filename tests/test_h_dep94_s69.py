"""Issue 12, stop 62 (s69 h-dep94): a force stationed somewhere with no nationality of its own
is deployed by the one state the sentence names outside the place (dev conventions D2, D3; d330,
d598); a force "based" somewhere is left alone (d770, d95: home bases). Sentences written for
these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Turkey will pay no rent for the camp, which has about 3,000 troops stationed in Qatar, "
     "Turkish officials said.", {("Turkey", "Qatar")}),
    ("The islands remain under French rule and are guarded by six fighters stationed at "
     "Djibouti.", {("France", "Djibouti")}),
])
def test_the_sentences_one_state_deploys_an_unmarked_force(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # two states left: whose force it is stays unknown
    "Germany and Italy share the cost of the camp, which has about 900 troops stationed in "
    "Niger.",
    # the only state is the place's own
    "The camp, which has about 500 troops stationed in Chad, is near the border, Chadian "
    "officials said.",
    # a state named only in a clause on another noun
    "The islands, which Argentina claims, are defended by four jets stationed at Mount "
    "Pleasant.",
    # "based": a firm's staff, or a unit at its home base, not a stationing
    "The company, which has about 300 engineers based in Poland, is French-owned.",
])
def test_no_sole_state_no_deployment(run, text):
    assert _deploys(run, text) == set()


def test_a_home_base_is_no_sole_states_deployment(run):
    # "based in": the brigade's home base, not the other state's deployment (d95)
    text = ("Two planes carrying about 150 troops from a brigade based in Recife took off for "
            "Haiti.")
    assert not {p for p in _deploys(run, text) if p[1] == "Recife"}
