"""Issue 12, stop 33 (h-ent39): unnamed speakers of an armed movement (sentences written for
these tests, none taken from a corpus; real spaCy parse): an armed word or a word of the
movement's name before "leaders", "officials", "spokesman", "commanders" who say something
names the one movement the story names ("Rebel leaders said", "a Tiger spokesman said":
dev d327, d76; conventions R6, R8)."""

from __future__ import annotations

import pytest


def _claimants(claims, text):
    return {who for who, _ in claims(text)}


@pytest.mark.parametrize("text, movement", [
    # an armed word fits the story's one movement
    ("The Zambezi Popular Liberation Front laid down its arms on Monday.\n\n"
     "Rebel leaders said the front still had about 4,000 fighters in the hills.",
     "Zambezi Popular Liberation Front"),
    ("The Zambezi Popular Liberation Front laid down its arms on Monday.\n\n"
     "Guerrilla commanders say most of their rifles were bought in the capital.",
     "Zambezi Popular Liberation Front"),
    # the singular of the movement's plural name word ("Tigers")
    ("The main rebel group, the Liberation Tigers, rejected the proposal on Friday.\n\n"
     "The delegation had not been invited, a Tiger spokesman in London said.",
     "Liberation Tigers"),
    # a people's word before the movement's own voices (its spokesmen)
    ("The Socialist National Liberation Front of the Kanak People signed the accord.\n\n"
     "Kanak spokesmen say their people make up nearly half of the population.",
     "Socialist National Liberation Front of the Kanak People"),
])
def test_unnamed_speakers_of_the_one_movement(claims, text, movement):
    assert movement in _claimants(claims, text)


def test_two_movements_leave_rebel_leaders_unresolved(claims):
    # "rebel" fits either front: no claimant is guessed
    text = ("The Zambezi Popular Liberation Front and the Northern Resistance Movement met "
            "in the capital.\n\nRebel leaders said the talks would resume next week.")
    found = _claimants(claims, text)
    assert "Zambezi Popular Liberation Front" not in found
    assert "Northern Resistance Movement" not in found


def test_named_spokesman_speaks_for_himself(claims):
    # a speaker named in apposition is the person (R6), not the movement
    text = ("The Zambezi Popular Liberation Front laid down its arms on Monday.\n\n"
            "A rebel spokesman, Joseph Mwale, said the front had kept its heavy weapons.")
    found = _claimants(claims, text)
    assert "Zambezi Popular Liberation Front" not in found


def test_a_peoples_leaders_are_no_movement(claims):
    # a people's word in the movement's name: its leaders are the people's, no body (R5)
    text = ("The Socialist National Liberation Front of the Kanak People signed the accord in "
            "Paris.\n\nKanak leaders say their people make up nearly half of the population.")
    assert "Socialist National Liberation Front of the Kanak People" not in _claimants(claims, text)
