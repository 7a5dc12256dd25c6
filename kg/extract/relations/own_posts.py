"""Own forces sent to a post: "<A> and <B> sent <aircraft> aboard warships to the <Adj> coast",
"<State> sends <jets> to northern <State>" move the sender's own forces (a deployment, dev
conventions D4); no state receives them, so no supply (issue 12, stop 61, h-sup96; d1032, d769)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence


def sent_to_own_post(ctx: _Sentence, verb: Token, posts: list[Token]) -> bool:
    """A sending verb whose every destination (``posts``, the objects of its "to" phrases, as
    the caller found them for the recipients) is a post, no state: a coast, waters, a base
    ("sent <aircraft> to the <Adj> coast") or a part of a state ("sends <jets> to northern
    <State>"). The sender moved its own forces there; it handed nothing over."""
    if verb.lemma_.lower() not in ctx.rules.words["undirected_senders"]:
        return False
    return bool(posts) and all(_own_post(ctx, p) for p in posts)


def _own_post(ctx: _Sentence, pobj: Token) -> bool:
    """``pobj`` names a post rather than a receiver (see ``sent_to_own_post``)."""
    if pobj.pos_ == "NOUN":
        return pobj.lemma_.lower() in ctx.rules.words["posting_nouns"]
    own = ctx.own(pobj)
    return own is not None and own.cls in ctx.role("place") and not pobj.conjuncts and any(
        c.dep_ == "amod" and c.lower_ in ctx.rules.words["compass_adjectives"]
        for c in pobj.children)
