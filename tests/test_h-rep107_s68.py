"""A government's voice as claimant (issue 12, stop 68, h-rep107), on sentences written for this
test (not taken from any article or corpus): a bare "government" that only qualifies what a
government puts out or broadcasts ("a government statement said", "a government communique
said", "the government radio said") speaks for its state as "a government spokesman" does (dev
R5, E15): the story's state, or the state of the place the sentence opens with (E12)."""

from __future__ import annotations

import pytest

LEAD = ("Kenya sends troops to Somalia\n\nNAIROBI, May 3 - Kenya has sent 500 soldiers to "
        "Somalia to join the African Union force there, the army said.")


def _speakers(claims, text: str, said: str) -> list[str]:
    return [c for c, s in claims(text) if said in s.lower()]


@pytest.mark.parametrize("body", [
    " A government communique said the soldiers would stay for a year.",
    " A government statement said the soldiers would stay for a year.",
    " The soldiers would stay for a year, a government statement said.",
    " The government radio said the soldiers would stay for a year.",
])
def test_government_voice_is_the_story_state(claims, body):
    text = LEAD + body
    assert _speakers(claims, text, "the soldiers would stay") == ["Kenya"], claims(text)


def test_placed_government_radio_is_the_place_state(claims):
    # "In <capital>, the government radio said": the capital's state, not the dateline's
    text = LEAD + " In Kampala, the government radio said Uganda would send more troops."
    assert _speakers(claims, text, "uganda would send") == ["Uganda"], claims(text)


def test_national_government_statement_keeps_its_nationality(claims):
    # (guard) a nationality on the phrase names the state itself
    text = LEAD + " A Somali government statement said the soldiers were welcome."
    assert _speakers(claims, text, "the soldiers were welcome") == ["Somalia"], claims(text)


def test_company_statement_is_no_state_voice(claims):
    # (guard) only a ruler word is a government's voice
    text = LEAD + " The company statement said the trucks had been delivered."
    assert "Kenya" not in _speakers(claims, text, "the trucks had been"), claims(text)
