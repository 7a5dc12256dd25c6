"""A named weapon whose mention stopped before the lower-case kind noun its name qualifies runs
on to that noun ("Vautour attack jets", "Ouragan jet fighters"), so the system is one mention
named as a reader names it, with no bare kind beside it (issue 12, h-ent67). Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _weapons(run, text: str) -> set[str]:
    """The surface text of every Weapon mention in ``text``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize(("text", "mention"), [
    ("Peru flew its A-37 Dragonfly attack jets over the border on Tuesday.",
     "A-37 Dragonfly attack jets"),
    ("The air force retired its last Super Etendard jet fighters in 2016.",
     "Super Etendard jet fighters"),
    ("The destroyers carry SM-3 Standard missiles for missile defence.",
     "SM-3 Standard missiles"),
])
def test_named_system_runs_on_to_its_kind_noun(run, text, mention):
    found = _weapons(run, text)
    assert mention in found
    # the kind noun is no mention of its own beside the system
    assert not {"jets", "fighters", "missiles"} & found


def test_a_kind_noun_that_is_no_weapon_word_stays_out(run):
    found = _weapons(run, "Kenya bought 12 Bayraktar TB2 drones and TB2 training packages.")
    assert not any("packages" in m for m in found)
