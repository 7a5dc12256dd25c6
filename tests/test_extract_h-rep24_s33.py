"""Issue 12, stop 33 (h-rep24): "the government" unqualified as the speaker of a claim ("The
government said …", "The government put the cost at …") in a story with a dateline is the
dateline's state, also where that state was not named as a state in the last sentences and
another state was (dev d442, d479). A qualified government keeps its own state. Sentences
written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

LEAD = ("MANILA, May 3 (1984) - The Philippine Navy has received two patrol boats built in "
        "Japan. The boats, which served with the Japanese coast guard for ten years, will "
        "patrol the Sulu Sea. They arrived at Cavite on Sunday after a voyage of two weeks. ")


def _claimants(claims, text: str) -> set[str]:
    return {c for c, _ in claims(text)}


@pytest.mark.parametrize("clause", [
    "The government put the cost of the boats at about 12 million dollars.",
    "The government said the boats would be armed with machine guns.",
])
def test_the_government_speaking_is_the_datelines_state(claims, clause):
    found = _claimants(claims, LEAD + clause)
    assert "Philippines" in found, claims(LEAD + clause)
    assert "Japan" not in found


def test_a_qualified_government_keeps_its_state(claims):
    text = LEAD + "The Japanese government said the boats had been refitted before delivery."
    found = _claimants(claims, text)
    assert "Japan" in found, claims(text)
    assert "Philippines" not in found


def test_without_a_dateline_no_state_is_supplied(claims):
    text = ("The boats, which served with a coast guard for ten years, will patrol the sea. "
            "They arrived on Sunday after a voyage of two weeks. The crews are training now. "
            "The government said the boats would be armed with machine guns.")
    assert _claimants(claims, text) == set(), claims(text)
