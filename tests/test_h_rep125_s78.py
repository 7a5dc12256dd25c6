"""Issue 12, stop 78 (h-rep125): people of no state and the civic bodies they form speak for no
state, whatever nationality, side or place describes them (dev conventions R5, R8): opposition
lawmakers, rebels, nationalists, analysts, fishermen's groups, trade unions, campaign groups and
a minority's leaders give no state claimant, while officials, diplomats, government sources and
a named group or party keep theirs (kg.extract.relations.stateless_voices, claims.yaml
civic_groups). Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _claimants(relations, text: str) -> set[str]:
    return {c for rel, roles in relations(text) if rel == "reports"
            for c in roles.get("claimant", [])}


@pytest.mark.parametrize("text", [
    "Several Turkish opposition lawmakers warned that the pipeline deal would raise fuel prices.",
    "Greek opposition parties accused the cabinet of selling the islands' harbours too cheaply.",
    "A Sudanese rebel alliance said the ceasefire had already collapsed in the south.",
    "Finnish nationalists argue that the old frontier still binds both governments.",
    "Chilean analysts said the frigates would cost twice as much as planned.",
    "Portuguese fishermen's associations complained that the quota left them too few boats.",
    "Brazilian trade unions and farmers warned that cheap grain would ruin local growers.",
    "Peace groups on the Japanese side said the exercise would raise tension in the strait.",
    "Leaders of the Hungarian minority said the new law would close their schools.",
    "Officials of the Italian group said they had never sold any engines to the navy.",
])
def test_speakers_of_no_state_give_no_state(relations, text):
    assert _claimants(relations, text) == set()


@pytest.mark.parametrize(("text", "claimant"), [
    # guards: a state's officials, diplomats and government sources keep the state (R5),
    # a named group or party keeps its claim
    ("Turkish officials said the pipeline deal would raise fuel prices.", "Turkey"),
    ("A Greek diplomat said Athens would not accept the ruling.", "Greece"),
    ("Finnish government sources said the treaty would be signed in May.", "Finland"),
    ("The Palestinian group Hamas said it had fired the rockets at the port.", "Hamas"),
])
def test_state_and_named_speakers_keep_their_claim(relations, text, claimant):
    assert claimant in _claimants(relations, text)
