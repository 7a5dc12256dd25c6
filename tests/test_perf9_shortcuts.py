"""Issue 13, h-perf9: the shortcuts give what the code they replace gave (each sentence's
headline test read off the SENT_START column)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.refine.headlines import _headlines_of
from kg.extract.refine.spans import _headline

TEXTS = [
    "Navy Takes Delivery Of New Frigates\n\nLISBON, May 2 (AFP) - Portugal said it signed a deal "
    "with France. The Navy said the frigates would arrive in June.",
    "Russia And China Sign Pact\n\nRussia and China signed a pact on Monday.\n\nChina said so",
    "One sentence only, with Ukraine in it.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def test_headlines_of_is_headline_of_each_spans_sentence(docs):
    for doc in docs:
        # every span of up to four tokens, those across a sentence end included
        spans = [doc[i:j] for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 4) + 1)]
        assert _headlines_of(spans) == [_headline(s.sent) for s in spans]
    assert any(_headlines_of(docs[1].ents))  # a name in the headline …
    assert not all(_headlines_of(docs[1].ents))  # … and one below it


def test_headlines_of_without_parse(nlp):
    assert _headlines_of([]) == []
    doc = Doc(nlp.vocab, words=["Russia", "and", "China"])  # no sentence starts: spaCy's error
    with pytest.raises(ValueError):
        _headlines_of([doc[0:1]])
