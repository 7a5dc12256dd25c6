"""Issue 12, stop 19: supply constructions (sentences written for these tests, none taken from
a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest


def _suppliers(run, text):
    _, rels = run(text)
    return {s.key or s.lemma for r in rels if r.relation == "supplies"
            for s in r.role("supplier")}


# --- "accused X of V-ing and arming Y": the accused arms, not the accuser --------------------


@pytest.mark.parametrize("text, expected", [
    # the parser coordinates "arming" with "accused", "training" a noun after "of"
    ("Israel has accused Syria and Iran of training and arming Hezbollah.",
     {("Syria", "Hezbollah"), ("Iran", "Hezbollah")}),
    ("Washington has long accused Tehran of funding, training and arming Hezbollah.",
     {("Iran", "Hezbollah")}),
    # the parser hangs "of" on the accused noun
    ("A UN panel accused Rwanda's defence minister, James Kabarebe, of commanding the "
     "rebellion and supplying the M23 with weapons.", {("James Kabarebe", "M23")}),
])
def test_the_accused_of_a_second_gerund_supplies(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text, accuser", [
    ("Israel has accused Syria and Iran of training and arming Hezbollah.", "Israel"),
    ("Washington has long accused Tehran of funding, training and arming Hezbollah.",
     "United States"),
])
def test_the_accuser_supplies_nothing(run, text, accuser):
    assert accuser not in _suppliers(run, text)


def test_a_finite_verb_after_the_accusation_keeps_its_own_subject(role_pairs):
    # "then sold": no gerund of the accusation, Israel itself sold
    text = "Israel accused Iran of spying and then sold drones to Azerbaijan."
    assert role_pairs(text) == {("Israel", "Azerbaijan")}


# --- ", including A and B, to/from X": the verb's recipient or seller after the list --------


@pytest.mark.parametrize("text, expected", [
    ("Eritrea had shipped arms, including surface-to-air missiles, to Hamas.",
     ("Eritrea", "Hamas")),
    ("Iran sold drones, including Shahed-136 drones, to Russia last year.", ("Iran", "Russia")),
    ("Algeria buys most of its arms, including T-90 tanks, from Russia.", ("Russia", "Algeria")),
    ("Hanoi, which lacks a domestic industry, buys most of its arms, including Kilo-class "
     "submarines and Su-30 fighters, from Moscow.", ("Russia", "Vietnam")),
])
def test_to_or_from_after_an_including_list_belongs_to_the_verb(role_pairs, text, expected):
    assert expected in role_pairs(text)


@pytest.mark.parametrize("text", [
    "Egypt bought weapons, including tanks, from 2015 onwards.",  # "from" a date: no seller
    "Russia sold India weapons, including tanks from its own stocks.",  # no comma: in the list
])
def test_a_from_inside_or_not_naming_a_seller_adds_none(run, text):
    assert _suppliers(run, text) <= {"Russia"}


def test_a_to_inside_the_list_is_no_recipient(role_pairs):
    # "flown to Cairo" describes one of the jets; no comma closes the list before it
    text = "France delivered Rafale jets to Qatar, including two flown to Cairo by its pilots."
    assert role_pairs(text) == {("France", "Qatar")}


# --- "spent money on <nationality> arms": the state the material's nationality names sells -


@pytest.mark.parametrize("text, expected", [
    ("Morocco has spent billions of dollars on American weapons since 2010.",
     {("United States", "Morocco")}),
    ("Egypt, which faces an insurgency in Sinai, spent about 6 billion euros on French "
     "warships and Rafale jets.", {("France", "Egypt")}),
    ("Saudi Arabia is spending 10 billion dollars on American missiles.",
     {("United States", "Saudi Arabia")}),
    ("Peru spent 400 million dollars on fighter jets from Belarus and Russia.",
     {("Belarus", "Peru"), ("Russia", "Peru")}),
])
def test_spending_on_a_nations_material_is_buying_from_it(role_pairs, text, expected):
    assert role_pairs(text) == expected


def test_the_items_of_the_spending_are_listed_after_including(role_pairs):
    text = ("Algeria has spent 7 billion dollars on Russian arms since 2006, including T-90 "
            "tanks and Su-30 fighters.")
    assert role_pairs(text, roles=("supplier", "item")) == {("Russia", "T-90 tank"),
                                                             ("Russia", "Su-30")}


@pytest.mark.parametrize("text", [
    "Chile spends a smaller share of its budget on defence than Peru.",  # no nationality
    "Kenya spent millions on Chinese advisers.",  # no material
    "Kenya spent millions on advisers from China.",
    "Poland will spend 4 percent of its economy on its armed forces.",
    "Russian officials spent the day on talks.",
])
def test_spending_on_no_foreign_material_is_no_supply(role_pairs, text):
    assert role_pairs(text) == set()


# --- "the first of 12 jets the Philippines ordered from X": a relative without "that" --------


@pytest.mark.parametrize("text, expected", [
    ("They will be the first of eight Black Hawks the Philippines ordered from PZL Mielec in "
     "2019.", ("PZL Mielec", "Philippines")),
    ("These are the first of 12 F-35 jets the Netherlands bought from Lockheed Martin, "
     "officials said.", ("Lockheed Martin", "Netherlands")),
    ("It is the second of four patrol vessels the Bahamas ordered from Damen in 2014.",
     ("Damen", "Bahamas")),
])
def test_the_subject_of_a_relative_without_that_receives(role_pairs, text, expected):
    assert expected in role_pairs(text)


@pytest.mark.parametrize("text", [
    # a participle after an apposition: no relative clause, the apposition receives nothing
    "Peru flies 12 jets, the Mirage 2000s bought from France in 1984.",
    # no supply verb: nothing to receive
    "Oslo ended restrictions both imposed after Turkish troops entered Syria.",
])
def test_an_apposition_before_a_participle_receives_nothing(role_pairs, text):
    assert not {r for _, r in role_pairs(text)} & {"Mirage 2000", "Syria", "Turkey"}
