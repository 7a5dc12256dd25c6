"""A headline is a sentence with no closing stop (issue 12, stop 83, h-head83): the paragraph
break after a body sentence is a whitespace token of that sentence, so ``_in_headline`` looks
at the last token that is not whitespace. Every sentence was written for these tests."""

from __future__ import annotations

from kg.extract.relations._base import _in_headline, _Sentence

TEXT = ("Ruritania signs border pact with Molvania\n\n"
        "Ruritania signed a border pact with Molvania on Tuesday.\n\n"
        "The two ministers met in the capital.")


def _contexts(nlp, rules, text: str) -> list[_Sentence]:
    doc = nlp(text)
    return [_Sentence(sent, "d", 0, rules, {}) for sent in doc.sents]


def test_a_body_sentence_before_a_paragraph_break_is_no_headline(nlp, rules):
    ctxs = _contexts(nlp, rules, TEXT)
    body = next(c for c in ctxs if c.sent.text.startswith("Ruritania signed"))
    assert body.sent[-1].is_space  # the break belongs to the sentence
    assert not _in_headline(body)


def test_the_headline_and_the_last_sentence_are_read_as_before(nlp, rules):
    ctxs = _contexts(nlp, rules, TEXT)
    assert _in_headline(ctxs[0])
    assert not _in_headline(ctxs[-1])
