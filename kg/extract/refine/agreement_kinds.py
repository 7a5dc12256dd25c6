"""A bare agreement word whose own modifiers word the kind of a listed treaty ("its security
treaty with Washington"): that treaty, where its parties are named (issue 12, stop 64, h-agr1)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer
from kg.extract.refine.agreement_parties import _in_sentence
from kg.extract.refine.spans import _countries


def _kind_start(e: SpacySpan, adjectives: frozenset[str]) -> int:
    """Where the nouns and classifying adjectives right before ``e``'s word begin ("the
    security treaty": at "security"); ``e.start`` where there are none."""
    start = e.start
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and t.is_lower \
            and t.is_alpha and ((t.dep_ == "compound" and t.pos_ == "NOUN")
                                or (t.dep_ == "amod" and t.lower_ in adjectives)):
        start -= 1
    return start


def listed_by_words(e: SpacySpan, ents: list[SpacySpan], doc_states: list[str],
                    names: set[str], gaz: Gazetteer) -> tuple[SpacySpan, str] | None:
    """"Japan would keep its security treaty with the United States", "under the security
    treaty with Washington": a lower-case word whose modifiers word a kind that a listed
    treaty of entities.yaml is of (its `kinds`) is that treaty where its sentence names all
    its `parties` (or, naming fewer than two states and none outside the document, the
    document does); returns the phrase with its kind words and the treaty's label, or None.
    Not where the article names an agreement holding those words (its own "Treaty of Mutual
    Cooperation and Security" is the one it means), nor a dated phrase (`_year_dated` takes
    "the 1951 security treaty" first: an older one)."""
    start = _kind_start(e, gaz.roles.kind_adjectives)
    if start == e.start or not e.root.is_lower:
        return None
    words = [t.lower_ for t in e.doc[start:e.root.i]] + [e.root.lemma_.lower()]
    known = gaz.agreements_of_kind(" ".join(words))
    if not known or any(set(words) <= set(n.lower().split()) for n in names):
        return None
    in_sent = _countries(_in_sentence(e, ents))
    scope = doc_states if len(in_sent) < 2 and set(in_sent) <= set(doc_states) else in_sent
    label = next((k.label for k in known if set(k.parties) <= set(scope)), None)
    return None if label is None else (SpacySpan(e.doc, start, e.end, label="Agreement"), label)
