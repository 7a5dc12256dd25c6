"""A reduced passive the parser reads as an active clause (issue 12, stop 71, h-sup115):
"<weapons> lent by <state> to <state> have been flown …", "the batteries, <weapons> supplied
to <state> by <state>, had been moved …". The small model may make the participle a verb of
its own whose subject is the weapons, and the agent a plain "by" phrase; weapons give
nothing, so the "by" actor supplies them, to the "to" actor where one is named (SU7: a
passive transfer with the supplier as agent; dev d362, d519)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    _children,
    _conjoined_actors,
    _pobjs,
    _prep_objects,
    _relation,
    _Sentence,
)
from kg.model import Mention, RelationMention


def _subject_weapons(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The weapons the subject of ``verb`` names, where it names weapons and no actor
    ("<count> <system> jets", not the state in "which <state> delivered … by sea")."""
    subj = next(iter(_children(verb, {"nsubj"})), None)
    if subj is None or subj.i > verb.i or subj.pos_ not in ("NOUN", "PROPN"):
        return []  # ("many of them supplied by <state>": a share, read by its own rule)
    own = ctx.own(subj)
    if own is not None and own.cls in ctx.role("actor"):
        return []
    return ctx.mentions(subj.subtree, ctx.role("item"))


def misread_reduced_passive(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """The supplies of a giving participle (``reduced_passive_givers``) the parser read as an
    active verb: tagged VBN, no auxiliary, a subject that names weapons, and a "by" phrase
    (as agent or as a plain preposition) naming an actor. Empty otherwise."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in ctx.rules.words[
            "reduced_passive_givers"] or _children(verb, {"aux", "auxpass", "nsubjpass"}):
        return []
    items = _subject_weapons(ctx, verb)
    if not items:
        return []
    bys = [c for c in _children(verb, {"agent", "prep"}) if c.lower_ == "by"]
    suppliers = list(dict.fromkeys(m for b in bys for p in _pobjs(b)
                                   for m in _conjoined_actors(ctx, p)))
    recipients = [m for p in _prep_objects(verb, ctx.rules.to_preps)
                  for m in _conjoined_actors(ctx, p)]
    return [_relation(ctx, "supplies", verb, {
        "supplier": [s], "recipient": [r for r in recipients if r.span != s.span][:1],
        "item": items}) for s in suppliers]
