"""Issue 13, h-perf1: the column-wise shortcuts give what the per-token code gave (the
sentence starts of ``kg_line_breaks``, ``matching``, ``text_of``, the ruler's quote test and
its choice of leading tokens)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from kg.extract.nlp import line_breaks
from kg.extract.refine.spans import DESIGNATION
from kg.extract.refine.weapons import MODEL_NUMBER
from kg.extract.ruler import _leading, _plain
from kg.extract.tokens import matching, text_of

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
TEXTS = [
    "",
    "Alone",
    "Navy Takes Delivery Of Frigates\n\nLISBON, May 2 (AFP) - Portugal said it signed.",
    "a  b \n c d\n",
    "\n\nHeadline\n",
    "Armenia and Azerbaijan signed. Then\nthey left",
]


def _line_breaks_per_token(doc: Doc) -> Doc:
    """The rule as it was written before, one Token at a time."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            tok.is_sent_start = True
        elif prev.is_alpha and tok.is_alpha:
            tok.is_sent_start = False
        elif tok.is_alpha and not prev.whitespace_ and prev.text[-1:].isalnum():
            tok.is_sent_start = False  # "A-4" + "K" (stop 31, h-sup20)
    return doc


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def texts():
    return TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def test_line_breaks_by_columns_set_the_starts_the_per_token_rule_set(blank, texts):
    for text in texts:
        fast, slow = line_breaks(blank(text)), _line_breaks_per_token(blank(text))
        assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow], text[:40]


def test_line_breaks_leave_a_doc_without_breaks_or_joins_alone(blank):
    doc = line_breaks(blank("Yes. No."))
    assert [t.is_sent_start for t in doc] == [True, None, None, None]


def test_matching_finds_what_a_loop_over_the_tokens_finds(blank, texts):
    patterns = [MODEL_NUMBER, DESIGNATION, re.compile(r"[a-z]+ing$"), re.compile(r"\n")]
    for text in [*texts, "the Mirage 2000 and Su-30MK2 jets, Pershing II and F-16s"]:
        doc = blank(text)
        for pattern in patterns:
            assert matching(doc, ORTH, pattern) == [t.i for t in doc if pattern.match(t.text)]
            assert matching(doc, LOWER, pattern) == [t.i for t in doc if pattern.match(t.lower_)]


def test_text_of_is_the_docs_text(blank, texts):
    for text in texts:
        doc = blank(text)
        assert text_of(doc) == doc.text == text
        assert text_of(doc) is text_of(doc)  # built once


def test_quote_test_copies_only_a_text_with_a_typographic_apostrophe(blank):
    plain = blank("Iran's foreign minister")
    assert _plain(plain) is plain
    for quoted in ("Iran\u2019s foreign minister", "the \u2018Shield\u2019 deal"):
        doc = blank(quoted)
        copy = _plain(doc)
        assert copy is not doc and len(copy) == len(doc)
        assert "\u2018" not in copy.text and "\u2019" not in copy.text


def test_leading_tokens_run_through_optional_ones():
    the = {"LOWER": "the", "OP": "?"}
    name = {"TEXT": {"REGEX": "^[A-Z]"}}
    more = {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}
    kind = {"LOWER": "pact"}
    assert _leading([name, kind]) == [name]
    assert _leading([the, name, kind]) == [the, name]
    assert _leading([the, more, kind]) == [the, more, kind]
    assert _leading([the]) == [the]
