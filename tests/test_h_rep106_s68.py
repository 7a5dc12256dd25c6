"""A participle hung on the "that" clause of a verb of demanding is the demander's claim
(issue 12, stop 68, h-rep106; dev conventions R1), on sentences written for this test:
"Torres demanded that Chile withdraw the boats moored at …, calling their presence …" is
Torres's claim, not Chile's; "asked that" likewise, while a reporting verb's own clause and a
participle on the main verb keep their speakers."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

TORRES = ("LIMA, May 3 - Foreign Minister Ana Torres demanded on Monday that Chile withdraw "
          "more than 30 patrol boats moored at Punta Norte in the Gulf of Arica, calling their "
          "presence an open threat to the region.")
BOLIVIA = ("Bolivia asked that Brazil recall the aircraft it has based at the airstrip near "
           "Cobija, describing the flights as a violation of its airspace.")
DEMANDER = [
    ("demanded_that_calling", TORRES, "Ana Torres", "presence an open threat"),
    ("demanded_that_relative_calling", "Ghana demanded that Togo remove the troops it has sent "
     "to the border villages near Aflao, calling the move a breach of the old treaty.", "Ghana",
     "move a breach of the old treaty"),
    ("asked_that_describing", BOLIVIA, "Bolivia", "flights as a violation"),
    # (guard) a participle on the demanding verb itself keeps its subject
    ("urged_that_saying", "Minister Ana Torres urged that Bolivia halt the works on the river, "
     "saying the dam would leave farms downstream without water.", "Ana Torres",
     "dam would leave farms downstream"),
    # (guard) a reporting verb's own clause keeps its speaker
    ("said_that_calling", "Peru said that Chile would withdraw the patrol boats, calling the "
     "move a sign of goodwill.", "Peru", "move a sign of goodwill"),
]
NOT_DEMANDED = [
    ("demanded_not_the_one_asked", TORRES, "Chile"),
    ("asked_not_the_one_asked", BOLIVIA, "Brazil"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    *(pytest.param(t, c, f, id=i) for i, t, c, f in DEMANDER),
    *(pytest.param(t, c, None, id=i) for i, t, c in NOT_DEMANDED)])
def test_directed_speakers(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
