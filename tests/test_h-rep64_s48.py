"""Issue 12, stop 48 (s55 h-rep64): a place's police force that speaks ("West Berlin police
said …", "the Hokkaido police reported") is the Agency "<place> Police" and the claimant (dev
R8: a body's unnamed members give the body). Sentences written for these tests, none taken
from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


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


@pytest.mark.parametrize("text", [
    "Some Swedish scholars said the treaty would not survive the next election.",
    "Norwegian shipyard owners in Bergen said the order would keep two yards busy.",
])
def test_scholars_and_owners_of_a_nationality_speak_for_no_state(run, text):
    # dev conventions R5: private people speak for themselves, not their state
    assert _claimants(run, text) == set()


def test_a_named_private_speaker_keeps_his_claim(run):
    text = ("Its owner, Heinrich Vogel, told reporters that his yard had never built a "
            "warship for Libya.")
    assert "Heinrich Vogel" in _claimants(run, text)


def _statements(run, text: str) -> list[str]:
    _, rels = run(text)
    return [r.attr("statement") or "" for r in rels if r.relation == "reports"]


@pytest.mark.parametrize("text, words", [
    # the "that" clause after "at the time" / "in a statement", split by the parser at a
    # quote or a comma, is the statement whole
    ("Prime Minister Olof Lindqvist said at the time that Sweden would \"guard its "
     "borders, not merely watch them.\"", ("Sweden", "guard", "borders", "watch")),
    ("President Ana Morales said in a statement that the accord fulfilled \"to the letter\" "
     "what the two states had agreed in 1904, when Arauca returned to Colombia and Tumbes "
     "stayed Peruvian.", ("accord", "fulfilled", "agreed", "Arauca", "Tumbes")),
])
def test_a_that_clause_after_an_adverbial_is_the_whole_statement(run, text, words):
    statements = _statements(run, text)
    assert any(all(w in s for w in words) for s in statements), statements
