"""Issue 12, stop 49 (s56 h-rep66): "the government" asked to speak. Sentences written for
these tests, none taken from a corpus; real spaCy parse.

- "X said the government should explain why …", "demanded that the minister explain …": a
  verb of saying under a modal of obligation, or in a demand's subjunctive clause, is what
  the subject is asked to say; it makes no claim of the subject (dev R2). The speaker who
  asks keeps his own claim.
"""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text, speaker, asked", [
    ("OSLO, March 3 - Norway will buy four submarines from Germany. The opposition's defence "
     "spokesman, Erik Holm, said the government should explain why the price had doubled.",
     "Erik Holm", "Norway"),
    ("OTTAWA, May 9 - Canada has ordered eight Arctic patrol ships. Canada's opposition leader, "
     "Mary Stone, said the government must explain how the ships would be crewed.",
     "Mary Stone", "Canada"),
    ("Senator Paul Grant said the minister of defence, Anne Ruiz, should have told parliament "
     "that the frigates were late.", "Paul Grant", "Anne Ruiz"),
])
def test_a_speaker_under_a_modal_of_obligation_claims_nothing(run, text, speaker, asked):
    found = _claimants(run, text)
    assert speaker in found, found
    assert asked not in found, found


def test_a_demands_subjunctive_speaker_claims_nothing(run):
    text = ("Opposition deputies said the purchase was a waste of money and demanded that "
            "Defence Minister Jan Berg explain why the tanks had been bought.")
    found = _claimants(run, text)
    assert "Jan Berg" not in found, found


def test_a_modal_of_the_future_keeps_the_claim(run):
    text = "Chile's defence ministry said it would announce that the frigates had arrived."
    found = _claimants(run, text)
    assert found, found
