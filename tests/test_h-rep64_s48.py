"""Issue 12, stop 48 (s55 h-rep64): a place's police force that speaks ("West Berlin police
said …", "the Hokkaido police reported") is the Agency "<place> Police" and the claimant (dev
R8: a body's unnamed members give the body). Sentences written for these tests, none taken
from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key for r in rels if r.relation == "reports" for m in r.role("claimant")}


def _agencies(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize("text, police", [
    ("Two shops were set on fire overnight, and Karachi police said nine men had been held.",
     "Karachi Police"),
    ("The Punjab police said four officers had been hurt in the clashes near Amritsar.",
     "Punjab Police"),
    ("The lorry left the road near the border, the Bavaria police reported on Sunday.",
     "Bavaria Police"),
])
def test_a_places_police_that_speaks_is_the_claimant(run, text, police):
    assert police in _agencies(run, text)
    assert police in _claimants(run, text)


@pytest.mark.parametrize("text", [
    # police who act or are sent are no speaking body
    "Afghan police will patrol the road to Kandahar from next month.",
    "Fiji sent 40 police to Honiara on Monday.",
    # a bare "police said": the text names no force
    "Police said six people had been arrested in the capital.",
])
def test_police_that_do_not_speak_for_a_named_place_make_no_force(run, text):
    assert not any(k.endswith(" Police") for k in _agencies(run, text))
