"""Issue 13, stop 38 (h-perf13): the per-line parse (``kg.extract.nlp.LinesApart``) made cheap
gives each line the tags, heads, dependencies and sentence starts of that line parsed alone
(texts written for these tests, none taken from a corpus; real spaCy parse).

The pieces are built from the document's word, space, norm and sentence-start columns rather
than by ``Span.as_doc`` (which copied every attribute column of the whole document per piece);
``--profile`` times tok2vec, tagger, kg_line_breaks and parser inside ``kg_lines_apart``."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import NORM, ORTH, SENT_START, SPACY

HEADLINE = "Norway lends three patrol boats to Iceland"
LEAD = ("The Norwegian navy said on Tuesday that the boats would reach Reykjavik within a week "
        "and stay there until the spring. Officials in Oslo didn't give the cost.")
DATELINE = "OSLO, March 4 (1976) - "
SECOND = "A spokesman said the crews were trained for the northern waters."

MULTI = f"{HEADLINE}\n\n{LEAD}\n{SECOND}\n"
BLANK = f"{HEADLINE}\n\n\n{SECOND}"  # an empty line between two lines
LEADING = f"\n\n{HEADLINE}\n{SECOND}"  # a document that opens with a line break
ONE_LINE = LEAD


@pytest.fixture(scope="module")
def apart(nlp):
    return nlp.get_pipe("kg_lines_apart")


def _alone(nlp, apart, text: str):
    """``text`` tokenized and run through the per-line components as a document of its own."""
    doc = nlp.make_doc(text)
    for proc in apart.procs:
        doc = proc(doc)
    return doc


def _parse(doc, start: int = 0, end: int | None = None) -> list[tuple]:
    """(word, tag, head relative to ``start``, dependency, sentence start) of tokens
    ``start:end``; a line's first token is a sentence start in either reading."""
    end = len(doc) if end is None else end
    return [(t.text, t.tag_, t.head.i - start, t.dep_, t.i == start or t.is_sent_start)
            for t in doc[start:end]]


def _lines(doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of each line: runs of tokens without a newline."""
    out, start = [], None
    for t in doc:
        if "\n" in t.text:
            if start is not None:
                out.append((start, t.i))
            start = None
        elif start is None:
            start = t.i
    if start is not None:
        out.append((start, len(doc)))
    return out


@pytest.mark.parametrize("text", [MULTI, BLANK, LEADING, ONE_LINE],
                         ids=["multi-line", "empty-line", "leading-break", "one-line"])
def test_each_line_parses_as_that_line_alone(nlp, apart, text):
    doc = apart(nlp.make_doc(text))  # (later components may relabel a leading line break)
    assert doc.text == text
    lines = _lines(doc)
    assert len(lines) == text.strip("\n").replace("\n\n\n", "\n").replace("\n\n", "\n") \
        .count("\n") + 1
    for start, end in lines:
        line = doc[start:end].text
        alone = _alone(nlp, apart, line)
        assert [t.text for t in alone] == [t.text for t in doc[start:end]]
        assert _parse(doc, start, end) == _parse(alone), line
    # a line break hangs on the word before it, or opens the document as a sentence of its own
    for t in doc:
        if "\n" in t.text:
            assert t.tag_ == "_SP"
            if t.i == 0:
                assert t.dep_ == "ROOT" and t.is_sent_start
            else:
                assert t.dep_ == "dep" and t.head.i == t.i - 1


def test_a_dateline_is_parsed_alone_and_hangs_on_its_leads_root(nlp, apart):
    text = f"{HEADLINE}\n\n{DATELINE}{LEAD}\n"
    doc = apart(nlp.make_doc(text))
    n_date = len(nlp.make_doc(DATELINE.rstrip()))  # "OSLO , March 4 ( 1976 ) -"
    start = next(t.i for t in doc if t.text == "OSLO")
    date_alone = _alone(nlp, apart, DATELINE.rstrip())
    lead_alone = _alone(nlp, apart, LEAD)
    got_date = _parse(doc, start, start + n_date)
    want_date = _parse(date_alone)
    root = next(i for i, t in enumerate(date_alone) if t.dep_ == "ROOT")
    lead_root = next(lead_alone.sents).root.i + start + n_date
    # the dateline's root hangs on the lead's first root; all else as the dateline alone
    assert got_date[root][1] == want_date[root][1]
    assert doc[start + root].head.i == lead_root and doc[start + root].dep_ == "dep"
    assert [w for i, w in enumerate(got_date) if i != root] == \
           [w for i, w in enumerate(want_date) if i != root]
    assert _parse(doc, start + n_date, start + n_date + len(lead_alone)) == _parse(lead_alone)


def test_a_piece_is_what_as_doc_gives(nlp):
    from kg.extract.nlp import _piece

    # "didn't" gives "n't" the tokenizer's norm "not"; a line opening the document and one after
    doc = nlp.make_doc(f"Officials didn't say.\n\n{SECOND}")
    cols = doc.to_array([ORTH, SPACY, NORM, SENT_START])
    attrs = [ORTH, SPACY, NORM, SENT_START]
    for a, b in ((0, 5), (6, len(doc))):
        piece, copy = _piece(doc, cols, a, b), doc[a:b].as_doc()
        assert piece.text_with_ws == copy.text_with_ws
        assert numpy.array_equal(piece.to_array(attrs), copy.to_array(attrs))
    assert [t.norm_ for t in _piece(doc, cols, 0, 5)][2] == "not"


def test_profile_splits_the_per_line_parse(nlp):
    from kg.extract.profile import COMPONENT, COMPONENTS, timed_pipe

    seconds: dict[str, float] = {}
    list(timed_pipe(nlp, [(MULTI, 1)], 8, seconds))
    inner = {k for k in seconds if k.startswith(COMPONENT + "kg_lines_apart/")}
    assert inner == {f"{COMPONENT}kg_lines_apart/{n}"
                     for n in ("tok2vec", "tagger", "kg_line_breaks", "parser")}
    assert all(k.removeprefix(COMPONENT) in COMPONENTS for k in seconds)
    assert all(v >= 0 for v in seconds.values())
