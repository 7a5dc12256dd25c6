"""Issue 12, stop 57 (h-sup85): a bare plural of a kind ("its jets", "Kenyan jets", "more
jets", "fighters and helicopters") is the generic kind (E4) even where the article names a
system of that kind, when something sets it apart from that system; a counted plural ("the
first of 10 jets") or an unmarked one ("some jets", "surplus jets") still points back to it
(E7) (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons


@pytest.mark.parametrize("text", [
    "Kenya flies F-16 fighters bought from the United States. Its jets patrolled the coast on "
    "Monday.",
    "Uganda has flown Su-30 jets since 2012, and Kenyan jets shot down a drone over the lake "
    "on Friday.",
    "Ghana received its first Su-30 jets in May. The air force says it will need more jets to "
    "replace ageing trainers.",
    "Zambia flies MiG-29 fighters from Russia, and its neighbours sold fighters and helicopters "
    "to Malawi.",
])
def test_bare_kind_set_apart_from_named_system(run, text):
    assert "fighter jet" in _weapons(run, text).values()


@pytest.mark.parametrize("text", [
    "Kenya received Su-30 jets from Belarus in 2019, the first of 10 jets it had ordered.",
    "Tanzania flies Su-30 jets bought from Russia, and some jets were in repair last month.",
    "Tanzania flies Su-30 jets bought from Russia and has sold surplus jets to Malawi.",
])
def test_bare_plural_still_points_back(run, text):
    assert "fighter jet" not in _weapons(run, text).values()
