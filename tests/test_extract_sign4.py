"""Issue 12 (h-sign4, stop 21): signing constructions of the readable dev articles (d206–d225
and earlier), each tested on sentences written for this file (real spaCy parse), with
near-misses the rule must not fire on. Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe


def _signers(run, text: str) -> set[str]:
    """The parties of the sentence's asserted signings."""
    _, signed, _ = _observe(run, text)
    return {p for p, _ in signed}


# --- a nationality on an unnamed firm is no party (d168, d219) -------------------------------
# (id, sentence, parties, not parties)
FIRM_ORIGIN = [
    ("adjective-company", "Chile signed the contract, worth about 30 million dollars, with the "
     "state-owned Brazilian company in 2011.", {"chile"}, {"brazil"}),
    ("hyphened-consortium", "Peru concluded a contract on Monday with a German-Dutch consortium "
     "for four patrol boats.", {"peru"}, {"germany", "netherland"}),
    # near-misses: a named firm after the noun, a government (a state) as the partner
    ("named-firm", "Chile signed a contract with the Brazilian firm Embraer for six trainer "
     "jets.", {"chile", "embraer"}, {"brazil"}),
    ("government", "Chile signed a defence agreement with the Brazilian government on Monday.",
     {"chile", "brazil"}, set()),
]


@pytest.mark.parametrize(("text", "parties", "not_parties"), [c[1:] for c in FIRM_ORIGIN],
                         ids=[c[0] for c in FIRM_ORIGIN])
def test_firm_origin_no_party(run, text, parties, not_parties):
    found = _signers(run, text)
    assert parties <= found
    assert not not_parties & found


# --- a signing inside a relative clause on another noun (d71, d207) --------------------------
def test_pen_used_to_sign_older_pact(run):
    """The signer of an older pact, in a relative clause on "a pen", signed nothing today."""
    _, signed, _ = _observe(run, "President Ana Ruiz signed the Lisbon Accord on Friday with a "
                            "pen that Pedro Vale had used to sign the old border pact.")
    assert ("ana ruiz", "lisbon accord") in signed
    assert not any(p == "pedro vale" for p, _ in signed)


def test_memorandum_that_x_signed(run):
    """The memorandum's signer did not sign the contract that follows it."""
    _, signed, _ = _observe(run, "The contract, which follows a memorandum of understanding that "
                            "Prime Minister Tomas Berg signed during a visit to Oslo in May, "
                            "covers six patrol boats.")
    assert not any(p == "tomas berg" and not a.startswith("memorandum") for p, a in signed)


@pytest.mark.parametrize("text", [
    "Togo welcomed the Lome Convention, which Ghana went on to sign in 1998.",
    "Togo welcomed the Lome Convention, which Ghana had signed a week earlier.",
])
def test_relative_on_the_agreement_still_signs(run, text):
    """Near-miss: the relative clause describes the agreement itself."""
    _, signed, _ = _observe(run, text)
    assert ("ghana", "lome convention") in signed


# --- joining a group the agreement names is membership, no signing (d209; d22, d214) --------
def test_joined_partnership_no_signing(run):
    _, signed, _ = _observe(run, "Norway joined the Nordic Accord partnership with Denmark and "
                            "Iceland last May.")
    assert not signed


@pytest.mark.parametrize(("text", "pair"), [
    ("Moldova formally joined the Chemical Weapons Convention in 1996.",
     ("moldova", "chemical weapons convention")),
    ("Malta joined the Valletta Convention last year.", ("malta", "valletta convention")),
])
def test_joined_treaty_still_signs(run, text, pair):
    """Near-miss: joining the treaty itself is accession, a signing."""
    _, signed, _ = _observe(run, text)
    assert pair in signed


# --- "A, which …, signed later, its envoy said" (d207; the family of d169, d190) -------------
def test_relative_closed_name_signs_before_report(run):
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Accord on Monday. Uganda, which had "
                            "long opposed the text, signed later in the day, its foreign "
                            "minister said.")
    assert {("kenya", "nairobi accord"), ("uganda", "nairobi accord")} <= signed


@pytest.mark.parametrize("verb", ["refused to sign", "welcomed the signing"])
def test_relative_closed_name_no_signing(run, verb):
    """Near-misses: the same shape with a verb that signs nothing."""
    _, signed, _ = _observe(run, "Kenya signed the Nairobi Accord on Monday. Uganda, which had "
                            f"long opposed the text, {verb}, its foreign minister said.")
    assert not any(p == "uganda" for p, _ in signed)


# --- "joined the signatories" (d190, d210) ----------------------------------------------------
def test_joined_the_signatories_listed(run):
    _, signed, _ = _observe(run, "Ghana and Togo signed the Volta Basin Accord on Monday. "
                            "Benin, Niger and Mali joined the signatories during the afternoon, "
                            "officials said.")
    assert {("benin", "volta basin accord"), ("mali", "volta basin accord")} <= signed


def test_joined_the_signatories_of_named(run):
    _, signed, _ = _observe(run, "Estonia joined the signatories of the Baltic Sea Charter last "
                            "week.")
    assert ("estonia", "baltic sea charter") in signed


@pytest.mark.parametrize("clause", ["Benin refused to join the signatories",
                                    "Benin will join the signatories next year",
                                    "Benin joined the protesters outside"])
def test_joined_the_signatories_near_misses(run, clause):
    _, signed, _ = _observe(run, "Ghana and Togo signed the Volta Basin Accord on Monday. "
                            f"{clause}.")
    assert not any(p == "benin" for p, _ in signed)


# --- "signed … by General A for X and General B for Y" (d216; the family of d106) ------------
def test_passive_agents_each_for_a_side(run):
    _, signed, _ = _observe(run, "The Honiara Accord, which ended three years of fighting, was "
                            "signed at Honiara on July 27 by General Tom Reed for the United "
                            "Nations Command and General Li Wei for the North Korean and "
                            "Chinese forces.")
    assert {("tom reed", "honiara accord"), ("li wei", "honiara accord")} <= signed


def test_passive_agent_for_a_body_and_its_allies(run):
    """Near-miss: what follows the "for" is the side signed for, no second signer."""
    _, signed, _ = _observe(run, "The Honiara Accord was signed on Monday by General Tom Reed "
                            "for the United Nations Command and its allies.")
    assert {p for p, _ in signed} == {"tom reed"}


# --- a headline's plural "sign" read as a noun after a list of actors (d189, d206) -----------
@pytest.mark.parametrize("text", ["Ghana, Togo sign Volta Basin Accord in Accra",
                                  "Ghana and Togo sign Volta Basin Accord"])
def test_headline_plural_sign(run, text):
    _, signed, _ = _observe(run, text)
    assert {("ghana", "volta basin accord"), ("togo", "volta basin accord")} <= signed


def test_headline_sign_of_no_signing(run):
    """Near-miss: "sign" as a noun after a verb, no actor list before it."""
    _, signed, _ = _observe(run, "Kenya sees sign of Volta Basin Accord thaw")
    assert not signed
