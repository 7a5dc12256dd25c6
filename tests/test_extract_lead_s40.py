"""Issue 12, stop 40 (lead): the Koreas' listed "the North"/"the South" gives way to the region
whose demonym it opens. Every sentence was written for these tests."""

from __future__ import annotations

import pytest


def _keys(run, text):
    mentions, _ = run(text)
    return {m.key for m in mentions}


@pytest.mark.parametrize("text, region", [
    ("The warship sailed for Belize, the Central American colony, on Monday.", "Central America"),
    ("The North African country bought two corvettes from Italy.", "North Africa"),
    ("Officials said the South American country would buy six trainers.", "South America"),
    ("The North American market for rifles grew last year.", "North America"),
])
def test_a_compass_demonym_after_the_is_a_region(run, text, region):
    keys = _keys(run, text)
    assert region in keys, keys
    assert not keys & {"North Korea", "South Korea", "United States"}, keys


@pytest.mark.parametrize("text, state", [
    ("The North fired two missiles into the sea, the South's military said.", "North Korea"),
    ("Talks between the North and the South resumed in Panmunjom.", "South Korea"),
])
def test_the_koreas_compass_names_stand_alone(run, text, state):
    assert state in _keys(run, text)


def test_a_greek_cypriot_body_is_cyprus(run):
    keys = _keys(run, "The Greek Cypriot government ordered two radar systems from France.")
    assert "Cyprus" in keys and "Greece" not in keys, keys
