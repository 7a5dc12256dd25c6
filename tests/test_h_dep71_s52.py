"""Issue 12, stop 52 (s59 h-dep71): a place adverb that points back ("sent forces there") or the
particle of a passive sending ("troops, flown in with …") names the place the sentence named
before it, also where that place is a noun in another role (the object of "leave", the subject
of its clause, "the town of X"), not only the object of a place preposition (dev conventions
D6). Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_there_after_a_place_left_as_object(run):
    found = _deploys(run, "The accord could see all foreign troops leave Mali within a year, "
                          "a decade after Paris sent forces there.")
    assert ("France", "Mali") in found


def test_there_after_a_later_noun_place_wins_over_an_earlier_preposition(run):
    found = _deploys(run, "The accord was signed in the Qatari capital and could see all "
                          "foreign troops leave Mali within a year, a decade after Paris sent "
                          "forces there.")
    assert ("France", "Mali") in found
    assert ("France", "Qatar") not in found


def test_there_after_a_place_that_is_its_clause_subject(run):
    found = _deploys(run, "The Lamu crossing has been a flashpoint since 2016, when Kenyan units "
                          "were sent there to clear smugglers.")
    assert ("Kenya", "Lamu") in found


def test_forces_stationed_there_after_a_state_named_as_subject(run):
    found = _deploys(run, "The aid would let Italy take over the defence of its coast from the "
                          "American troops stationed there.")
    assert ("United States", "Italy") in found


def test_flown_in_points_back_to_the_town_named(run):
    found = _deploys(run, "Rebels seized the town of Gafsa and held it for days before Tunisian "
                          "troops, flown in with French help, drove them out.")
    assert ("Tunisia", "Gafsa") in found


def test_an_active_movement_in_is_no_deployment(run):
    found = _deploys(run, "The Lamu crossing has been a flashpoint since 2016, when Kenyan "
                          "police moved in to clear smugglers.")
    assert not found


def test_the_deployer_is_not_its_own_destination(run):
    found = _deploys(run, "Kenya said it had sent troops there.")
    assert ("Kenya", "Kenya") not in found
