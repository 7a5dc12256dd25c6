"""Issue 12, stop 22 (h-supp4): supply constructions of d226–d245 (sentences written for these
tests, none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest


def _suppliers(run, text):
    """The suppliers of the sentence's supplies."""
    _, rels = run(text)
    return {s.key or s.lemma for r in rels if r.relation == "supplies" for s in r.role("supplier")}


# --- "urged X to sell": a request is a plan, not a supply ---------------------------------


@pytest.mark.parametrize("text", [
    "Several senators have urged the Prime Minister, Jane Holloway, to sell more frigates to "
    "Chile before the election.",
    "Lithuania urged Germany not to send tanks to Belarus.",
    "The opposition called on the Dutch government to deliver more howitzers to Estonia.",
    "Activists encouraged Italy to supply patrol boats to Tunisia.",
])
def test_a_request_to_supply_is_no_supply(role_pairs, text):
    assert not role_pairs(text)


@pytest.mark.parametrize("text, expected", [
    # near-misses: the urging is beside the supply, not above it
    ("Italy, urged by the United States, sold frigates to Greece.", {("Italy", "Greece")}),
    ("Norway delivered howitzers to Estonia, urging its allies to follow.",
     {("Norway", "Estonia")}),
])
def test_a_supply_beside_an_urging_stays(role_pairs, text, expected):
    assert expected <= role_pairs(text)


# --- "X …, selling it jets": the object pronoun of a participial clause is not X -----------


@pytest.mark.parametrize("text, expected", [
    ("Sweden became Chile's largest arms supplier in the 1980s, selling it frigates and tanks.",
     {("Sweden", "Chile")}),
    ("France has become Qatar's main source of warships, selling it corvettes and patrol boats.",
     {("France", "Qatar")}),
])
def test_participle_object_pronoun_is_not_the_main_subject(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text, expected", [
    # near-miss: "making it …" predicates of the subject itself; no second object
    ("Slovakia handed over four jets to Ukraine, making it the second NATO member to send "
     "warplanes.", {("Slovakia", "Ukraine")}),
])
def test_small_clause_pronoun_keeps_the_subject(role_pairs, text, expected):
    got = role_pairs(text)
    assert expected <= got
    assert ("Slovakia", "Slovakia") not in got


# --- "has given Turkey jet fighters": a bare country name as indirect object ---------------


@pytest.mark.parametrize("text, expected", [
    ("Ottawa has given Latvia armoured vehicles and rifles since 2015.", {("Canada", "Latvia")}),
    ("Japan has sold Vietnam patrol boats.", {("Japan", "Vietnam")}),
    ("Moscow sent Syria tanks and rocket launchers last year.", {("Russia", "Syria")}),
])
def test_bare_country_name_before_the_object_receives(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text, expected, wrong", [
    # near-misses: a "to" recipient; an abbreviation used as an adjective; a weapon's name
    ("Canada sent US tanks to Poland.", {("Canada", "Poland")}, {("Canada", "United States")}),
    ("Washington sold Israel-made drones to Azerbaijan.", {("United States", "Azerbaijan")},
     {("United States", "Israel")}),
])
def test_name_modifier_with_a_to_recipient_is_no_recipient(role_pairs, text, expected, wrong):
    got = role_pairs(text)
    assert expected <= got
    assert not wrong & got


# --- "the X that the air force bought from Y": a relative clause the parser loses ----------


