"""The model's ``attribute_ruler`` rules evaluated over a batch's token arrays.

spaCy's ``AttributeRuler`` runs its ~180 rules (tag → POS and morphology, pronoun lemmas…)
through a token ``Matcher``: every rule is tried at every token, with a Python call for each
``IN``/``REGEX`` test, which costs a tenth of the whole pipeline. The rules of the English
models are fixed-length token patterns over a few token attributes, so each one is a boolean
array over the batch's tokens here (``Doc.to_array``, ``numpy.isin``). The matches go through
the ruler's own ``set_annotations`` in its own order: the annotations are the same.

``compile_rules`` returns None for a ruler with a rule this evaluator does not cover (an
operator, another attribute or predicate); the caller then keeps spaCy's component.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.util import minibatch

ATTRS = ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE")  # the token attributes rules may test
_COLUMN = {name: i for i, name in enumerate(ATTRS)}
_ARRAY_ATTRS = [IDS[name] for name in ATTRS]


@dataclass(frozen=True)
class _Test:
    """One attribute test of a token spec: equal to, in, not in, or matching a regex."""

    attr: str
    op: str  # "==", "IN", "NOT_IN", "REGEX"
    values: tuple[int, ...] = ()
    regex: re.Pattern | None = None


@dataclass(frozen=True)
class _Rule:
    attr_id: int  # the ruler's rule index: the order in which matches are applied
    match_id: int
    tokens: tuple[tuple[_Test, ...], ...]  # one tuple of tests per token of the pattern


def _value(attr: str, value: Any) -> int:
    return int(value) if attr == "IS_SPACE" else get_string_id(value)


def _tests(spec: dict[str, Any]) -> tuple[_Test, ...] | None:
    out = []
    for attr, value in spec.items():
        attr = attr.upper()
        if attr == "TEXT":
            attr = "ORTH"
        if attr not in _COLUMN:
            return None
        if isinstance(value, (str, bool, int)):
            out.append(_Test(attr, "==", (_value(attr, value),)))
        elif isinstance(value, dict) and len(value) == 1:
            op, arg = next(iter(value.items()))
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and attr != "IS_SPACE":
                out.append(_Test(attr, op, tuple(get_string_id(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE":
                out.append(_Test(attr, op, regex=re.compile(arg)))
            else:
                return None
        else:
            return None
    return tuple(out)


def compile_rules(ruler: AttributeRuler) -> list[_Rule] | None:
    """The ruler's rules as ``_Rule``s, or None when one is beyond this evaluator."""
    rules = []
    for attr_id, rule in enumerate(ruler.patterns):
        match_id = ruler.vocab.strings[str(attr_id)]
        for pattern in rule["patterns"]:
            tokens = [_tests(spec) for spec in pattern]
            if not tokens or any(t is None for t in tokens):
                return None
            rules.append(_Rule(attr_id, match_id, tuple(tokens)))  # type: ignore[arg-type]
    return rules


class ArrayAttributeRuler:
    """The pipeline component: ``ruler``'s annotations, found with arrays (see module doc)."""

    # (regex, word) → match, remembered across batches; bounded, because every new word of a
    # long run adds entries (8,796 after 600 synthetic articles; issue 13): emptied when full.
    REGEX_CACHE_SIZE = 1 << 16

    def __init__(self, ruler: AttributeRuler, rules: list[_Rule]) -> None:
        self.ruler = ruler
        self.rules = rules
        self._regex_cache: dict[tuple[str, int], bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from self._annotate(list(batch))

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        lengths = [len(doc) for doc in docs]
        if not sum(lengths):
            return docs
        table = np.concatenate([doc.to_array(_ARRAY_ATTRS).reshape(-1, len(ATTRS))
                                for doc in docs])
        starts = np.cumsum([0, *lengths])
        doc_of = np.repeat(np.arange(len(docs)), lengths)
        found: list[list[tuple[int, int, int, int]]] = [[] for _ in docs]
        cache: dict[tuple, np.ndarray] = {}
        for rule in self.rules:
            size = len(rule.tokens)
            if size > len(table):
                continue
            hits = np.ones(len(table) - size + 1, dtype=bool)
            for j, tests in enumerate(rule.tokens):
                for test in tests:
                    hits &= self._holds(test, table, cache)[j: len(table) - size + 1 + j]
            if size > 1:  # a match must not run into the next document
                hits &= doc_of[: len(hits)] == doc_of[size - 1:]
            at = np.flatnonzero(hits)
            if at.size:
                docs_at = doc_of[at]
                for d, start in zip(docs_at.tolist(), (at - starts[docs_at]).tolist(),
                                    strict=True):
                    found[d].append((rule.attr_id, rule.match_id, start, start + size))
        for doc, matches in zip(docs, found, strict=True):
            self._set(doc, sorted(set(matches)))
        return docs

    def _set(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """``AttributeRuler.set_annotations`` without a Span per match (same order, same
        attributes, same error for a rule whose index falls outside its match)."""
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                self.ruler.set_annotations(doc, [(attr_id, match_id, start, end)])  # raises
            set_token_attrs(doc[i], attrs[attr_id])

    def _holds(self, test: _Test, table: np.ndarray, cache: dict[tuple, np.ndarray]
               ) -> np.ndarray:
        key = (test.attr, test.op, test.values, test.regex)
        if key in cache:
            return cache[key]
        column = table[:, _COLUMN[test.attr]]
        if test.op == "==":
            out = column == np.uint64(test.values[0])
        elif test.op in ("IN", "NOT_IN"):
            out = np.isin(column, np.array(test.values, dtype=np.uint64))
            if test.op == "NOT_IN":
                out = ~out
        else:  # REGEX, on each distinct string once
            strings = self.ruler.vocab.strings
            distinct, inverse = np.unique(column, return_inverse=True)
            pattern = test.regex
            memo = self._regex_cache
            if len(memo) + len(distinct) > self.REGEX_CACHE_SIZE:
                memo.clear()
            flags = []
            for h in distinct.tolist():
                k = (pattern.pattern, h)
                if k not in memo:
                    memo[k] = bool(pattern.search(strings[h]))
                flags.append(memo[k])
            out = np.array(flags, dtype=bool)[inverse.reshape(-1)]
        cache[key] = out
        return out


@Language.factory("kg_attribute_ruler")
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    """Takes over the pipeline's ``attribute_ruler`` (see ``use_array_attribute_ruler``)."""
    ruler = nlp.get_pipe("attribute_ruler")
    rules = compile_rules(ruler)
    if rules is None:
        raise ValueError("the model's attribute_ruler has rules kg.extract.attribute_ruler cannot "
                         "run")
    return ArrayAttributeRuler(ruler, rules)


def use_array_attribute_ruler(nlp: Language) -> None:
    """Put ``kg_attribute_ruler`` in the place of ``attribute_ruler`` when it can run all of
    its rules; leave the pipeline as it is otherwise."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    if compile_rules(nlp.get_pipe("attribute_ruler")) is None:
        return
    nlp.add_pipe("kg_attribute_ruler", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
