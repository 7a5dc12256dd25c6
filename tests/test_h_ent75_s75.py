"""Issue 12, stop 75 (h-ent75): three kinds of entity false positive. A weapon word the parser
reads as a verb ("to bomb their camps") is no `Weapon`; a "bomber" who is a person ("a suicide
bomber who", "the bomber, a 19-year-old student") is none either, nor is a bare "the bomber"
of that article; an unlisted programme's name ("its Coastal Patrol Security Program", "the
Project Sentinel programme") is no `Agency` (dev E4, E16). Sentences written for this file
(real spaCy parse)."""

from __future__ import annotations

import pytest


def _mentions(run, text: str) -> list[tuple[str, str]]:
    """(surface, class) of every mention of ``text``."""
    mentions, _ = run(text)
    return [(text[m.span.start:m.span.end], m.cls) for m in mentions]


def _weapons(run, text: str) -> list[str]:
    return [s for s, cls in _mentions(run, text) if cls == "Weapon"]


@pytest.mark.parametrize("text", [
    "The rebels said the air force planned to bomb their camps in the hills.",
    "Officials feared the neighbours might bomb the dam.",
])
def test_weapon_word_used_as_verb_is_no_weapon(run, text):
    assert not _weapons(run, text), _mentions(run, text)


def test_weapon_noun_stays(run):
    text = "The aircraft dropped two bombs on the bridge."
    assert "bombs" in _weapons(run, text), _mentions(run, text)


@pytest.mark.parametrize("text", [
    "Officials blamed a suicide bomber who struck a market in the capital.",
    "Investigators said the bomber, a 19-year-old student, had travelled alone.",
    "Officials said a bomber who hid explosives in a bag killed six people. "
    "The police later arrested the bomber.",
])
def test_bomber_who_is_a_person_is_no_weapon(run, text):
    assert not _weapons(run, text), _mentions(run, text)


def test_bomber_aircraft_stay(run):
    text = "Russia flew two bombers over the sea and said the bombers returned home."
    assert _weapons(run, text) == ["bombers", "bombers"], _mentions(run, text)


@pytest.mark.parametrize("text, word", [
    ("Canberra gave the boats to Tonga under its Coastal Patrol Security Program, which also "
     "pays for training.", "Program"),
    ("The purchase follows the Project Sentinel programme, under which the firm builds ships.",
     "Sentinel"),
])
def test_programme_is_no_agency(run, text, word):
    assert not any(word in s for s, _ in _mentions(run, text)), _mentions(run, text)


def test_programme_that_speaks_stays(run):
    text = "The Kestrel Relief Programme said its trucks had reached the town."
    assert any("Kestrel Relief Programme" in s for s, _ in _mentions(run, text)), \
        _mentions(run, text)
