"""Issue 12, stop 48 (h-sig53): an indefinite bare agreement word that a signing verb takes as
its object, made "to buy … from" a named seller ("to sell … to" a named buyer, "for the
purchase of … from"), is a purchase agreement: the unnamed arms deal of its signer and that
party (A1), which the signer signs (S1, S2), as "signed a contract to buy … from" already is
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

DASH = "\u2013"


def _deal(*parties: str) -> str:
    return _norm(f"arms deal ({DASH.join(parties)})")


def test_signed_an_agreement_to_buy_from_a_seller(run):
    text = "Peru has signed an agreement to buy six frigates from Italy, officials said."
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_deal("Peru", "Italy")}, agreements
    assert (_norm("Peru"), _deal("Peru", "Italy")) in signed, signed
    assert (_norm("Italy"), _deal("Peru", "Italy")) not in signed, signed  # S2: not its clause


def test_concluded_an_agreement_to_buy_in_one_sentence(run):
    text = "Bolivia concluded an agreement to buy twelve trainers from Brazil on Monday."
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_deal("Bolivia", "Brazil")}, agreements
    assert (_norm("Bolivia"), _deal("Bolivia", "Brazil")) in signed, signed


def test_a_priced_agreement_whose_goods_the_parser_splits(run):
    text = ("Last spring Kenya signed a $90 million agreement to buy lorries, armoured "
            "personnel carriers and mortars from Poland, a deal that alarmed its neighbours.")
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_deal("Kenya", "Poland")}, agreements
    assert (_norm("Kenya"), _deal("Kenya", "Poland")) in signed, signed


def test_signed_an_agreement_to_sell_to_a_buyer(run):
    text = "Spain has signed an agreement to sell two corvettes to Ecuador, the ministry said."
    agreements, signed, _ = _observe(run, text)
    assert agreements == {_deal("Spain", "Ecuador")}, agreements
    assert (_norm("Spain"), _deal("Spain", "Ecuador")) in signed, signed


def test_an_agreement_for_the_purchase_of(run):
    text = "Chile signed an accord for the purchase of four submarines from France."
    agreements, _, _ = _observe(run, text)
    assert agreements == {_deal("Chile", "France")}, agreements


def test_an_agreement_on_cooperation_is_no_purchase(run):
    text = "Peru has signed an agreement on naval cooperation with Italy, officials said."
    agreements, _, _ = _observe(run, text)
    assert _deal("Peru", "Italy") not in agreements, agreements


def test_the_agreement_to_buy_refers_back(run):
    text = ("Peru signed a defence pact with Chile in March.\n\n"
            "The agreement to buy frigates from Italy was criticised in Lima.")
    agreements, _, _ = _observe(run, text)
    assert _deal("Peru", "Italy") not in agreements, agreements


def test_goods_the_parser_hangs_on_the_signing_verb_are_bought(run):
    text = ("Last spring Kenya signed a $90 million agreement to buy lorries, armoured "
            "personnel carriers and mortars from Poland, a deal that alarmed its neighbours.")
    _, _, supplies = _observe(run, text)
    assert {(_norm("Poland"), _norm("Kenya")), (_norm("Poland"), _norm("mortar"))} <= supplies, \
        supplies
