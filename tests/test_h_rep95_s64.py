"""Issue 12, stop 64 (s71 h-rep95): a territorial "claim" claims land, not a statement (dev
conventions: territorial claims have no `reports` line). Sentences written for these tests,
none taken from a corpus; real spaCy parse.

- The land may sit down an "of" chain ("most of the northern part of the province"), in an
  "as" phrase ("as part of its own territory"), or be the noun a reduced passive is on even
  when an infinitive hangs on the participle ("land claimed by both to stop …", "waters
  claimed by X to be internal"); "areas" is land.
- A "that" clause keeps the claim.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep61_s46 import _statements


@pytest.mark.parametrize(("text", "claimant"), [
    ("Chile claims most of the northern part of the province, while Peru says the border "
     "was fixed in 1929.", "Chile"),
    ("The clash came after a standoff on the ridge, where Peruvian troops crossed into land "
     "claimed by both Peru and Ecuador to stop army engineers from extending a road.",
     "Ecuador"),
    ("Foreign trawlers fished within waters claimed by Argentina to be internal.",
     "Argentina"),
    ("The accord ended a long dispute in which Venezuela had claimed the enclave as part of "
     "its own territory.", "Venezuela"),
    ("The Turkish ship would stay out of areas claimed by Greece as long as Athens did the "
     "same.", "Greece"),
])
def test_a_territorial_claim_states_nothing(run, text, claimant):
    found = _statements(run, text)
    assert claimant not in found, found


def test_the_other_clause_of_the_sentence_keeps_its_claim(run):
    found = _statements(run, "Chile claims most of the northern part of the province, while "
                             "Peru says the border was fixed in 1929.")
    assert "the border was fixed in 1929" in found.get("Peru", ""), found


def test_a_claim_with_a_clause_about_land_is_a_statement(run):
    found = _statements(run, "Argentina claimed that the islands had been seized by force.")
    assert "the islands had been seized by force" in found.get("Argentina", ""), found
