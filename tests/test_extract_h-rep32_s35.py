"""Issue 12, stop 35 (h-rep32): who the claimant is told to (sentences written for these
tests, none taken from a corpus; real spaCy parse). An addressing verb after the statement
("…, the minister told reporters", "…, Prime Minister X told parliament on Monday") has whom
it is told as its object: the statement is what comes before the speaker (dev d516, d518).
Each text opens with a headline line (a first sentence is read as a headline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker, said", [
    ("Navy changes plans\n\nTo answer critics in the region, the new corvettes will "
     "carry no anti-ship missiles, "
     "Navy chief Pedro Almeida told reporters.",
     "Pedro Almeida", "the new corvettes will carry no anti-ship missiles"),
    ("Chile buys tanks\n\nChile has agreed to buy 12 Leopard tanks from Germany to "
     "replace its ageing armour, "
     "Defence Minister Carla Soto told parliament on Monday.",
     "Carla Soto", "Chile has agreed to buy 12 Leopard tanks from Germany"),
])
def test_told_after_statement(claims, text, speaker, said):
    found = claims(text)
    assert any(who == speaker and said in statement for who, statement in found), found
    # whom it is told is no statement
    assert all(statement not in ("reporters", "parliament") for _, statement in found)


def test_told_with_own_clause_keeps_it(claims):
    found = claims("Chile buys tanks\n\nDefence Minister Carla Soto told reporters that "
                   "the tanks would arrive in May.")
    assert any(who == "Carla Soto" and "the tanks would arrive in May" in statement
               for who, statement in found), found


def test_opening_place_is_no_statement(claims):
    # no clause before the speaker: nothing said before the comma
    found = claims("Chile buys tanks\n\nIn Santiago, Defence Minister Carla Soto told reporters.")
    assert all("Santiago" not in statement for _, statement in found), found
