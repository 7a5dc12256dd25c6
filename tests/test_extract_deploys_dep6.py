"""Issue 12, stop 23 (h-dep6): deployments onto a place, by men of a unit, and by a transport
that carries the force (sentences written for these tests, none taken from a corpus; real spaCy
parse). Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Italy flew 300 soldiers onto Lampedusa island.", {("Italy", "Lampedusa")}),
    ("Britain sent troops onto the streets of Belfast.", {("United Kingdom", "Belfast")}),
])
def test_onto_names_the_destination(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("India began flying men of the Kumaon Regiment to Leh.", {("India", "Leh")}),
    ("Britain sent men of the Parachute Regiment to Cyprus.", {("United Kingdom", "Cyprus")}),
    # men of no force are no force
    ("Britain sent men of letters to Cyprus.", set()),
])
def test_men_of_a_unit_are_a_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # the state of the air force, not the air force, deploys the men its helicopters carry
    ("India sent troops. Helicopters of the Indian Air Force began flying men of the Kumaon "
     "Regiment to Leh.", {("India", "Leh")}),
    # the ship's state, and a "to" the parser hangs on "from"
    ("The United States sent troops. Helicopters ferried troops of the 5th Infantry Division "
     "from the aircraft carrier USS Lincoln to the airport in Port-au-Prince.",
     {("United States", "Haiti")}),
    # the force's own nationality first
    ("Helicopters ferried French soldiers to Gao.", {("France", "Gao")}),
])
def test_a_transport_carrying_a_force_deploys_for_its_state(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Australian gunners flown to Malaysia", {("Australia", "Malaysia")}),
    ("Canada sent 200 gunners to Latvia.", {("Canada", "Latvia")}),
    ("Polish gunners say the guns are accurate.", set()),
])
def test_gunners_are_a_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow said it had no need to station its missiles in Cuba.", set()),
    ("Russia saw no need to send troops into Georgia.", set()),
    # a need that only motivates a deployment made leaves it a deployment
    ("Japan stationed missiles in Okinawa, citing the need to deter China.",
     {("Japan", "Okinawa")}),
])
def test_no_need_to_deploy_is_no_deployment(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain keeps the right to station troops in Belize.", set()),
    ("Britain has the right to station troops in Belize and stationed 900 soldiers there.",
     {("United Kingdom", "Belize")}),
])
def test_the_right_to_station_is_no_deployment(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


def test_a_datelines_place_hung_on_a_passive_is_not_its_patient(nlp):
    """"OSLO, Norway, May 3 - Two bombers have been deployed to …": the parser may make the
    dateline's place a second patient of the passive; the one after the dash is the verb's."""
    from spacy.tokens import Doc

    from kg.extract.relations._base import _subject

    words = ["OSLO", ",", "Norway", ",", "May", "3", "-", "Two", "bombers", "have", "been",
             "deployed", "to", "Iceland", "."]
    heads = [2, 0, 11, 2, 8, 4, 4, 8, 11, 11, 11, 11, 11, 12, 11]
    deps = ["compound", "punct", "nsubjpass", "punct", "nmod", "nummod", "punct", "nummod",
            "nsubjpass", "aux", "auxpass", "ROOT", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _subject(doc[11]) == (doc[8], True)
    # one patient: unchanged
    doc = Doc(nlp.vocab, words=words[7:], heads=[h - 7 for h in heads[7:]], deps=deps[7:])
    assert _subject(doc[4]) == (doc[1], True)


@pytest.mark.parametrize("text, expected", [
    # "to/aux quake-hit/VERB Haiti/dobj": the parser reads an infinitive
    ("Canada sends hundreds of troops and hospital ship to quake-hit Haiti",
     {("Canada", "Haiti")}),
    ("Brazil sends troops to quake-hit Haiti", {("Brazil", "Haiti")}),
])
def test_a_place_after_a_hyphened_participle_is_the_destination(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # a defence minister speaks for his state's forces: the state in his phrase, else the
    # dateline's
    ("MOSCOW, May 2 (Reuters) - Defence Minister Ivan Petrov said two battalions had been "
     "flown to Minsk overnight.", {("Russia", "Belarus")}),
    ("Germany's Defence Minister Karl Weber said 200 soldiers had been flown to Vilnius.",
     {("Germany", "Lithuania")}),
    # other speakers name no deployer
    ("MOSCOW, May 2 (Reuters) - Health Minister Ivan Petrov said two battalions had been "
     "flown to Minsk overnight.", set()),
    ("Defence Minister Ivan Petrov said two battalions had been flown to Minsk overnight.",
     set()),
])
def test_a_defence_minister_reporting_an_agentless_deployment(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Canada flew the first of about 900 soldiers to Latvia.", {("Canada", "Latvia")}),
    ("WASHINGTON, May 2 - Defense Secretary John Doe said the first of about 3,000 soldiers "
     "had been flown to Poland.", {("United States", "Poland")}),
    # the first of no force
    ("Canada flew the first of the ministers to Latvia.", set()),
])
def test_the_first_of_a_force_is_a_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # a force setting out: its state is the defence minister's
    ("Spain's Defence Minister Ana Ruiz said an advance party of 50 soldiers had left Madrid "
     "for Bamako.", {("Spain", "Mali")}),
    ("Spain sent an advance party of 50 soldiers to Bamako.", {("Spain", "Mali")}),
    ("Spain sent a party of ministers to Bamako.", set()),
])
def test_an_advance_party_of_soldiers_is_a_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
