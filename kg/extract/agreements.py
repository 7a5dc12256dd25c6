"""The trained Agreement recogniser in kg's pipeline (issue 12), off by default
(``KG_AGREEMENTS``, kg.extract.agreement_option: on d146–d165 it did not raise kg eval's
Agreement or signed scores; README "Learned entities").

A spaCy ``ner`` trained on the dev gold (``python -m kg.extract.train_entities --classes
Agreement``; in ``kg/data/models/agreements``, made by ``make agreement-model``, not committed)
marks agreement mentions, far better than the rules at mention level. It runs only on the
sentences that hold an agreement cue (the last word of a kind of agreement in
``kg/data/agreements.yaml``, or a title head such as "Treaty"), batched with ``pipe``; its
Agreement spans join ``doc.ents`` before ``kg_refine_entities``, so that they are named, typed
and canonicalised by the same rules as the rules' own agreements (``_listed_names``,
``_agreements``: an unnamed deal gets its kind and its parties). A model span never overrides
a span of another kg class; where it strictly contains rules agreements it replaces them
(policy ``longer``) or is dropped (policy ``add``).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import minibatch

from kg.extract.agreement_option import MODEL_DIR, POLICIES, SUMS
from kg.extract.gazetteer import Gazetteer, plural_forms
from kg.extract.tokens import where
from kg.model import ENTITY_CLASSES

LABEL = "Agreement"
log = logging.getLogger("kg")


def agreement_cues(gaz: Gazetteer) -> frozenset[str]:
    """Lower-case words whose sentence may name an agreement: the last word of every name of a
    generic kind of agreement in the gazetteer ("deal", "pact", "memorandum", "communique"),
    the title heads that end a treaty's name (roles.yaml `agreement_title_heads`: "treaty",
    "charter", "convention"), and plurals."""
    words = {h.lower() for h in gaz.roles.agreement_title_heads}
    for e in gaz.entries:
        if e.cls == LABEL and e.generic:
            words.update(a.split()[-1].lower() for a in (e.label, *e.aliases, *e.exact) if a)
    words = {w for w in words if w.isalpha()}
    return frozenset(f for w in words for f in plural_forms(w))


def cue_sentences(doc: Doc, cues: frozenset[str]) -> list[SpacySpan]:
    """The sentences of ``doc`` that hold a cue word, in order, each once."""
    out: list[SpacySpan] = []
    for i in where(doc, LOWER, cues):
        if out and i < out[-1].end:
            continue
        out.append(doc[i].sent)
    return out


def _kind_of(words: SpacySpan, gaz: Gazetteer) -> str | None:
    """The generic kind of agreement a lower-case phrase ends with ("a $2 billion arms deal":
    arms deal), the longest that the gazetteer lists."""
    for start in range(words.start, words.end):
        entry = gaz.lookup(words.doc[start:words.end].text)
        if entry is not None and entry.cls == LABEL and entry.generic:
            return entry.label
    return None


def model_span(doc: Doc, start: int, end: int, inside: Sequence[SpacySpan],
               gaz: Gazetteer) -> SpacySpan | None:
    """The Agreement span to add for the model's tokens ``start:end``, or None.

    A name (its last word capitalised: "the Treaty of Friendship", "the ABC Agreement") has no
    id: `_listed_names` and `_agreements` name it as the rules name a found name. A lower-case
    phrase is an unnamed deal of a listed kind: the kind of the rules agreement it contains,
    else the kind it ends with; with neither it is no entity (rules do the same).
    """
    while start < end and doc[start].lower_ in ("a", "an"):
        start += 1  # the rules' spans begin at the name or at "the"
    if start >= end:
        return None
    last = doc[end - 1]
    if last.is_title or last.is_upper:
        return SpacySpan(doc, start, end, label=LABEL)
    kind = next((x.ent_id_ for x in inside if x.ent_id_), None) or \
        _kind_of(doc[start:end], gaz)
    return SpacySpan(doc, start, end, label=LABEL, span_id=kind) if kind else None


def merge(doc: Doc, found: Iterable[tuple[int, int]], gaz: Gazetteer,
          policy: str = "add") -> None:
    """Add the model's Agreement spans (token ``(start, end)``) to ``doc.ents`` in place.

    A span is dropped where it overlaps an entity of another kg class (the rules' Country,
    Weapon … stand), or a rules agreement across its edge, or coincides with one. spaCy's own
    guesses that it overlaps (LAW, ORG, DATE …) give way to it. One that strictly contains
    rules agreements replaces them under ``policy="longer"``, and is dropped under ``"add"``.
    """
    ents = list(doc.ents)
    added: list[SpacySpan] = []
    for start, end in found:
        if start > 0 and doc[start - 1].lower_ == "the" and any(
                x.start == start - 1 and x.label_ == LABEL for x in ents):
            start -= 1  # the rules' name takes its "the" ("the Treaty …"); the gold's does not
        over = [x for x in ents if x.start < end and start < x.end]
        ours = [x for x in over if x.label_ in ENTITY_CLASSES]
        if any(x.label_ != LABEL or x.start < start or x.end > end for x in ours):
            continue
        if ours and (policy != "longer" or any(len(x) == end - start for x in ours)):
            continue
        span = model_span(doc, start, end, ours, gaz)
        if span is None:
            continue
        ents = [x for x in ents if not (x.start < end and start < x.end)] + [span]
        added.append(span)
    if added:
        doc.ents = sorted(ents, key=lambda x: x.start)
        for span in added:  # the refiner reads an entity's id off its tokens
            for t in span:
                t.ent_id_ = span.id_


class AgreementRecogniser:
    """The spaCy component: the trained ``ner`` over the cue sentences, then `merge`."""

    def __init__(self, ner=None, gazetteer: Gazetteer | None = None,
                 policy: str = "add") -> None:
        if policy not in POLICIES:
            raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")
        self.ner = ner  # a trained spaCy ``ner`` (anything with ``pipe(docs, batch_size)``)
        self.gazetteer = gazetteer
        self.policy = policy
        self.cues = agreement_cues(gazetteer) if gazetteer is not None else frozenset()

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        if self.ner is None or self.gazetteer is None:
            yield from docs
            return
        for batch in minibatch(docs, batch_size):
            where_from: list[tuple[int, int]] = []  # (document in batch, sentence start)
            pieces: list[Doc] = []
            for n, doc in enumerate(batch):
                for sent in cue_sentences(doc, self.cues):
                    piece = sent.as_doc()
                    piece.set_ents([], default="missing")  # the model decides every token
                    pieces.append(piece)
                    where_from.append((n, sent.start))
            found: list[list[tuple[int, int]]] = [[] for _ in batch]
            try:
                for (n, offset), piece in zip(
                        where_from, self.ner.pipe(pieces, batch_size=batch_size), strict=True):
                    found[n] += [(offset + e.start, offset + e.end)
                                 for e in piece.ents if e.label_ == LABEL]
            except Exception as exc:  # the model is an extra: these texts keep the rules' spans
                log.warning("warning: the Agreement recogniser failed on a batch (%s: %s); "
                            "its texts keep the rules' agreements", type(exc).__name__, exc)
                found = [[] for _ in batch]
            for doc, spans in zip(batch, found, strict=True):
                if spans:
                    merge(doc, spans, self.gazetteer, self.policy)
                yield doc


@Language.factory("kg_agreements")
def make_recogniser(nlp: Language, name: str) -> AgreementRecogniser:
    """The trained Agreement recogniser; ``add_agreement_recogniser`` hands it the model."""
    return AgreementRecogniser()


def _sums_problem(path: Path) -> str | None:
    """Why the model files at ``path`` are not the ones ``SUMS`` lists, if they are not."""
    sums = path / SUMS
    if not sums.is_file():
        return f"{sums} is missing"
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        f = path / name
        if not f.is_file():
            return f"{f} is missing"
        if hashlib.sha256(f.read_bytes()).hexdigest() != digest:
            return f"{f} is not the file {SUMS} lists"
    return None


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_DIR) -> tuple[object | None, str | None]:
    """(the trained ``ner``, None), or (None, why it could not be loaded). Once per process."""
    import spacy

    problem = _sums_problem(path)
    if problem is None:
        try:
            ner = spacy.load(path).get_pipe("ner")
            if LABEL not in ner.labels:
                problem = f"the model at {path} has no {LABEL} label"
        except Exception as exc:  # any failure to load: kg still builds, with the rules only
            problem = f"cannot load {path}: {type(exc).__name__}: {exc}"
    if problem is not None:
        log.warning("warning: the trained Agreement recogniser is off (%s); agreements come "
                    "from the rules only. `make agreement-model` re-creates it.", problem)
        return None, problem
    return ner, None


def add_agreement_recogniser(nlp: Language, gazetteer: Gazetteer, path: Path = MODEL_DIR,
                             policy: str = "add") -> AgreementRecogniser | None:
    """Add ``kg_agreements`` before ``kg_refine_entities`` (or last); None, with one warning per
    process, when the model cannot be loaded."""
    ner, _ = load_model(path)
    if ner is None:
        return None
    where_to = {"before": "kg_refine_entities"} if "kg_refine_entities" in nlp.pipe_names \
        else {"last": True}
    component = nlp.add_pipe("kg_agreements", **where_to)
    component.ner, component.gazetteer, component.policy = ner, gazetteer, policy
    component.cues = agreement_cues(gazetteer)
    return component
