"""Finding the few tokens a rule looks at without a Python object for every token.

``for t in doc`` makes a new ``Token`` object per token, and the refinement and relation rules
walk the whole document a few dozen times per article, most of them only to skip every token
whose word is not in a small set. :func:`where` reads one attribute column in C
(``Doc.to_array``) and returns the indices worth looking at; the rule then tests them as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import chain
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.strings import StringStore, get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

# Relative pronouns that open a clause on a noun ("X, which signed …"): shared by the entity
# and relation rules.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Determiners of a phrase that refers back ("the deal", "this contract"), and the narrower set
# before a kind that stands for things named before ("the jets", "those howitzers").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
ANAPHOR_DETS = frozenset({"the", "these", "those"})

# Columns no component changes once the tokenizer has run: their index (value → token indices)
# is built once per document and kept while the document lives; the rules ask ~40 times each.
# (``with_pos`` keeps POS's the same way: it is asked only after the attribute ruler has set it.)
_FIXED = (ORTH, LOWER)
_INDEX: WeakKeyDictionary[Doc, dict[int, tuple[int, dict[int, list[int]]]]] = WeakKeyDictionary()
# a document's lower-case lemmas (``words_of``, whose lower-case words come from ``lowers``);
# lemmas are set by the lemmatizer and kg_whole_verbs, before any rule asks
_WORDS: WeakKeyDictionary[Doc, list[str]] = WeakKeyDictionary()
# a document's lower-case forms and lemmas, with its length in tokens (``vocabulary``)
_VOCABULARY: WeakKeyDictionary[Doc, tuple[int, frozenset[str]]] = WeakKeyDictionary()
# a document's text, with its length in tokens (``text_of``)
_TEXT: WeakKeyDictionary[Doc, tuple[int, str]] = WeakKeyDictionary()
# the last document ``text_of`` read, its length and text: a look-up without a weak reference
_LAST_TEXT: tuple[Doc | None, int, str] = (None, 0, "")


@lru_cache(maxsize=256)
def _ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def _index(doc: Doc, attr: int) -> dict[int, list[int]]:
    """Value of ``attr`` → indices of its tokens, in order; cached per document (a document
    retokenized since, so of another length, gets a new one)."""
    entry = _INDEX.setdefault(doc, {})
    cached = entry.get(attr)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    index: dict[int, list[int]] = {}
    for i, x in enumerate(doc.to_array(attr).tolist()):
        index.setdefault(x, []).append(i)
    entry[attr] = (len(doc), index)
    return index


# at most this many values, ``where`` on a column it does not index compares the column with
# each in numpy (~2x faster than a set look-up per token, issue 13; each value is one more pass)
_FEW_IDS = 4


def where(doc: Doc, attr: int, words: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (``spacy.attrs.LOWER``, ``ORTH``,
    ``TAG`` …) is one of ``words``. A superset guard only: callers keep their own test."""
    if not len(doc) or not words:
        return []
    ids = _ids(words) if isinstance(words, frozenset) else _ids.__wrapped__(frozenset(words))
    if attr in _FIXED:
        index = _index(doc, attr)
        found = [index[x] for x in ids if x in index] if len(ids) < len(index) else \
            [at for x, at in index.items() if x in ids]
        # the lists are disjoint: sorting them joined is heapq.merge's order, ~6x faster
        return found[0][:] if len(found) == 1 else sorted(chain.from_iterable(found))
    column = doc.to_array(attr)
    if len(ids) <= _FEW_IDS:  # ("NNS", "appos", a lemma or two): compared in numpy
        return _equal_any(column, ids)
    # a set look-up per value: numpy.isin sorts both arrays, ~3x slower on an article's column
    return [i for i, x in enumerate(column.tolist()) if x in ids]


def _equal_any(column: numpy.ndarray, ids: Collection[int]) -> list[int]:
    """Indices, in order, of the entries of ``column`` (one attribute column of ``to_array``)
    equal to any of ``ids`` (string ids); none for no ``ids``."""
    mask = numpy.zeros(len(column), dtype=bool)
    for x in ids:
        mask |= column == x
    return numpy.flatnonzero(mask).tolist()


def with_pos(doc: Doc, pos: str) -> list[int]:
    """Indices, in order, of the tokens whose coarse part of speech is ``pos`` ("PROPN"); the
    POS column's index is built once per document (``_index``: the refinement rules ask ~8
    times per article; no component after the attribute ruler changes it, and no rule asks
    before)."""
    return _index(doc, POS).get(IDS[pos], [])[:] if len(doc) else []


def words_of(span: Span) -> frozenset[str]:
    """The lower-case forms and lower-case lemmas of ``span``'s words, read off two columns (no
    ``Token`` objects, both read once per document): a rule that only starts at one of a few
    words skips a sentence that holds none of them without walking it."""
    doc = span.doc
    return frozenset(lowers(doc)[span.start : span.end] + lemmas(doc)[span.start : span.end])


