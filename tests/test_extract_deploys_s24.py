"""Issue 12, stop 24 (h-dep7): deployments (sentences written for these tests, none taken from
a corpus; real spaCy parse). Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the speaker reports where its own unmarked force is stationed
    ("Norway said that F-35 jets based in Iceland had been put on alert.",
     {("Norway", "Iceland")}),
    # (a bare service's own units deploy as the service: D3 as harmonised in stop 65, h-dep98)
    ("The United States sent ships. Army units stationed in Italy have been put on alert and "
     "may follow, Pentagon officials said.", {("Army (United States)", "Italy")}),
    # unnamed officials are no speaking state
    ("Officials said that jets based in Iceland had been put on alert.", set()),
])
def test_speaker_of_a_stationed_force_deploys_it(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


def test_a_marked_force_is_not_the_speakers(role_pairs):
    # the jets are Denmark's: the speaking state deploys nothing
    text = "Norway said that Danish jets based in Iceland had been put on alert."
    pairs = role_pairs(text, "deploys")
    assert not any(d == "Norway" for d, _ in pairs)
