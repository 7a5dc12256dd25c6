"""Issue 12, stop 82 (h-rep131): news outlets' names. A sentence-opening preposition and the day
it dates are no part of an outlet's name before a media noun ("On state television …", "On
Friday Norland state television …"); "Media" ends an outlet's name and "Media Corporation" is a
media noun ("Ostmark Media", "the Ostmark Media Corporation"); a listed name that a media noun
follows keeps its whole span ("The Globe and Mail newspaper"), and a few national outlets are
listed. Sentences written
for these tests, none taken from a corpus (each names a state too: a sentence without any name
NER finds is not refined); real spaCy parse.
"""

from __future__ import annotations

import pytest


def _outlets(run, text: str) -> set[str]:
    """The names (keys, else texts) of the MediaOutlet mentions of ``text``."""
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls == "MediaOutlet"}


def _claimants(run, text: str) -> set[str]:
    """Every claimant's name (key, else text) of the claims of ``text``."""
    _, relations = run(text)
    return {m.key or m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text", [
    "On state television the minister said the border crossing would reopen next week.",
    "On Friday Iranian state television showed footage of the patrol boats near the island.",
    "In March Iranian state radio said the frigate had returned to port.",
])
def test_an_opening_preposition_and_its_day_name_no_outlet(run, text):
    found = _outlets(run, text)
    assert not any(name.split()[0] in ("On", "In", "Friday", "March") for name in found), found


def test_the_state_speaks_for_its_unnamed_television_after_an_opening_date(run):
    claimants = _claimants(run, "On Friday Iranian state television said the frigate had "
                                "returned to port.")
    assert "Iran" in claimants, claimants
    assert not any(name.startswith("On") for name in claimants), claimants


@pytest.mark.parametrize(("text", "outlet"), [
    ("The plan, first reported on Monday by Ostmark Media in Sydney, said the base would be "
     "built within five years.", "Ostmark Media"),
    ("The two delegations met in Bridgetown last year, according to the Ostmark Media "
     "Corporation.", "Ostmark Media Corporation"),
])
def test_outlet_words_name_the_whole_outlet(run, text, outlet):
    assert outlet in _outlets(run, text)


def test_an_outlet_named_by_media_claims_what_it_reports(run):
    claimants = _claimants(run, "Ostmark Media reported on Tuesday that the navy had bought "
                                "two frigates.")
    assert "Ostmark Media" in claimants, claimants


@pytest.mark.parametrize(("text", "outlet"), [
    ("The Globe and Mail newspaper reported that the consul had been recalled.",
     "The Globe and Mail"),
    ("The Sunday Times of London reported that the jets had been sold.", "The Sunday Times"),
    ("A spokesman told the SABC that the troops would stay.",
     "South African Broadcasting Corporation"),
])
def test_listed_outlets_keep_their_whole_name(run, text, outlet):
    found = _outlets(run, text)
    assert outlet in found, found
    assert "Mail" not in found and "The Times" not in found, found
