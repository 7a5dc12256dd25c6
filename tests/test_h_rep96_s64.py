"""Issue 12, stop 64 (h-rep96): a headline's bare "B denies role" after a claim of another in
the same headline denies a part in the event that claim tells (dev conventions R4, the negated
clause): "A accuses B of <event>; B denies role" → "B had no role in the <event>", a state by
its name, not its capital's. Sentences written for these tests, none taken from a corpus; real
spaCy parse.

- The event after an accusation's "of", the object of a claim's own verb and the object of the
  clause a claim tells each give the statement.
- A headline "denies role" with no claim before it keeps its bare word.
"""

from __future__ import annotations

from tests.test_h_rep61_s46 import _statements

LEAD = "\n\nNAIROBI, May 3 - Kenya said on Monday that it had recalled its ambassador."


def test_headline_role_denial_names_the_accused_event(run):
    found = _statements(run, "Kenya accuses Uganda of deadly bombing of border market; "
                             "Kampala denies role" + LEAD)
    assert found.get("Kampala") == "Uganda had no role in the deadly bombing of border market", \
        found


def test_headline_role_denial_names_the_object_of_a_told_clause(run):
    found = _statements(run, "Kenya says it foiled plot by Ugandan rebels; Kampala denies role"
                        + LEAD)
    assert found.get("Kampala", "").startswith("Uganda had no role in the plot"), found


def test_headline_involvement_denial_keeps_its_noun(run):
    found = _statements(run, "Kenya accuses Uganda of shelling fishing villages; "
                             "Kampala denies involvement" + LEAD)
    assert found.get("Kampala", "").startswith("Uganda had no involvement in shelling"), \
        found


def test_a_headline_role_denial_with_no_claim_before_it_stays_bare(run):
    found = _statements(run, "Kampala denies role" + LEAD)
    assert "had no role" not in found.get("Kampala", ""), found
