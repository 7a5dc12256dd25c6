"""Issue 12, stop 46 (s53 h-dep61): an infinitive with its own subject introduced by "for"
("opened the way for troops to be stationed in X", "cleared the way for the government to
buy") says what may or should happen, not what happened: no asserted deployment or supply
(dev conventions D5, SU4). Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations


def test_passive_infinitive_with_for_subject_is_no_deployment(role_pairs):
    found = role_pairs("Western diplomats said the treaty opened the way for Soviet troops "
                   "to be stationed in Mongolia.", "deploys")
    assert found == set()


def test_active_infinitive_with_for_subject_is_no_deployment(role_pairs):
    text = "The pact paved the way for Kenya to send 1,000 soldiers to Somalia."
    found = role_pairs(text, "deploys")
    assert found == set()


def test_infinitive_with_for_subject_is_no_purchase(role_pairs):
    found = role_pairs("The vote cleared the way for Finland to buy 34 fighter jets "
                   "from Lockheed Martin.")
    assert found == set()


def test_for_of_duration_keeps_the_deployment(role_pairs):
    # "for several months" is a time phrase, not the subject of the infinitive
    found = role_pairs("Kenya sent 1,000 soldiers to Somalia for several months to fight "
                   "the militants.", "deploys")
    assert ("Kenya", "Somalia") in found


def test_first_troops_to_be_stationed_still_asserted(role_pairs):
    found = role_pairs("The first American troops to be stationed in Iceland arrived on "
                   "Monday.", "deploys")
    assert ("United States", "Iceland") in found
