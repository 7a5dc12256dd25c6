"""Issue 12, stop 33 (h-rep25): claimants of "reports" named by a plural or modified
description (sentences written for these tests, none taken from a corpus; real spaCy parse):
"A is sending troops and B has dispatched soldiers to C, the two governments said" (dev
d455)."""

from __future__ import annotations

import pytest


def _claimants(run, text):
    _, rels = run(text)
    return {c.key or c.lemma for r in rels if r.relation == "reports" for c in r.role("claimant")}


@pytest.mark.parametrize("text, expected", [
    # the two clauses' subjects are the two governments, not the place named last
    ("Britain is sending about 2,000 troops and France has dispatched about 800 soldiers to "
     "northern Syria, the two governments said.", {"United Kingdom", "France"}),
    ("Italy will send 300 engineers and Spain has flown 150 medics to Lebanon, the two "
     "governments said on Monday.", {"Italy", "Spain"}),
])
def test_counted_governments_are_the_clauses_subjects(run, text, expected):
    found = _claimants(run, text)
    assert expected <= found
    assert not found & {"Syria", "Lebanon"}


def test_counted_countries_with_one_subject_keep_the_last_named(run):
    # one subject state only: the states named last are still the two (no change)
    found = _claimants(run, "Japan will pay for the survey of the border between Peru and "
                            "Ecuador, the two countries said.")
    assert {"Peru", "Ecuador"} <= found
    assert "Japan" not in found
