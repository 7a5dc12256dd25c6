"""A force setting out "for" a place whose "for" the parser hung below the departure verb: on
the vehicle it went in ("left A on a chartered ship for Y") or on the named place a place noun
stands for ("left the port city of A for Y") is deployed to Y (dev conventions D4, forces under
way; relations/departure_heads.departure_heads). Issue 12, stop 72, h-dep113. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


@pytest.mark.parametrize(("text", "pair"), [
    ("A company of Dutch marines left Rotterdam on a chartered ship for Cyprus on Monday.",
     ("Netherlands", "Cyprus")),
    ("A Swedish battalion left Stockholm on a night flight for Afghanistan.",
     ("Sweden", "Afghanistan")),
    ("Canadian soldiers left Trenton on a transport for Kosovo.", ("Canada", "Kosovo")),
])
def test_a_for_on_the_vehicle_names_the_course(relations, text, pair):
    assert _deploys(relations, text) == {pair}


@pytest.mark.parametrize(("text", "pair"), [
    ("Two Polish battalions left the border city of Rzeszow for Lviv.", ("Poland", "Lviv")),
    ("Two Danish companies left the port city of Esbjerg for Estonia on Tuesday.",
     ("Denmark", "Estonia")),
])
def test_a_for_on_the_place_left_names_the_course(relations, text, pair):
    # (the place left is no destination)
    assert _deploys(relations, text) == {pair}


def test_a_person_on_a_flight_is_no_force_under_way(relations):
    # (guard: the subject must be a force)
    assert _deploys(relations, "The Portuguese president left Lisbon on an air force jet for "
                               "Angola.") == set()


def test_a_for_that_names_no_place_gives_no_line(relations):
    # (guard: "for the second time" is no course)
    assert _deploys(relations, "Spanish troops left the city of Cadiz for the second "
                               "time.") == set()
