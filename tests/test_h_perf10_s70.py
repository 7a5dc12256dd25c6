"""Issue 13, h-perf10: ``coreference`` passes over the common nouns no rule of its starts at
(``_unlisted_nouns``), and resolves what it resolved when it asked every rule about them."""

from __future__ import annotations

import importlib

import pytest

from kg.extract import extract_mentions, extract_relations

coref = importlib.import_module("kg.extract.relations.coreference")

TEXTS = [
    "Poland signed a deal with South Korea for K2 tanks. The government said the weather "
    "delayed the convoy, and the country will receive the tanks next year.",
    "The rebels seized the airport on Monday. France said it was sending troops to help its "
    "neighbour, and the ministry said the shipments of rifles would continue.",
    "The Indian navy took delivery of a frigate from Russia. The service said its crews had "
    "trained for months; the vessel arrived at the port in good weather.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def _word(doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


def test_unlisted_nouns_flags_only_plain_common_nouns(docs, rules):
    doc = docs[0]
    flags = coref._unlisted_nouns(doc, rules)
    assert len(flags) == len(doc)
    assert flags[_word(doc, "weather")] and flags[_word(doc, "convoy")]
    # a listed description, a ruler word, a weapon anaphor, a proper noun, a verb
    for word in ("government", "country", "tanks", "Poland", "said"):
        assert not flags[_word(doc, word)], word
    forms, lemmas = coref._listed_words(rules)
    for t, flag in zip(doc, flags, strict=True):  # the definition, token by token
        assert flag == (t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS") and t.lower_ not in forms
                        and t.lemma_.lower() not in lemmas)


def test_listed_words_take_plural_group_lemmas_and_pronouns(rules):
    forms, lemmas = coref._listed_words(rules)
    assert "rebels" in lemmas and "rebel" in lemmas  # (``_group_lemma`` strips the "s")
    assert "force" in forms and "navy" in forms  # a service description's last word
    assert {"it", "its", "they"} <= forms
    assert coref._listed_words(rules) is coref._listed_words(rules)  # made once per rules


def test_unlisted_nouns_of_an_empty_doc(nlp, rules):
    assert coref._unlisted_nouns(nlp(""), rules) == []


def test_coreference_unchanged_without_the_shortcut(docs, rules, gazetteer, monkeypatch):
    """The guard: asking every rule about every noun, as before, resolves the same tokens and
    gives the same relations."""

    def run_all() -> list[str]:
        out = []
        for doc in docs:
            mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
            out.append(repr(extract_relations(doc, "d", rules, mentions)))
        return out

    new = run_all()
    assert any("'reports'" in r for r in new)
    monkeypatch.setattr(coref, "_unlisted_nouns", lambda doc, rules: [False] * len(doc))
    assert run_all() == new
