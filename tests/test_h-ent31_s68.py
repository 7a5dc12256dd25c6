"""Issue 12, stop 68 (h-ent31): a bare "<demonym> police said" is the state's listed national
police force speaking; services with a name of their own take the key "<Service> (<State>)"
as an alias; the peshmerga and their general command are listed bodies. Sentences written
for these tests, none taken from a corpus."""

from __future__ import annotations

import pytest


def _agencies(run, text: str) -> set[tuple[str, str | None]]:
    """(surface text, key) of every Agency mention in ``text``."""
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize(("text", "words", "key"), [
    ("Albanian police said on Sunday that two men had been detained near the port.",
     "Albanian police", "Police (Albania)"),
    ("Philippine police told reporters the boat had been towed to the naval base.",
     "Philippine police", "Police (Philippines)"),
])
def test_speaking_demonym_police_is_the_national_force(run, text, words, key):
    assert (words, key) in _agencies(run, text)


def test_speaking_demonym_police_is_the_claimant(claims):
    text = "Albanian police said on Sunday that two men had been detained near the port."
    assert any(c == "Police (Albania)" for c, _ in claims(text))


@pytest.mark.parametrize("text", [
    # police who act, not speak: the men, no force
    "Albanian police fired tear gas at the crowd outside the ministry.",
    # a state with several forces lists none
    "Mexican police said three suspects had been arrested in the raid.",
])
def test_acting_or_unlisted_police_is_no_national_force(run, text):
    assert not any(k and k.startswith("Police (") for _, k in _agencies(run, text))


@pytest.mark.parametrize(("text", "label"), [
    ("Ireland's navy sent a patrol vessel to shadow the trawler off Cork.", "Irish Naval Service"),
    ("Lesotho's army surrounded the police headquarters in Maseru before dawn.",
     "Lesotho Defence Force"),
])
def test_a_keyed_service_takes_its_own_name(resolved, text, label):
    assert label in {e.label for e in resolved(text) if e.cls == "Agency"}


@pytest.mark.parametrize(("text", "key"), [
    ("The peshmerga said they had retaken the village after two days of fighting.", "Peshmerga"),
    ("The peshmerga general command accused the militia of shelling the town.",
     "Peshmerga General Command"),
])
def test_peshmerga_bodies(run, text, key):
    assert any(k == key for _, k in _agencies(run, text))
