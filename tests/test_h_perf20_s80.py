"""h-perf20 (issue 13, stop 80): ``children_of`` and ``heads_of`` check the document they last
read themselves and read the parse columns again only for another document or a retokenized
one (they were a call to ``_parse_columns`` each). Each answers as before: what the Token API
gives, on every document in turn and after a retokenization."""

from __future__ import annotations

import pytest

from kg.extract import tokens
from kg.extract.tokens import children_of, heads_of

TEXTS = [
    "The United States, Britain and France sent 500 troops to Poland and Estonia.",
    "Russia has supplied Syria with weapons, including MiG-29 jets and S-300 missiles, the "
    "ministry said. Iran shipped drones to Yemen.",
    "",
    "Germany delivered Leopard tanks to Ukraine, officials in Berlin said on Monday.",
]


def _old(doc):
    """The answers as the Token API gives them."""
    return ([[c.i for c in t.children] for t in doc], [t.dep_ for t in doc],
            [t.head.i for t in doc])


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def test_as_the_token_api(docs):
    for doc in docs:
        kids, deps = children_of(doc)
        assert (kids, deps, heads_of(doc)) == _old(doc)


def test_documents_in_turn(docs):
    """Asked of one document after another and back (the cache holds the last one read)."""
    for doc in [*docs, *reversed(docs), docs[0], docs[0]]:
        assert heads_of(doc) == _old(doc)[2]
        assert list(children_of(doc)) == list(_old(doc)[:2])
        assert tokens._KIDS[0] is doc


def test_read_once_per_document(docs, monkeypatch):
    read: list = []
    real = tokens._parse_columns

    def spy(doc):
        read.append(doc)
        return real(doc)

    monkeypatch.setattr(tokens, "_parse_columns", spy)
    monkeypatch.setattr(tokens, "_KIDS", (None, 0, [], [], []))
    for doc in docs:
        for _ in range(3):
            children_of(doc)
            heads_of(doc)
    assert read == docs


def test_retokenized_document_read_again(nlp):
    doc = nlp("North Korea sent troops to Russia.")
    assert heads_of(doc) == _old(doc)[2]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert (*children_of(doc), heads_of(doc)) == _old(doc)
