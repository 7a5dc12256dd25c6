"""Issue 12, stop 65 (h-dep99): plans taken as fact (dev conventions D5). A participle set off
after a planned verb shares its future ("will join the mission, sending a frigate to X"),
unless it only says what the speaker calls something (d1118, d287). Sentences written for
these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


def _supplies(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("recipient")}


@pytest.mark.parametrize("text", [
    # a participle after a future or a promise is planned with it
    "Canada will join the coalition next month, sending two frigates to the Red Sea, the "
    "minister said.",
])
def test_planned_sending_is_no_deployment(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, expected", [
    # guards: the same sendings stated as done
    ("Canada joined the coalition last month, sending two frigates to the Red Sea, the "
     "minister said.", {("Canada", "Red Sea")}),
])
def test_done_sending_stays(run, text, expected):
    assert _deploys(run, text) == expected


def test_participle_after_a_promise_is_no_supply(run):
    assert _supplies(run, "Norway has promised to rebuild the Estonian army, supplying it with "
                          "tanks and artillery.") == set()
    assert _supplies(run, "Norway rebuilt the Estonian army, supplying it with tanks and "
                          "artillery.") == {("Norway", "Army (Estonia)")}


def test_naming_participle_keeps_its_own_time(run):
    # "calling" only says what the speaker calls the sales: the supply stays stated
    assert _supplies(run, "Beijing would impose sanctions on the firms, calling the US arms "
                          "supplies to Taiwan a violation of its sovereignty.") == {
        ("United States", "Taiwan")}
