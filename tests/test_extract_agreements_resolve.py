"""Issue 12 (h-agr2): which agreement a bare agreement word ("a treaty", "an agreement") refers
to across the document, each tested on sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe


def test_a_treaty_is_the_treaty_named_in_the_next_sentence(run):
    _, signed, _ = _observe(run, "Chile and Peru signed a treaty in Lima on Tuesday. Under the "
                                 "Andean Border Treaty, each country will cut its border forces.")
    assert signed >= {("chile", "andean border treaty"), ("peru", "andean border treaty")}


def test_a_headline_treaty_is_named_two_sentences_on(run):
    _, signed, _ = _observe(run, "Chile and Peru sign treaty on border forces\n\nLIMA, May 2 - "
                                 "Chile and Peru signed a treaty on Tuesday to cut border forces."
                                 " Under the Andean Border Treaty, each side keeps 500 troops.")
    assert ("chile", "andean border treaty") in signed
    assert ("peru", "andean border treaty") in signed


def test_an_agreement_is_not_an_agreement_named_only_much_later(run):
    _, signed, _ = _observe(run, "Ghana signed an agreement with Togo on Friday. The two "
                                 "presidents met in Accra. Talks lasted two days. Officials "
                                 "recalled that the Volta Basin Agreement of 1990 still governs "
                                 "the river.")
    assert not any(a == "volta basin agreement" for _, a in signed)


def test_a_treaty_is_not_a_next_agreement_without_the_word(run):
    _, signed, _ = _observe(run, "Ghana and Togo signed a treaty on Friday. The Volta Basin "
                                 "Agreement was also discussed.")
    assert not any(a == "volta basin agreement" for _, a in signed)


def test_a_memorandum_is_the_one_memorandum_named_before(run):
    _, signed, _ = _observe(run, "The Accra Memorandum was drafted in March. Ghana and Togo "
                                 "signed a memorandum on Friday, officials said.")
    assert ("ghana", "accra memorandum") in signed


def test_a_treaty_is_the_first_of_two_treaties_named_next(run):
    _, signed, _ = _observe(run, "Chile and Peru signed a treaty on Tuesday. The Andean Border "
                                 "Treaty replaces the Lima Treaty of 1990, which expired in May.")
    assert ("chile", "andean border treaty") in signed
    assert not any(a == "lima treaty" for _, a in signed)


def test_a_similar_agreement_is_the_same_kind_with_its_own_parties(run):
    agreements, signed, _ = _observe(run, "Japan and Peru signed the Pacific Access Agreement "
                                          "in May. Japan signed a similar agreement with Chile "
                                          "in June.")
    assert ("chile", "pacific access agreement (japan\u2013chile)") in signed
    assert ("chile", "pacific access agreement") not in signed


def test_a_second_deal_of_the_same_parties_is_named_after_its_goods(run):
    agreements, _, _ = _observe(run, "Chile bought two frigates from Spain in a $2 billion deal "
                                     "in March. In May, Chile and Spain concluded a contract for "
                                     "40 Leopard tanks, officials said.")
    assert "tank deal (chile\u2013spain)" in agreements
    assert "arms deal (chile\u2013spain)" in agreements


@pytest.mark.parametrize("text", [
    # the same goods: the same deal
    "Chile bought 40 tanks from Spain in a deal in March. In May, Chile and Spain signed a "
    "contract for 40 Leopard tanks, officials said.",
    # a headline's deal retold in the text: the same deal
    "Chile signs deal with Spain for tanks\n\nChile and Spain signed a contract for 40 Leopard "
    "tanks on Monday, officials said.",
])
def test_a_deal_retold_is_not_a_second_deal(run, text):
    agreements, _, _ = _observe(run, text)
    assert not any(a.startswith("tank deal") for a in agreements)


def test_the_contract_without_own_parties_is_the_contract_named_later(run):
    agreements, _, _ = _observe(run, "Britain said Chad was under an embargo at the time of the "
                                     "contract. Bulgaria sold 30 tanks to Niger under a contract "
                                     "signed in 2005.")
    assert "arms deal (bulgaria\u2013niger)" in agreements
    assert not any("chad" in a or "britain" in a or "united kingdom" in a for a in agreements)
