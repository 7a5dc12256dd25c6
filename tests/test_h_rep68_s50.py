"""Issue 12, stop 50 (s57 h-rep68): a relative clause the parser hung elsewhere. Sentences
written for these tests, none taken from a corpus; real spaCy parse.

- "X and Y signed an agreement today that both governments described as …": the parser may
  read the relative clause as the noun's complement ("acl", its "that" as the object); what
  the two states call the agreement is the claim, not the clause it hangs on.
- "… in waters of the Gulf that both countries claim": read as an adverbial clause ("advcl",
  "that" as its marker) after the noun; a claim to waters says nothing, as the relative
  clause it is.
"""

from __future__ import annotations

import pytest


def _claims(run, text: str) -> list[tuple[str, str]]:
    _, rels = run(text)
    return [(m.key or m.lemma, r.attr("statement") or "") for r in rels
            if r.relation == "reports" for m in r.role("claimant")]


@pytest.mark.parametrize("text, states, called", [
    ("Chile and Peru signed a fisheries agreement today that both governments described as "
     "the closest partnership the two neighbours have had since the war.",
     {"Chile", "Peru"}, "closest partnership"),
    ("Ghana and Togo signed a defence cooperation agreement today that both governments "
     "described as the strongest bond the two states have had in decades.",
     {"Ghana", "Togo"}, "strongest bond"),
    ("Kenya and Uganda signed a border security agreement today that both governments "
     "described as the best deal the two countries have made since independence.",
     {"Kenya", "Uganda"}, "best deal"),
])
def test_what_both_governments_call_an_agreement_is_their_claim(run, text, states, called):
    found = _claims(run, text)
    assert {c for c, _ in found} == states, found
    assert all(called in s for _, s in found), found


@pytest.mark.parametrize("text, claimant", [
    ("Guyana accused Suriname today of a deliberate provocation after a Surinamese gunboat "
     "spent more than a week in waters of the Courantyne River that both countries claim, "
     "while Paramaribo insisted the boat had never left its territory.", "Suriname"),
    ("Belize accused Guatemala of a provocation after a Guatemalan patrol boat spent a week "
     "in waters of the Sarstoon River that both countries claim.", "Guatemala"),
])
def test_waters_that_both_countries_claim_state_nothing(run, text, claimant):
    found = _claims(run, text)
    assert not any(c == claimant and "waters of" in s for c, s in found), found
    assert not any(s.count("accused") for _, s in found), found
