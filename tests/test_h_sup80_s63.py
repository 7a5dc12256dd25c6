"""Issue 12, stop 56 (s63 h-sup80): a builder supplies every state or force its "for" lists,
not just the first: the conjuncts ("for Egypt, Brazil and Chile's own navy", "for Qatar and
for Kuwait") and, after a plural common noun, the names "including those of" gives ("for
navies around the world, including those of Chile, Peru and Norway"), in progress too ("is
building … for", the dev README's stop 55 (26)). Sentences written for these tests, none taken
from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Thales also builds frigates for Egypt, Brazil and Chile's own navy.",
     {("Thales", "Egypt"), ("Thales", "Brazil"), ("Thales", "Navy (Chile)")}),
    ("Fincantieri builds corvettes for Qatar and for Kuwait.",
     {("Fincantieri", "Qatar"), ("Fincantieri", "Kuwait")}),
])
def test_every_coordinated_buyer_is_a_recipient(run, text, expected):
    assert _supplies(run, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "including" hung on the verb
    ("Navantia has built more than 40 frigates for navies around the world, including those "
     "of Chile, Peru and Norway.",
     {("Navantia", "Chile"), ("Navantia", "Peru"), ("Navantia", "Norway")}),
    # "including" hung on the plural noun
    ("Fincantieri has built corvettes for several navies, including those of Qatar and Kuwait.",
     {("Fincantieri", "Qatar"), ("Fincantieri", "Kuwait")}),
])
def test_buyers_listed_after_including_those_of(run, text, expected):
    assert _supplies(run, text) == expected


@pytest.mark.parametrize("text", [
    # no weapon built
    "Navantia has built ferries for companies around the world, including those of Chile "
    "and Peru.",
    # no "those of": the list is no set of buyers
    "Navantia has built frigates for navies around the world, including some in Chile and Peru.",
])
def test_no_listed_buyers(run, text):
    assert _supplies(run, text) == set()


def test_work_in_progress_supplies_each_listed_buyer(run):
    """"is building … for" is a supply (stop 55's (26); the older unasserted reading is gone)."""
    assert _supplies(run, "Naval Group is building submarines for Brazil and India.") == {
        ("Naval Group", "Brazil"), ("Naval Group", "India")}
