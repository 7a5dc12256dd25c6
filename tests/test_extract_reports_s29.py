"""`reports` constructions of issue 12, stop 29 (h-rep11), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- ", a charge the ministry rejects.": the parser takes the last word for a plural noun and
# hangs "the ministry" on it; the description is the denier, named before (dev conventions R4)
CHARGE_THE_BODY_REJECTS = [
    ("ministry_rejects",
     "The Chilean defence ministry ordered four frigates last year. Opposition deputies have "
     "complained that the contract was given to a friend of the minister, a charge the "
     "ministry rejects.", "Ministry of Defence (Chile)", "contract was given to a friend"),
    # the sentence that ends a paragraph keeps its line break as a last token
    ("ministry_rejects_paragraph_end",
     "The Chilean defence ministry ordered four frigates last year.\n\nOpposition deputies "
     "have complained that the contract was given to a friend of the minister, a charge the "
     "ministry rejects.\n\nThe first frigate is due in 2027.", "Ministry of Defence (Chile)",
     "contract was given to a friend"),
    ("alliance_rejects",
     "NATO held exercises in Poland in May. Minsk has said that the drills prepare an "
     "invasion of Belarus, a claim the alliance rejects.", "NATO", "drills prepare an invasion"),
]
CHARGE_THE_BODY_REJECTS_NOT = [
    # the one who made the charge is not its denier
    ("accuser_is_not_denier",
     "The Chilean defence ministry ordered four frigates last year. Opposition deputies have "
     "complained that the contract was given to a friend of the minister, a charge the "
     "newspaper rejects.", "Ministry of Defence (Chile)"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in CHARGE_THE_BODY_REJECTS],
                         ids=[c[0] for c in CHARGE_THE_BODY_REJECTS])
def test_charge_the_body_rejects(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in CHARGE_THE_BODY_REJECTS_NOT],
                         ids=[c[0] for c in CHARGE_THE_BODY_REJECTS_NOT])
def test_charge_the_body_rejects_not(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- "X, quoting Y, said …": a "citing"/"quoting" aside set off by commas after the subject;
# the cited source states what the reporting verb after the aside reports (dev conventions R7),
# however the parser hangs the aside --------------------------------------------------------
CITING_ASIDE = [
    ("agency_quoting_ministry",
     "Peru's defence ministry ordered four frigates last year. The state news agency Andina, "
     "quoting the defence ministry, said the first frigate would arrive in May.",
     "Ministry of Defence (Peru)", "first frigate would arrive in May"),
    ("newspaper_citing_firm_officials",
     "The Chilean business newspaper El Mercurio, citing Navantia officials, reported in 2019 "
     "that the contract was worth about 600 million dollars.", "Navantia",
     "contract was worth about 600 million dollars"),
]
CITING_ASIDE_NOT = [
    # a reason is no source ("citing its neutrality")
    ("citing_a_reason",
     "Austria, citing its neutrality, said it would not send helmets to the region.",
     "neutrality"),
    # the aside's words are not what the source says
    ("aside_is_no_statement",
     "The state news agency Andina, quoting the defence ministry, said the first frigate "
     "would arrive in May.", "Andina"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in CITING_ASIDE],
                         ids=[c[0] for c in CITING_ASIDE])
def test_citing_aside_source_claims(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


def test_citing_aside_reason_is_no_source(claims):
    _check(claims(CITING_ASIDE_NOT[0][1]), CITING_ASIDE_NOT[0][2], None)


def test_citing_aside_left_out_of_statement(claims):
    found = claims(CITING_ASIDE_NOT[1][1])
    assert found and all("quoting" not in s for _, s in found), found
