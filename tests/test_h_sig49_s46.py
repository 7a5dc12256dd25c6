"""Issue 12, stop 46 (h-sig49): "A and B agreed to <do> … in a <document>" — the "in" phrase
of what the parties agreed to do names the document they agreed it in, and the subject of
"agreed" concluded it (S1), also where the parser hangs the phrase on a participle clause of
the infinitive; "under" a deal stays an earlier deal's (sentences written for these tests,
none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _signed_pairs(run, text: str) -> set[tuple[str, str]]:
    return _observe(run, text)[1]


def _signers(run, text: str) -> set[str]:
    return {p for p, _ in _signed_pairs(run, text)}


def test_headline_agrees_to_hand_in_named_accord(run):
    text = "Chile agrees to return disputed islets to Peru in Arica accord"
    assert _norm("Chile") in _signers(run, text), _signed_pairs(run, text)


def test_agreed_to_restore_ties_in_a_border_agreement(run):
    text = ("Chile and Peru agreed today to restore diplomatic relations, ending a quarrel of "
            "ten years, in a border agreement reached after two days of talks.")
    assert {_norm("Chile"), _norm("Peru")} <= _signers(run, text), _signed_pairs(run, text)


def test_agreed_under_an_earlier_treaty_is_no_signing(run):
    text = "Chile agreed to give Peru ten tanks under a 1990 treaty."
    assert _signers(run, text) == set(), _signed_pairs(run, text)


def test_agreed_to_talk_in_a_city_is_no_signing(run):
    text = "Chile and Peru agreed to open talks in Lima on Monday."
    assert _signers(run, text) == set(), _signed_pairs(run, text)


def test_agreed_to_sell_in_a_deal_is_the_sellers_sale(run):
    text = "Spain has agreed to sell Chile four corvettes in a deal worth about $900 million."
    assert _norm("Spain") not in _signers(run, text), _signed_pairs(run, text)
