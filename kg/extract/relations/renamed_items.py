"""A ship handed over under a new name: "received two former cutters, renamed the BRP X and the
BRP Y", "transferred a cutter to Sri Lanka, now serving as SLNS Z", "…, where the ship was
recommissioned as PNS W". The new name is the ship that changed hands, an item of the supply
too (dev conventions E6: the renamed ship is a Weapon of its own; issue 12, stop 62, h-sup99).
The parser hangs the naming participle on the supply verb, on a verb coordinated with it or
on a clause below it, outside the item phrase the item collection reads."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.relations._base import _children, _Sentence
from kg.model import Mention, RelationMention

SUBJECTS = ("nsubj", "nsubjpass")
NAME_DEPS = ("oprd", "dobj", "attr")  # "renamed X", "was renamed X"


def with_renamed_items(ctx: _Sentence, verb: Token, r: RelationMention) -> RelationMention:
    """Supply ``r`` of ``verb`` with the new names of the ships it hands over as items too."""
    items = list(r.role("item"))
    more = renamed_items(ctx, verb, items)
    if not more:
        return r
    roles = dict(r.roles)
    roles["item"] = (*items, *more)
    return replace(r, roles=tuple(roles.items()))


def renamed_items(ctx: _Sentence, verb: Token, items: list[Mention]) -> list[Mention]:
    """The ship names that a naming word under ``verb`` gives (``ship_renaming_verbs``: the
    name is its object or after "as"; ``ship_service_verbs``: after "as" only), not yet among
    ``items``: named Weapons (proper nouns) only."""
    words = ctx.rules.words
    renaming, serving = words["ship_renaming_verbs"], words["ship_service_verbs"]
    out: list[Mention] = []
    for v in verb.subtree:
        lemma = v.lemma_.lower()
        if v.i == verb.i or v.pos_ != "VERB" or lemma not in renaming | serving \
                or not _own_clause(ctx, v, verb):
            continue
        named = [p for a in _children(v, {"prep"}) if a.lower_ == "as"
                 for p in _children(a, {"pobj"})]
        if lemma in renaming:
            named += [c for c in v.children if c.dep_ in NAME_DEPS and c.i > v.i]
        for t in (x for n in named for x in (n, *n.conjuncts)):
            m = ctx.own(t)
            if t.pos_ == "PROPN" and m is not None and m.cls == "Weapon" \
                    and m not in items and m not in out:
                out.append(m)
    return out


def _own_clause(ctx: _Sentence, v: Token, verb: Token) -> bool:
    """Whether naming word ``v`` speaks of what ``verb`` hands over: its subject, if any, is a
    ship noun or a ship pronoun ("the ship was renamed", "it was recommissioned as"), and no
    clause of another subject coordinated on the way up to ``verb`` holds it ("…, and Japan
    has renamed …" is Japan's own)."""
    subject = _subject(v, verb)
    if subject is not None and not _ship_subject(ctx, subject):
        return False
    t = v
    while t.i != verb.i and t.head.i != t.i:
        if t.i != v.i and t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") \
                and _children(t, set(SUBJECTS)):
            return False
        t = t.head
    return t.i == verb.i


def _subject(v: Token, verb: Token) -> Token | None:
    """``v``'s own subject, or that of the verb it is coordinated after ("the ship was
    decommissioned and then recommissioned as"); none for a participle, nor for a verb that
    shares the supply verb's subject ("received two cutters, renamed …": who received them
    named them)."""
    while True:
        own = next(iter(_children(v, set(SUBJECTS))), None)
        if own is not None or v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") \
                or v.head.i == verb.i:
            return own
        v = v.head


def _ship_subject(ctx: _Sentence, subject: Token) -> bool:
    """"the ship", "the frigate", "it", "she": a ship noun of the kind (``ship_kinds``) with
    "the", or a ship pronoun."""
    words = ctx.rules.words
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "she")
    return subject.lemma_.lower() in words["ship_kinds"] and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
