"""Issue 12, stop 44 (s50 h-rep53): an unrecognised body qualified by an organisation, party or
state ("the UN mission said", "the party presidium denied") speaks for itself, so kg gives
no claimant rather than the organisation or state that qualifies it; an indefinite body ("a
UN mission reported") speaks for the qualifier (dev R8), and a name set off after it names
the body. Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("speaker, body, wrong", [
    ("the UN", "the UN mission", "United Nations"),
    ("Czechoslovakia", "the Czechoslovak party presidium", "Czechoslovakia"),
])
def test_an_unrecognised_body_gives_not_its_qualifier(claims, speaker, body, wrong):
    text = ("Camps crowded\n\nGENEVA, May 4 (1970) - Thousands of civilians have fled to the "
            "camps near the airport, {} said.")
    assert wrong in {c for c, _ in claims(text.format(speaker))}  # the qualifier alone speaks
    assert wrong not in {c for c, _ in claims(text.format(body))}, claims(text.format(body))


def test_an_indefinite_mission_speaks_for_its_organisation(claims):
    text = ("Vote urged\n\nRABAT, May 4 (1975) - A United Nations mission reported that most "
            "of the people it met wanted a vote on the territory.")
    assert "United Nations" in {c for c, _ in claims(text)}, claims(text)


def test_a_recognised_ministry_still_speaks(claims):
    text = ("Troops\n\nPRAGUE, May 4 (1968) - The Soviet embassy said the troops had been "
            "invited.")
    # sited at the dateline's city (s50 h-rep55)
    assert "Embassy of the Soviet Union (Prague)" in {c for c, _ in claims(text)}, claims(text)
