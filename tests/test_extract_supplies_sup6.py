"""Issue 12, stop 23 (h-sup6): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest

# --- "bought $N worth of Russian weapons": the nationality through an amount (SU6) ---------


@pytest.mark.parametrize("text, expected", [
    ("Peru has bought some $3 billion worth of Russian arms since 2010, including T-90 tanks.",
     {("Russia", "Peru")}),
    ("Chile has bought growing numbers of French and Italian weapons in recent years.",
     {("France", "Chile"), ("Italy", "Chile")}),
    ("Mali received Russian and Chinese helicopters last year.",
     {("Russia", "Mali"), ("China", "Mali")}),
])
def test_the_nationality_of_bought_material_names_the_seller(role_pairs, text, expected):
    assert expected <= role_pairs(text)


def test_the_amount_keeps_its_listed_items(role_pairs):
    text = "Peru has bought some $3 billion worth of Russian arms since 2010, including T-90 tanks."
    assert ("Russia", "T-90 tank") in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text", [
    "Peru bought $2 billion worth of Russian advisers.",  # no material
    "Peru has bought some $3 billion worth of weapons since 2010.",  # no nationality
])
def test_no_seller_without_material_of_a_nationality(role_pairs, text):
    assert not role_pairs(text)


# --- "Thales will deliver the first six radars": a firm's obligation under an earlier deal ---


def _lines(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma, tuple(sorted(m.key or m.lemma
                                                        for m in r.role("item"))))
            for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("recipient")}


CONTRACT = ("Peru is rebuilding its air force. Peru's air force ordered 12 Super Tucano "
            "aircraft from Embraer in March. ")


@pytest.mark.parametrize("later", [
    "Embraer will deliver the first six aircraft in 2027, the company said.",
    "Embraer will deliver the remaining aircraft by the end of the year.",
])
def test_a_firms_later_delivery_goes_to_the_buyer_state(run, later):
    assert ("Embraer", "Peru", ("Super Tucano",)) in _lines(run, CONTRACT + later)


@pytest.mark.parametrize("later", [
    "Embraer hopes to deliver more aircraft to the region.",  # a hope, no obligation
    "Embraer delivered the first six aircraft to Chile last year.",  # past, its own buyer
    "Embraer will deliver spare parts.",  # no goods of the deal, no weapon named
])
def test_no_borrowed_buyer_without_an_obligation_on_the_deals_goods(run, later):
    assert ("Embraer", "Peru", ("Super Tucano",)) not in _lines(run, CONTRACT + later)


def test_no_borrowed_buyer_without_an_earlier_supply(run):
    text = "Embraer will deliver the first six aircraft in 2027, the company said."
    assert not _lines(run, text)


# --- "…, and the navy hopes to acquire frigates": a plan in a conjoined clause (SU3) ----------


@pytest.mark.parametrize("text", [
    "Officials said a cutter could be transferred next year, and Peru hopes to acquire "
    "frigates from Italy.",
    "Chile retired its old tanks last year and wants to buy Leopard tanks from Germany.",
])
def test_a_conjoined_planning_head_plans_its_infinitive(role_pairs, text):
    assert not role_pairs(text)


def test_a_purchase_beside_a_plan_still_stands(role_pairs):
    text = "Peru bought two frigates from Italy in 2015 and hopes to acquire submarines."
    assert ("Italy", "Peru") in role_pairs(text)


# --- ", the largest purchase of combat aircraft": a summing deal noun adds no item ----------


def _items(run, text):
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "supplies" for m in r.role("item")}


@pytest.mark.parametrize("text, expected", [
    ("Peru bought 12 Mirage 2000 fighters from France in 1984, the first sale of French "
     "combat aircraft to the region.", {"Mirage 2000"}),
    ("Chile signed a contract with Saab for 10 Gripen fighter jets, the largest purchase of "
     "combat aircraft in its history.", {"Gripen"}),
])
def test_a_summing_deal_noun_names_no_further_item(run, text, expected):
    assert _items(run, text) == expected


def test_a_summary_alone_keeps_its_item(run):
    text = "Peru bought the jets from France, the first sale of French combat aircraft to Peru."
    assert "fighter jet" in _items(run, text)


# --- "The contract, covering four corvettes, was signed by …": the deal's contents ---------


def test_a_participle_on_the_deal_lists_its_contents(run):
    text = ("Peru signed a contract with Fincantieri on Monday for six naval vessels. "
            "The contract, covering four corvettes and two frigates, was signed by the "
            "defence minister.")
    lines = _lines(run, text)
    assert any(s == "Fincantieri" and r == "Peru" and "corvette" in items
               for s, r, items in lines)


def test_a_participle_on_another_noun_lists_nothing(run):
    text = ("Peru signed a contract with Fincantieri on Monday for six naval vessels. "
            "The inspection, covering four corvettes, ended on Friday.")
    assert not any("corvette" in items for _, _, items in _lines(run, text))


# --- "Bulgaria, whose armies it has equipped with tanks": the antecedent state receives ----


@pytest.mark.parametrize("text, expected", [
    ("Diplomats said Russia had troops in Serbia, whose army it has equipped with tanks.",
     ("Russia", "Serbia")),
    # (a "whose" service that takes in goods is that state's service, as readable dev gold
    # d168 and d812 annotate "whose navy" (E17); s57 h-sup68)
    ("Egypt, whose navy received two frigates from France last year, is buying more.",
     ("France", "Navy (Egypt)")),
])
def test_whose_forces_belong_to_the_antecedent(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_whose_non_force_noun_names_no_recipient(role_pairs):
    text = "Diplomats said Russia had troops in Serbia, whose leader it has supplied with tanks."
    assert not any(r == "Serbia" for _, r in role_pairs(text))


# --- "has given Peru $2 billion since 2000, including Black Hawk helicopters" ---------------


def test_money_that_lists_weapons_is_a_supply(role_pairs):
    text = ("The United States has given Peru more than $2 billion, mostly in military aid, "
            "since 2000, including Black Hawk helicopters.")
    assert ("United States", "Peru") in role_pairs(text)
    assert ("United States", "Black Hawk") in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text", [
    "Japan lent Vietnam $300 million to buy patrol vessels.",
    "Russia agreed to lend Peru $2 billion for further purchases, including T-72 tanks.",
    "Russia has lent Peru $1 billion for new purchases, including T-90 tanks.",
])
def test_money_for_purchases_is_no_supply(role_pairs, text):
    assert not role_pairs(text)
