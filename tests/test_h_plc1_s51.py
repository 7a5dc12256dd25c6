"""Issue 12, stop 51 (h-plc1): an unknown name NER took for a person or an organisation is a
place (Region) where the syntax round it says so: a landform, a part of a town or its dwellers
before "of" ("the hill of X", "residents of X"), the object of "enter" or "leave", the goal of
a battle or a flight ("the battle for X", "fled the capital for X"); its other mentions in the
article follow (sentences written for these tests, none taken from a corpus; real spaCy
parse)."""

from __future__ import annotations

import pytest


def _classes(resolved, text: str, name: str) -> set[str]:
    return {e.cls for e in resolved(text) if e.key.startswith(name)}


@pytest.mark.parametrize(("text", "name"), [
    ("MADRID, May 3 - The ministers met at a museum on the hill of Orbeliani, while protesters "
     "marched below.", "Orbeliani"),
    ("OTTAWA, Aug 2 - Residents of El Montalvo, cut off by the blockade, clashed with police on "
     "Tuesday.", "El Montalvo"),
])
def test_name_governed_by_a_place_word_is_a_place(resolved, text, name):
    assert _classes(resolved, text, name) == {"Region"}


@pytest.mark.parametrize(("text", "name"), [
    ("PRISTINA, Jan 16 - Villagers said police units had entered Brasseur on Friday morning "
     "after a day of shelling.", "Brasseur"),
    ("MADRID, Nov 14 - A spokesman said the legionnaires would leave El Montalvo by February.",
     "El Montalvo"),
])
def test_object_of_entering_or_leaving_is_a_place(resolved, text, name):
    assert _classes(resolved, text, name) == {"Region"}


@pytest.mark.parametrize(("text", "name"), [
    ("TBILISI, May 3 - Officials accused Moscow of arming the rebels during last year's battle "
     "for Orbeliani, a charge Moscow denies.", "Orbeliani"),
    ("KIGALI, June 20 - The interim government, which has fled the capital for Brasseur, "
     "denied the reports.", "Brasseur"),
])
def test_goal_of_a_battle_or_a_flight_is_a_place(resolved, text, name):
    assert _classes(resolved, text, name) == {"Region"}


def test_other_mentions_follow_the_cued_one(resolved):
    text = ("Monitors condemn Brasseur killings\n\nPRISTINA, Jan 16 - The monitors said 40 "
            "men were killed in the village of Brasseur. Villagers said police units had "
            "entered Brasseur on Friday.")
    assert _classes(resolved, text, "Brasseur") == {"Region"}


@pytest.mark.parametrize("text", [
    "LONDON, Jan 5 - Police entered the Brasseur Bank on Friday, a spokesman said.",
    "LONDON, Jan 5 - The minister said Britain would not leave Brasseur Holdings.",
])
def test_a_body_entered_or_left_is_no_place(resolved, text):
    assert "Region" not in _classes(resolved, text, "Brasseur")
