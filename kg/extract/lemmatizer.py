"""spaCy's rule lemmatizer with its lemma remembered per (ORTH, POS, MORPH).

spaCy's ``Lemmatizer`` makes a ``Token`` for every token of every document and calls
``rule_lemmatize`` on it; that method caches only some of its answers (not those of proper
nouns, punctuation and base forms, which go through ``is_base_form`` and ``morph.to_dict()``
again for every token), so the component costs about 5 % of kg's parse (h-perf28). Its answer
depends on the token's text, POS and morphology only (the English ``is_base_form`` reads POS and
morphology; the tables are fixed), so ``MemoLemmatizer`` reads those three columns and the lemma
column once per document (``Doc.to_array``), asks spaCy's own method once per distinct
(ORTH, POS, MORPH), and writes the lemma column back in one ``Doc.from_array``: the same
lemmas. spaCy's method itself scans a list of up to 57,528 index words for each form it tries;
``IndexWords`` answers the same ``in`` from a set. Tokens that already have a lemma keep it,
as in spaCy (unless ``overwrite``); a token without a POS always goes to spaCy (which warns
about it).

``use_memo_lemmatizer`` leaves any other lemmatizer (another mode, another ``is_base_form``) as
it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_COLUMNS = [ORTH, POS, MORPH, LEMMA]


class MemoLemmatizer:
    """The pipeline component, under the name ``lemmatizer`` (see module doc)."""

    # (orth, pos, morph) → lemma hash, across documents; emptied when full (new words of a long
    # run add entries; spaCy's own cache grows the same way).
    MEMO_SIZE = 1 << 18

    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer  # spaCy's; ``use_memo_lemmatizer`` hands it over
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        try:
            return self._lemmatize(doc)
        except Exception as e:  # (as spaCy's component reports it)
            lem.get_error_handler()(lem.name, lem, [doc], e)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _lemmatize(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lem = self.lemmatizer
        overwrite = lem.overwrite
        memo = self._memo
        if len(memo) > self.MEMO_SIZE:
            memo.clear()
        # four lists of ints, not a list per token: fewer live containers for the collector
        cols = doc.to_array(_COLUMNS)
        orths, poses, morphs, lemmas = (cols[:, j].tolist() for j in range(4))
        rows = zip(orths, poses, morphs, lemmas, strict=True)  # (lemmas[i] is read, then set)
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                token = doc[i]
                token.lemma_ = lem.lemmatize(token)[0]
                found = token.lemma
                if pos:  # (no POS: spaCy warns each time)
                    memo[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


class IndexWords(list):
    """A list of ``lemma_index`` whose ``in`` is a set look-up: the same answers (the index
    holds strings), in constant time. ``rule_lemmatize`` asks ``form in index`` of each form its
    rules make, and the English noun index is a list of 57,528 words: a scan of it cost about
    0.1 ms per distinct (word, POS, morphology), 1.2 of the component's 1.6 CPU s on 279
    documents (h-perf28)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def index_as_sets(lem: Lemmatizer) -> None:
    """Make each list of ``lem``'s ``lemma_index`` table an ``IndexWords`` (where all its
    entries are strings; any other is left as it is)."""
    if not lem.lookups.has_table("lemma_index"):
        return
    table = lem.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if (type(words) is list) and all(type(w) is str for w in words):
            table[key] = IndexWords(words)


@Language.factory("kg_memo_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    """``use_memo_lemmatizer`` hands it spaCy's ``lemmatizer``."""
    return MemoLemmatizer()


def memo_safe(lem: object) -> bool:
    """Whether ``lem``'s lemma is a function of ORTH, POS and MORPH alone: spaCy's rule
    lemmatizer with spaCy's own (or the English) ``is_base_form``."""
    return (isinstance(lem, Lemmatizer) and lem.mode == "rule"
            and type(lem).rule_lemmatize is Lemmatizer.rule_lemmatize
            and type(lem).is_base_form in (Lemmatizer.is_base_form,
                                           EnglishLemmatizer.is_base_form))


def use_memo_lemmatizer(nlp: Language) -> None:
    """Run the pipeline's ``lemmatizer`` inside ``MemoLemmatizer``, under its own name, where
    ``memo_safe``; leave it as it is otherwise."""
    if "lemmatizer" not in nlp.pipe_names or not memo_safe(nlp.get_pipe("lemmatizer")):
        return
    names = nlp.component_names  # (disabled ones too: add_pipe counts them)
    i = names.index("lemmatizer")
    lem = nlp.remove_pipe("lemmatizer")[1]
    index_as_sets(lem)
    where = {"after": names[i - 1]} if i else {"first": True}
    nlp.add_pipe("kg_memo_lemmatizer", name="lemmatizer", **where).lemmatizer = lem
