"""Issue 12, stop 70 (h-dep110): a counted plural place description as a destination ("sent
troops to the three provinces", "stationed at both sites") stands for the places listed
before it, each a destination (dev conventions D6; sentences written for these tests; real
spaCy parse). An uncounted plural, or a list of another size, gives none."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the noun's own "of" list, then "the three <noun>"
    ("Rebels have attacked police posts in the provinces of Kunar, Nuristan and Badakhshan "
     "since March. Afghanistan has sent 3,000 soldiers to the three provinces.",
     {("Afghanistan", "Kunar"), ("Afghanistan", "Nuristan"), ("Afghanistan", "Badakhshan")}),
    # the last coordinated list of places, "the two <noun>"
    ("Protesters blocked roads at Oka and Kahnawake on Monday. Canada has sent 2,500 soldiers "
     "to the two reserves.", {("Canada", "Oka"), ("Canada", "Kahnawake")}),
    # "both <noun>" after a clause that puts the same noun at two places
    ("Officials said two radar sites had been built, at Tartus and near Homs. Russian crews "
     "are stationed at both sites.", {("Russia", "Tartus"), ("Russia", "Homs")}),
])
def test_counted_description_stands_for_the_listed_places(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # a list of another size than the count
    "Protesters blocked roads at Oka and Kahnawake on Monday. Canada has sent 2,500 soldiers "
    "to the three reserves.",
    # uncounted: which of the places named is unknown
    "Protesters blocked roads at Oka and Kahnawake on Monday. Canada has sent 2,500 soldiers "
    "to the reserves.",
])
def test_no_listed_places(run, text):
    assert not {p for _, p in _deploys(run, text)} & {"Oka", "Kahnawake"}