def _triples(run, text):
    """(supplier, recipient or None, item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(s.key or s.lemma, t and (t.key or t.lemma), i.key or i.lemma)
            for r in rels if r.relation == "supplies" for s in r.role("supplier")
            for t in r.role("recipient") or [None] for i in r.role("item")}


@pytest.mark.parametrize("text, expected", [
    ("The new jets will replace the Mirage fighters that the Peruvian air force bought from "
     "France in 1975.", ("France", "Air Force (Peru)", "Mirage")),
    ("The frigates will replace the Lupo-class ships that the Venezuelan navy bought from Italy "
     "in 1980.", ("Italy", "Navy (Venezuela)", "Lupo-class ship")),
])
def test_lost_relative_with_an_unpossessed_buyer(run, text, expected):
    assert expected in _triples(run, text)


@pytest.mark.parametrize("text", [
    # near-misses: "that" opens a complement, or the clause's verb buys nothing named
    "Lima denied reports that the Peruvian air force bought from Israel.",
    "The new jets will replace the Mirage fighters that the pilots flew in 1975.",
])
def test_no_lost_relative_without_a_bought_weapon(run, text):
    assert not _triples(run, text)


# --- "gave assurances that the jets …": weapons in a content clause are not given ----------


@pytest.mark.parametrize("text, wrong", [
    ("Chile has given guarantees that the frigates it bought from Britain will not be resold.",
     ("Chile", "frigate")),
    ("Argentina has given assurances that the Mirage jets would not be passed on to other "
     "countries.", ("Argentina", "Mirage")),
])
def test_weapons_of_a_content_clause_are_not_supplied(role_pairs, text, wrong):
    assert wrong not in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text, expected", [
    # near-misses: a relative clause on the object, a clause inside a list of material
    ("Britain gave Chile two frigates that had served in the Falklands.",
     ("United Kingdom", "frigate")),
    ("Russia supplied equipment that included T-72 tanks.", ("Russia", "T-72 tank")),
    ("Chile has given guarantees that the frigates it bought from Britain will not be resold.",
     ("United Kingdom", "frigate")),
])
def test_relative_clauses_on_the_object_still_hold_items(role_pairs, text, expected):
    assert expected in role_pairs(text, roles=("supplier", "item"))


# --- "The contract covers X": a deal's listed weapons are supplied under it ---------------


def _items(role_pairs, text):
    """The (supplier, item) pairs of a short text, across its sentences."""
    return role_pairs(text, roles=("supplier", "item"))


def test_contract_covers_weapons_after_a_stated_sale(role_pairs):
    text = ("Peru has agreed to buy Mirage jets from France in a deal worth 200 million dollars. "
            "Officials said the contract, worth about 200 million dollars, covers Mirage 5 "
            "fighters, Mirage III interceptors and Exocet missiles.")
    assert {("France", "Mirage 5"), ("France", "Mirage III"), ("France", "Exocet")} <= \
        _items(role_pairs, text)


@pytest.mark.parametrize("second", [
    # near-misses: the services a deal covers name weapons they are for, not weapons sold
    "Officials said the contract covers the training of pilots and mechanics for the Exocet "
    "missiles.",
    "Officials said the contract covers spare parts for the Exocet missiles.",
    "Officials said the contract covers the design and delivery of the Exocet missiles.",
])
def test_contract_covering_services_for_weapons_supplies_none(role_pairs, second):
    text = ("Peru has agreed to buy Mirage jets from France in a deal worth 200 million dollars. "
            + second)
    assert ("France", "Exocet") not in _items(role_pairs, text)


# --- "arming the X militia": an armed group's name on a noun of armed groups ----------------


@pytest.mark.parametrize("text, expected", [
    ("Iran has armed the Hezbollah militia since the 1980s.", ("Iran", "Hezbollah")),
    # "Polisario" is listed as Polisario Front's short name since stop 65 (h-ent24)
    ("A report accused Sudan of supplying the Polisario guerrillas.", ("Sudan", "Polisario Front")),
])
def test_named_armed_group_object_receives(role_pairs, text, expected):
    assert expected in role_pairs(text)


@pytest.mark.parametrize("text, wrong", [
    # near-misses: a state's adjective on the group noun; a named group that is not armed
    ("Qatar has armed the Libyan militias.", ("Qatar", "Libya")),
    ("Norway has supplied the Red Cross teams with trucks.", ("Norway", "Red Cross")),
])
def test_nationality_on_an_armed_group_noun_is_no_recipient(role_pairs, text, wrong):
    assert wrong not in role_pairs(text)
