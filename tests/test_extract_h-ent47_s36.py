"""Issue 12, stop 36 (h-ent47): entity classes from context (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver
from tests.test_extract_entities_s26 import _classes


def _keys(run, text):
    """{mention text: key} of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions}


# --- a state whose forms are all case-sensitive still has an adjective for its services --------


@pytest.mark.parametrize("state, adjective", [
    ("Jordan", "Jordanian"), ("Chad", "Chadian"), ("Turkey", "Turkish"), ("Niger", "Nigerien"),
])
def test_exact_forms_give_the_states_adjective(gazetteer, state, adjective):
    assert gazetteer.by_label[state].demonym == adjective


def test_service_of_such_a_state_is_named_by_its_adjective(gazetteer):
    names = Resolver(gazetteer)._service_names("Army (Jordan)")
    assert "Jordanian Army" in names and "Jordan Army" in names


def test_listed_demonym_still_comes_first(gazetteer):
    assert gazetteer.by_label["Kuwait"].demonym == "Kuwaiti"


# --- a place name before a hyphened lower-case compound and a place noun ---------------------


def test_name_before_a_hyphened_place_phrase_is_a_place(run):
    classes = _classes(run, "Rebels still hold the Tarbela oil-rich district, officials said.")
    assert classes.get("Tarbela") == "Region"


# --- an unlisted name after "the" that NER took for a person is a body ----------------------


@pytest.mark.parametrize("text, name", [
    ("The Hindu Mahasabha called the treaty a surrender.", "Hindu Mahasabha"),
    ("The minister told the Lok Sabha that the terms were fair.", "Lok Sabha"),
])
def test_name_after_the_is_no_person(run, text, name):
    assert _classes(run, text).get(name) == "Agency"


def test_name_modifying_a_noun_after_the_is_left_alone(run):
    classes = _classes(run, "Nawaz Sharif said the jets would arrive. He met the Sharif family.")
    assert classes.get("Nawaz Sharif") == "Person"
    assert "Agency" not in classes.values()


# --- sites named before a lower-case site noun; a town parsed as a noun after "at" ------------


@pytest.mark.parametrize("text, name", [
    ("The hostages were held in the Mabuka cave for a week.", "Mabuka"),
    ("Troops were flown to the Kora La and Tumbo La passes in April.", "Kora La"),
])
def test_name_before_a_site_noun_is_a_place(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_town_parsed_as_a_noun_after_at_is_a_place(run):
    classes = _classes(run, "The final assembly line will be at the Fokker works at Gosselies, "
                            "officials said.")
    assert classes.get("Gosselies") == "Region"
