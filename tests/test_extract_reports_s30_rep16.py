"""`reports`: a speaker described by a people's adjective that names no state (issue 12,
stop 30, h-rep16), on sentences written for this test (invented or generic participants,
not taken from any article): the capital that places him does not make him its state's
mouth (dev conventions R6, R8, R9), while a state's own adjective still does."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "a Kurdish spokesman in Tehran claimed": the people's, not the capital's state --------
PEOPLE_SPEAKER_NOT_STATE = [
    ("kurdish_spokesman_in_capital",
     "The border talks ended on Monday. A Kurdish spokesman in Baghdad said 40 villages had "
     "been shelled during the week.", "Iraq"),
    ("baluch_leaders_in_capital",
     "The army moved two brigades to the south. Baluch leaders in Tehran claimed that "
     "hundreds of houses had been burned.", "Iran"),
]
# a state's adjective or a capital alone still speaks for the state (R5, R9)
PEOPLE_SPEAKER_STATE = [
    ("state_adjective_in_capital",
     "The border talks ended on Monday. An Iraqi spokesman in Baghdad said 40 villages had "
     "been shelled during the week.", "Iraq", "40 villages had been shelled"),
    ("officials_in_capital",
     "The army moved two brigades to the south. Officials in Tehran said that the brigades "
     "would stay until spring.", "Iran", "brigades would stay"),
]


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in PEOPLE_SPEAKER_NOT_STATE],
                         ids=[c[0] for c in PEOPLE_SPEAKER_NOT_STATE])
def test_people_speaker_not_state(claims, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in PEOPLE_SPEAKER_STATE],
                         ids=[c[0] for c in PEOPLE_SPEAKER_STATE])
def test_people_speaker_state(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


# --- "the rebels claimed" after a liberation movement's name: the movement (R8, coreference) --
REBELS_LIBERATION_MOVEMENT = [
    ("rebels_claimed_to_have",
     "On Sunday the army agreed a truce with the Popular Liberation Front of Karsia. The "
     "rebels claimed to have more than 5,000 fighters.", "Popular Liberation Front of Karsia",
     "5,000 fighters"),
    ("guerrillas_say",
     "Talks with the Popular Liberation Front of Karsia resumed in Geneva. The guerrillas say "
     "they control three provinces.", "Popular Liberation Front of Karsia", "three provinces"),
]
# two movements named side by side: which of them speaks is not said
REBELS_LIBERATION_MOVEMENT_NOT = [
    ("two_movements_listed",
     "The army fought the Popular Liberation Front of Karsia and the National Liberation "
     "Front of Dorun for years. The rebels claimed to have more than 5,000 fighters.",
     "Popular Liberation Front of Karsia"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in REBELS_LIBERATION_MOVEMENT],
                         ids=[c[0] for c in REBELS_LIBERATION_MOVEMENT])
def test_rebels_liberation_movement(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in REBELS_LIBERATION_MOVEMENT_NOT],
                         ids=[c[0] for c in REBELS_LIBERATION_MOVEMENT_NOT])
def test_rebels_liberation_movement_not(claims, text, claimant):
    _check(claims(text), claimant, None)
