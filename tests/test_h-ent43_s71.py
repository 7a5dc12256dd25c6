"""One person's name NER cut into touching pieces is one Person (kg.extract.refine.name_pieces,
issue 12, stop 71, h-ent43): an organisation then a person, two people, a person, a group word
and an untagged surname. Lists, days, "the <name> <noun>" and a group word before the name stay
apart. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.refine.name_pieces import joined_name_pieces


def _people(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


@pytest.mark.parametrize(("text", "whole", "piece"), [
    ("The country's envoy to the African Union, Hamdi-Salah Elnour Ali Hassan, said his "
     "government would protest.", "Hamdi-Salah Elnour Ali Hassan", "Ali Hassan"),
    ("The pact was signed by Field Marshal Abdel Karim Abu Salem, the army chief.",
     "Abdel Karim Abu Salem", "Abdel Karim"),
])
def test_touching_pieces_make_one_person(run, text, whole, piece):
    found = _people(run, text)
    assert any(whole in s for s in found)
    assert not any(piece in s and whole not in s for s in found)


@pytest.mark.parametrize(("text", "names"), [
    ("Ana Lima, Tomas Vidal and Jorge Pena met in Lisbon.", {"Tomas Vidal", "Jorge Pena"}),
    ("North Korean leader Kim Jong Un inspected the missile launch.", {"Kim Jong Un"}),
])
def test_lists_and_whole_names_stay_as_they_are(run, text, names):
    found = _people(run, text)
    assert names <= found
    assert not any(" and " in s or "," in s for s in found)


def _doc(words, pos, heads, deps, ents):
    """A parsed sentence built by hand: one space after every word but before a comma."""
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, heads=heads,
               deps=deps, ents=ents)


def _labels(doc, gazetteer):
    return [(e.text, e.label_) for e in joined_name_pieces(doc, list(doc.ents), gazetteer)]


def test_a_group_word_and_an_untagged_surname_join_the_person(gazetteer):
    doc = _doc(["President", "Jean", "Paul", "Marie", "Dupont", "spoke", "."],
               ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               [4, 2, 4, 4, 5, 5, 5],
               ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
               ["O", "B-PERSON", "I-PERSON", "B-NORP", "O", "O", "O"])
    assert _labels(doc, gazetteer) == [("Jean Paul Marie Dupont", "PERSON")]


def test_a_weekday_after_the_name_stays_out(gazetteer):
    doc = _doc(["Ruiz", "Monday", "announced", "sanctions", "."],
               ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
               [1, 2, 2, 2, 2], ["compound", "npadvmod", "ROOT", "dobj", "punct"],
               ["B-PERSON", "O", "O", "O", "O"])
    assert _labels(doc, gazetteer) == [("Ruiz", "PERSON")]


def test_a_name_after_an_article_is_no_person(gazetteer):
    doc = _doc(["under", "the", "Tolbert", "Doctrine", "."],
               ["ADP", "DET", "PROPN", "PROPN", "PUNCT"],
               [0, 3, 3, 0, 0], ["ROOT", "det", "compound", "pobj", "punct"],
               ["O", "O", "B-PERSON", "O", "O"])
    assert _labels(doc, gazetteer) == [("Tolbert", "PERSON")]


def test_a_group_word_before_the_name_stays_apart(gazetteer):
    doc = _doc(["Kenyan", "Ana", "Ruiz", "won", "."],
               ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               [2, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT", "punct"],
               ["B-NORP", "B-PERSON", "I-PERSON", "O", "O"])
    assert _labels(doc, gazetteer) == [("Kenyan", "NORP"), ("Ana Ruiz", "PERSON")]


def test_two_names_apart_in_the_parse_stay_apart(gazetteer):
    doc = _doc(["Ana", "Ruiz", "Tomas", "Vidal", "met", "."],
               ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               [1, 4, 3, 4, 4, 4], ["compound", "nsubj", "compound", "dobj", "ROOT", "punct"],
               ["B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O", "O"])
    assert _labels(doc, gazetteer) == [("Ana Ruiz", "PERSON"), ("Tomas Vidal", "PERSON")]
