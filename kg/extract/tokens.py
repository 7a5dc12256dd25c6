"""Finding the few tokens a rule looks at without a Python object for every token.

``for t in doc`` makes a new ``Token`` object per token, and the refinement and relation rules
walk the whole document a few dozen times per article, most of them only to skip every token
whose word is not in a small set. :func:`where` reads one attribute column in C
(``Doc.to_array``) and returns the indices worth looking at; the rule then tests them as before.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import numpy
from spacy.attrs import POS
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc


@lru_cache(maxsize=256)
def _ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def where(doc: Doc, attr: int, words: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (``spacy.attrs.LOWER``, ``ORTH``,
    ``TAG`` …) is one of ``words``. A superset guard only: callers keep their own test."""
    if not len(doc) or not words:
        return []
    ids = _ids(words) if isinstance(words, frozenset) else _ids.__wrapped__(frozenset(words))
    # a set look-up per value: numpy.isin sorts both arrays, ~3x slower on an article's column
    return [i for i, x in enumerate(doc.to_array(attr).tolist()) if x in ids]


def with_pos(doc: Doc, pos: str) -> list[int]:
    """Indices, in order, of the tokens whose coarse part of speech is ``pos`` ("PROPN")."""
    if not len(doc):
        return []
    return numpy.flatnonzero(doc.to_array(POS) == IDS[pos]).tolist()
