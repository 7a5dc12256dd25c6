"""Bare military speakers as claimants (issue 12, stop 66, h-rep102), on sentences written for
this test (not taken from any article or corpus): an unnamed "military spokesman" with no
nationality is the armed forces of the story's state (dev R6); placed in a capital he keeps
the state (R9); a bare "Military officials said" gives no claimant (R5)."""

from __future__ import annotations

import pytest

LEAD = ("Norway receives first Swedish patrol boats\n\nOSLO, May 3 - Norway took delivery of "
        "two patrol boats from Sweden on Tuesday at a ceremony in the port of Bergen.")


def _speakers(claims, text: str, said: str) -> list[str]:
    return [c for c, s in claims(text) if said in s.lower()]


@pytest.mark.parametrize("body", [
    " A military spokesman said the boats would patrol the northern coast.",
    " The boats would patrol the northern coast, a military spokesman said.",
    " The boats would patrol the northern coast, a military spokeswoman said on Wednesday.",
])
def test_bare_military_spokesman_is_the_armed_forces(claims, body):
    text = LEAD + body
    assert _speakers(claims, text, "the boats would") == ["Armed Forces (Norway)"], claims(text)


def test_military_spokesman_against_a_foreign_subject(claims):
    # the clause is about another state's aircraft: the story's own forces still speak
    text = LEAD + (' "Swedish aircraft entered Norwegian airspace on Monday," a military '
                   "spokesman said.")
    assert _speakers(claims, text, "swedish aircraft") == ["Armed Forces (Norway)"], claims(text)


def test_placed_military_spokesman_keeps_the_state(claims):
    # (guard) a spokesman placed in a capital: the capital's state (R9), not the forces
    text = LEAD + " A military spokesman in Oslo said the boats would patrol the northern coast."
    assert "Armed Forces (Norway)" not in _speakers(claims, text, "the boats would"), claims(text)


def test_named_military_spokesman_is_the_person(claims):
    # (guard) a spokesman named in apposition speaks for himself (E11)
    text = LEAD + (" Colonel Lars Berg, a military spokesman, said the boats would patrol the "
                   "northern coast.")
    assert "Armed Forces (Norway)" not in _speakers(claims, text, "the boats would"), claims(text)


@pytest.mark.parametrize("noun", ["officials", "sources", "officers"])
def test_bare_military_officials_give_no_claimant(claims, noun):
    text = LEAD + f" Military {noun} said the boats would patrol the northern coast."
    assert _speakers(claims, text, "the boats would") == [], claims(text)


def test_national_military_officials_give_the_state(claims):
    # (guard) "<nationality> military officials" are the state's (R5, Corpus)
    text = LEAD + " Norwegian military officials said the boats would patrol the northern coast."
    assert _speakers(claims, text, "the boats would") == ["Norway"], claims(text)
