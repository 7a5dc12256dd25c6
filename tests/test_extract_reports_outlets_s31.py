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


# --- "citing air force officers", "citing navy documents": the bare service is the one the
# document named (of one state, or the story buyer's), and the cited body claims too (R10)
CITED_SERVICE = [
    ("officers_reported",
     "Peru's air force has received six jets from Russia. The newspaper La Voz, citing air "
     "force officers, reported that the jets had cost $200 million.", "Air Force (Peru)",
     "the jets had cost $200 million"),
    ("documents_put_at",
     "Peru's navy has bought two frigates from Italy. The daily La Voz, citing navy documents, "
     "put the price at $400 million.", "Navy (Peru)", "the price at $400 million"),
]
NOT_CITED_SERVICE = [
    # no such service named before: no state to give it
    ("no_service_named",
     "Peru has received six jets from Russia. The newspaper La Voz, citing air force "
     "officers, reported that the jets had cost $200 million.", "Air Force (Peru)"),
    # "military sources" are unnamed sources, not the armed forces' voice (R5)
    ("military_sources",
     "Peru's armed forces have received six jets from Russia. The newspaper La Voz, citing "
     "military sources, reported that the jets had cost $200 million.", "Armed Forces (Peru)"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in CITED_SERVICE],
                         ids=[c[0] for c in CITED_SERVICE])
def test_cited_service(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in NOT_CITED_SERVICE],
                         ids=[c[0] for c in NOT_CITED_SERVICE])
def test_not_cited_service(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- "officials of both countries said": the two states of the sentence, a state's service
# standing for its state and a maker's origin ("Russian-built") left out
BOTH_COUNTRIES = [
    ("service_and_maker_origin",
     "Kenya gives helicopters to Uganda\n\nKenya has handed over two Russian-built Mi-17 "
     "helicopters to the Ugandan air force, "
     "officials of both countries said on Monday.", ["Kenya", "Uganda"], "Russia"),
    ("possessed_service",
     "Peru buys Spanish boats\n\nPeru's navy has taken delivery of two patrol boats from a "
     "Spanish shipyard, officials "
     "in both countries said.", ["Peru", "Spain"], None),
]


@pytest.mark.parametrize(("text", "claimants", "not_claimant"),
                         [c[1:] for c in BOTH_COUNTRIES], ids=[c[0] for c in BOTH_COUNTRIES])
def test_both_countries(claims, text, claimants, not_claimant):
    found = claims(text)
    for claimant in claimants:
        assert any(c == claimant for c, _ in found), found
    assert not_claimant is None or not any(c == not_claimant for c, _ in found), found
