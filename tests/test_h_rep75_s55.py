"""Issue 12, stop 55 (s62 h-rep75): a bare denial ("X denied the charge.", "The army rejected
the charge.") states the claim it points back to (dev conventions R4, the negated clause).
Sentences written for these tests, none taken from a corpus; real spaCy parse.

- An accusation told before it, however far back, is what "the charge" denies, also when
  other remarks come between ("… accusing Kampala of arming the rebels. She said …. Uganda
  denied the charge.").
- With no accusation before it and no claim about the denier, the claim of another told in
  the sentence just before is what it denies; a claim two sentences back with nothing told in
  between is not (no claim, as before).
"""

from __future__ import annotations

from tests.test_h_rep61_s46 import _statements


def test_the_charge_is_the_accusation_told_in_the_lead(run):
    text = ("Kenya broke off relations with Uganda on Monday, accusing Kampala of arming the "
            "rebels in the north. Foreign Minister Jane Otieno said the evidence was clear. She "
            "said the embassy would close on Friday. She said the ambassador had been told to "
            "leave. Uganda denied the charge.")
    found = _statements(run, text)
    assert "arming the rebels" in found.get("Uganda", ""), found


def test_the_charge_is_the_claim_told_just_before(run):
    text = ("Rebel spokesman Peter Okello said the fighters would hold the town and claimed "
            "that most of the dead were farmers. The Kenyan army rejected the charge.")
    found = _statements(run, text)
    assert "most of the dead were farmers" in found.get("Kenyan army", ""), found


def test_that_charge_after_a_participial_claim(run):
    text = ("Opposition leader Mary Wanjiku has criticised the growing arsenal, saying the "
            "rockets could one day be turned against the coast. The Kenyan government has "
            "rejected that charge.")
    found = _statements(run, text)
    assert "turned against the coast" in found.get("Kenyan", ""), found


def test_a_claim_two_sentences_back_is_not_borrowed(run):
    text = ("Rebel spokesman Peter Okello said most of the dead were farmers. Heavy rain fell on "
            "the town on Tuesday. The Kenyan army rejected the charge.")
    assert "Kenyan army" not in _statements(run, text), _statements(run, text)


def test_nothing_told_before_gives_no_claim(run):
    text = "Kenya sent two battalions to the border. Uganda rejected the charge."
    assert "Uganda" not in _statements(run, text), _statements(run, text)
