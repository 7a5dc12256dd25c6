"""Issue 13, stop 49 (h-perf32): the gazetteer's word tests reach spaCy's ``lex_attr_getters``
as plain functions (``WordTest.getter``), not as the dataclass whose ``__call__`` dispatched on
attribute and operator for every new word and flag; same flags on every word, and an equal
test still finds its flag again."""

from __future__ import annotations

import re

import pytest
from spacy.lang.en import English

from kg.extract.ruler import WordFlags, WordTest

WORDS = ["", "a", "the", "The", "THE", "F-16", "Su-30K", "abc", "Rafale", "rafale", "x" * 12,
         "İstanbul", "ẞ", "don't", "Korea‘s", "42", "frigate"]

TESTS = [
    WordTest("ORTH", "REGEX", re.compile(r"^[A-Z][a-z]+$")),
    WordTest("LOWER", "REGEX", re.compile(r"^the$|^raf")),
    WordTest("ORTH", "IN", frozenset({"The", "F-16"})),
    WordTest("ORTH", "NOT_IN", frozenset({"The", "F-16"})),
    WordTest("LOWER", "IN", frozenset({"the", "rafale", "i̇stanbul"})),
    WordTest("LOWER", "NOT_IN", frozenset({"the", "rafale"})),
    WordTest("LENGTH", "IN", frozenset({1, 3})),
    WordTest("LENGTH", "NOT_IN", frozenset({1, 3})),
    *(WordTest("LENGTH", op, 3) for op in ("==", "!=", ">=", "<=", ">", "<")),
]


@pytest.mark.parametrize("test", TESTS, ids=lambda t: f"{t.attr}-{t.op}")
def test_getter_answers_as_the_test(test: WordTest) -> None:
    getter = test.getter()
    assert not isinstance(getter, WordTest)
    assert [getter(w) for w in WORDS] == [test(w) for w in WORDS]
    assert getter.word_test == test


def test_new_words_get_their_flags_from_plain_functions() -> None:
    vocab = English().vocab
    flags = WordFlags(vocab)
    pattern = flags.pattern([{"LOWER": {"IN": ["rafale", "mirage"]}},
                             {"LENGTH": {">=": 3}}, {"TEXT": {"REGEX": "^[A-Z]"}}])
    bits = [next(iter(spec)) for spec in pattern]
    assert all(isinstance(b, int) for b in bits)
    for bit in bits:  # a function, not the dataclass (whose call dispatched per word)
        assert not isinstance(vocab.lex_attr_getters[bit], WordTest)
    lex = vocab["RAFALE"]  # a word made after the flags: set by the getters
    assert [lex.check_flag(b) for b in bits] == [True, True, True]
    lex = vocab["ab"]
    assert [lex.check_flag(b) for b in bits] == [False, False, False]
    # an equal test, from another WordFlags on the same vocabulary, shares the flag
    again = WordFlags(vocab).pattern([{"LOWER": {"IN": ["mirage", "rafale"]}}])
    assert next(iter(again[0])) == bits[0]
