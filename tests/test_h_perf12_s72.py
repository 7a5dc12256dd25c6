"""h-perf12 (issue 13, stop 72): ``where`` on a column it does not index (TAG, DEP, LEMMA)
compares the column with a few values in numpy (``_equal_any``); same indices as a loop."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, LEMMA, TAG
from spacy.strings import get_string_id

from kg.extract.tokens import _FEW_IDS, _equal_any, where

TEXTS = [
    "The ministers signed two contracts in the capital, and the navy ordered three frigates.",
    "Officials of the agency, a body set up last year, said the rockets had arrived by ship.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def test_equal_any_finds_each_value_in_order():
    a, b, c = (get_string_id(w) for w in ("NNS", "NN", "VBD"))
    column = numpy.array([a, b, c, a, c, b], dtype=numpy.uint64)
    assert _equal_any(column, {a}) == [0, 3]
    assert _equal_any(column, {a, c}) == [0, 2, 3, 4]
    assert _equal_any(column, {get_string_id("JJ")}) == []
    assert _equal_any(column, ()) == []  # (guard: no value, no index)
    assert all(type(i) is int for i in _equal_any(column, {b}))


def test_where_on_unindexed_columns_finds_what_a_loop_finds(docs):
    checked = 0
    for doc in docs:
        assert where(doc, TAG, ("NNS",)) == [t.i for t in doc if t.tag_ == "NNS"]
        assert where(doc, DEP, ("appos", "conj")) == [
            t.i for t in doc if t.dep_ in ("appos", "conj")]
        lemmas = frozenset({"contract", "frigate", "rocket"})
        assert where(doc, LEMMA, lemmas) == [t.i for t in doc if t.lemma_ in lemmas]
        checked += len(where(doc, TAG, ("NNS",)))
    assert checked >= 4


def test_where_with_many_values_keeps_the_set_look_up(docs):
    tags = ("NNS", "NN", "DT", "IN", "VBD", "CD")  # (guard: more than _FEW_IDS values)
    assert len(tags) > _FEW_IDS
    for doc in docs:
        assert where(doc, TAG, tags) == [t.i for t in doc if t.tag_ in tags]
