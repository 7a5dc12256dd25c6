"""Issue 12, stop 58 (h-ent6): a name whose first word NER left out.

"the Greater | Vardonia Party", "the aircraft maker PT | Kelana Dirga": one capitalised word
inside a sentence, right before an unlisted name, opens that name. Every sentence was written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys
from tests.test_refine_overlaps import _unrefined


@pytest.mark.parametrize("text, name, cls", [
    ("The Greater Romania Party walked out of the debate on Tuesday.",
     "Greater Romania Party", "Agency"),
    ("Delegates of the Islamic Arab Front of Azawad left the talks early.",
     "Islamic Arab Front of Azawad", "Agency"),
    ("Envoys of the All Africa Conference of Churches met both delegations in March.",
     "All Africa Conference of Churches", "Agency"),
    ("Part of the work will go to the state aircraft maker PT Dirgantara Indonesia.",
     "PT Dirgantara Indonesia", "Company"),
])
def test_a_capitalised_word_before_an_unlisted_name_opens_it(run, text, name, cls):
    assert name in _keys(run, text, cls)


@pytest.mark.parametrize("text, cut", [
    ("The Greater Romania Party walked out of the debate on Tuesday.", "Romania Party"),
    ("Delegates of the Islamic Arab Front of Azawad left the talks early.",
     "Arab Front of Azawad"),
])
def test_the_cut_name_and_its_lone_first_word_are_gone(run, text, cut):
    mentions, _ = run(text)
    names = {m.key or m.lemma for m in mentions}
    assert cut not in names
    assert not {"Greater", "Islamic"} & names


@pytest.mark.parametrize("text, kept, cls", [
    # an acronym is a whole name: the people's adjective before it only describes the body
    ("Both states promised not to arm the Kurdish YPG militia again.", "YPG", "Agency"),
])
def test_a_word_before_an_acronym_stays_out(run, text, kept, cls):
    assert kept in _keys(run, text, cls)


def test_a_demonym_before_a_name_stays_its_state(run):
    # "Belgian" is its state's mention, not the first word of the firm's name
    text = "The navy bought the radars from the Belgian firm Veltrano Systems in 2004."
    mentions, _ = run(text)
    assert not any(m.span.text.startswith("Belgian") and m.cls != "Country" for m in mentions)


def test_an_invented_firm_after_its_legal_form(run):
    text = "The ministry picked the state shipbuilder PT Kelana Marine to build the hulls."
    assert "PT Kelana Marine" in _keys(run, text, "Company")


def _widened(nlp, gazetteer, text: str, spans: list[tuple[str, str]]) -> set[str]:
    """The names ``names_cut_at_the_front`` makes when NER gave ``spans`` (text, label)."""
    from spacy.tokens import Span

    from kg.extract.front_words import names_cut_at_the_front

    doc = _unrefined(nlp, text)
    words = [t.text for t in doc]
    ents = []
    for name, label in spans:
        first = name.split()[0]
        start = words.index(first)
        ents.append(Span(doc, start, start + len(nlp.make_doc(name)), label=label))
    return {e.text for e in names_cut_at_the_front(doc, ents, gazetteer, lambda s: False)}


@pytest.mark.parametrize("text, spans, made", [
    # untagged first word
    ("Envoys of the Free Vardonia Movement met the minister.",
     [("Vardonia Movement", "ORG")], {"Free Vardonia Movement"}),
    # the first word NER made a name of its own, with its article
    ("Leaders of the Greater Vardonia Party met the minister.",
     [("the Greater", "ORG"), ("Vardonia Party", "ORG")], {"Greater Vardonia Party"}),
    # a title, a demonym, a sentence's first word and a word of grammar open no name
    ("Envoys met Minister Vardonia Okafor on Monday.", [("Vardonia Okafor", "ORG")], set()),
    ("Envoys of the Belgian Vardonia Holding met the minister.",
     [("Vardonia Holding", "ORG")], set()),
    ("Vardonia Holding met the minister.", [("Holding", "ORG")], set()),
    # "Soviet" before a weapon says whose it is
    ("The army kept its Soviet Vardon tanks.", [("Vardon tanks", "Weapon")], set()),
])
def test_the_widening_rule_alone(nlp, gazetteer, text, spans, made):
    assert _widened(nlp, gazetteer, text, spans) == made
