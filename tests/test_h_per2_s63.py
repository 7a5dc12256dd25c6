"""Issue 12, stop 63 (h-per2): a person's short form is the article's one person named in full
with it: a leading run of the name's words ("Abdel Karim" after "Abdel Karim al-Tayeb"), and a
surname after the full name NER typed another class (kg.graph.person_short). All sentences
invented."""

from __future__ import annotations

import pytest

from kg.graph.person_short import leading_run_keys, mistyped_full_name
from kg.graph.resolve import Resolver
from kg.model import Mention, Span
from tests.test_h_ent12_s60 import _people


def _mention(start: int, text: str, cls: str = "Person", key: str | None = None) -> Mention:
    return Mention(Span("d", start, start + len(text), text), cls, key=key, lemma=text)


@pytest.mark.parametrize("text, full, short", [
    ("Rebel leader Abdel Karim al-Tayeb signed the truce in Juba on Monday.\n\n"
     "Abdel Karim told reporters that his fighters would lay down their arms.",
     "Abdel Karim al-Tayeb", "Abdel Karim"),
    ("Foreign Minister Hamad bin Saud bin Nasser al-Kuwari met the envoy in Doha.\n\n"
     "Hamad bin Saud said the border talks would resume in May.",
     "Hamad bin Saud bin Nasser al-Kuwari", "Hamad bin Saud"),
])
def test_a_leading_run_of_a_full_name_is_that_person(resolved, text, full, short):
    people = _people(resolved, text)
    assert full in people, people
    assert short not in people, people


def test_leading_run_keys_moves_every_mention_keyed_so():
    full, short = _mention(0, "Omar Hassan Bakri"), _mention(30, "Omar Hassan")
    place = _mention(50, "Omar Hassan", "Region")  # typed otherwise, keyed the same
    keys = {full.span: "Omar Hassan Bakri", short.span: "Omar Hassan", place.span: "Omar Hassan"}
    out = leading_run_keys([full, short, place], keys)
    assert out == {**keys, short.span: "Omar Hassan Bakri", place.span: "Omar Hassan Bakri"}


def test_a_leading_run_of_two_names_stays_apart():
    one, two = _mention(0, "Kim Song Chol"), _mention(20, "Kim Song Ho")
    short = _mention(40, "Kim Song")
    keys = {m.span: m.lemma for m in (one, two, short)}
    assert leading_run_keys([one, two, short], keys) == keys


def test_a_one_word_key_is_no_leading_run():
    # one word is the resolver's own first-name and surname step, not this one
    full, short = _mention(0, "Raul Ortega"), _mention(20, "Raul")
    keys = {m.span: m.lemma for m in (full, short)}
    assert leading_run_keys([full, short], keys) == keys


@pytest.mark.parametrize("cls", ["Region", "Agency", "Weapon"])
def test_a_surname_finds_its_full_name_typed_another_class(gazetteer, cls):
    full = _mention(0, "Tomas Varek", cls)
    surname = _mention(40, "Varek")
    keys = Resolver(gazetteer)._doc_keys((full, surname))
    assert keys[surname.span] == "Tomas Varek"


def test_a_surname_of_two_mistyped_names_stays_apart(gazetteer):
    one, two = _mention(0, "Tomas Varek", "Region"), _mention(20, "Ilse Varek", "Agency")
    surname = _mention(40, "Varek")
    keys = Resolver(gazetteer)._doc_keys((one, two, surname))
    assert keys[surname.span] == "Varek"


@pytest.mark.parametrize("name", [
    "Port of Varek",  # a lower-case word that is no name particle
    "F-16 Varek",  # a word with a figure
])
def test_no_mistyped_full_name(gazetteer, name):
    other = _mention(0, name, "Agency")
    keys = {other.span: name}
    assert mistyped_full_name("Varek", [other], keys, gazetteer.by_label,
                              gazetteer.roles.name_particles) is None


def test_a_listed_name_is_no_mistyped_full_name(gazetteer):
    navy, surname = _mention(0, "Royal Navy", "Agency"), _mention(20, "Navy")
    keys = Resolver(gazetteer)._doc_keys((navy, surname))
    assert keys[surname.span] == "Navy"


def test_a_surname_with_the_person_named_in_full_keeps_that_person(gazetteer):
    person, place = _mention(0, "Anna Varek"), _mention(20, "Tomas Varek", "Region")
    surname = _mention(40, "Varek")
    keys = Resolver(gazetteer)._doc_keys((person, place, surname))
    assert keys[surname.span] == "Anna Varek"


def test_the_mistyped_full_name_is_voted_a_person(gazetteer):
    from kg.model import DocExtraction, Document

    full, surname = _mention(0, "Tomas Varek", "Region"), _mention(40, "Varek")
    r = Resolver(gazetteer)
    r.add(DocExtraction(Document("d", "d.txt", "d.txt", "", "", ""), (full, surname), ()))
    assert set(r.entities) == {"Tomas Varek"}
    assert r.entities["Tomas Varek"].cls == "Person"
