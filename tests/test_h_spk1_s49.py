"""Issue 12, stop 49 (s56 h-spk1): unnamed or partly named speakers. Sentences written for
these tests, none taken from a corpus; real spaCy parse.

- "X, which built the jet with Y, will deliver …, a company spokesman said": the firm of an
  unnamed spokesman who is a subject is the most salient firm (the reported clause's
  subject), as for a subject, not the one named last in a relative clause (dev R6).
- "Both sides said …", "officials of both sides said …", "officials of the two foreign
  ministries said …": a counted plural of sides or of state bodies that speaks stands for the
  states it counts (dev R8, R9).
"""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text, firm, other", [
    ("Saab, which designed the radar with Thales, will hand over the first jets in 2027, a "
     "company spokesman said.", "Saab", "Thales"),
    ("Embraer, which built the trainer with Boeing, expects to deliver ten aircraft next "
     "year, a company spokeswoman said.", "Embraer", "Boeing"),
])
def test_a_company_spokesman_speaks_for_the_reported_clauses_firm(run, text, firm, other):
    found = _claimants(run, text)
    assert firm in found, found
    assert other not in found, found


@pytest.mark.parametrize("text, states", [
    ("Peru and Ecuador signed a border accord on Monday. The accord was signed in Brasilia "
     "at a ceremony attended by six presidents. Both sides said the accord settled the "
     "dispute for good.", {"Peru", "Ecuador"}),
    ("Norway has signed a fisheries agreement with Iceland that opens the disputed zone to "
     "both fleets, officials of both sides said on Friday.", {"Norway", "Iceland"}),
    ("Uruguay and Paraguay agreed today to hold joint naval exercises on the river. The talks "
     "will resume in May, officials of both foreign ministries said.", {"Uruguay", "Paraguay"}),
])
def test_counted_sides_that_speak_are_the_states_they_count(run, text, states):
    found = _claimants(run, text)
    assert states <= found, found


def test_sides_that_do_not_speak_stay_unresolved(run):
    # "both sides" as an object is no speaker: no claimant from it
    text = "The United Nations urged both sides to show restraint, a UN spokesman said."
    assert not {"Peru", "Ecuador"} & _claimants(run, text)


def test_the_korean_company_is_the_korean_firm_named_before(run):
    # "Korean" names two states, so it is no mention; it still narrows "the company" to the
    # firm whose phrase named South Korea, and "a spokesman for the firm" speaks for it
    text = ("Thailand signed a contract on Monday with South Korea's Daewoo Shipbuilding for a "
            "frigate. A Spanish shipbuilder, Navantia, had offered a cheaper design, Thai "
            "officials said.\n\nThe Korean company, one of the largest yards in Asia, has "
            "built frigates for several navies. A spokesman for the firm said it hoped for "
            "further orders in the region.")
    found = _claimants(run, text)
    assert "Daewoo Shipbuilding & Marine Engineering" in found, found
    assert "Navantia" not in found, found
