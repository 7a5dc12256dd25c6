"""Issue 12, stop 44 (s51 h-rep57): a "but" clause that the parser hangs on the reporting verb
after the reported clause goes on with what was said ("said A, but B", "said A but has B"), so
the claim's statement keeps it; a conjunct that reports or denies anew is a claim of its own.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _statements(claims, text: str, claimant: str) -> list[str]:
    return [s for c, s in claims(text) if c == claimant]


def test_but_with_its_own_subject_stays_in_the_statement(claims):
    text = ("Patrol reinforced\n\nNAIROBI, May 4 (1998) - Kenyan officials said the soldiers "
            "carried only light rifles, but the warships offshore have helicopters and guns on "
            "board.")
    statements = _statements(claims, text, "Kenya")
    assert any("light rifles" in s and "warships offshore have helicopters" in s
               for s in statements), claims(text)


def test_but_with_no_subject_stays_in_the_statement(claims):
    text = ("Team on standby\n\nJAKARTA, May 4 (2024) - ASEAN has since said it prefers "
            "diplomacy but has kept a monitoring team ready.")
    statements = _statements(claims, text, "ASEAN")
    assert any("prefers diplomacy" in s and "monitoring team ready" in s
               for s in statements), claims(text)


def test_a_denial_after_but_is_not_the_first_statement(claims):
    text = ("Jets ready\n\nPARIS, May 4 (1975) - France said the jets were ready for delivery, "
            "but denied that Peru had paid for them.")
    statements = _statements(claims, text, "France")
    assert any("ready for delivery" in s for s in statements), claims(text)
    assert not any("ready for delivery" in s and "paid" in s for s in statements)
