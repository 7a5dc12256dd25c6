"""h-perf1 (issue 13, s66): two pure refactors give the same answers as before.

``_plural_words`` compares its two columns in numpy instead of a Python test per row, and the
gazetteer's ``_plain`` looks for a curly quote in the document's text (``text_of``, joined once
and kept for the later rules) instead of in each distinct word."""

from __future__ import annotations

from spacy.attrs import LOWER, TAG
from spacy.strings import get_string_id

from kg.extract.relations.coreference import _plural_words
from kg.extract.ruler import _plain


def _per_row(doc) -> list[bool]:
    """The former per-row test."""
    nns, they = get_string_id("NNS"), get_string_id("they")
    return [t == nns or w == they for t, w in doc.to_array([TAG, LOWER]).tolist()]


def test_plural_words_as_per_row(nlp):
    doc = nlp("The two ministers met in Oslo. They signed three treaties and both sides agreed.")
    found = _plural_words(doc)
    assert found == _per_row(doc)
    assert all(type(x) is bool for x in found)
    assert found[next(t.i for t in doc if t.text == "They")]  # opens sentence two
    assert any(found[t.i] for t in doc if t.tag_ == "NNS")


def test_plural_words_none(nlp):
    doc = nlp("A minister visited the port.")
    assert _plural_words(doc) == _per_row(doc)
    assert not any(_plural_words(doc)[t.i] for t in doc if t.tag_ != "NNS")


def test_plain_with_curly_quote(nlp):
    doc = nlp.make_doc("Officials of the Gulf\u2019s navy met on Tuesday.")
    plain = _plain(doc)
    assert plain is not doc and len(plain) == len(doc)
    assert "\u2019" not in plain.text and "'" in plain.text


def test_plain_without_curly_quote(nlp):  # guard: a straight quote alone keeps the document
    doc = nlp.make_doc("Officials of the Gulf's navy met on Tuesday.")
    assert _plain(doc) is doc
