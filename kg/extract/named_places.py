"""A place name the document tags as a place in one sentence is that place where NER left the
same words untagged or took them for an organisation in another ("… to Michoacan" untagged
beside "violence in Michoacan"; "the coast of Arauco" an organisation beside "the provinces
of Arauco and Biobio"): NER reads each sentence apart, the reader the whole article (issue 12,
h-dep78: a deployment's destination lost with it)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.tokens import texts

PLACE_LABELS = frozenset({"GPE", "LOC", "Region", "Country"})
# NER's labels a place name is taken for where its sentence gives it too little to go on (a
# person is left to kg.extract.person_cues: "Jordan" names both)
MISTAKEN = frozenset({"ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
MAX_WORDS = 3  # longer names are rarely left untagged by NER, and rarely places when they are


def _words(e: SpacySpan) -> SpacySpan:
    """The name without its article: "the Gulf" → "Gulf"."""
    return e[1:] if e[0].lower_ == "the" and len(e) > 1 else e


def _places(ents: list[SpacySpan]) -> dict[tuple[str, ...], tuple[str, str]]:
    """Word tuple → (label, id) of each capitalised place name the document tags one way only,
    and as an organisation no more often than as that place ("Renamo" once a place, six times
    an organisation, is the movement)."""
    seen: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    votes: Counter[tuple[str, ...]] = Counter()  # place readings less organisation ones
    for e in ents:
        words = _words(e)
        name = tuple(texts(e.doc)[words.start:words.end])  # (no Token per word)
        if e.label_ == "ORG" and not e.ent_id_:
            votes[name] -= 1
        if e.label_ not in PLACE_LABELS:
            continue
        if len(words) <= MAX_WORDS and all(t.is_title and t.is_alpha for t in words):
            seen.setdefault(name, set()).add((e.label_, e.ent_id_))
            votes[name] += 1
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and votes[k] >= 0}


def _free_edge(doc: Doc, i: int) -> bool:
    """No capitalised word at ``i`` continuing the name ("Michoacan State University")."""
    if i < 0 or i >= len(doc):
        return True
    t = doc[i]
    return not (t.is_title or t.is_upper) or t.is_sent_start or t.is_punct


def places_named_elsewhere(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each untagged or mistaken (no gazetteer id) stretch of words
    that another of the document's entities tags as a place relabelled as that place."""
    places = _places(ents)
    if not places:
        return ents
    owner: dict[int, SpacySpan] = {i: e for e in ents for i in range(e.start, e.end)}
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for name in places:
        firsts.setdefault(name[0], []).append(name)
    made: dict[int, SpacySpan] = {}  # start → new span
    dropped: set[int] = set()  # starts of the organisations it replaces
    # (the words read off the ORTH column: a Token only where a place name's first word is;
    # a scan of the words, not ``where``: its index would be one more dict of lists kept per
    # document for the collector to walk)
    words, n = texts(doc), len(doc)
    for start in [i for i, w in enumerate(words) if w in firsts]:
        for name in firsts[words[start]]:
            end = start + len(name)
            if end > n or tuple(words[start:end]) != name:
                continue
            held = {owner[i].start: owner[i] for i in range(start, end) if i in owner}
            if len(held) > 1:
                continue
            e = next(iter(held.values()), None)
            if e is None:
                # a free stretch: not the start or end of a longer capitalised name
                if not (_free_edge(doc, start - 1) or doc[start - 1].lower_ == "the") \
                        or not _free_edge(doc, end) or start in made:
                    continue
            elif e.label_ not in MISTAKEN or e.ent_id_ or _words(e).start != start or e.end != end:
                continue  # a place already, a listed body, or a longer name holding these words
            else:
                dropped.add(e.start)
            label, ent_id = places[name]
            span = SpacySpan(doc, start, end, label=label, span_id=ent_id)
            for x in span:  # a span's ent_id_ is read off its tokens
                x.ent_id_ = ent_id
            made[start] = span
    if not made:
        return ents
    return sorted([*made.values(), *(e for e in ents if e.start not in dropped)],
                  key=lambda e: e.start)
