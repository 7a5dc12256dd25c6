"""Issue 12, stop 55 (s62 h-rep76): a denial written as a relative clause on a charge ("…, a
charge it denied", "…, a claim the government rejected as absurd") states what the clause
before the comma tells (dev conventions R4, the negated clause):

- an accusation "accused X of V-ing …" → "X did not V …" (in the passive, or with its capital
  as X, the accused is the denier itself, a state by its name; a pronoun X by the mention it
  stands for, none where coreference finds none);
- a claim "said (that) S", "claimed that S" → S, and what the denial calls the charge
  ("rejected as absurd" → "; the charge is absurd").

Where that clause tells neither (no reporting or accusing verb, an accusation with no
gerund, an unresolved pronoun accused) the statement stays the clause before the comma.
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep61_s46 import _statements


@pytest.mark.parametrize(("text", "denier", "said"), [
    # passive accusation, pronoun denier ("it" = Nairobi): the accused is the denier, by
    # its state's name
    ("Nairobi signed a border treaty with Kampala in 1990 but was accused by the Ugandan "
     "government of arming the rebels for years afterwards, a charge it denied.",
     "Nairobi", "Kenya did not arm the rebels for years afterwards"),
    # active accusation: the accused as written
    ("Opposition leaders in Kampala accused the police of torturing the two students, a "
     "charge the Ugandan government rejected.",
     "Ugandan", "the police did not torture the two students"),
])
def test_a_charge_denied_negates_the_accusation(run, text, denier, said):
    found = _statements(run, text)
    speaker = next((k for k in found if denier in k), None)
    assert speaker is not None, found
    assert found[speaker] == said, found


@pytest.mark.parametrize(("text", "denier", "said"), [
    ("Prosecutor Peter Okello said two Ugandan officers had planned the attack, a charge "
     "Kampala has rejected as absurd.",
     "Kampala", "two Ugandan officers had planned the attack; the charge is absurd"),
    ("Opposition leader Mary Wanjiku claimed that the treaty would hand the islands to "
     "Uganda, a charge the Kenyan government rejected as a lie.",
     "Kenyan", "the treaty would hand the islands to Uganda; the charge is a lie"),
])
def test_a_charge_denied_states_the_claim(run, text, denier, said):
    found = _statements(run, text)
    speaker = next((k for k in found if denier in k), None)
    assert speaker is not None, found
    assert found[speaker] == said, found


@pytest.mark.parametrize(("text", "denier"), [
    # no reporting or accusing verb before the comma: the clause itself is denied
    ("Ugandan troops crossed into Kenya on Monday, a charge Kampala denies.", "Kampala"),
    # an accusation with no gerund: nothing to negate
    ("Kenya accused Uganda of aggression, a charge Kampala denies.", "Kampala"),
    # a pronoun accused that coreference leaves unresolved: no "her did not …"
    ("Opposition leaders accused her of selling out the islands, a charge the Kenyan "
     "government denied.", "Kenyan"),
])
def test_no_accusation_or_claim_keeps_the_clause(run, text, denier):
    found = _statements(run, text)
    speaker = next((k for k in found if denier in k), None)
    assert speaker is not None, found
    assert "did not" not in found[speaker] and "; the charge" not in found[speaker], found
