"""Issue 12, stop 59 (h-dep83): a named unit a reduced participle bases in another state
deploys itself there (gold census of standing bases, stop 58 (a) and (b);
kg.extract.relations.based_units; sentences written for these tests; real spaCy parse). A home
base, a place of unknown state and a participle with an agent add nothing."""

from __future__ import annotations

import pytest

from kg.extract.places import country_code
from kg.extract.relations.based_units import _unit_state
from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the unit itself, its state in its key, based in a city of another state
    ("Critics accused the Russian 58th Army, based in Gyumri, of looting.",
     {("58th Army (Russia)", "Gyumri")}),
    # the unit an "of" phrase names for the ships or aircraft the participle describes
    ("Three destroyers of the Japan Maritime Self-Defense Force, now based in Manila, joined "
     "the exercise.", {("Japan Maritime Self-Defense Force", "Philippines")}),
    ("Two frigates of the Maritime Self-Defense Force, already stationed in Djibouti for escort "
     "work, sailed on Monday.", {("Japan Maritime Self-Defense Force", "Djibouti")}),
])
def test_unit_based_abroad_by_participle(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # a home base (census (c)): the place lies in the unit's own state
    "Two patrol planes of the Japan Maritime Self-Defense Force, based in Yokosuka, joined the "
    "search.",
    # a place whose state the lists do not know: a home base cannot be ruled out
    "Two frigates of the Maritime Self-Defense Force, based at Camp Lemonnier, sailed on Monday.",
    "Critics accused the Russian 58th Army, based at Mozdok, of looting.",
])
def test_home_or_unknown_base_adds_nothing(run, text):
    assert _deploys(run, text) == set()


def test_unit_and_country_codes():
    assert _unit_state("14th Army (Russia)") == "RU"  # pycountry's name is "Russian Federation"
    assert _unit_state("Japan Maritime Self-Defense Force") == "JP"
    assert _unit_state("5th Mechanized Brigade") is None
    assert country_code("Niger") == "NE"  # the exact name first, not a near one (Nigeria)