def vocabulary(doc: Doc) -> frozenset[str]:
    """Every lower-case form and lower-case lemma in ``doc`` (``words_of`` the whole document),
    made once per document: a rule whose trigger words (a kg/data list) are none of them
    cannot fire, and skips the document without walking it."""
    found = _VOCABULARY.get(doc)
    if found is None or found[0] != len(doc):  # (a retokenized document is read again)
        found = _VOCABULARY[doc] = (len(doc), words_of(doc[:]))
    return found[1]


@lru_cache(maxsize=64)
def lowered(words: frozenset[str]) -> frozenset[str]:
    """``words`` in lower case: a superset guard for a test on a word's own case."""
    return frozenset(w.lower() for w in words)


def lemmas(doc: Doc) -> list[str]:
    """Every token's ``lemma_.lower()``, read off one column once per document (kept while the
    document lives; a retokenized one is read again). Shared: read it, never change it."""
    found = _WORDS.get(doc)
    if found is None or len(found) != len(doc):
        strings = doc.vocab.strings
        found = _WORDS[doc] = [strings[m].lower() for m in doc.to_array(LEMMA).tolist()] \
            if len(doc) else []
    return found


def matching(doc: Doc, attr: int, pattern: re.Pattern[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (``ORTH`` or ``LOWER``) ``pattern``
    matches at its start: the expression runs once per distinct word, not once per token."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    found = [at for x, at in _index(doc, attr).items() if pattern.match(strings[x])]
    return found[0][:] if len(found) == 1 else sorted(chain.from_iterable(found))


# per attribute (LOWER, ORTH): the last document read, its length and its words (its own name:
# as ``_WORDS`` it took the place of ``lemmas``' weak cache, which then held every document
# parsed, its tensor and all, for the life of the process)
_COLUMN_WORDS: dict[int, tuple[Doc, int, list[str]]] = {}


def _words(doc: Doc, attr: int) -> list[str]:
    """Every token's string of ``attr``, read off one column once per document (the cache holds
    the last document per attribute; a retokenized document is read again)."""
    cached = _COLUMN_WORDS.get(attr)
    if cached is None or cached[0] is not doc or cached[1] != len(doc):
        strings = doc.vocab.strings
        words = [strings[x] for x in doc.to_array(attr).tolist()] if len(doc) else []
        cached = _COLUMN_WORDS[attr] = (doc, len(doc), words)
    return cached[2]


def lowers(doc: Doc) -> list[str]:
    """Every token's ``lower_``, read off one column once per document: ``tuple(lowers(doc)[a:b])``
    is ``tuple(t.lower_ for t in doc[a:b])`` (the same slice bounds) without a Span or a
    Token per word. Shared: read it, never change it."""
    return _words(doc, LOWER)


def without_the(e: Span) -> Span:
    """The span without a leading "the" (a one-word "the" stays)."""
    if len(e) > 1 and lowers(e.doc)[e.start] == "the":  # (no Token made)
        return Span(e.doc, e.start + 1, e.end)  # ``e[1:]``, without normalising a slice
    return e


def glued_hyphen(tok: Token) -> bool:
    """``tok`` is a hyphen written without spaces on either side, inside a word ("25-year",
    "Gowind-class", "anti-submarine"), not a dash between words."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_


def texts(doc: Doc) -> list[str]:
    """Every token's ``text``, read off the ORTH column once per document, as ``lowers``:
    ``tuple(texts(doc)[a:b])`` is ``tuple(t.text for t in doc[a:b])`` (the same slice bounds)
    without a Span or a Token per word. Shared: read it, never change it."""
    return _words(doc, ORTH)


# the last document ``column`` read, its length and the columns read off it so far
_COLUMNS: tuple[Doc | None, int, dict[int, list[int]]] = (None, 0, {})


def column(doc: Doc, attr: int) -> list[int]:
    """Every token's ``attr`` (a lexical flag such as ``spacy.attrs.IS_TITLE``, which no
    component changes once the tokenizer has run), read off one column once per document, as
    ``lowers``: ``column(doc, IS_TITLE)[i]`` is ``doc[i].is_title`` without a Token. Shared:
    read it, never change it."""
    global _COLUMNS
    cached = _COLUMNS
    if cached[0] is not doc or cached[1] != len(doc):  # another document, or retokenized
        cached = _COLUMNS = (doc, len(doc), {})
    values = cached[2].get(attr)
    if values is None:
        values = cached[2][attr] = doc.to_array(attr).tolist() if len(doc) else []
    return values


# the last document ``children_of`` read, its length, each token's children, its dependency and
# its head's index
_KIDS: tuple[Doc | None, int, list[list[int]], list[str], list[int]] = (None, 0, [], [], [])


def _parse_columns(doc: Doc) -> tuple[Doc | None, int, list[list[int]], list[str], list[int]]:
    """``_KIDS`` for ``doc``, read off its HEAD and DEP columns; its callers read them only
    where the cached ones are another document's (no component changes the parse after the
    parser; a retokenized document, of another length, is read again)."""
    global _KIDS
    kids: list[list[int]] = [[] for _ in range(len(doc))]
    deps: list[str] = []
    heads: list[int] = []
    if len(doc):
        strings = doc.vocab.strings
        # (heads are offsets, negative ones wrapped in the unsigned column)
        offsets = doc.to_array(HEAD).astype(numpy.uint64).view(numpy.int64).tolist()
        labels = doc.to_array(DEP).tolist()
        for i, (h, d) in enumerate(zip(offsets, labels, strict=True)):
            if h:
                kids[i + h].append(i)
            deps.append(strings[d] if d else "")
            heads.append(i + h)
    _KIDS = (doc, len(doc), kids, deps, heads)
    return _KIDS


def children_of(doc: Doc) -> tuple[list[list[int]], list[str]]:
    """Each token's children (indices, in order: ``[c.i for c in doc[i].children]``) and every
    token's ``dep_``, read once per document (``_parse_columns``). Shared: read them, never
    change them."""
    cached = _KIDS  # (checked here: the rules ask ~400 times per article, issue 13)
    if cached[0] is not doc or cached[1] != len(doc):
        cached = _parse_columns(doc)
    return cached[2], cached[3]


def heads_of(doc: Doc) -> list[int]:
    """Every token's ``head.i``, read once per document with ``children_of``. Shared: read it,
    never change it."""
    cached = _KIDS
    if cached[0] is not doc or cached[1] != len(doc):
        cached = _parse_columns(doc)
    return cached[4]


# word id (a hash of its text: the same in every vocabulary) → its ``word_kinds`` bits
_KINDS: dict[int, int] = {}
LINE_BREAK, ALNUM_END = 1, 2  # a newline in the word; its last character a letter or digit


def word_kinds(words: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
    """``LINE_BREAK | ALNUM_END`` bits of each word of the ORTH column ``words``, each word's
    text read once per process: ``kg_line_breaks`` asks for every line of every document,
    where two ``numpy.isin`` calls over a line's few words cost more than the rule."""
    kinds = _KINDS
    out = []
    for w in words.tolist():
        k = kinds.get(w)
        if k is None:
            text = strings[w]
            k = kinds[w] = ("\n" in text) * LINE_BREAK | text[-1:].isalnum() * ALNUM_END
        out.append(k)
    return numpy.array(out, dtype=numpy.int8)


