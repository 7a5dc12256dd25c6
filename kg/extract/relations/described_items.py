"""A relative clause of transfer on an apposition that only describes a named weapon: "the
F-15I, a strike jet that it bought from the United States", "the VT-4, an export design that
Norinco sells to Thailand". The apposition's own noun names no weapon the entity stage knows
("jet", "design"); what changed hands is the weapon it describes (SU1; dev d851, d1042;
s68 h-sup95)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import ALL_CLASSES, _Sentence
from kg.model import Mention


def described_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The weapons named in the phrase that the relative clause ``verb``'s antecedent is in
    apposition to; [] where the clause is on no apposition, or the apposition names anything
    of its own ("the F-15I, a Boeing jet that …": the clause may be on the named thing)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "appos" or noun.head.i >= noun.i:
        return []
    clause = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    if ctx.mentions(noun.subtree, ALL_CLASSES, exclude=clause):
        return []
    # (the described phrase only: from its first word up to the apposition's)
    named = noun.doc[noun.head.left_edge.i:noun.left_edge.i]
    return ctx.mentions(named, ctx.role("item"))[-1:]
