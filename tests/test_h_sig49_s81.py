"""Issue 12, stop 81 (h-sig49): a purchase in a deal (S2) whose buyer or deal the rule of
concluded purchases missed: the buyer of a relative clause without "that" that the parser
reads as an apposition ("the first of eight Black Hawks the Philippines ordered from PZL
Mielec under a contract"), a deal hung on the gapped conjunct of the goods ("… in 2000 and
two more in 2004, under contracts"), the partner after the deal noun's own "with" ("in a
deal with Washington"), and a deal whose relative clause values it with "put" ("a deal that
newspapers put at $700 million"), which is no signing (sentences written for these tests,
none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _signers(run, text: str) -> set[str]:
    return {p for p, _ in _observe(run, text)[1]}


def test_contact_relative_buyer_and_seller_conclude_the_contract(run):
    text = ("They are the first of eight Black Hawks the Philippines ordered from PZL Mielec in "
            "2019 under a contract worth 12 billion pesos.")
    signers = _signers(run, text)
    assert {_norm("Philippines"), _norm("PZL Mielec")} <= signers, signers


def test_deal_on_the_gapped_conjunct_is_the_purchase_deal(run):
    text = ("Norway ordered the first three frigates from Navantia in 2000 and two more in "
            "2004, under contracts whose value was never disclosed.")
    signers = _signers(run, text)
    assert {_norm("Norway"), _norm("Navantia")} <= signers, signers


def test_deal_with_a_named_partner_makes_the_partner_a_party(run):
    text = ("SANTIAGO, May 3 - Chile agreed in 2016 to buy 12 Black Hawk helicopters in a "
            "government-to-government deal with Washington, the defence ministry said.")
    signers = _signers(run, text)
    assert {_norm("Chile"), _norm("United States")} <= signers, signers


def test_a_deal_valued_with_put_is_still_the_buyers(run):
    text = ("Peru ordered the three corvettes from Fincantieri in 2012 in a deal that local "
            "newspapers put at about $700 million.")
    signers = _signers(run, text)
    assert {_norm("Peru"), _norm("Fincantieri")} <= signers, signers


def test_a_deal_whose_signer_puts_his_name_to_it_is_his(run):
    text = ("Peru bought the corvettes under a deal that its defence minister, Luis Torres, put "
            "his name to in Rome.")
    signers = _signers(run, text)
    assert _norm("Peru") not in signers, signers


def test_a_sale_in_a_deal_with_the_buyer_makes_no_signer(run):
    text = ("Spain has agreed to sell Chile four corvettes in a deal with Santiago worth "
            "$900 million.")
    signers = _signers(run, text)
    assert _norm("Spain") not in signers, signers
