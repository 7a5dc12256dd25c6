"""The parse's CPU figure is the parse only: reading the documents, which ``nlp.pipe`` pulls
from kg build's stream while it parses, is counted apart (``read``)."""

from __future__ import annotations

import spacy

import kg.extract.runner as runner
from kg.extract.gazetteer import default_relation_rules
from kg.extract.runner import Extractor
from kg.model import Document


def test_reading_the_stream_is_not_counted_as_parse(monkeypatch):
    clock = [0.0]
    monkeypatch.setattr(runner, "_cpu", lambda: clock[0])

    def stream():  # each document costs 100 "seconds" to read; the parse costs none here
        for i in range(3):
            clock[0] += 100.0
            yield Document(doc_id=f"d{i}", path=f"d{i}.txt", name=f"d{i}.txt",
                           text="Troops arrived.", sha256=str(i), title="")

    ex = Extractor(spacy.blank("en"), default_relation_rules())
    out = list(ex.extract(stream()))
    assert [x.doc.doc_id for x in out] == ["d0", "d1", "d2"]
    assert ex.seconds["read"] == 300.0
    assert ex.seconds["parse"] == 0.0
