"""A bare service word before a named weapon type names the service of the state the sentence is
about ("four air force A-4 Skyhawks attacked"); before a transport's type, a generic craft noun,
people or places it names none (issue 12, stop 64, h-agy5). Sentences written for these tests."""

from __future__ import annotations


def _services(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.ent_id_) for e in nlp(text).ents if e.label_ == "Agency"
            and e.ent_id_.startswith(("Air Force (", "Navy (", "Army ("))]


LEAD = "SANTIAGO, May 4 - Chile said on Monday that rebels had fired on a northern garrison. "


def test_a_service_word_before_a_named_type_is_the_states_service(nlp):
    text = LEAD + "Four air force A-4 Skyhawks flew over the hills before dawn, officials said."
    assert _services(nlp, text) == [("air force", "Air Force (Chile)")]


def test_a_sentence_opening_service_word_counts_too(nlp):
    text = LEAD + ("Air force Hawker Hunters, bought from Britain in 1968, bombed the rebel "
                   "camp on Tuesday.")
    assert _services(nlp, text) == [("Air force", "Air Force (Chile)")]


def test_a_transport_type_or_a_generic_craft_names_no_service(nlp):
    text = LEAD + ("Troops were flown north aboard an air force Hercules, and two navy ships "
                   "sailed for the port, officials said.")
    assert _services(nlp, text) == []


def test_people_places_and_owned_services_are_left_to_other_rules(nlp):
    text = LEAD + ("A former air force pilot who flew from an air force base near the coast "
                   "said the garrison had held.")
    assert _services(nlp, text) == []
