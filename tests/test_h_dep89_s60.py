"""Issue 12, stop 60 (h-dep89): a force under way to a named place abroad told by a
progressive or participial "heading for" (dev conventions D4 as stop 59's census decided it;
sentences written for these tests; real spaCy parse). The force's state deploys it to the
"for" place, and a place noun's named place ("the Syrian port of X") is taken with its
country; a perfect ("had been heading for") tells a course, and traffic is no force."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # progressive main verb, the force's nationality
    ("Norwegian soldiers are heading for Latvia.", {("Norway", "Latvia")}),
    # a place noun's named place and the country its adjective names (D1)
    ("Two Dutch frigates were heading for the Greek island of Crete on Monday, the ministry "
     "said.", {("Netherlands", "Crete"), ("Netherlands", "Greece")}),
    # a participle on a force its words give a state
    ("The first column was followed by German troops heading for Prizren.",
     {("Germany", "Prizren")}),
    ("Britain's destroyers heading for the Red Sea were delayed by a storm.",
     {("United Kingdom", "Red Sea")}),
])
def test_force_heading_for_a_place(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # a perfect progressive: the course before the story's event, no force under way
    "The Italian carrier, which had been heading for the Adriatic, was recalled.",
    # traffic that no state owns, and no force at all
    "Migrant boats heading for Spain sank.",
    "Tankers and other shipping heading for the Suez Canal were delayed.",
    "The Spanish minister was heading for talks in Rabat.",
    # no named place
    "The Danish frigate was heading home after the exercise.",
    # negated
    "French troops were not heading for Mali.",
])
def test_no_force_heading_for_a_place(run, text):
    assert _deploys(run, text) == set()


def test_sailing_for_a_described_port(run):
    """The "for" place of a force setting out may be a place noun's named place."""
    assert _deploys(run, "Iranian warships sailed from Bandar Abbas for the Syrian port of "
                         "Latakia.") == {("Iran", "Latakia"), ("Iran", "Syria")}
