"""Issue 12, stop 33 (h-coref10): an armed service owned by a description of a state (sentences
written for these tests, none taken from a corpus; real spaCy parse). "The federation's armed
forces fly …", "the country's air force is …": a subject service of "the <description>" is
that service of the story's own state (E17; dev d480, d319), when the description's style
allows it and the sentence names no other state as a subject before it."""

from __future__ import annotations

import pytest


def _agencies(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency" and m.key}


def _supplies(run, text: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("recipient")}


@pytest.mark.parametrize("text, expected", [
    ("Nigeria orders Italian trainers\n\nThe federation's air force already flies Alpha Jet "
     "trainers bought from Dassault Aviation in the 1980s.", "Air Force (Nigeria)"),
    ("Oman buys British tanks\n\nThe sultanate's army has used Chieftain tanks for two decades, "
     "officials said.", "Army (Oman)"),
    ("Peru orders two frigates from South Korea\n\nA spokesman said the country's navy was "
     "short of modern ships.", "Navy (Peru)"),
])
def test_described_owner_service_subject(run, text, expected):
    assert expected in _agencies(run, text)


def test_described_owner_service_receives(run):
    text = ("Nigeria orders Italian trainers\n\nThe federation's air force already flies Alpha "
            "Jet trainers bought from Dassault Aviation in the 1980s.")
    assert ("Dassault Aviation", "Air Force (Nigeria)") in _supplies(run, text)


@pytest.mark.parametrize("text", [
    # a kingdom is no federation: the description cannot mean the story's state
    "Jordan buys British jets\n\nThe federation's air force already flies Hawk trainers.",
    # another state named as a subject before it: which state is meant is unsure
    "Somalia asks for help\n\nKenya said on Monday that the country's army would stay.",
    # an object: the state receives, no service acts ("for the kingdom's navy")
    "Spain signs corvette deal\n\nThe shipyard will build five corvettes for the kingdom's navy.",
    # "the country's military": its strength, as "its military"
    "Chile buys jets\n\nThe country's military has grown since 1990.",
])
def test_described_owner_service_left_alone(run, text):
    assert not any(a.startswith(("Air Force (", "Army (", "Navy (", "Armed Forces ("))
                   for a in _agencies(run, text))
