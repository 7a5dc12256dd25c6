"""Issue 12, stop 66 (h-agy8): a service owned by "the <description>" of a state where the
story's lead state is none the description can mean (sentences written for these tests, none
taken from a corpus; real spaCy parse). The one state the description fits among the
dateline's and those the sentence names before it owns the service ("Jordanian debt … the
kingdom's armed forces" beside the United States); a ruler's title ("the sultan's") and a
hyphened description ("the city-state's") describe a state too (E17 in any position, census
of stop 54)."""

from __future__ import annotations

import pytest


def _agencies(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency" and m.key}


@pytest.mark.parametrize("text, expected", [
    # the lead names two states; of the sentence's, only Jordan is a kingdom (the United
    # States, a subject, is none: no doubt which state is meant)
    ("Israel and Jordan sign a border accord\n\nThe United States will forgive Jordanian debt "
     "and help modernise the kingdom's armed forces.", "Armed Forces (Jordan)"),
    # a ruler's title: the dateline's state, an object that receives nothing
    ("Britain and Oman agree a training deal\n\nMUSCAT, May 3 - British instructors will serve "
     "in the sultan's armed forces for three more years, officials said.",
     "Armed Forces (Oman)"),
    # a hyphened description: the dateline's state is no city-state, Singapore is
    ("Singapore and Indonesia extend a training accord\n\nJAKARTA, June 2 - Indonesia and "
     "Singapore agreed to let the city-state's armed forces exercise over Indonesian waters.",
     "Armed Forces (Singapore)"),
])
def test_description_fits_one_state(run, text, expected):
    assert expected in _agencies(run, text)


def test_description_fits_two_states(run):
    # two kingdoms before it: which one is meant is unsure, no service
    text = ("Spain and Morocco hold talks\n\nSpanish officials and Moroccan envoys discussed "
            "plans to modernise the kingdom's armed forces.")
    assert not any(a.startswith("Armed Forces (") for a in _agencies(run, text))
