"""Issue 12, stop 30 (h-ent21): a run of titles and honorifics that NER glues to a person's
name ("Justice X Y", "Emperor X Y", "Chief of Air Staff Air Marshal X Y", "Ratu Sir X Y",
"General X" after the full name) is cut off the name; the name is a Person. All sentences
invented."""

from __future__ import annotations

import pytest


def _people(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


def _texts(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions}


@pytest.mark.parametrize("text, name", [
    ("An inquiry under Justice Tomas Verhoef would report by March.", "Tomas Verhoef"),
    ("The summit was opened by Emperor Dawit Mekonen in the capital.", "Dawit Mekonen"),
    ("Chief of Air Staff Air Marshal Obinna Adeyemi told the parade that the jets would fly.",
     "Obinna Adeyemi"),
    ("The Governor-General, Ratu Sir Josefa Vakalau, declared an emergency on Friday.",
     "Josefa Vakalau"),
])
def test_titles_glued_to_a_name_are_cut_off(run, text, name):
    texts = _texts(run, text)
    assert name in _people(run, text), texts
    assert not any(t != name and t.endswith(name) for t in texts), texts  # no titled copy
    assert not {"Ratu Sir", "Air Staff"} & texts, texts


@pytest.mark.parametrize("first, cut", [
    ("Defence Minister Rudi Hartono Sembiring said on Monday.", True),  # the full name
    ("Defence Minister Rudi Hartono said on Monday.", False),  # no person of that surname
])
def test_title_and_one_name_is_cut_only_for_a_surname_named_in_full(nlp, gazetteer, first, cut):
    from spacy.tokens import Span

    from kg.extract.refine.people import _titled_names

    doc = nlp(first + " General Sembiring signed the deal in Moscow.")
    full = [Span(doc, 2, 5, label="PERSON")]
    at = next(t.i for t in doc if t.text == "General")
    glued = Span(doc, at, at + 2, label="ORG")  # what NER makes of it at a sentence's start
    ents = _titled_names(doc, (full if cut else []) + [glued], gazetteer.roles)
    assert ("Sembiring" if cut else "General Sembiring") in [e.text for e in ents]


@pytest.mark.parametrize("text, kept", [
    ("The Justice Ministry said the case was closed.", "Justice Ministry"),
    ("General Dynamics will build the tanks in Ohio.", "General Dynamics"),
    ("King Hussein flew to Cairo on Tuesday.", "King Hussein"),
])
def test_names_that_only_begin_with_a_title_word_stay(run, text, kept):
    assert kept in _texts(run, text)
