"""Issue 12, stop 61 (s68 h-dep90): Belgian paracommandos and national guardsmen are forces
(``force_nouns``), so an agentless passive or a sending that moves them is a deployment by
their nationality or by the state that deployed forces just before (dev conventions D3;
d1028, d918). Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # agentless passive: the force's nationality deploys it
    ("Belgian paracommandos were flown to Rwanda on Sunday.", {("Belgium", "Rwanda")}),
    ("The first 200 Belgian paracommandos were airlifted to Kamina, the ministry said.",
     {("Belgium", "Kamina")}),
    # an unmarked force after the state's own sending: that state deploys it too
    ("Mexico has sent 3,000 soldiers to Sonora, the government said. Another 800 guardsmen "
     "were deployed to Chihuahua on Friday.",
     {("Mexico", "Sonora"), ("Mexico", "Chihuahua")}),
    # an active sending of guardsmen is no hand-over
    ("Venezuela sent guardsmen to Colombia.", {("Venezuela", "Colombia")}),
])
def test_paracommandos_and_guardsmen_deployed(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # no sending verb: training and a protest move no force anywhere
    "Belgian paracommandos trained with Dutch marines in Spa last week.",
    "The guardsmen protested outside the governor's office in Sonora.",
])
def test_no_deployment_without_a_sending(run, text):
    assert _deploys(run, text) == set()
