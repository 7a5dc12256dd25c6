"""Issue 12, stop 51 (s58 h-rep69): speakers kg did not recognise as claimants. Sentences
written for these tests, none taken from a corpus; real spaCy parse.

- "called X 'Y'" where the parser hangs the quoted predicate on the last noun of the
  object's own prepositional phrase ("called the sale of the old jets 'reckless'").
- A coordinated "… and called X Y" shares the subject of the verb it is joined to, but not
  that of a clause reported ("said Baku had no links … and called …").
"""

from __future__ import annotations

import pytest

from tests.test_h_rep66_s49 import _claimants


@pytest.mark.parametrize("text, speaker", [
    ("UN envoy Maria Lindqvist called the shelling of any hospital \"shameful and "
     "completely illegal.\"", "Maria Lindqvist"),
    ("Senator Paul Harding called the sale of the old jets \"a costly mistake\".",
     "Paul Harding"),
    ("Officials in Rome called the reports of Italian involvement \"a fabrication\".",
     "Italy"),
])
def test_a_quoted_predicate_inside_the_objects_phrase(run, text, speaker):
    found = _claimants(run, text)
    assert speaker in found, found


@pytest.mark.parametrize("text, speaker", [
    ("President Tomas Brenner opened the summit and called the treaty \"a new start for "
     "the region.\"", "Tomas Brenner"),
    ("The French Communist Party demanded a vote in parliament and called the deal a waste "
     "of money.", "French Communist Party"),
])
def test_a_coordinated_call_shares_its_conjuncts_subject(run, text, speaker):
    found = _claimants(run, text)
    assert speaker in found, found


def test_a_call_joined_to_a_reported_clause_is_not_its_subjects(run):
    text = ("Its spokesman, Ali Hajiyev, said Baku had no links with the protesters and "
            "called the claims \"insulting\".")
    found = _claimants(run, text)
    assert "Azerbaijan" not in found, found
