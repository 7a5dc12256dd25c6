"""Issue 12, stop 21 (h-supp3): supply constructions of d206–d225 (sentences written for these
tests, none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest


def _triples(run, text):
    """(supplier, recipient or None, item or None) of each supply, by key, else by name."""
    _, rels = run(text)
    out = set()
    for r in rels:
        if r.relation != "supplies":
            continue
        for s in r.role("supplier"):
            for t in r.role("recipient") or [None]:
                for i in r.role("item") or [None]:
                    out.add((s.key or s.lemma, t and (t.key or t.lemma),
                             i and (i.key or i.lemma)))
    return out


# --- "bought X from A and Y from B": each object with its own "from" -----------------------


@pytest.mark.parametrize("text, expected, wrong", [
    # both "from" phrases on the verb
    ("Peru purchased patrol boats from Spain and fighter jets from Sweden last year.",
     {("Spain", "patrol boat"), ("Sweden", "fighter jet")},
     {("Sweden", "patrol boat"), ("Spain", "fighter jet")}),
    # both "from" phrases on the first object
    ("The junta also acquired Hind helicopter gunships from Belarus and T-55 tanks from "
     "Bulgaria, a report said.",
     {("Belarus", "Hind"), ("Bulgaria", "T-55 tank")},
     {("Belarus", "T-55 tank"), ("Bulgaria", "Hind")}),
])
def test_gapped_purchase_pairs_each_object_with_its_own_seller(role_pairs, text, expected, wrong):
    got = role_pairs(text, roles=("supplier", "item"))
    assert expected <= got
    assert not wrong & got


@pytest.mark.parametrize("text, expected", [
    # near-misses: one "from" for two objects, two sellers for one object
    ("Chile bought frigates and submarines from Britain.",
     {("United Kingdom", "frigate"), ("United Kingdom", "submarine")}),
    ("Peru bought tanks from Poland and Slovakia.", {("Poland", "tank"), ("Slovakia", "tank")}),
])
def test_one_from_phrase_still_holds_for_every_object(role_pairs, text, expected):
    assert expected <= role_pairs(text, roles=("supplier", "item"))


# --- ", giving X Y" after a receipt or an arrival: a result, not a second transfer -----------


@pytest.mark.parametrize("text, expected, wrong", [
    ("Chile's navy has taken delivery of two frigates from Britain, giving the country its "
     "largest warships.", ("United Kingdom", "frigate"), "Navy (Chile)"),
    ("The Kenyan army has received 40 howitzers from France, giving the government its "
     "heaviest guns yet.", ("France", "howitzer"), "Army (Kenya)"),
])
def test_result_participle_after_a_receipt_gives_nothing(role_pairs, text, expected, wrong):
    got = role_pairs(text, roles=("supplier", "item"))
    assert expected in got
    assert not {s for s, _ in got} & {wrong}


@pytest.mark.parametrize("text, expected", [
    # near-misses: the participle after a verb that is no receipt does give
    ("Libya backed the rebels for years, giving them rockets and mortars.",
     {("Libya", "rocket"), ("Libya", "mortar")}),
    ("Tehran has long supported the militia, giving it drones and anti-tank missiles.",
     {("Iran", "drone")}),
])
def test_participle_after_other_verbs_still_supplies(role_pairs, text, expected):
    assert expected <= role_pairs(text, roles=("supplier", "item"))


# --- "were delivered …, a source said, under a contract signed with Z": the deal's party ----


@pytest.mark.parametrize("text, expected", [
    ("Twelve Caesar howitzers were shipped to a port near Lima last month, a defence source "
     "said, under a contract signed with Nexter in 2019.", ("Nexter", "CAESAR howitzer")),
    ("Four Rafale jets were delivered to an air base outside Cairo, the ministry said, under "
     "an agreement signed with Dassault Aviation last year.", ("Dassault Aviation", "Rafale")),
])
def test_deal_after_an_interjected_source_names_the_supplier(role_pairs, text, expected):
    assert expected in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text, firm", [
    # near-misses: no deal after the source; no "with" party of a deal
    ("The tanks were delivered in March, the ministry said in a report on its talks with "
     "Rheinmetall.", "Rheinmetall"),
    ("The frigates were handed over in June, an official said, under a programme Naval Group "
     "had long opposed.", "Naval Group"),
])
def test_no_supplier_without_a_deal_party(role_pairs, text, firm):
    assert firm not in {s for s, _ in role_pairs(text, roles=("supplier", "item"))}


# --- a two-word nationality on goods bought from a named company is origin (SU6) -------------


def test_two_word_nationality_of_goods_from_a_named_firm_is_origin(role_pairs):
    text = ("Chile buys South Korean T-50 trainer jets\n\nSANTIAGO, May 4 - Chile has signed a "
            "contract with Korea Aerospace Industries for 12 T-50 jets, the defence ministry "
            "said.")
    got = role_pairs(text)
    assert ("Korea Aerospace Industries", "Chile") in got
    assert ("South Korea", "Chile") not in got


def test_two_word_nationality_stays_the_seller_when_the_state_sells(role_pairs):
    text = ("Chile buys South Korean K9 howitzers\n\nSANTIAGO, May 4 - Chile has bought 20 K9 "
            "howitzers from South Korea, the defence ministry said.")
    assert ("South Korea", "Chile") in role_pairs(text)


# --- "was negotiating with X to deliver": a plan, also when the infinitive parses as advcl ---


@pytest.mark.parametrize("text, firm", [
    ("Rosoboronexport was negotiating with the Algerian army to supply 40 T-90 tanks.",
     "Rosoboronexport"),
    ("Nexter has been negotiating with Lima for two years to sell 30 howitzers.", "Nexter"),
])
def test_negotiating_with_someone_to_supply_is_no_supply(role_pairs, text, firm):
    assert firm not in {s for s, _ in role_pairs(text, roles=("supplier", "item"))}


@pytest.mark.parametrize("text, expected", [
    # near-misses: a negotiation that ended in a supply; a purpose after a verb that plans
    # nothing
    ("After negotiating with the army for months, Rosoboronexport supplied 40 T-90 tanks.",
     ("Rosoboronexport", "T-90 tank")),
    ("Russia sent a team to Algiers to deliver 40 T-90 tanks.", ("Russia", "T-90 tank")),
])
def test_purpose_infinitive_after_other_verbs_still_supplies(role_pairs, text, expected):
    assert expected in role_pairs(text, roles=("supplier", "item"))


# --- "X signed a contract with <firm> to build Y for Z": the firm builds ---------------------


def test_firm_contracted_to_build_supplies_the_force_it_builds_for(run):
    got = _triples(run, "Chile signed a contract with the shipbuilder Asmar to build two "
                        "frigates for the Chilean navy.")
    assert ("Asmar", "Navy (Chile)", "frigate") in got
    assert not {t for t in got if t[0] == "Chile"}


@pytest.mark.parametrize("text, builder, signer", [
    # near-misses: the firm signs itself; the "with" party is a state
    ("Fincantieri signed a contract with Oman to build three corvettes for the Omani navy.",
     "Fincantieri", "Oman"),
    ("Peru signed a contract with Italy to build four corvettes for the Peruvian navy.",
     "Peru", "Italy"),
])
def test_builder_stays_when_no_firm_is_contracted(role_pairs, text, builder, signer):
    suppliers = {s for s, _ in role_pairs(text, roles=("supplier", "item"))}
    assert builder in suppliers
    assert signer not in suppliers


# --- the firm's goods and the headline's goods as one system ("Leopard tank" / "Leopard 2") --


_HEADLINE = "Peru buys German Leopard tanks in new order\n\nLIMA, May 4 (Reuters) - Peru has "


def test_nationality_on_the_same_system_sold_by_a_firm_is_origin(role_pairs):
    got = role_pairs(_HEADLINE + "bought 40 Leopard 2A4 battle tanks from Krauss-Maffei "
                                  "Wegmann, the company said on Thursday.")
    assert ("Krauss-Maffei Wegmann", "Peru") in got
    assert ("Germany", "Peru") not in got


def test_nationality_stays_the_seller_when_the_firm_sold_other_goods(role_pairs):
    got = role_pairs(_HEADLINE + "bought 40 Fuchs armoured cars and ten Boxer vehicles from "
                                  "Rheinmetall, the company said on Thursday.")
    assert ("Germany", "Peru") in got
