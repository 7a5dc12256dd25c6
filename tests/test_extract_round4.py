"""Issue 12, round 4: agreement kinds and supply predicates (sentences written for these
tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _agreements(run, text):
    mentions, _ = run(text)
    return [m.key for m in mentions if m.cls == "Agreement"]


def _signed(run, text):
    _, rels = run(text)
    return {(p.key, a.key) for r in rels if r.relation == "signed"
            for p in r.role("party") for a in r.role("agreement")}


@pytest.mark.parametrize("text, key", [
    ("Chile said that Peru had signed letters of intent for six patrol boats.",
     "letter of intent (Chile–Peru)"),
    ("Norway and Finland signed a defence partnership in Oslo on Monday.",
     "defence partnership (Norway–Finland)"),
])
def test_loosely_named_agreement_kinds_are_agreements(run, text, key):
    assert key in _agreements(run, text)


def test_signing_a_defence_partnership_is_signed(run):
    found = _signed(run, "Norway and Finland signed a defense partnership in Oslo on Monday.")
    assert {("Norway", "defence partnership (Norway–Finland)"),
            ("Finland", "defence partnership (Norway–Finland)")} <= found


def _supplies(run, text):
    _, rels = run(text)
    return {(s.key, r.role("recipient")[0].key if r.role("recipient") else None, i.key)
            for r in rels if r.relation == "supplies"
            for s in r.role("supplier") for i in r.role("item")}


def test_purchase_of_items_from_a_seller_is_a_supply(run, gazetteer):
    found = _supplies(run, "The deal follows Chile's purchase of Leopard 2 tanks from Germany "
                           "last year.")
    tank = gazetteer.lookup("Leopard 2").label
    assert ("Germany", "Chile", tank) in found, found
    assert not any(s == "Chile" for s, _, _ in found)


def test_purchase_without_a_seller_is_no_supply(run):
    found = _supplies(run, "Chile's purchase of Leopard 2 tanks was criticised.")
    assert found == set()


@pytest.mark.parametrize("text", [
    "Greece bought Rafale jets from France in a deal that also included two frigates.",
    "France sold Rafale jets to Greece under a contract that included two frigates.",
])
def test_items_a_deal_includes_are_supplied(run, gazetteer, text):
    found = _supplies(run, text)
    items = {i for s, r, i in found if (s, r) == ("France", "Greece")}
    assert gazetteer.lookup("Rafale").label in items, found
    assert any("frigate" in i for i in items), found


def test_deal_items_need_a_supply(run):
    # a deal signed, nothing supplied in this sentence: its contents are no supply
    assert _supplies(run, "Greece signed a deal that included two frigates.") == set()


def test_deal_items_count_when_the_bought_object_names_no_weapon(run):
    found = _supplies(run, "Greece bought 18 of the aircraft from France in a deal that also "
                           "included two frigates.")
    assert any(s == "France" and "frigate" in i for s, _, i in found), found


@pytest.mark.parametrize("text", [
    "Two Leopard 2 tanks were delivered by Germany to Chile in May.",
    "The Leopard 2 tanks were handed over by Germany to Chile in May.",
])
def test_passive_supply_with_an_agent_keeps_its_item(run, gazetteer, text):
    found = _supplies(run, text)
    assert ("Germany", "Chile", gazetteer.lookup("Leopard 2").label) in found, found


def test_passive_supply_item_is_the_named_apposition(run):
    _, rels = run("The first of the frigates, PNS Example, was handed over by China to "
                  "Pakistan in May.")
    items = [i.span.text for r in rels if r.relation == "supplies" for i in r.role("item")]
    assert items == ["PNS Example"], items


def test_acronym_of_an_agreement_named_before_is_that_agreement(run):
    mentions, rels = run("Peru and Chile signed a Maritime Security Agreement in Lima on Friday. "
                         "Officials of both navies signed the MSA at a private ceremony.")
    acronym = [m for m in mentions if m.span.text == "MSA"]
    full = [m for m in mentions if m.span.text == "Maritime Security Agreement"]
    assert acronym and full and acronym[0].cls == "Agreement", [(m.span.text, m.cls)
                                                                 for m in mentions]
    assert acronym[0].key == full[0].key


def test_unrelated_acronym_stays_as_it_was(run):
    mentions, _ = run("Peru and Chile signed a Maritime Security Agreement in Lima. "
                      "NATO welcomed the step.")
    assert all(m.cls != "Agreement" for m in mentions if m.span.text == "NATO")


@pytest.mark.parametrize("text, parties", [
    ("Peru and Chile settled the dispute in a framework agreement signed with Bolivia in May.",
     {"Peru", "Chile", "Bolivia"}),
    ("Israel and Morocco restored ties in a joint declaration signed with Egypt.",
     {"Israel", "Morocco", "Egypt"}),
])
def test_clause_subject_signs_the_agreement_it_acts_in(run, text, parties):
    assert {p for p, _ in _signed(run, text)} == parties


def test_agreement_signed_by_an_agent_keeps_its_agent_only(run):
    found = _signed(run, "Peru and Chile settled the dispute in a framework agreement signed by "
                         "Bolivia in May.")
    assert {p for p, _ in found} == {"Bolivia"}


def test_reporter_of_a_clause_is_no_signer(run):
    found = _signed(run, "Peru took delivery of two tanks under a contract signed in May, "
                         "Defence Minister Juan Perez said.")
    assert not any(p == "Juan Perez" for p, _ in found), found
