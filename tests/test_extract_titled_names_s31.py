"""Issue 12, stop 31 (h-ent24): a cleric's title ("Bishop", "Archbishop", "Cardinal", "the
Rev") before a person's name is no part of the name and names nothing on its own, whether NER
glued it to the name or tagged it apart (as an organisation or a person). All sentences
invented."""

from __future__ import annotations

import pytest


def _texts(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions}


def _people(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


@pytest.mark.parametrize("text, name", [
    ("The Rev Tobias Wenderholm, leader of the Free Synod, denounced the deal.",
     "Tobias Wenderholm"),
    ("Bishop Anselm Kivuitu signed for the interim council on Monday.", "Anselm Kivuitu"),
    ("Cardinal Teodoro Valcarcel witnessed the truce at the border post.", "Teodoro Valcarcel"),
])
def test_cleric_titles_are_cut_off_the_name(run, text, name):
    texts = _texts(run, text)
    assert name in _people(run, text), texts
    assert not any(t != name and t.endswith(name) for t in texts), texts  # no titled copy
    assert not {"Bishop", "Cardinal", "Rev", "The Rev"} & texts, texts


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_title_tagged_apart_before_a_person_names_nothing(nlp, gazetteer, label):
    from spacy.tokens import Span

    from kg.extract.refine.people import _titled_names

    doc = nlp("Prime Minister Ratu Sir Tevita Naulu said the troops would leave.")
    at = next(t.i for t in doc if t.text == "Ratu")
    ents = [Span(doc, at, at + 1, label=label), Span(doc, at + 1, at + 4, label="PERSON")]
    assert [e.text for e in _titled_names(doc, ents, gazetteer.roles)] == ["Tevita Naulu"]


@pytest.mark.parametrize("text, kept", [
    ("The Bishop Museum reopened on Monday.", "Bishop Museum"),
    ("Saudi troops crossed the King Fahd Causeway into Bahrain.", "King Fahd Causeway"),
    ("Archbishop Ilario spoke to the crowd in the square.", "Ilario"),
])
def test_names_that_only_begin_with_a_cleric_title_stay(run, text, kept):
    assert any(kept in t for t in _texts(run, text)), _texts(run, text)


@pytest.mark.parametrize("text, name", [
    ("Defence Minister Paul Kouadio N'Dri said the army would take 5,000 fighters.",
     "Kouadio N'Dri"),
    ("The army chief, General Try Wiranto, said the troops fired in self-defence.",
     "Try Wiranto"),
    ("Defence Minister Wellington Chua said the tanks would arrive in May.", "Wellington Chua"),
])
def test_a_name_ner_cut_into_pieces_after_a_title_is_one_person(run, text, name):
    people = _people(run, text)
    assert any(p.endswith(name) for p in people), _texts(run, text)


def test_a_listed_place_ending_the_names_is_no_piece_of_them(nlp, gazetteer):
    from spacy.tokens import Span

    from kg.extract.refine.people import _split_names_after_titles
    from kg.extract.refine.spans import _set_id

    doc = nlp("Prime Minister Ravi Menon India said the deal was fair.")
    india = _set_id(Span(doc, 4, 5, label="Country", span_id="India"))
    ents = [Span(doc, 2, 4, label="PERSON"), india]
    assert [e.text for e in _split_names_after_titles(doc, ents, gazetteer.roles)] == [
        "Ravi Menon", "India"]


def test_the_visit_of_a_titled_name_to_a_place_stays_apart(run):
    texts = _texts(run, "The visit of President Suharto to Jakarta ended on Friday.")
    assert "Jakarta" in texts, texts


@pytest.mark.parametrize("labels", [
    (("PERSON", 2, 4), ("ORG", 4, 5)),  # "Paul Kouadio" + "N'Dri"
    (("GPE", 3, 5),),  # an untagged given name, then "Kouadio N'Dri" as a place
])
def test_pieces_of_a_titled_name_make_one_person(nlp, gazetteer, labels):
    from spacy.tokens import Span

    from kg.extract.refine.people import _split_names_after_titles

    doc = nlp("Defence Minister Paul Kouadio N'Dri said the army would take 5,000 fighters.")
    ents = [Span(doc, a, b, label=label) for label, a, b in labels]
    made = _split_names_after_titles(doc, ents, gazetteer.roles)
    assert [(e.text, e.label_) for e in made] == [("Paul Kouadio N'Dri", "PERSON")]
