"""Issue 12, stop 57 (h-wpn9): a bare "fighters" set apart by a state, a possessive or a
contrast word ("Chinese fighters", "its older fighters", "more fighters") is the kind
`fighter jet` (E4) in an article that names a fighter; combatants stay people: a person's
fighters ("his fighters"), fighters in an article that names no fighter, a group's fighters
with no mark (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons


@pytest.mark.parametrize("text", [
    "Laos took delivery of four MiG-29 jets from Russia on Monday. Officials said Chinese "
    "fighters had crossed into its airspace twice this year.",
    "Kenya flies F-16 fighters bought from the United States, and Tanzania is seeking more "
    "fighters from Moscow.",
    "Ghana ordered Su-30 jets from Russia in March. Most of its fighters were built in the "
    "Soviet Union.",
])
def test_fighters_set_apart_where_a_fighter_is_named(run, text):
    assert "fighter jet" in _weapons(run, text).values()


@pytest.mark.parametrize("text", [
    "Kenya flies F-16 fighters bought from the United States. The rebel leader said his "
    "fighters would lay down their arms in May.",
    "The rebels said more fighters had joined them near the border on Friday.",
    "Kenya flies F-16 fighters bought from the United States, and the militia has about "
    "2,000 fighters in the hills.",
])
def test_combatant_fighters_stay_people(run, text):
    assert "fighter jet" not in _weapons(run, text).values()
