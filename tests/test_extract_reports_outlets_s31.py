"""`reports` constructions of issue 12, stop 31 (h-rep18), on sentences written for this test
(invented or generic participants, not taken from any article): a paper named by a demonym
with a capitalised "The" ("The Zambian newspaper reported …") is the outlet "The Zambian",
the claimant (R7), not the state of the demonym."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

THE_DEMONYM_PAPER = [
    ("sentence_start",
     "The Zambian newspaper reported on Monday that the air force had bought six jets.",
     "The Zambian", "the air force had bought six jets"),
    ("by_agent",
     "The purchase was first revealed by The Kenyan daily, which reported that the navy had "
     "ordered two patrol boats.", "The Kenyan", "the navy had ordered two patrol boats"),
]
NOT_THE_DEMONYM_PAPER = [
    # lower case: an unnamed paper of the state (R5), no outlet of that name
    ("lower_case",
     "Officials met on Monday. A week later the Zambian newspaper reported that the air force "
     "had bought six jets.", "The Zambian"),
    # the paper's name follows the media noun
    ("name_follows",
     "The Zambian daily Lusaka Times reported that the air force had bought six jets.",
     "The Zambian"),
    # a news agency is not named by a demonym
    ("news_agency",
     "The Zambian news agency reported that the air force had bought six jets.",
     "The Zambian"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in THE_DEMONYM_PAPER],
                         ids=[c[0] for c in THE_DEMONYM_PAPER])
def test_the_demonym_paper(claims, text, claimant, fragment):
    found = claims(text)
    _check(found, claimant, fragment)
    assert not any(c == "Zambia" or c == "Kenya" for c, _ in found), found


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in NOT_THE_DEMONYM_PAPER],
                         ids=[c[0] for c in NOT_THE_DEMONYM_PAPER])
def test_not_the_demonym_paper(claims, text, claimant):
    _check(claims(text), claimant, None)
