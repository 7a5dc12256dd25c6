"""Stop 47, h-rep63: "called X proof of/that …", where the parser takes the bare predicate noun
for the object of "called" and the real object for its modifier (dev conventions R1, "called X
Y"), on sentences written for this test (invented or generic participants, not taken from any
article or corpus)."""

from __future__ import annotations

import pytest


def _statements(run, text: str) -> dict[str, str]:
    """Claimant mention text → statement of every claim of ``text``."""
    _, relations = run(text)
    return {m.span.text: r.attr("statement") or "" for r in relations
            if r.relation == "reports" for m in r.role("claimant")}


@pytest.mark.parametrize(("text", "speaker", "said"), [
    ("Mensah called the delivery proof that the rebels were armed from abroad.",
     "Mensah", "the delivery proof that the rebels were armed from abroad"),
    ("Boateng called the purchase proof of the government's contempt for parliament.",
     "Boateng", "the purchase proof of the government's contempt for parliament"),
    ("Ama Owusu called the exercise evidence that the alliance was preparing for war.",
     "Ama Owusu", "the exercise evidence that the alliance was preparing for war"),
])
def test_called_object_bare_proof(run, text, speaker, said):
    statements = _statements(run, text)
    assert speaker in statements, statements
    assert statements[speaker] == said, statements


@pytest.mark.parametrize("text", [
    # no bare predicate noun: "called" a meeting, a person, on someone — nothing stated
    "Mensah called the press conference for Monday morning.",
    "Boateng called the defence minister on Sunday.",
])
def test_called_without_a_predicate_states_nothing(run, text):
    assert _statements(run, text) == {}


# --- "<capital> Radio" with the noun in capitals -------------------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    ("Tehran Radio said the border posts had been shelled overnight.", "Tehran Radio"),
    ("Hanoi Radio described the landing as an act of aggression.", "Hanoi Radio"),
])
def test_capital_radio_in_capitals_is_an_outlet(run, text, outlet):
    mentions, _ = run(text)
    assert (outlet, "MediaOutlet") in {(m.span.text, m.cls) for m in mentions}
    assert outlet in _statements(run, text)


def test_capital_radio_in_lower_case_stays_an_outlet(run):
    mentions, _ = run("Tehran radio said the border posts had been shelled overnight.")
    assert ("Tehran radio", "MediaOutlet") in {(m.span.text, m.cls) for m in mentions}