def line_break_mask(words: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
    """True at each token of the ORTH column ``words`` that holds a line break (a newline):
    read off each word id's kind, not a ``Token`` per word."""
    return (word_kinds(words, strings) & LINE_BREAK).astype(bool)


def line_starts(is_break: numpy.ndarray) -> numpy.ndarray:
    """The indices of the tokens that open a line, from ``line_break_mask``: the first token and
    each one after a line break, less the line breaks themselves."""
    if not len(is_break):
        return numpy.flatnonzero(is_break)
    return numpy.flatnonzero(~is_break & numpy.concatenate(([True], is_break[:-1])))


# a document's length, its lines' first tokens and its line-break tokens (``line_bounds``),
# kept while the document lives, as ``_INDEX`` keeps its columns
_LINES: WeakKeyDictionary[Doc, tuple[int, numpy.ndarray, numpy.ndarray]] = WeakKeyDictionary()


def line_bounds(doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray]:
    """``line_starts`` of ``doc`` and the indices of its tokens that hold a line break, read
    once per document (the datelines and the line-opening names both ask). Shared: read
    them, never change them."""
    cached = _LINES.get(doc)
    if cached is None or cached[0] != len(doc):  # not read yet, or retokenized since
        is_break = line_break_mask(doc.to_array(ORTH), doc.vocab.strings)
        cached = _LINES[doc] = (len(doc), line_starts(is_break), numpy.flatnonzero(is_break))
    return cached[1], cached[2]


def text_of(span: Span | Doc) -> str:
    """``span.text`` (or ``doc.text``), cut from its document's text joined once per document:
    ``Doc.text`` and ``Span.text`` make a ``Token`` per word on every call, and the rules ask
    for a sentence's or a document's text often."""
    global _LAST_TEXT
    doc = span if isinstance(span, Doc) else span.doc
    last = _LAST_TEXT  # the rules ask about one document many times in a row
    if last[0] is not doc or last[1] != len(doc):
        cached = _TEXT.get(doc)
        if cached is None or cached[0] != len(doc):  # retokenized since
            cached = _TEXT[doc] = (len(doc), doc.text)
        last = _LAST_TEXT = (doc, *cached)
    if span is doc:
        return last[2]
    return last[2][span.start_char : span.end_char]


def has_det(tok: Token, words: Collection[str]) -> bool:
    """Whether ``tok`` has a determiner among ``words`` ("the jets", "a spokesman")."""
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def premodified(tok: Token, words: Collection[str]) -> bool:
    """Whether an adjective among ``words`` stands before ``tok`` in its phrase: on it or on a
    modifier of it (a headline's parse may hang "former" on the compound: "former US Navy
    frigate"), not inside a possessor ("a former colony's boats")."""
    owners = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    return any(t.dep_ == "amod" and t.lower_ in words and t.i not in owners
               for t in tok.subtree if t.i < tok.i)
