"""Issue 12, stop 30, h-agr7: a year-dated contract that an article's goods come under is the
article's deal of its buyer and seller (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements  # the same look-up as round 4


@pytest.mark.parametrize("text, key", [
    ("Peru has received the first of eight patrol boats from Spain's Navantia. Navantia is to "
     "deliver the other boats by next year under the 2019 contract. Officials said the deal "
     "was worth about $300 million.", "arms deal (Peru–Navantia)"),
    ("Kenya took delivery of six helicopters from the Italian firm Leonardo on Monday. The "
     "aircraft were supplied under a 2018 contract, the ministry said.",
     "arms deal (Kenya–Leonardo)"),
])
def test_goods_under_a_dated_contract_are_the_articles_deal(run, text, key):
    assert set(_agreements(run, text)) == {key}


@pytest.mark.parametrize("text, key", [
    # the contract names a party that is none of the article's: a deal of its own
    ("Peru has received new patrol boats from Spain's Navantia. Its old frigates were bought "
     "under a 1974 contract with Italy.", "1974 arms deal"),
    # no goods come under it: a contract honoured is not the article's purchase
    ("Peru has received new patrol boats from Spain's Navantia. The minister said Lima would "
     "honour the 2015 contract.", "2015 arms deal"),
])
def test_dated_contracts_of_other_parties_keep_their_year(run, text, key):
    assert key in _agreements(run, text)


# --- goods bought or paid for "under a <year> agreement": an arms deal (d379, d319) ------------

@pytest.mark.parametrize("text, key", [
    ("Chile has received the first four trainers bought from Brazil's Embraer. The government "
     "paid about $40 million for the four aircraft under a 2012 agreement. Critics said the "
     "deal was too costly.", "arms deal (Chile–Embraer)"),
    ("Kenya is to receive two patrol boats from Spain under a 2016 agreement, the "
     "ministry said.", "arms deal (Kenya–Spain)"),
])
def test_an_agreement_goods_are_bought_under_is_an_arms_deal(run, text, key):
    assert set(_agreements(run, text)) == {key}


def test_troops_sent_under_a_dated_treaty_make_no_arms_deal(run):
    text = ("Moscow sent troops to Kabul. Tass said the force had been sent at the request of "
            "the Afghan leaders under the 1978 treaty.")
    assert not any(k and k.startswith("arms deal") for k in _agreements(run, text))
