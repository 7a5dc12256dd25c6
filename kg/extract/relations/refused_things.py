"""A refusing verb in a relative clause on a thing (issue 12, stop 66, h-rep101): "…, a ban on
mines along the river, which <state> has rejected", a headline's "<state> buys boats that
<state> rejected" refuse a thing and deny no claim (dev conventions R2), while ", which
<state> denies" after a clause and "a charge <state> rejects" deny what was said (R4)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence


def _judges_truth(verb: Token) -> bool:
    """"rejected as false", "dismissed as propaganda", "rejected as staged": an "as" that
    judges what was said (an adjective, a bare noun or a clause), not "as the true border" or
    "as a basis for talks", which say what a thing is taken for."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                g.pos_ == "ADJ" or g.pos_ == "NOUN" and not any(
                    d.dep_ in ("det", "poss") for d in g.children) for g in c.children):
            return True
    return False


def refuses_thing(ctx: _Sentence, verb: Token) -> bool:
    """A verb of ``refusing`` (claims.yaml: "reject", "dismiss") whose only object is a
    relative "which" or "that" opening its clause right after a comma or after a noun of no
    words said (not a charge, claim or report: denied_objects, statement_nouns), with no
    "as" judging what was said (", which X rejected as false" still denies the clause)."""
    words = ctx.rules.words
    if verb.lemma_.lower() not in words["refusing"] or _judges_truth(verb):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "ccomp", "xcomp")]
    first = verb.doc[verb.left_edge.i]
    if objs != [first] or first.lower_ not in ("which", "that") or first.i <= ctx.sent.start:
        return False
    before = verb.doc[first.i - 1]
    return before.text == "," or before.pos_ in ("NOUN", "PROPN") and \
        before.lemma_.lower() not in words["denied_objects"] | words["statement_nouns"]
