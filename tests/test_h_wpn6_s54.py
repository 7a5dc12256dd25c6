"""Issue 12, h-wpn6 (stop 54): "light tanks" is a Weapon kind of its own, `light tank` under
`tank`, as readable dev gold names it; "tanks" and "main battle tanks" stay `tank` (sentences
written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons


@pytest.mark.parametrize(("text", "words"), [
    ("Bolivia will buy thirty light tanks from a Swedish firm, the defence ministry said.",
     "light tanks"),
    ("The regiment moved north on Friday with a squadron of light tanks and two batteries of "
     "guns.", "light tanks"),
])
def test_light_tanks_are_their_own_kind(run, text, words):
    assert _weapons(run, text).get(words) == "light tank"


def test_other_tanks_stay_the_kind(run):
    found = _weapons(run, "Bolivia will buy main battle tanks and more tanks from Poland next "
                          "year, officials said.")
    assert "light tank" not in found.values()
    assert "tank" in found.values()


def test_light_tank_is_a_kind_of_tank(gazetteer):
    assert gazetteer.by_label["light tank"].broader == "tank"
