"""Issue 12, stop 77 (h-ent77): a demonym hyphened to a time noun ("Soviet-era jets",
"Soviet-era debt") says whose the thing was, as "Soviet-made" does: a mention of the state
(dev README stop 57's (30), h-fold75a's (37)); "the Soviet era" and "post-Soviet", which only
date, stay no state. Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest


def _countries(entities) -> set[str]:
    """Labels of the resolved Countries."""
    return {e.label for e in entities if e.cls == "Country"}


@pytest.mark.parametrize("text", [
    "Bulgaria will retire its Soviet-era MiG-23 interceptors next spring.",
    "The garrison still guards a Soviet-era fuel depot near the river.",
    "Its gunners tow Soviet-era and Czech-made howitzers behind lorries.",
    "Kyrgyzstan is paying off Soviet-era loans with deliveries of cotton.",
])
def test_a_hyphened_era_demonym_mentions_the_state(resolved, text):
    found = _countries(resolved(text))
    assert "Soviet Union" in found, found


@pytest.mark.parametrize("text", [
    "The tractor plant has been idle since the Soviet era.",
    "It is the biggest sale of the post-Soviet era, the paper wrote.",
])
def test_a_demonym_that_only_dates_names_no_state(resolved, text):
    found = _countries(resolved(text))
    assert "Soviet Union" not in found, found
