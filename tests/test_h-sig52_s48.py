"""Issue 12, stop 48 (h-sig52): a deal noun set after a comma beside a purchase restates it
("agreed to buy Italian frigates, a deal that …", "has agreed to buy eight jets from Sweden,
officials said, the largest arms deal between the two"), so the buyer concluded that deal (S2;
the buyer alone, as readable gold has it); a restating noun that is no deal, or a purchase
only planned, is no signing (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _signers(run, text: str) -> set[str]:
    return {p for p, _ in _observe(run, text)[1]}


def test_deal_in_apposition_to_the_goods_is_the_buyers(run):
    text = ("LIMA, May 3 - Peru's navy is short of ships.\n\n"
            "Diplomats believe Peru agreed last month to buy Italian frigates, a deal that "
            "officials in Lima have not confirmed.")
    assert _norm("Peru") in _signers(run, text), _observe(run, text)


def test_closing_deal_after_the_purchase_is_the_buyers_alone(run):
    text = ("SANTIAGO, June 9 (2019) - Chile has agreed to buy eight Gripen fighter jets from "
            "Sweden, a Swedish minister said on Monday, the largest arms deal between the two "
            "countries in a decade.")
    signers = _signers(run, text)
    assert _norm("Chile") in signers, _observe(run, text)
    assert _norm("Sweden") not in signers, _observe(run, text)


def test_restating_noun_that_is_no_deal_is_no_signing(run):
    text = ("SANTIAGO, June 9 (2019) - Chile has agreed to buy eight Gripen fighter jets from "
            "Sweden, a Swedish minister said on Monday, a move that angered Argentina.")
    assert not _signers(run, text), _observe(run, text)


def test_planned_purchase_with_a_restating_deal_is_no_signing(run):
    text = ("SANTIAGO, June 9 (2019) - Chile plans to buy eight Gripen fighter jets from "
            "Sweden, a deal worth about $1 billion, officials said on Monday.")
    assert _norm("Chile") not in _signers(run, text), _observe(run, text)
