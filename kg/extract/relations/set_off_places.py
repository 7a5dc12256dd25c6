"""A state, province or region set off by a comma after a named town is a destination too
("to San Antonio, Texas"), beside the phrases ``deploys._set_off_locators`` reads ("to X, in
Y", "to X, a town in the department of Y"). Dev conventions D1: a place in a named region has
both as destinations, also "<city>, <state>" (stop 68). A relative location ("X, north of
Colombo") only locates X and is not read here (issue 12, stop 76, h-dep118)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.places import city_state, fold, subdivision_states
from kg.extract.relations._base import _mention_tokens, _Sentence
from kg.model import Mention

_CLOSING = {",", ".", ";", ":", ")", "-", "—", "–"}


def comma_region(ctx: _Sentence, place: Mention) -> Token | None:
    """The first word after the comma that follows ``place``'s last word in its sentence,
    where that word names a region other than ``place`` ("Esquimalt, British Columbia" →
    "British"); None where there is no such comma or region. Shared by ``subdivision_after``
    and ``home_bases._state_of``."""
    words = _mention_tokens(ctx, place)
    doc = ctx.sent.doc
    if not words or words[-1].i + 2 >= ctx.sent.end or doc[words[-1].i + 1].text != ",":
        return None
    first = doc[words[-1].i + 2]
    after = ctx.own(first)
    return first if after is not None and after.cls == "Region" and after != place else None


def subdivision_after(ctx: _Sentence, root: Token, place: Mention) -> list[Mention]:
    """The state, province or region (ISO 3166-2) set off by a comma right after a named town:
    "to San Antonio, Texas, where …" → Texas. Not a list ("to Kabul, Kandahar and Helmand":
    the parser's conjunct, or an "and" after it), not a region the town lists do not know as a
    town ("to Arizona, Texas, …"), and not a region of another state than the town's, where
    the place lists know both."""
    name = place.key or place.lemma or place.span.text
    town = city_state(name)
    if place.cls != "Region" or town is None and fold(name) in subdivision_states():
        return []
    first = comma_region(ctx, place)
    if first is None:
        return []
    after = ctx.own(first)
    doc, end = ctx.sent.doc, ctx.sent.end
    own = _mention_tokens(ctx, after)
    head = next((t for t in own if t.head.i not in {u.i for u in own}), first)
    if head.dep_ not in ("appos", "npadvmod") or head.head.i != root.i or head.conjuncts:
        return []
    nxt = own[-1].i + 1
    if nxt < end and doc[nxt].text not in _CLOSING or nxt + 1 < end and \
            doc[nxt].text == "," and doc[nxt + 1].lower_ in ("and", "or"):
        return []
    states = subdivision_states().get(fold(after.key or after.lemma or after.span.text))
    if not states:
        return []
    return [after] if town is None or town in states else []

