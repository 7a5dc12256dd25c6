"""Issue 12, stop 37 (h-dep34): deployments in relatives, passives and states (sentences
written for these tests, none taken from a corpus; real spaCy parse): a decision to send (D5);
a relative clause the parser hangs on the last state of a force's "from" list; a "where"
clause whose pronoun stands for a force; "the government" of the story's state as the sender;
an unnamed destination a relative clause places, and "deployed along"."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text", [
    "The cabinet decided in March to send a battalion to Lebanon.",
    "Prime Minister Jan Novak decided last week to deploy 200 soldiers to Kosovo.",
    "The government chose to dispatch two frigates to the Gulf.",
])
def test_decision_to_send_is_no_deployment(run, text):
    # D5: a decision is `asserted: false`; no asserted line
    assert not _deploys(run, text)


def test_sending_after_a_decision_still_counts(run):
    assert ("Poland", "Lebanon") in _deploys(
        run, "Poland sent a battalion to Lebanon after the cabinet decided to act.")


def test_relative_clause_on_a_states_list_of_a_force(run):
    found = _deploys(run, "Dutch marines will work alongside a company of about 150 soldiers "
                          "from Austria, Ireland and Portugal, which was sent to Cyprus last "
                          "spring.")
    assert {("Austria", "Cyprus"), ("Ireland", "Cyprus"), ("Portugal", "Cyprus")} <= found


def test_relative_clause_on_a_state_itself(run):
    # a clause on a state that is no force's list keeps its own head: no deployment by it
    assert not _deploys(run, "They praised Ghana, which was visited by the minister in May.")


@pytest.mark.parametrize("text, expected", [
    ("About 8,000 Cuban soldiers are in Ethiopia, where they were sent in 1977.",
     ("Cuba", "Ethiopia")),
    # the holder of the force the pronoun stands for
    ("Britain keeps 900 soldiers in Belize, where they were sent in 1975.",
     ("United Kingdom", "Belize")),
])
def test_where_clause_pronoun_force(run, text, expected):
    assert expected in _deploys(run, text)


def test_where_clause_pronoun_no_force(run):
    assert not _deploys(run, "Diplomats left Ethiopia, where they were sent in 1977.")


def test_story_government_sends(run):
    text = ("Spain says 12 rebels died in Ceuta clash\n\n"
            "CEUTA, May 6 (1990) - Spanish troops fought rebels near the port on Thursday, "
            "the defence ministry said.\n\n"
            "The government has sent several hundred troops to Melilla since the unrest "
            "began last year.")
    assert ("Spain", "Melilla") in _deploys(run, text)


def test_qualified_government_is_not_the_story_state(run):
    text = ("Spain says 12 rebels died in Ceuta clash\n\n"
            "CEUTA, May 6 (1990) - Spanish troops fought rebels near the port on Thursday, "
            "the defence ministry said.\n\n"
            "The Moroccan government has sent several hundred troops to Tangier.")
    assert ("Spain", "Tangier") not in _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    ("Algeria keeps about 20,000 soldiers deployed along the trenches it has dug in the "
     "Sahara.", ("Algeria", "Sahara")),
    ("Russia sent troops to the camps that the militias had set up in Chechnya.",
     ("Russia", "Chechnya")),
])
def test_destination_placed_by_relative_clause(run, text, expected):
    assert expected in _deploys(run, text)


def test_relative_clause_that_only_borders(run):
    # "which borders X" touches X: no destination
    assert not _deploys(run, "Russia sent troops to the region, which borders Georgia.")


def test_deployed_along_own_border_side_only(run):
    assert not _deploys(run, "India stationed troops along the Pakistani border.")
