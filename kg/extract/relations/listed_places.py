"""A counted plural place description as a destination: "sent troops to the three provinces"
after "the provinces of A, B and C", "stationed at both sites" after "two sites were built,
at A and near B", "sent to the two reserves" after "the barricades at A and B". Each named
place of the list is a destination of its own (dev conventions D6: the description points
back to the places named; issue 12, stop 70, h-dep110)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import COREF_WINDOW, _earlier_start, _pobjs, _Sentence, counted
from kg.model import Mention


def listed_places(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """The places a counted plural place noun (``listed_place_nouns``) with no name of its own
    stands for: those the same noun introduced before ("the provinces of A, B and C", "two
    sites …, at A and near B"), else the last coordinated list of places ("at A and B");
    only a list of exactly as many as the count says ("the three", "both"). None for an
    uncounted plural ("the islands": which of the places named is unknown)."""
    noun = pobj.lemma_.lower()
    if pobj.tag_ != "NNS" or ctx.own(pobj) is not None or \
            noun not in ctx.rules.words["listed_place_nouns"]:
        return []
    count = counted(pobj)
    if count is None:
        return []
    doc = pobj.doc
    before = doc[_earlier_start(ctx.sent, COREF_WINDOW) : pobj.i]
    same = [t for t in before if t.lemma_.lower() == noun and t.tag_ == "NNS"]
    if same:
        introduced = _introduced(ctx, same[-1])
        if len(introduced) == count:
            return introduced
    for t in reversed(before):
        group = _coordinated(ctx, t)
        if len(group) > 1:  # the last list decides: a list of another size is no antecedent
            return group if len(group) == count else []
    return []


def _place(ctx: _Sentence, tok: Token) -> Mention | None:
    """The place ``tok`` names in its own words (not a description resolved to it)."""
    m = ctx.own(tok)
    return m if m is not None and m.cls in ctx.role("place") and ctx.names(m, tok) else None


def _coordinated(ctx: _Sentence, tok: Token) -> list[Mention]:
    """The places of the coordinated list ``tok`` heads ("Pattani, Yala and Narathiwat"), in
    text order; none where it heads none."""
    first = _place(ctx, tok)
    if first is None or tok.dep_ == "conj" or not tok.conjuncts:
        return []
    places = [first, *(m for c in tok.conjuncts if (m := _place(ctx, c)) is not None)]
    return list(dict.fromkeys(places))


def _introduced(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The places a plural noun introduced: its "of" list ("the provinces of A, B and C"), or,
    for the subject of a clause, the places that clause puts it at ("two sites had been
    built, at A east of B and near C": A and C; a place only locating another, "east of B",
    and a clause coordinated with it are left out)."""
    listed = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in _pobjs(p) for m in (_place(ctx, o), *_coordinated(ctx, o)[1:]) if m]
    if listed or noun.dep_ not in ("nsubj", "nsubjpass"):
        return list(dict.fromkeys(listed))
    verb = noun.head
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "relcl")
            for t in c.subtree} | {t.i for t in noun.subtree}
    placed = [m for t in verb.subtree if t.i not in skip and t.dep_ == "pobj"
              and t.head.lower_ in ctx.rules.place_preps and (m := _place(ctx, t)) is not None]
    return list(dict.fromkeys(placed))
