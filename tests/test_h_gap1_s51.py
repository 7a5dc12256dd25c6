"""Issue 12, stop 51 (s58 h-gap1): gapping. In "A is sending 400 soldiers to X and B a similar
number", "the army has sent 3,000 troops to Y, and the navy more than 800 marines" the second
conjunct shares the verb (and, naming none, the place) of the first: B is a deployer, not a
second destination (dev conventions G1; d593, d828, d839). Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, deployer, place", [
    ("Norway is sending about 300 soldiers to Mali and Denmark a similar number.",
     "Denmark", "Mali"),
    ("Spain is sending two warships to Lithuania and Portugal three patrol boats, the ministry "
     "said.", "Portugal", "Lithuania"),
    ("Canada has deployed 250 troops to Latvia and Belgium another 150 soldiers.",
     "Belgium", "Latvia"),
])
def test_a_gapped_state_after_and_deploys_to_the_first_place(run, text, deployer, place):
    found = _deploys(run, text)
    assert (deployer, place) in found
    # the gapped subject is no second destination of the first clause
    assert not any(dest == deployer for _, dest in found)


def test_a_gapped_clause_with_its_own_place(run):
    found = _deploys(run, "Norway sent 300 soldiers to Mali and Denmark 200 troops to Niger.")
    assert {("Norway", "Mali"), ("Denmark", "Niger")} <= found
    assert ("Norway", "Denmark") not in found


def test_a_bare_service_after_and_is_a_gapped_subject(run):
    text = ("MEXICO CITY, Dec 11 - According to the defence ministry, the army has sent about "
            "3,000 troops to Chiapas, backed by armoured vehicles, and the navy more than 800 "
            "marines, who will guard the coast.")
    mentions, _ = run(text)
    assert "Navy (Mexico)" in {m.key for m in mentions}
    assert ("Navy (Mexico)", "Chiapas") in _deploys(run, text)


def test_a_span_of_time_after_a_second_place_is_no_gapped_clause(run):
    found = _deploys(run, "Britain sent 500 troops to Iraq and Afghanistan two years ago.")
    assert ("United Kingdom", "Afghanistan") in found
    assert not any(d == "Afghanistan" for d, _ in found)


def test_a_second_place_before_a_preposition_stays_a_place(run):
    found = _deploys(run, "Norway sent 300 soldiers to Mali and Niger in 2019.")
    assert {("Norway", "Mali"), ("Norway", "Niger")} <= found
