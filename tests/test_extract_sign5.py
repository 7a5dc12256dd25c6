"""Issue 12 (h-sign5, stop 22): signing constructions of the readable dev articles (d226–d245
and earlier), each tested on sentences written for this file (real spaCy parse), with
near-misses the rule must not fire on. Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe


def _signers(run, text: str) -> set[str]:
    """The parties of the text's asserted signings."""
    _, signed, _ = _observe(run, text)
    return {p for p, _ in signed}


# --- S2: "bought/ordered … from Z in/under a deal": the seller signs too (d01, d19, d51, d54,
# d142, d180, d211, d236) -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norway bought 12 patrol boats from Finland in a deal worth 300 million euros.",
    "Kenya ordered six transport ships from Finland under a contract signed in May.",
])
def test_purchase_in_deal_seller_signs(run, text):
    found = _signers(run, text)
    assert {"finland"} <= found
    assert found & {"norway", "kenya"}


@pytest.mark.parametrize("text", [
    # passive: no buyer in the clause, and the seller alone signs nothing
    "The two boats, renamed Alpha and Beta, were bought from Finland under a deal concluded "
    "in 2015.",
    # no deal named: a purchase, no signing
    "Norway bought 12 patrol boats from Finland last year.",
])
def test_purchase_in_deal_near_misses(run, text):
    assert "finland" not in _signers(run, text)


# --- any signing verb on "the document"/"the text" signs the agreement just named (d226, d36) -
def test_inked_the_document(run):
    """"inked the document": the agreement named in the sentence before."""
    _, signed, _ = _observe(run, "Ghana and Togo drafted the Volta Basin Accord last year. "
                            "President Kofi Mensah and President Yao Eklou inked the document "
                            "on Monday in Lome.")
    assert ("kofi mensah", "volta basin accord") in signed
    assert ("yao eklou", "volta basin accord") in signed


def test_adopted_the_text_is_no_signing(run):
    """A body adopting a text by vote signs nothing (a verb that needs the agreement itself)."""
    found = _signers(run, "The Volta Basin Accord was drafted last year. The Regional Assembly "
                     "adopted the text on Monday by 90 votes to four.")
    assert not found


# --- "A was the first to sign, followed by B of X, C of Y and D of Z" (d227, d110) ----------
def test_followers_of_the_first_signer(run):
    found = _signers(run, "Four Andean states signed the Quito Water Treaty on Sunday. Premier "
                     "Ana Soto of Chile was the first to sign, followed by Luis Mora of Peru, "
                     "Jorge Castillo of Bolivia and Raul Paz of Ecuador.")
    assert {"ana soto", "luis mora", "jorge castillo", "raul paz"} <= found


def test_followers_of_the_first_speaker(run):
    """Following the first speaker is no signing."""
    found = _signers(run, "Four Andean states signed the Quito Water Treaty on Sunday. Premier "
                     "Ana Soto of Chile was the first to speak, followed by Luis Mora of Peru "
                     "and Hugo Vidal of Bolivia.")
    assert not found & {"ana soto", "luis mora", "hugo vidal"}


# --- "an order for <weapon>" / "an order with <company>" is a deal (d01, d231) --------------
def test_order_for_weapons_is_a_deal(run):
    """A headline's order for named jets is the deal the story then tells of."""
    _, signed, _ = _observe(run, "Peru inks record order for 24 Gripen jets\n\nLIMA, May 2 - "
                            "Peru signed a contract with Saab on Friday for 24 Gripen jets.")
    deal = next(a for p, a in signed if p == "saab")
    assert ("peru", deal) in signed
    assert len({a for _, a in signed}) == 1
    mentions, _ = run("Peru inks record order for 24 Gripen jets\n\nLIMA, May 2 - Peru signed a "
                      "contract with Saab on Friday for 24 Gripen jets.")
    assert any(m.cls == "Agreement" and m.span.text == "record order" for m in mentions)


@pytest.mark.parametrize("text", [
    "The president signed an order on Monday sending 300 troops to Chad.",
    "The battalion took orders from NATO commanders in Kosovo.",
])
def test_orders_to_act_are_no_deal(run, text):
    agreements, signed, _ = _observe(run, text)
    assert not agreements and not signed


def test_separate_order_is_its_own_deal(run):
    """A3: "a separate order with Z for Y" is named after its goods; a later "the contract" is
    still the first deal."""
    agreements, signed, _ = _observe(
        run, "Peru signed a contract with Saab on Friday for 24 Gripen jets. Peru also signed a "
        "separate order with Airbus for six Tiger attack helicopters. Saab said the contract "
        "was worth $2 billion.")
    separate = {a for a in agreements if "airbus" in a}
    assert separate and not any(a.startswith("arms deal") for a in separate)
    assert (_norm("Airbus"), next(iter(separate))) in signed
    assert any("saab" in a for a in agreements)


# --- "delivered under a contract signed with Z": since stop 30 the partner named after
# "signed with" signs (S4 as revised; d218, d240), the buyer only implied does not ----------
@pytest.mark.parametrize(("text", "partner"), [
    ("Chile is buying frigates from Italy. The frigates were delivered to the navy last year "
     "under a contract signed with Fincantieri.", "Fincantieri"),
    ("Peru is buying jets from Brazil. Four jets were delivered in May, an official said, under "
     "a contract signed with Embraer.", "Embraer"),
])
def test_agentless_contract_partner_signs(run, text, partner):
    assert _signers(run, text) == {_norm(partner)}


def test_clause_subject_acts_under_contract(run):
    """The near-miss: a clause with an active subject keeps the contract's partner (d103)."""
    found = _signers(run, "Austal, which is building all six boats under a contract signed "
                     "with Canberra in 2016, launched the first one on Monday.")
    assert "australia" in found


def test_subject_through_agreed_to_keeps_partner(run):
    """"A agreed to buy … as part of a package signed with Z": A acts under it; Z signs (d181)."""
    found = _signers(run, "Peru agreed to buy the jets in 2014 as part of a package worth about "
                     "2 billion dollars signed with the state exporter Rosoboronexport.")
    assert _norm("Rosoboronexport") in found


# --- "<State>'s government and B signed": the state signs (S3; d228, d191) ------------------
@pytest.mark.parametrize("text", [
    "Chad's government and the FNT rebel movement signed the Sirte Peace Accord on Sunday.",
    "Chad government and FNT rebels sign Sirte Peace Accord",
])
def test_state_government_signs(run, text):
    assert "chad" in _signers(run, text)


def test_government_official_is_no_state_party(run):
    """The near-miss: a government noun with no state of its own adds no state."""
    found = _signers(run, "The government and the FNT rebel movement signed the Sirte Peace "
                     "Accord in Tripoli, Libya, on Sunday.")
    assert "fnt" in found
    assert "libya" not in found
