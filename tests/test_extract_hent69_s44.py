"""Issue 12, stop 44 (s51 h-ent69): two or three names NER joined into one span are each their
own place or person (sentences written for these tests, none taken from a corpus; real spaCy
parse)."""

from __future__ import annotations


def _named(run, text):
    """(class, text) of each mention."""
    mentions, _ = run(text)
    return {(m.cls, m.span.text) for m in mentions}


def test_listed_town_and_its_neighbour_after_at(run):
    found = _named(run, "The navy keeps two radar stations at Nea Makri and Gournes.")
    assert {("Region", "Nea Makri"), ("Region", "Gournes")} <= found
    assert not any(" and " in text for _, text in found)


def test_names_after_a_tagged_state(run):
    found = _named(run, "The rebels demanded the independence of Brunei, Sarawak and North Borneo.")
    assert {("Region", "Sarawak"), ("Region", "North Borneo")} <= found


def test_surnames_of_people_in_the_story(run):
    found = _named(run, "Envoys met President Salva Kiir and opposition leader Riek Machar on "
                        "Monday. Talks between Kiir and Machar resumed in Nairobi.")
    assert ("Agency", "Kiir and Machar") not in found
    assert {("Person", "Kiir"), ("Person", "Machar")} <= found


def test_a_known_name_with_and_stays_one(run):
    found = _named(run, "Peacekeepers were sent to Bosnia and Herzegovina in 1995.")
    assert ("Country", "Bosnia and Herzegovina") in found
