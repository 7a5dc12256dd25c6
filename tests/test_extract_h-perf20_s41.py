"""Issue 13 (h-perf20): the refiner's per-document readings (coarse parts of speech, line
bounds) kept once per document give what reading the columns afresh gives, document after
document, and the datelines and entities read off them are unchanged."""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH

from kg.extract.dateline import datelines
from kg.extract.tokens import line_bounds, line_break_mask, line_starts, with_pos

TEXTS = [
    "OSLO, March 3 (Reuters) - Norway ordered four submarines from Germany.\n"
    "The Norwegian navy said the first boat would arrive in 2029.",
    "Chile bought two frigates from Australia.\nThe ships sail in May.\n\nSantiago confirmed it.",
]


def test_per_document_columns_match_fresh_reads_across_documents(nlp):
    docs = list(nlp.pipe(TEXTS))
    for _ in range(2):  # alternate documents: each answer is that document's own
        for doc in docs:
            for pos in ("PROPN", "NOUN", "VERB", "SPACE"):
                assert with_pos(doc, pos) == [t.i for t in doc if t.pos_ == pos]
            is_break = line_break_mask(doc.to_array(ORTH), doc.vocab.strings)
            starts, breaks = line_bounds(doc)
            assert starts.tolist() == line_starts(is_break).tolist()
            assert breaks.tolist() == numpy.flatnonzero(is_break).tolist()
    assert [t.text for t in docs[0] if t.i in with_pos(docs[0], "PROPN")][:2] == ["OSLO", "March"]
    # a returned list is the caller's own: changing it leaves the next answer whole
    with_pos(docs[1], "PROPN").clear()
    assert with_pos(docs[1], "PROPN") == [t.i for t in docs[1] if t.pos_ == "PROPN"]


def test_dateline_and_entities_read_off_the_shared_line_bounds(nlp):
    first, second = nlp.pipe(TEXTS)
    lines = datelines(first)
    assert list(lines) == [0] and first[lines[0].lead].text == "Norway"
    assert datelines(second) == {}
    assert {e.text for e in first.ents} >= {"Norway", "Germany"}
    assert {e.text for e in second.ents} >= {"Chile", "Australia"}
