"""Issue 12, stop 82 (h-prec5): supplies precision.

- A headline's nationality on goods a firm of the body sold to the same buyer is the goods'
  origin, not their seller (SU6), also where the nationality sits on a named system's phrase
  with a kind noun the supply-object list lacks ("first Italian M-346 trainers"), where the
  body's buyer is the state's armed service ("the Peruvian Air Force took delivery"), and where
  the headline's generic kind meets the firm's named system by its noun ("Israeli patrol boats"
  beside "Shaldag boats"): ``_without_superseded_origins`` in kg/extract/relations/supplies.py.
- A state whose possessive sits on an untagged proper name sold from ("from Chile's Cardoen")
  is the firm's home, not the seller (E9, SU6): ``_untagged_owned_seller``.

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, origin, firm", [
    ("Peru receives first Italian M-346 trainers for its flight school\n\n"
     "LIMA, May 2 - Peru took delivery on Monday of the first four of ten M-346 jet trainers "
     "that it bought from the Italian company Leonardo last year, the air force said.\n",
     ("Italy", "Peru"), ("Leonardo", "Peru")),
    ("Ghana takes delivery of first British Hawk jets\n\n"
     "ACCRA, March 3 - The Ghana Air Force received the first six of 12 Hawk jet trainers "
     "ordered from BAE Systems at a ceremony at the air base in Tamale on Friday, officials "
     "said.\n",
     ("United Kingdom", "Ghana"), ("BAE Systems", "Air Force (Ghana)")),
])
def test_headline_nationality_on_a_firms_goods_is_origin(supply_pairs, text, origin, firm):
    pairs = supply_pairs(text)
    assert origin not in pairs
    assert firm in pairs


def test_headline_nationality_confirmed_by_the_state_stays_seller(supply_pairs):
    # the body names the state itself as the seller of that kind to that buyer: it sold
    text = ("Peru receives first Italian M-346 trainers for its flight school\n\n"
            "LIMA, May 2 - Peru took delivery on Monday of the first four of ten M-346 jet "
            "trainers that it bought from Italy last year, the air force said.\n")
    assert ("Italy", "Peru") in supply_pairs(text)


def test_a_generic_headline_kind_confirmed_by_the_states_named_sale(supply_pairs):
    # the state itself sold that buyer a named system: the headline's generic kind stays its
    text = ("Peru's air force takes delivery of first Russian attack helicopters\n\n"
            "LIMA, May 2 - Peru's air force received its first four Mi-35M attack helicopters "
            "from Russia on Monday. Peru bought eight of them from Rosoboronexport, the Russian "
            "state arms exporter, the air force said.\n")
    assert ("Russia", "Air Force (Peru)") in supply_pairs(text)


@pytest.mark.parametrize("text, home", [
    ("Iraq buys cluster bombs from Chile's Cardoen\n\n"
     "SANTIAGO, March 15 - Iraq has bought thousands of cluster bombs from Cardoen, a "
     "Chilean arms maker, industry sources said.\n", ("Chile", "Iraq")),
])
def test_possessor_of_an_untagged_seller_is_its_home(supply_pairs, text, home):
    assert home not in supply_pairs(text)


def test_a_state_sold_from_in_its_own_name_stays_seller(supply_pairs):
    text = "Iraq has bought thousands of cluster bombs from Chile, industry sources said."
    assert ("Chile", "Iraq") in supply_pairs(text)
