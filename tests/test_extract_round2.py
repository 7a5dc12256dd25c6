"""Issue 12, round 2: constructions on sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract import only, roles
from test_extract_news import of

# --------------------------------------------------------------------------- plans are no events


@pytest.mark.parametrize("text", [
    "Britain would send a battery to Poland, officials said.",
    "Norway will give Ukraine its remaining howitzers.",
    "Spain said it would donate ten tanks to Ukraine.",
    "Officials said Washington would consider supplying fighter jets to Jordan.",
    "Italy is expected to send more troops to Lebanon.",
    "Canada plans to send drones to Ukraine.",
    "Washington said it had no plans to station more troops in Colombia.",
    "Portugal offered to sell its frigates to Brazil.",
])
def test_a_plan_is_no_supply_or_deployment(run, text):
    _, rels = run(text)
    assert of(rels, "supplies") == [] and of(rels, "deploys") == []


def test_hedged_fact_stays_an_event(run):
    _, rels = run("Russia may have sent drones to Iran.")
    assert roles(only(rels, "supplies"))["supplier"] == ["Russia"]
    _, rels = run("Estonia said it would donate howitzers, and Germany delivered tanks to "
                  "Ukraine last year.")
    assert [r["supplier"] for r in of(rels, "supplies")] == [["Germany"]]
