"""Issue 12, stop 67 (h-typ3): names NER took for a body or a person typed by their head.
A park, a zone, a shrine or a square (roles.yaml ``structure_heads``) and a building opened by
its word (``building_heads``: "the Palais des X", "the Gurdwara X") are places, Regions (dev
conventions E12: venues are Regions); a person's name closed by a figure ("the Xin Hai 7") is a
ship, a Weapon (E6). Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest


def _classes(run, text: str, name: str) -> set[str]:
    mentions, _ = run(text)
    return {m.cls for m in mentions if name in m.span.text}


@pytest.mark.parametrize("text, name", [
    ("Rangers of the Lanbora National Park said the poachers had been armed by the rebels.",
     "Lanbora National Park"),
    ("Mines will be lifted from the Velmora Security Area at Kerovan by the end of June.",
     "Velmora Security Area"),
    ("The ministers signed the pact at the Palais des Congres Belvaux on Friday.",
     "Palais des Congres Belvaux"),
    ("It will allow up to 3,000 pilgrims a day to travel to the Gurdwara Dera Sahib at Kalnor.",
     "Gurdwara Dera Sahib"),
])
def test_a_place_named_by_its_head_is_a_region(run, text, name):
    assert _classes(run, text, name) == {"Region"}


def test_a_name_without_a_building_head_stays_a_body(run):
    # guard: the same sentence shape with a body's name keeps the body
    text = "The ministers met officials of the Velmora Defence Council on Friday."
    assert "Region" not in _classes(run, text, "Velmora Defence Council")


@pytest.mark.parametrize("text, name", [
    ("The Xin Hai 7 was allowed to dock at the port on Sunday after a week at sea.",
     "Xin Hai 7"),
    ("A patrol boat spotted the Lu Hai Yu 012 on Monday inside the economic zone off the coast.",
     "Lu Hai Yu 012"),
])
def test_a_name_closed_by_a_figure_is_no_person(run, text, name):
    assert _classes(run, text, name) == {"Weapon"}


def test_a_person_without_a_figure_stays_a_person(run):
    # guard: a plain person's name is left alone
    text = "Defence Minister Tomas Velarde said on Monday that the deal was signed."
    assert _classes(run, text, "Tomas Velarde") == {"Person"}
