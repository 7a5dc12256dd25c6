"""A signing of a counted plural whose members the article tells apart ("signed two treaties
… the land treaty … the maritime treaty") signs each member (dev conventions: d127, d976,
d1046; kg.extract.refine.plural_members) (issue 12, h-sig16)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.refine.plural_members import PLURAL_MEMBERS
from kg.model import Mention, RelationMention


def members_signed(doc: Doc, relations: list[RelationMention], mentions: list[Mention],
                   offset: int) -> list[RelationMention]:
    """Each signing line whose agreement is such a plural, and beside it one line for each
    other member (a line holds one agreement: kg.graph.resolve SINGLE), with the same
    parties; each member's first mention stands for it."""
    heads: dict[int, tuple[str, ...]] = doc.user_data.get(PLURAL_MEMBERS) or {}
    if not heads:
        return relations
    firsts: dict[str, Mention] = {}
    for m in mentions:
        if m.key is not None:
            firsts.setdefault(m.key, m)
    out = []
    for r in relations:
        out.append(r)
        deals = r.role("agreement") if r.relation == "signed" else ()
        keys = next((heads[i] for a in deals[:1] for i in heads
                     if a.span.start - offset <= i < a.span.end - offset), None)
        if not keys or not all(k in firsts for k in keys):
            continue
        out += [replace(r, roles=tuple((role, (firsts[k],) if role == "agreement" else ms)
                                       for role, ms in r.roles))
                for k in keys if k != deals[0].key]
    return out
