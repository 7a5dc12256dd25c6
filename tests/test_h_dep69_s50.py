"""Issue 12, stop 50 (s57 h-dep69): "keeps a battalion of legionnaires stationed in X" — the
parser hangs the participle on the unit's men; the held unit is the holder's object, so the
holder deploys it. (The branch's "it" for a unit, a passive's subject, fixed one readable article
and was dropped in review.) Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_a_held_unit_of_men_is_deployed_by_the_holder(run):
    found = _deploys(run, "France keeps a battalion of legionnaires stationed in Djibouti.")
    assert ("France", "Djibouti") in found


def test_a_held_unit_in_a_relative_clause(run):
    found = _deploys(run, "Kenya has close ties with Britain, which keeps a detachment of "
                          "engineers stationed at Nanyuki.")
    assert ("United Kingdom", "Nanyuki") in found
