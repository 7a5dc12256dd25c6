"""Issue 12, stop 50 (s57 h-rep67): speakers kg did not reach. Sentences written for these
tests, none taken from a corpus; real spaCy parse.

- A headline of two clauses joined by a semicolon ("X says …; Y denies …"): the second
  clause's verb speaks of its own object; the first clause is not news before it.
- "he"/"she" opening a relative clause whose relative word belongs to the reported clause
  ("the order, which he said would …", "a drone that she said had been …") refers to the
  main clause's subject, also where that subject is a title with the name in apposition.
"""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text, speaker", [
    ("Norway says Russian bombers crossed its airspace; Kremlin calls it a provocation\n\n"
     "OSLO, May 2 - Two Russian bombers entered Norwegian airspace on Sunday, the air force "
     "said.", "Russia"),
    ("Japan says North Korean patrol boat entered its waters; Pyongyang denies intrusion\n\n"
     "TOKYO, June 5 - A North Korean patrol boat entered Japanese waters, the coast guard "
     "said.", "North Korea"),
])
def test_a_headlines_second_clause_after_a_semicolon_is_a_claim(run, text, speaker):
    found = _claimants(run, text)
    assert speaker in found, found


def test_a_headline_clause_before_a_verb_of_address_stays_news(run):
    text = "Tanks roll into the border town, Paris warns Moscow\n\n"
    assert "France" not in _claimants(run, text)


@pytest.mark.parametrize("text, speaker", [
    ("The first frigate was launched in May. Norway's defence minister, Anna Berg, praised "
     "the contract, which she said would keep 400 jobs at the yard.", "Anna Berg"),
    ("The patrol boats arrived last week. Chile's navy commander, Admiral Jorge Soto, "
     "inspected the boats, which he said were the fastest in the fleet.", "Jorge Soto"),
])
def test_a_relative_clauses_pronoun_speaker_is_the_named_apposition(run, text, speaker):
    found = _claimants(run, text)
    assert speaker in found, found


def test_a_headline_denial_of_it_denies_the_clause_before_the_semicolon(run):
    text = ("Japan says Chinese survey ship entered its waters; Beijing denies it\n\n"
            "TOKYO, June 5 - A Chinese survey ship entered Japanese waters, officials said.")
    _, rels = run(text)
    denied = [r.attr("statement") for r in rels if r.relation == "reports"
              and {m.key for m in r.role("claimant")} == {"China"}]
    assert denied and all("survey ship entered" in (s or "") for s in denied), denied


def test_a_headline_rejection_of_a_signed_thing_is_no_claim(run):
    text = "Greece and Cyprus sign defence pact; Ankara rejects it\n\n"
    assert "Turkey" not in _claimants(run, text)
