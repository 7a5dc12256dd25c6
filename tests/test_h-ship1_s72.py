"""Issue 12, stop 72 (h-ship1): a ship class whose name NER took for a person, a body or a
place before a glued "-class" ("The <Given> <Middle> | <Surname>-class ship", "the <Town>-class
landing platform docks", "The <Name>-class craft") is one Weapon, the class up to the noun it
qualifies (``kg.extract.refine.class_names``). Sentences written for these tests, real spaCy
parse; no names from any article."""

from __future__ import annotations

import pytest

from kg.extract.refine.class_names import hyphened_class_names


def _weapons(run, text):
    """The surface texts of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text.strip() for m in mentions if m.cls == "Weapon"}


def _classes(run, text, word):
    """The (class, text) of the mentions of ``text`` that hold ``word``."""
    mentions, _ = run(text)
    return {(m.cls, m.span.text.strip()) for m in mentions if word in m.span.text}


@pytest.mark.parametrize("text, name", [
    ("Chile has taken over a former US Navy frigate. The Oliver Grant Perry-class ship was "
     "handed over to a Chilean crew in Texas, the statement said.",
     "Oliver Grant Perry-class ship"),
    ("The Chilean ships are a version of the Kendari-class landing platform docks of the "
     "Peruvian navy.", "Kendari-class landing platform docks"),
    ("The Tolomeo-class craft, built by a yard in Genoa, carries a 30mm gun.",
     "Tolomeo-class craft"),
])
def test_a_name_ner_tagged_before_a_hyphened_class_is_the_class(run, text, name):
    found = _classes(run, text, name.split("-")[0].split()[-1])
    assert found == {("Weapon", name)}


def test_a_class_the_patterns_found_whole_stays(run):
    text = "Peru bought two Kilo-class submarines from Russia in 1998, officials said."
    assert "Kilo-class submarines" in _weapons(run, text)


@pytest.mark.parametrize("text, word", [
    ("The firm hired Ana Torres, a world-class engineer, to run the yard in Lima.", "Torres"),
    ("Peru's navy said the Kendari-class would not be ready before 2030.", "Kendari"),
])
def test_no_class_noun_or_no_capital_name_makes_no_class(run, text, word):
    assert all(cls != "Weapon" for cls, _ in _classes(run, text, word))


def test_a_document_without_class_is_handed_back(nlp):
    doc = nlp.make_doc("Peru bought two frigates from Chile.")
    ents: list = []
    assert hyphened_class_names(doc, ents) is ents
