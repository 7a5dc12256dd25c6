"""Issue 12, stop 71 (h-rep115): "according to X" applies the tests a reporting verb's subject
gets, so a source that speaks for no entity kg found gives no claimant rather than the state
that only qualifies, places or describes it (dev conventions R5). Sentences written for these
tests, none taken from a corpus; real spaCy parse.

- Unnamed newspapers and press reports, speakers a nationality alone describes and an
  unlisted body with a "<city> research group" apposition give no claimant.
- A listed research group speaks for itself; state officials and state media keep the state.
"""

from __future__ import annotations

import pytest


def _claimants(relations, text: str) -> list[str]:
    return [k for rel, roles in relations(text) if rel == "reports"
            for k in roles.get("claimant", [])]


@pytest.mark.parametrize(("text", "state"), [
    ("The frigates cost about 400 million euros each, according to Kenyan newspapers.", "Kenya"),
    ("The deal is worth two billion dollars, according to German press reports.", "Germany"),
    ("The convoy crossed the river at night, according to Ghanaian engineers.", "Ghana"),
    ("Fishing fleets stayed near the reefs for weeks, according to the Africa Coastal Security "
     "Initiative, a Nairobi research group.", "Kenya"),
])
def test_according_to_a_voiceless_source_gives_no_state(relations, text, state):
    assert state not in _claimants(relations, text)


def test_according_to_a_listed_research_group(relations):
    found = _claimants(relations, "Two survey ships anchored off the reef for a month, "
                                  "according to the Asia Maritime Transparency Initiative.")
    assert found == ["Asia Maritime Transparency Initiative"], found


@pytest.mark.parametrize(("text", "state"), [
    ("The army has moved 5,000 troops to the border, according to Kenyan officials.", "Kenya"),
    ("The navy will buy four corvettes, according to Polish media.", "Poland"),
])
def test_according_to_a_state_voice_keeps_the_state(relations, text, state):
    assert _claimants(relations, text) == [state]
