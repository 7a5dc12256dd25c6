"""Issue 12, stop 63 (s70 h-rep94): a bare rejection states the accusation it answers (dev
conventions R4, "a bare "rejected the accusation(s)/charge" whose content the article states").
Sentences written for these tests, none taken from a corpus; real spaCy parse.

- A headline's "…; Kampala rejects charge" (no determiner) answers the accusation of the same
  headline; "…; Kampala rejects claim" the claim before it in the headline that names Uganda
  (the claims of the denial's own sentence count as told before it).
- A rejection "as baseless" and a headline's "denies role" keep their own statements.
"""

from __future__ import annotations

from tests.test_h_rep61_s46 import _statements


def test_headline_rejection_answers_the_headline_accusation(run):
    text = ("Kenya accuses Uganda of arming rebels; Kampala rejects charge\n\n"
            "NAIROBI, May 3 - Kenya said on Monday that it had recalled its ambassador.")
    found = _statements(run, text)
    assert "arming rebels" in found.get("Kampala", ""), found


def test_headline_rejection_answers_a_claim_naming_the_denier(run):
    text = ("Otieno says Uganda may be behind raid on border post; Kampala rejects claim\n\n"
            "NAIROBI, May 3 - Kenya said on Monday that it had recalled its ambassador.")
    found = _statements(run, text)
    assert "behind raid" in found.get("Kampala", ""), found


def test_a_rejection_as_baseless_keeps_its_own_statement(run):
    text = ("Kenya accused Uganda on Monday of sending troops across the border. Uganda "
            "rejected the accusation as baseless.")
    found = _statements(run, text)
    assert "sending troops" not in found.get("Uganda", ""), found


def test_a_headline_denial_of_a_role_is_not_bare(run):
    text = ("Kenya says it foiled plot by Ugandan rebels; Kampala denies role\n\n"
            "NAIROBI, May 3 - Kenya said on Monday that it had recalled its ambassador.")
    found = _statements(run, text)
    assert "foiled plot" not in found.get("Kampala", ""), found
