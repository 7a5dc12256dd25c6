"""Speakers of no state: "Some Mexican opposition lawmakers warned", "Environmental groups on
the American side said", "Norwegian fishermen's organisations criticised", "leaders of the
Polish minority complained" (issue 12, stop 78, h-rep125). Dev conventions R5 and R8: private
people, opposition deputies, rebels and the civic bodies they form speak for no state, so a
state that only their nationality, side or place names is no claimant (none rather than a
wrong one); a party, group or body kg names keeps its claim."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _prep_objects, _Sentence
from kg.model import Mention

# the dependencies by which a word describes the speaker noun ("opposition lawmakers",
# "Environmental groups", "fishermen's organisations")
_DESCRIBING = frozenset({"amod", "compound", "poss"})


def stateless_voice(ctx: _Sentence, subj: Token, claimants: list[Mention]) -> bool:
    """Whether the unrecognised speaker noun ``subj`` is of no state while every claimant
    found for it is a state: a civic body (claims.yaml civic_groups: "trade unions", "peace
    groups", "Associations of Germans expelled …", "officials of the French group", "leaders
    of the Polish minority"), or people whom a non-state word describes or names
    (non_state_speakers, private_speakers: "opposition lawmakers", "rebel alliance",
    "fishermen's groups", "dissidents", "nationalists")."""
    if subj.dep_ == "csubj":  # the parser reads "Some unions said" as a verb and its object
        subj = next(iter(_children(subj, {"dobj"})), subj)
    if not claimants or any(c.cls != "Country" for c in claimants) or subj.pos_ != "NOUN" \
            or ctx.own(subj) is not None \
            or any(ctx.own(a) is not None for a in _children(subj, {"appos"})):
        return False
    words = ctx.rules.words
    non_state = words["non_state_speakers"] | words["private_speakers"]
    heads = [subj, *subj.conjuncts]  # "Nigerian trade unions and manufacturers warned"
    wholes = [o for h in heads for o in _prep_objects(h, {"of"}) if ctx.own(o) is None]
    if any(w.lemma_.lower() in words["civic_groups"] for w in (*heads, *wholes)):
        return True
    return any(h.lemma_.lower() in non_state for h in heads) or any(
        c.dep_ in _DESCRIBING and ctx.own(c) is None and c.lemma_.lower() in non_state
        for h in heads for c in h.children)
