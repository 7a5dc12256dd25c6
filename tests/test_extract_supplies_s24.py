"""Issue 12, stop 24 (h-sup7): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest


def _lines(run, text, relation="supplies"):
    """(first role key, second role key, items) of each line of ``relation``."""
    _, rels = run(text)
    first, second = ("supplier", "recipient") if relation == "supplies" else \
        ("deployer", "destination")
    return {(a.key or a.lemma, b.key or b.lemma if b else None,
             tuple(sorted(m.key or m.lemma for m in r.role("item"))))
            for r in rels if r.relation == relation
            for a in r.role(first) for b in (r.role(second) or [None])}


# --- "flew anti-tank weapons to", "are flying in tanks": freight that does not fly itself ----


@pytest.mark.parametrize("text, expected", [
    ("Canada has flown 3,000 anti-tank weapons to the Ukrainian army since March.",
     ("Canada", "Army (Ukraine)", ("anti-tank weapon",))),
    ("Last month Norway flew 500 rifles to Estonia.", ("Norway", "Estonia", ("rifle",))),
])
def test_flying_weapons_that_do_not_fly_is_a_supply(run, text, expected):
    assert expected in _lines(run, text)


def test_flying_in_freight_is_a_supply_though_the_particle_reads_as_a_preposition(run):
    text = "Czech cargo planes are flying in howitzers and mortars, officials said."
    assert ("Czech Republic", None, ("howitzer", "mortar")) in _lines(run, text)


@pytest.mark.parametrize("text", [
    "Russia flew two Tu-160 bombers to Venezuela last week.",  # aircraft fly themselves
    "The United States flew 300 paratroopers to Pristina.",  # a force
])
def test_what_flies_itself_or_a_force_is_no_supply(run, text):
    assert not _lines(run, text)


def test_an_air_force_that_flies_its_jets_supplies_nothing(run):
    text = "Peru's air force flies Mirage 2000 fighters that France sold it in 1985."
    assert not any(s == "Air Force (Peru)" for s, _, _ in _lines(run, text))


def test_travelling_in_helicopters_is_no_supply(run):
    assert not _lines(run, "The ministers flew in helicopters to the border town.")


# --- "The Netherlands sold it two submarines": the state spoken of before receives -----------


def _pairs(run, text):
    return {(s, r) for s, r, _ in _lines(run, text)}


def test_the_it_a_supply_is_given_to_is_the_state_the_last_subject_names(run):
    text = ("Washington refused to sell Taiwan submarines, and Taipei turned to Europe. "
            "The Netherlands sold it two submarines in 1981.")
    assert ("Netherlands", "Taiwan") in _pairs(run, text)
    assert ("Netherlands", "United States") not in _pairs(run, text)


@pytest.mark.parametrize("text, expected", [
    ("Chile wanted modern tanks. Germany sold it 100 Leopard 2 tanks in 2007.",
     ("Germany", "Chile")),  # coreference and the last subject agree
    ("Venezuela turned to Russia, which sold it Su-30 fighters, and to China for trainers.",
     ("Russia", "Venezuela")),  # (the relative pronoun names the seller)
])
def test_the_it_keeps_an_antecedent_coreference_found(run, text, expected):
    assert expected in _pairs(run, text)


def test_an_indirect_object_is_no_through_supplier(run):
    text = "The Indonesian navy needed new ships. Spain sold it two frigates through Navantia."
    pairs = _pairs(run, text)
    assert {("Spain", "Navy (Indonesia)"), ("Navantia", "Navy (Indonesia)")} <= pairs
    assert not any(s == "Navy (Indonesia)" for s, _ in pairs)


# --- "… and the Netherlands supplied five more": a bare count of "more" ---------------------


@pytest.mark.parametrize("text, expected", [
    ("Norway sent Kenya eight Caesar howitzers, and Denmark supplied four more.",
     ("Denmark", "Kenya", ("CAESAR howitzer",))),
    ("Norway sent eight Caesar howitzers to Kenya alongside Denmark, which supplied four more.",
     ("Denmark", "Kenya", ("CAESAR howitzer",))),
    ("Chile has flown F-16s since 2006, when Washington delivered the first ten, and Chile "
     "bought 18 more from the Netherlands in 2009.",
     ("Netherlands", "Chile", ("F-16 fighter jet",))),
])
def test_a_bare_count_of_more_is_more_of_the_weapons_named_before(run, text, expected):
    assert expected in _lines(run, text)


@pytest.mark.parametrize("text", [
    # "more than 20": a count of its own, not more of the howitzers
    "Kenya bought eight Caesar howitzers from France, and Washington has since supplied more "
    "than 20 to the army.",
    "Peru bought ten Mirage jets from France, and Chile wants five more.",  # no supply verb
])
def test_more_than_a_count_or_a_wish_for_more_is_no_elided_supply(run, text):
    assert {s for s, _, _ in _lines(run, text)} <= {"France"}


# --- licensed production: the licensor supplies the maker (SU8) ------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Egypt has built American M1 tanks under licence near Cairo since 1992.",
     {("United States", "Egypt")}),  # the state the weapons are named after
    ("Brazil began assembling rifles under Belgian and Italian licences in the 1960s.",
     {("Belgium", "Brazil"), ("Italy", "Brazil")}),  # the states the licence names
    ("The helicopters, built in Alabama by Lockheed Martin under a licence from Airbus, were "
     "shown on Monday.", {("Airbus", "Lockheed Martin")}),  # a passive: the "by" agent makes
    ("India produces Su-30 fighters under licence from Russia.", {("Russia", "India")}),
])
def test_licensed_production_is_a_supply_from_the_licensor(run, text, expected):
    assert expected <= {(s, r) for s, r, _ in _lines(run, text)}


def test_the_licensed_weapons_are_the_items(run):
    text = "India produces Su-30 fighters under licence from Russia."
    assert ("Russia", "India", ("Su-30",)) in _lines(run, text)


@pytest.mark.parametrize("text", [
    "India produces rifles and ammunition at its Kanpur factory.",  # no licence
    "Turkey assembles its own drones near Ankara.",
])
def test_making_without_a_licence_supplies_nothing(run, text):
    assert not _lines(run, text)
