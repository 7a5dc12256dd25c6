"""The gazetteer as a spaCy component: names through phrase matchers, patterns through a Matcher.

A plain name is a phrase: its tokens compared case-insensitively (``LOWER``) by a
``PhraseMatcher``, whose cost hardly grows with the number of names. What token patterns did
with alternatives is done around the match instead:

- a leading "the" is added after the match (both spans are candidates, as with the optional
  token ``{"LOWER": "the", "OP": "?"}``: the longer one wins);
- typographic apostrophes (‘ ’) are normalised to ' in a shadow copy of the token texts, built
  only for a text that has one;
- the plural of a weapon or an agreement is one more phrase.

Only entries' own token patterns and the generic patterns (``kg/data/patterns.yaml``) go through
spaCy's token ``Matcher``, with their tests on the word itself (a regular expression on its
text, a set of lower-case forms, a length) as lexeme flags (:class:`WordTest`). Candidates are
chosen exactly as spaCy's ``EntityRuler`` chooses them (this class is one, with two more
matchers).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LOWER
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.gazetteer import Gazetteer, NamePattern, plural_forms
from kg.extract.tokens import text_of

# The apostrophes a name's ' also matches (the token patterns' alternatives were these three).
QUOTES = "'\u2018\u2019"
_TO_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'"})
# Pattern predicates that depend on the word alone: the attribute (TEXT is ORTH) → the kinds
# of test that can be a lexeme flag, and the type their values must have.
_WORD_TESTS = {"ORTH": (("REGEX", "IN", "NOT_IN"), str), "LOWER": (("REGEX", "IN", "NOT_IN"), str),
               "LENGTH": (("IN", "NOT_IN", "==", "!=", ">=", "<=", ">", "<"), int)}
_COMPARE = {"==": int.__eq__, "!=": int.__ne__, ">=": int.__ge__, "<=": int.__le__,
            ">": int.__gt__, "<": int.__lt__}


class GazetteerRuler(EntityRuler):
    """An ``EntityRuler`` whose names are phrase patterns (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, overwrite_ents: bool) -> None:
        super().__init__(nlp, name, validate=True, overwrite_ents=overwrite_ents)
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")  # ' normalised: see _plain
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.with_article: set[int] = set()  # match ids whose names may follow "the"
        self._the = nlp.vocab.strings.add("the")
        # Matcher key of a pattern added in another form (``_add_token_pattern``) → the key
        # of the pattern as written, and the dependencies its one token must not have
        self._stand_ins: dict[int, tuple[int, frozenset[int]]] = {}

    def add_names(self, names: Iterable[NamePattern]) -> None:
        """Add the gazetteer's names (``Gazetteer.name_patterns``)."""
        vocab = self.nlp.vocab
        for n in names:
            key = self._create_label(n.cls, n.label)
            match_id = vocab.strings.add(key)
            self._ent_ids[match_id] = (n.cls, n.label)
            if n.exact:
                self.exact.add(key, [Doc(vocab, words=list(n.words))])
                continue
            words = [w.translate(_TO_PLAIN) for w in n.words]
            forms = [words]
            if n.plural:
                forms = [[*words[:-1], form] for form in sorted(plural_forms(words[-1].lower()))]
            self.names.add(key, [Doc(vocab, words=f) for f in forms])
            if n.article:
                self.with_article.add(match_id)

    def add_token_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """``add_patterns`` for token patterns, with their word tests as lexeme flags.

        spaCy's Matcher calls each ``REGEX``/``IN``/``NOT_IN`` predicate as a Python function
        at every token where a pattern could start (three quarters of this component's time);
        a flag is computed once per distinct word and checked in C, with the same matches.
        ``patterns`` (and so ``self.patterns``) keep the predicates as written."""
        entries = list(patterns)
        for entry in entries:
            errors = validate_token_pattern(entry["pattern"])
            if errors:
                raise MatchPatternError(entry.get("id", entry["label"]), {0: errors})
        flags = WordFlags(self.nlp.vocab, defer=True)
        for entry in entries:  # first tokens first: they are tested at every token
            flags.pattern(_leading(entry["pattern"]))
        for entry in entries:
            label, pattern = entry["label"], entry["pattern"]
            if "id" in entry:
                ent_label, label = label, self._create_label(label, entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (ent_label, entry["id"])
            self.token_patterns[label].append(pattern)
            validate, self.matcher.validate = self.matcher.validate, False  # flag ids are ints
            try:
                self._add_token_pattern(label, flags.pattern(pattern))
            finally:
                self.matcher.validate = validate
        flags.set_flags()

    def _add_token_pattern(self, label: str, pattern: list[dict[Any, Any]]) -> None:
        """Add ``pattern`` to the Matcher, its first token's POS or DEP test in C where it can be.

        spaCy's Matcher calls a pattern's Python predicates (``{"POS": {"IN": [...]}}``,
        ``{"DEP": {"NOT_IN": [...]}}``: not word tests, so no lexeme flag) at every token where
        the pattern could start, whether or not its C tests hold there (half the Matcher's
        time). So a first token's ``POS IN`` is one alternative per part of speech (a C test
        each; a token has one POS, so they never match the same tokens), and a one-token
        pattern's ``DEP NOT_IN`` is tested on its matches after (``_token_matches``). These go
        in under a key of their own, at the same place among the patterns: the matches, their
        order and their keys stay what the pattern gives as written."""
        first = pattern[0] if pattern else {}
        pos, dep = first.get("POS"), first.get("DEP")
        split = "OP" not in first and isinstance(pos, dict) and list(pos) == ["IN"] \
            and isinstance(pos["IN"], list) and all(isinstance(p, str) for p in pos["IN"])
        after = len(pattern) == 1 and "OP" not in first and isinstance(dep, dict) \
            and list(dep) == ["NOT_IN"] and isinstance(dep["NOT_IN"], list) \
            and all(isinstance(d, str) for d in dep["NOT_IN"])
        if not split and not after:
            self.matcher.add(label, [pattern])
            return
        strings = self.nlp.vocab.strings
        head = {k: v for k, v in first.items() if not (after and k == "DEP")}
        heads = [{**head, "POS": p} for p in pos["IN"]] if split else [head]
        key = f"{label}\u0000{len(self._stand_ins)}"  # (no label has a NUL)
        self._stand_ins[strings.add(key)] = (
            self.matcher._normalize_key(label),
            frozenset(strings.add(d) for d in dep["NOT_IN"]) if after else frozenset())
        self.matcher.add(key, [[h, *pattern[1:]] for h in heads])

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``self.matcher(doc)`` as if every pattern were added as written
        (``_add_token_pattern``)."""
        if not self._stand_ins:
            return list(self.matcher(doc))
        out, seen = [], set()
        for m_id, start, end in self.matcher(doc):
            stand_in = self._stand_ins.get(m_id)
            if stand_in is not None:
                m_id, unwanted = stand_in
                if unwanted and doc[start].dep in unwanted:  # (a one-token match)
                    continue
            if (m_id, start, end) not in seen:  # (the Matcher's own: one match per key)
                seen.add((m_id, start, end))
                out.append((m_id, start, end))
        return out

    def __len__(self) -> int:
        return super().__len__() + len(self.names) + len(self.exact)

    def _require_patterns(self) -> None:
        """A ruler with names only is not empty (the base class looks at its own matchers)."""
        if not len(self):
            super()._require_patterns()

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """All candidates, longest first (then leftmost), like ``EntityRuler.match``."""
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = self._token_matches(doc) if len(self.matcher) else []
            matches += self.name_matches(doc)
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def name_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of the names in ``doc``; needs no tagger."""
        matches = list(self.exact(doc)) if len(self.exact) else []
        for m_id, start, end in self.names(_plain(doc)):
            matches.append((m_id, start, end))
            if start and m_id in self.with_article and doc[start - 1].lower == self._the:
                matches.append((m_id, start - 1, end))
        return matches


@dataclass(frozen=True)
class WordTest:
    """One predicate of a token pattern on the word alone (``{"LOWER": {"IN": [...]}}``), as
    a lexeme flag getter: ``Vocab.add_flag`` computes it for every word once."""

    attr: str  # ORTH, LOWER or LENGTH
    op: str
    value: Any  # a regular expression, a frozenset, or an int
    lower: Callable[[str], str] = field(default=str.lower, compare=False)

    def __call__(self, text: str) -> bool:
        word: Any = (len(text) if self.attr == "LENGTH"
                     else self.lower(text) if self.attr == "LOWER" else text)
        if self.op == "REGEX":
            return self.value.search(word) is not None
        if self.op in ("IN", "NOT_IN"):
            return (word in self.value) == (self.op == "IN")
        return _COMPARE[self.op](word, self.value)

    def getter(self) -> Callable[[str], bool]:
        """The same test as a plain function of the word, for ``lex_attr_getters``: spaCy calls
        every flag's getter for each new word, and ``__call__``'s dispatch on attribute and
        operator cost more than the test (63 flags: 0.56 against plain spaCy's 0.23 CPU s per
        13,000 new words). The function carries the test as ``word_test``, so that an equal
        test finds its flag again."""
        value, lower, compare = self.value, self.lower, _COMPARE.get(self.op)
        fn: Callable[[str], bool]
        if self.attr == "LENGTH":
            if self.op in ("IN", "NOT_IN"):
                fn = ((lambda text: len(text) in value) if self.op == "IN"
                      else (lambda text: len(text) not in value))
            else:
                fn = lambda text: compare(len(text), value)  # noqa: E731
        elif self.op == "REGEX":
            search = value.search
            fn = ((lambda text: search(lower(text)) is not None) if self.attr == "LOWER"
                  else (lambda text: search(text) is not None))
        elif self.attr == "LOWER":
            fn = ((lambda text: lower(text) in value) if self.op == "IN"
                  else (lambda text: lower(text) not in value))
        else:
            fn = ((lambda text: text in value) if self.op == "IN"
                  else (lambda text: text not in value))
        fn.word_test = self  # type: ignore[attr-defined]
        return fn


class WordFlags:
    """Token patterns with their word tests turned into lexeme flags of ``vocab`` (shared by
    equal tests; a test stays a predicate once the vocabulary's 63 flags are taken)."""

    def __init__(self, vocab: Vocab, defer: bool = False) -> None:
        self.vocab = vocab
        self.lower = vocab.lex_attr_getters.get(LOWER, str.lower)  # how LOWER itself is made
        self.defer = defer  # True: new flags reach the words already known at set_flags()
        # new flags not yet on the vocabulary, with their getters
        self.pending: list[tuple[int, Callable[[str], bool]]] = []

    def set_flags(self) -> None:
        """Set the new flags on the words already in the vocabulary, all in one pass over it
        (``Vocab.add_flag`` walks the whole vocabulary once per flag); words made later get
        them from ``lex_attr_getters``. With ``defer``, call it before matching."""
        if self.pending:
            for lex in self.vocab:
                text = lex.orth_
                for flag, getter in self.pending:
                    lex.set_flag(flag, getter(text))
            self.pending = []

    def pattern(self, pattern: list[dict[str, Any]]) -> list[dict[Any, Any]]:
        return [self._token(spec) for spec in pattern]

    def _token(self, spec: dict[str, Any]) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for attr, value in spec.items():
            name = "ORTH" if attr.upper() == "TEXT" else attr.upper()
            if name not in _WORD_TESTS or not isinstance(value, dict):
                out[attr] = value
                continue
            kept = {}
            for op, arg in value.items():
                flag = self._flag(name, op, arg)
                if flag is None:
                    kept[op] = arg
                else:
                    out[flag] = True
            if kept:
                out[attr] = kept
        return out

    def _flag(self, attr: str, op: str, arg: Any) -> int | None:
        ops, kind = _WORD_TESTS[attr]
        if op not in ops:
            return None
        if op == "REGEX":
            if not isinstance(arg, str):
                return None
            value: Any = re.compile(arg)
        elif op in ("IN", "NOT_IN"):
            if not (isinstance(arg, list) and all(type(a) is kind for a in arg)):
                return None
            value = frozenset(arg)
        elif type(arg) is kind:
            value = arg
        else:
            return None
        test = WordTest(attr, op, value, self.lower)
        for flag, getter in self.vocab.lex_attr_getters.items():
            if isinstance(flag, int) and flag < 64 and getattr(getter, "word_test", getter) == test:
                return flag
        # Vocab.add_flag's choice of bit, without its pass over the vocabulary (set_flags)
        flag = next((bit for bit in range(1, 64) if bit not in self.vocab.lex_attr_getters), None)
        if flag is None:  # no flag left: spaCy's predicate does the same, slower
            return None
        getter = test.getter()
        self.vocab.lex_attr_getters[flag] = getter  # words made from now on get it
        self.pending.append((flag, getter))
        if not self.defer:
            self.set_flags()
        return flag


def _leading(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tokens a match can start at: the first, and after an optional one the next
    ("the" in ``[{"LOWER": "the", "OP": "?"}, {"TEXT": {"REGEX": …}}]`` leaves the regular
    expression tested at every token)."""
    end = 1
    while end < len(pattern) and pattern[end - 1].get("OP") in ("?", "*"):
        end += 1
    return pattern[:end]


def _plain(doc: Doc) -> Doc:
    """``doc``, or a copy of its tokens with ‘ and ’ as ' when it has any (same token count)."""
    # (the document's text, joined once and kept for the later rules that ask for it,
    # ``text_of``: no quote mark is in the whitespace between words)
    text = text_of(doc)
    if "\u2018" not in text and "\u2019" not in text:
        return doc
    words = [t.text.translate(_TO_PLAIN) for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


def add_gazetteer_rulers(nlp: Language, gazetteer: Gazetteer,
                         tokenize: Callable[[str], list[str]]) -> None:
    """``kg_gazetteer`` before spaCy's NER (it overrides it) and, for names that are also given
    names ("Chad", "Jordan"), ``kg_gazetteer_late`` after it, which only fills gaps NER left."""
    for ambiguous, name, where in ((False, "kg_gazetteer", {"before": "ner"}),
                                   (True, "kg_gazetteer_late", {"after": "ner"})):
        names = gazetteer.name_patterns(tokenize, ambiguous=ambiguous)
        tokens = gazetteer.token_patterns(ambiguous=ambiguous)
        if not names and not tokens:
            continue
        ruler = nlp.add_pipe("kg_gazetteer_ruler", name=name, **where,
                             config={"overwrite_ents": not ambiguous})
        ruler.add_names(names)
        ruler.add_token_patterns(tokens)


@Language.factory("kg_gazetteer_ruler", default_config={"overwrite_ents": True})
def make_gazetteer_ruler(nlp: Language, name: str, overwrite_ents: bool) -> GazetteerRuler:
    """The component; ``add_gazetteer_rulers`` adds and fills it."""
    return GazetteerRuler(nlp, name, overwrite_ents=overwrite_ents)
