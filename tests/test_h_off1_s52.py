"""Issue 12, stop 52 (h-off1): "her office said", "according to his office": a possessive
pronoun's office that speaks is the office of the person the sentence named before it, an
Agency "Office of the <title> (<state>)" from the head-of-state or head-of-government title and
the state the document writes beside that person; none when the title or the state is not
written, nor for an office that does not speak. Sentences written for these tests, none taken
from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_h_coref3_s52 import _claimants


def _offices(run, text):
    """The keys of the Agency mentions made of "his office"/"her office"."""
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency" and m.span.text in ("his office",
                                                                             "her office")}


def test_her_office_said_after_an_appositive_title_is_that_office(run):
    text = ("Border talks resume\n\nOSLO, May 3 - Norway's Prime Minister, Kari Lund, "
            "promised a full inquiry into the shooting, her office said on Monday.")
    assert _offices(run, text) == {"Office of the Prime Minister (Norway)"}
    assert "Office of the Prime Minister (Norway)" in _claimants(run, text, "inquiry")


def test_according_to_his_office_after_a_title_before_the_name(run):
    text = ("Deal signed\n\nLIMA, June 9 - Peruvian President Jorge Salas signed the decree on "
            "Friday. The navy will receive two frigates next year, Salas said at a dinner, "
            "according to his office.")
    assert _offices(run, text) == {"Office of the President (Peru)"}


@pytest.mark.parametrize("text", [
    # no state written beside the title: which state's office is not said
    "President Jorge Salas visited the port. Trade will grow, Salas said, according to his office.",
    # a title that names no head of state's or government's office
    "Peru's Foreign Minister, Jorge Salas, met the envoy on Monday, his office said.",
    # the office does not speak
    "Peru's Prime Minister, Jorge Salas, received the envoy at his office on Monday.",
])
def test_no_office_without_a_written_title_and_state_or_speech(run, text):
    assert _offices(run, text) == set()
