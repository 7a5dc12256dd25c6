"""Entity refinement never hands spaCy overlapping spans (E1010 used to fail the document)."""
from spacy.tokens import Span

from kg.extract.entities import refine_entities
from kg.extract.refine.spans import _without_overlaps


def _unrefined(nlp, text):
    with nlp.select_pipes(disable=["kg_refine_entities"]):
        return nlp(text)


def test_an_agreement_kind_does_not_take_a_word_of_another_entity(nlp, gazetteer):
    # "framework deal" is a kind; here "framework" already belongs to a (mis-tagged) DATE
    doc = _unrefined(nlp, "Oman and Britain signed a five year framework deal on Monday.")
    start = next(t.i for t in doc if t.text == "five")
    deal = next(t.i for t in doc if t.text == "deal")
    keep = [e for e in doc.ents if e.end <= start or e.start > deal]
    doc.ents = sorted([*keep, Span(doc, start, deal, label="DATE"),
                       Span(doc, deal, deal + 1, label="Agreement")], key=lambda e: e.start)
    refined = refine_entities(doc, gazetteer)
    tokens = [t.i for e in refined.ents for t in e]
    assert len(tokens) == len(set(tokens))
    assert any(e.label_ == "DATE" and e.text == "five year framework" for e in refined.ents)


def test_overlapping_spans_keep_the_longer(nlp):
    doc = _unrefined(nlp, "The Treaty of Lisbon was signed in 2007.")
    a, b = Span(doc, 0, 4, label="Agreement"), Span(doc, 2, 4, label="Region")
    assert [(e.start, e.end) for e in _without_overlaps([a, b])] == [(0, 4)]
    c = Span(doc, 6, 7, label="DATE")
    assert _without_overlaps([a, c]) == [a, c]  # disjoint: returned as given
