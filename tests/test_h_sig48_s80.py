"""Issue 12, stop 80 (h-sig48): a bare "understanding" is an agreement only where it is
signed or reached ("understanding (<A>–<B>)", A1), never dated alone nor in "mutual
understanding"; an agentless participle that names one party after "with" ("under a credit
agreement concluded with X") makes the agreement of that party and the subject of the clause
the agreement is under, the "with" party signing (asserted), that subject only implied (S4)
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import DASH, _norm, _observe


def _deal(kind: str, *parties: str) -> str:
    return _norm(f"{kind} ({DASH.join(parties)})")


def test_an_understanding_reached_with_a_capital_is_signed_by_that_state(run):
    text = ("Peru is expected to pay for the radars under an understanding reached with Quito "
            "in May, diplomats said.")
    agreements, signed, _ = _observe(run, text)
    deal = _deal("understanding", "Peru", "Ecuador")
    assert deal in agreements, agreements
    assert (_norm("Ecuador"), deal) in signed, signed
    assert (_norm("Peru"), deal) not in signed, signed  # only implied (S4)


def test_an_agreement_concluded_with_a_seller_under_a_purchase_is_theirs(run):
    text = ("Chile is buying 12 frigates under a credit agreement concluded with Madrid last "
            "year, and the rest will follow in 2027.")
    agreements, signed, _ = _observe(run, text)
    deal = _deal("credit agreement", "Chile", "Spain")
    assert deal in agreements, agreements
    assert (_norm("Spain"), deal) in signed, signed
    assert (_norm("Chile"), deal) not in signed, signed  # the buyer only implied (S4)


def test_an_understanding_reached_by_a_leader_is_his(run):
    text = ("Norway and Sweden signed a treaty on the river on Monday. The court ruled in 1992 "
            "that an earlier understanding on the dam, reached by Prime Minister Lars Berg, was "
            "in effect a treaty.")
    agreements, signed, _ = _observe(run, text)
    assert any("understanding (" in a for a in agreements), agreements
    assert any(p == _norm("Lars Berg") and "understanding (" in a for p, a in signed), signed


def test_a_dated_understanding_alone_or_a_mutual_one_is_none(run):
    text = ("The ministry said Greece had drilled for oil in breach of a 1976 understanding. "
            "The talks were held in a spirit of mutual understanding, Athens said.")
    agreements, _, _ = _observe(run, text)
    assert not any("understanding" in a for a in agreements), agreements


def test_an_understanding_only_hoped_for_is_no_signing(run):
    text = "Chile and Peru hope to reach an understanding on fishing grounds next year."
    _, signed, _ = _observe(run, text)
    assert not any("understanding" in a for _, a in signed), signed
