"""A destination the parser hangs inside an aside on the force: "sent about 100 troops, most
of them special forces, to Uganda", "sent about 80 ships, among them seven warships, to the
waters off X" (the "to" phrase on "most", on a second object or on the aside's noun). The
phrase right after the aside's closing comma still says where the force went (dev conventions
D6: the destination named in the sentence; gold of d1144, d1148; issue 12, stop 81, h-dep127).
Read only where ``deploys._destination`` found no place phrase on the verb or the force."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence

ASIDE_MAX = 8  # words between the commas: a short description of part of the force


def aside_destinations(ctx: _Sentence, obj: Token | None, preps: frozenset[str]) -> list[Token]:
    """The object of the "to"-like preposition that opens right after a comma-set aside on
    the force ``obj`` ("N troops, most of them X, to Y" → Y), where the parser hung it on a
    word of the aside and the phrase names a place. None where the aside holds a verb (a
    clause of its own: "troops, who were trained to fight, …") or is no aside (no comma right
    after the force phrase)."""
    if obj is None:
        return []
    doc, end = ctx.sent.doc, ctx.sent.end
    opening = _opening_comma(obj)
    if opening is None:
        return []
    closing = next((t.i for t in doc[opening + 1 : min(opening + ASIDE_MAX + 2, end)]
                    if t.text == ","), None)
    if closing is None or closing + 1 >= end or closing == opening + 1:
        return []
    prep = doc[closing + 1]
    aside = range(opening + 1, closing)
    if prep.lower_ not in preps or prep.dep_ != "prep" or prep.head.i not in aside:
        return []
    if any(doc[i].pos_ in ("VERB", "AUX") for i in aside):
        return []
    # (a place named in the phrase only: "to the area" after an aside may mean a place the
    # article named before or only the region around it)
    return [c for c in prep.children if c.dep_ == "pobj"
            and ctx.mentions(c.subtree, ctx.role("place"))]


def _opening_comma(obj: Token) -> int | None:
    """The index of the comma right after the force phrase ("about 100 troops," → the comma
    after "troops"), its own modifiers ("of the 82nd Airborne Division") included; None where
    another word follows the phrase."""
    nxt = _phrase_end(obj) + 1
    return nxt if nxt < len(obj.doc) and obj.doc[nxt].text == "," else None


def _phrase_end(tok: Token) -> int:
    """The last word of a noun phrase without its apposition, list or set-off parts."""
    ends = [_phrase_end(c) for c in tok.children if c.i > tok.i
            and c.dep_ not in ("appos", "punct", "conj", "cc", "relcl", "acl", "advcl")]
    return max([tok.i, *ends])
