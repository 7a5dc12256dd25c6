"""Issue 12, stop 35 (h-dep31): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): a compass point set off after the destination
(", north-east of <Place>") locates it from a place the force did not go to (dev d513)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected, locator", [
    # the named place only modifies "area": it is still the destination, the locator is not
    ("Greece sent 300 soldiers to the Florina area, north-west of Thessaloniki, on Monday.",
     ("Greece", "Florina"), "Thessaloniki"),
    ("About 400 Kenyan soldiers were sent to the Garissa area, east of Nairobi, on Friday.",
     ("Kenya", "Garissa"), "Nairobi"),
    # a named destination keeps its own name; the locator stays out
    ("Chile sent 200 marines to Arica, north of Santiago, on Monday.",
     ("Chile", "Arica"), "Santiago"),
])
def test_compass_locator_is_no_destination(run, text, expected, locator):
    found = _deploys(run, text)
    assert expected in found
    assert all(place != locator for _, place in found)


def test_compass_phrase_without_a_destination_of_its_own(run):
    # no place of its own before the compass phrase: no named destination to prefer, and
    # the compass word is not set off as a locator; the place stays
    found = _deploys(run, "Greece sent 300 soldiers to Thessaloniki on Monday.")
    assert ("Greece", "Thessaloniki") in found
