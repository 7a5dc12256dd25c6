"""Issue 12, stop 47 (h-sig51): the article's first agreement, a bare "an agreement" that a
signing verb takes as its object or a signing participle describes, with too few named parties
to be named itself ("A has concluded an agreement to buy arms from B", "under an agreement
concluded with Berlin"), is the unnamed deal that a later "the deal" / "the agreement" refers
back to (A1), so its signing is a `signed` line (S1, S4); a later indefinite deal is not
taken for it (sentences written for these tests, none taken from a corpus; real
spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _signed_pairs(run, text: str) -> set[tuple[str, str]]:
    return _observe(run, text)[1]


def _signers(run, text: str) -> set[str]:
    return {p for p, _ in _signed_pairs(run, text)}


def test_concluded_an_agreement_to_buy_is_the_later_deal(run):
    text = ("LIMA, May 3 - Peru has concluded an agreement to buy six frigates from Italy, "
            "officials said on Friday.\n\n"
            "The deal, worth about 300 million dollars, was approved by the cabinet last month.")
    pairs = _signed_pairs(run, text)
    assert _norm("Peru") in {p for p, _ in pairs}, pairs
    agreements = _observe(run, text)[0]
    assert {a for _, a in pairs} <= agreements and len(agreements) == 1, (pairs, agreements)


def test_agreement_concluded_with_a_capital_is_that_states(run):
    text = ("NAIROBI, June 9 - Kenya's army will receive 40 armoured cars from the stocks of "
            "the French army under an agreement concluded with Paris this week, the ministry "
            "said.\n\n"
            "Kenya has bought weapons from France before. The deal gives the army modern "
            "vehicles at a fraction of the cost of new ones.")
    assert _norm("France") in _signers(run, text), _signed_pairs(run, text)


def test_a_later_indefinite_deal_is_not_the_lead_agreement(run):
    text = ("LIMA, May 3 - Peru has concluded an agreement to buy six frigates from Italy, "
            "officials said on Friday.\n\n"
            "Chile signed a deal with Spain for four corvettes last year.")
    # (Peru signs its own purchase agreement, named from its seller since h-sig53, not Chile's)
    peru = {a for p, a in _signed_pairs(run, text) if p == _norm("Peru")}
    assert peru <= {_norm("arms deal (Peru\u2013Italy)")}, _signed_pairs(run, text)


def test_treaty_the_new_agreement_puts_into_effect_is_not_its_name(run):
    text = ("QUITO, March 2 - Ecuador and Colombia signed an agreement on Monday that carries "
            "out the remaining articles of the 1916 Treaty of Bogota, ending a long quarrel.\n\n"
            "The Act of Ipiales was signed in the border town by the two foreign ministers.")
    pairs = _signed_pairs(run, text)
    assert (_norm("Ecuador"), _norm("Treaty of Bogota")) not in pairs, pairs


def test_treaty_a_time_is_counted_from_is_not_the_new_one(run):
    text = ("ROME, May 5 - The Italian and Spanish prime ministers signed a treaty on Friday "
            "pledging closer defence cooperation, forty years after the Treaty of Madrid.\n\n"
            "The Treaty of Rome commits the two states to hold yearly summits.")
    pairs = _signed_pairs(run, text)
    assert not any(a == _norm("Treaty of Madrid") for _, a in pairs), pairs
