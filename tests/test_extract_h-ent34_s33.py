"""Issue 12, stop 33 (h-ent34): people's names that NER typed as an organisation or a place,
tested on sentences written for this file (real spaCy parse): a full name coordinated with a
person's full name (dev d430, d467), a full name in apposition with a post noun (d447, d471)
and a short form with a name particle of a person's full name (d466, d471, d483). Negative
cases say what must stay as it is."""

from __future__ import annotations

from tests.test_extract_entities_s26 import _classes


def _signed(run, text):
    """(party, agreement) of each signed pair, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "signed"
            for a in r.role("party") for b in r.role("agreement")}


# --- a full name listed with a person's full name is a person -----------------------------

def test_name_listed_with_a_person_is_a_person(run):
    found = _classes(run, "Foreign Ministers Ana Maria Pereyra and Ruben Caceres signed the "
                          "border treaty on Tuesday.")
    assert found.get("Ana Maria Pereyra") == "Person"
    assert found.get("Ruben Caceres") == "Person", found


def test_name_listed_with_a_person_signs(run):
    # typed a body it made a false party; a person signs under its own name
    parties = {p for p, _ in _signed(run, "Foreign Ministers Ana Maria Pereyra and Ruben "
                                          "Caceres signed the Tarija Treaty on Tuesday.")}
    assert "Ruben Caceres" in parties, parties


def test_body_listed_with_a_person_stays_a_body(run):
    # a body's head word ("Front") is no name word
    found = _classes(run, "Ana Maria Pereyra and the Andes Liberation Front signed the "
                          "accord on Tuesday.")
    assert found.get("Ana Maria Pereyra") == "Person"
    assert found.get("Ruben Caceres") is None
    assert found.get("Andes Liberation Front") == "Agency", found


# --- a full name in apposition with a post noun is a person --------------------------------

def test_hyphenated_name_with_a_post_after_it_is_a_person(run):
    # "Jean-Marie" is three tokens; the hyphen joins two given names
    found = _classes(run, "The junta installed Jean-Marie Obiang, a former interior "
                          "minister, as head of state.")
    assert found.get("Jean-Marie Obiang") == "Person", found


def test_name_after_a_negotiator_is_a_person(run):
    found = _classes(run, "It was signed by the chief Thai negotiator, Somchai Wongsakul, "
                          "and the Burmese envoy.")
    assert found.get("Somchai Wongsakul") == "Person", found


def test_body_after_a_post_noun_stays_a_body(run):
    found = _classes(run, "The chief negotiator, the Andes Liberation Front, walked out.")
    assert found.get("Andes Liberation Front") == "Agency", found


# --- a short form with a name particle of a person's full name is that person ------------

def test_particle_surnames_are_the_person(run):
    found = _classes(run, "President Jacques de Valmont and Chancellor Otto Brenner signed "
                          "the treaty. Two days later de Valmont flew home. General de Valmont "
                          "said nothing.")
    assert found.get("Jacques de Valmont") == "Person"
    assert "General de Valmont" not in found, found
    assert all(cls == "Person" for name, cls in found.items() if "Valmont" in name), found


def test_place_with_a_particle_stays_a_place(run):
    # no person's full name ends in "de Mayo": the square keeps its class
    found = _classes(run, "President Jacques de Valmont spoke as crowds filled the Plaza de "
                          "Mayo on Friday.")
    assert found.get("Jacques de Valmont") == "Person"
    assert all(cls != "Person" for name, cls in found.items() if "Mayo" in name), found
