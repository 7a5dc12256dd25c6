"""Issue 12, stop 44 (s51 h-dep54): a sending joined to another that names the place may leave
its own place out ("A sent troops to X, and B has sent 200 soldiers"; sentences written for
these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_second_state_in_a_coordinated_clause_sends_to_the_same_place(run):
    found = _deploys(run, "Kenya sent 500 police officers to Haiti last year, and Jamaica has "
                     "sent 200 soldiers.")
    assert {("Kenya", "Haiti"), ("Jamaica", "Haiti")} <= found


def test_contrasting_while_clause_contributes_to_the_same_place(run):
    found = _deploys(run, "Chad and Niger each sent a battalion to Mali for the offensive, "
                     "while Togo contributed a smaller contingent.")
    assert ("Togo", "Mali") in found


def test_clause_joined_through_a_report_sends_to_the_same_place(run):
    found = _deploys(run, "Kenya sent 500 police officers to Haiti last year, and Jamaica "
                     "has sent 200 soldiers, officials said.")
    assert ("Jamaica", "Haiti") in found


def test_the_place_is_not_the_second_states_own_territory(run):
    assert _deploys(run, "France sent 300 troops to Chad, and Chad sent 200 soldiers.") == \
        {("France", "Chad")}


def test_an_offer_in_the_second_clause_sends_nothing(run):
    assert ("Poland", "Lithuania") not in _deploys(
        run, "Germany sent tanks to Lithuania in May, while Poland has offered 100 soldiers.")


def test_a_place_only_described_in_the_first_clause_is_not_carried_over(run):
    found = _deploys(run, "Iraq was invaded in March. Poland sent two brigades into the south "
                     "of the country, and Denmark sent a smaller contingent.")
    assert ("Poland", "Iraq") in found and ("Denmark", "Iraq") not in found
