"""Issue 12, stop 47 (s54 h-sup63): supplies that kg invented on plans and on money.

A wish or commitment before a purchase ("interested in buying", "committed to buying", "close
to ordering"), a demand that something be handed over ("demanded that X return …") and a sum
or service of aid ("gives Y $2 billion in military aid", "providing technical assistance") are
no supply (dev conventions SU3, SU11); a sum whose weapons are listed, or aid conjoined with
arms, still is. Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _supplies(run, text):
    _, relations = run(text)
    return [rel for rel in relations if rel.relation == "supplies"]


def _pairs(run, text):
    return {(s.key or s.span.text, o.key or o.span.text) for rel in _supplies(run, text)
            for s in rel.role("supplier") for o in (*rel.role("recipient"), *rel.role("item"))}


@pytest.mark.parametrize("text", [
    "Officials said Chile was interested in buying two Type 23 frigates from Britain.",
    "The minister said Peru remained committed to buying 12 MiG-29 fighters from Russia.",
    "Oman is said to be close to ordering Eurofighter Typhoon jets from Britain.",
])
def test_a_wish_or_commitment_to_buy_is_no_supply(run, text):
    assert not _supplies(run, text), _pairs(run, text)


def test_a_demand_that_goods_be_returned_is_no_supply(run):
    text = ("MOSCOW, May 3 - The Kremlin demanded on Monday that Norway return a Russian navy "
            "helicopter pilot and his Ka-27 helicopter, a day after he landed at Tromso.")
    assert not _supplies(run, text), _pairs(run, text)


@pytest.mark.parametrize("text", [
    "Washington, which gives Amman about 400 million dollars in military aid a year, "
    "welcomed the vote.",
    "The plan will be paid for out of the 2 billion dollars in military aid that Washington "
    "gives Bogota every year.",
    "An embassy spokesman said British officers were providing technical assistance to "
    "Kenyan troops near the border.",
])
def test_money_or_service_of_aid_is_no_supply(run, text):
    assert not _supplies(run, text), _pairs(run, text)


def test_aid_with_its_weapons_listed_stays_a_supply(run):
    text = ("Britain has given Kenya more than 90 million dollars in military aid since 2010, "
            "including Land Rover vehicles and Javelin anti-tank missiles.")
    assert _supplies(run, text)


def test_a_sold_deal_beside_a_close_one_stays_a_supply(run):
    pairs = _pairs(run, "Britain sold Jordan 40 Challenger tanks last year and is close to "
                        "a deal for more.")
    assert ("United Kingdom", "Jordan") in pairs, pairs
