"""The deployer's own state as a destination (dev conventions D6; issue 12, stop 68, h-dep106).

A named place on the mover's own territory is a destination, and so is the own state where
the sentence names it as the place: its capital ("ordered soldiers onto the streets of
<capital>", the capital standing for the state, E12) or its border ("to <state>'s western
border", "to the southern border of <state>"). The gold never takes the own state where the
sentence names it only as the owner of another named place ("sends troops to <state>'s
<named> province", "deployed along <state>'s <named sea> coast": the named place alone), nor
where it is reached through a description or a pronoun ("to the <place noun>", "there"
read back to a place the story named before: the place meant, never the state). Such an
own state gives way to the places of the phrase it owns, or is left out; a line left with no
destination is dropped, and one that now repeats another of its sentence too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.gazetteer import bracketed
from kg.extract.relations._base import (
    _affiliated_country,
    _home_leaders_state,
    _leader_states,
    _listed_leader_states,
    _Sentence,
)
from kg.model import Mention, RelationMention


def own_state(ctx: _Sentence, actor: Mention) -> str | None:
    """The state ``actor`` belongs to: a state itself, a body keyed with its state ("Armed
    Forces (Sweden)"), a person by the state his title names, the article's affiliation of
    his surname, the listed leaders or his dateline's state (``_home_leaders_state``); None
    when unknown or not one state."""
    if actor.cls == "Country":
        return actor.key
    if actor.cls == "Agency":
        return bracketed(actor.key or "")
    if actor.cls != "Person":
        return None
    if (aff := _affiliated_country(ctx, actor)) is not None:
        return aff.key
    mentions = ctx.by_token.values()
    states = _leader_states(actor, mentions) or _listed_leader_states(actor, mentions, ctx.rules)
    if len(states) == 1:
        return next(iter(states))
    homes = _home_leaders_state(ctx, actor)
    return homes[0].key if len(homes) == 1 else None


def _named_tokens(ctx: _Sentence, m: Mention) -> list[Token]:
    """The sentence's tokens that name ``m`` in its own words (not a pronoun or description
    resolved to it)."""
    return [t for t in ctx.sent if ctx.by_token.get(t.i) is m and ctx.names(m, t)]


def _owned_places(ctx: _Sentence, m: Mention, tokens: list[Token]) -> list[Mention]:
    """The other places named in the phrase the sentence names ``m`` only as the possessor of
    ("<state>'s restive <name> province" → that province, "<state>'s <sea name> coast" → the
    sea); none where ``m`` is named otherwise too, or the phrase names no other place
    ("<state>'s western border")."""
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids]
    if not roots or any(r.dep_ != "poss" for r in roots):
        return []
    places = ctx.role("place")
    return list(dict.fromkeys(
        o for r in roots for t in r.head.subtree if t.i not in ids
        if (o := ctx.by_token.get(t.i)) is not None and o is not m and o.cls in places
        and o.key != m.key and ctx.names(o, t)))


def _destinations(ctx: _Sentence, deployer: Mention, place: Mention) -> list[Mention]:
    """What ``place`` leaves as destinations of ``deployer``: itself, but for its own state
    where the sentence does not name it as the place itself: the places of the phrase it
    owns (``_owned_places``), none where a description or pronoun was read back to it."""
    if place.cls != "Country" or not place.key or own_state(ctx, deployer) != place.key:
        return [place]
    tokens = _named_tokens(ctx, place)
    if not tokens:
        return []
    return _owned_places(ctx, place, tokens) or [place]


def without_own_states(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """``found`` with the deploys destinations that are the deployer's own state, named only as
    another place's owner or reached through a description, changed (module docstring)."""
    out: list[RelationMention] = []
    for r in found:
        deployers = r.role("deployer")
        if r.relation != "deploys" or len(deployers) != 1:
            out.append(r)
            continue
        places = r.role("destination")
        kept = tuple(dict.fromkeys(d for p in places for d in _destinations(ctx, deployers[0], p)))
        if kept == places:
            out.append(r)
        elif kept:
            out.append(replace(r, roles=tuple(
                (k, kept if k == "destination" else v) for k, v in r.roles)))
    seen: set[tuple] = set()  # (a changed line may repeat one the sentence has: keep the first)
    return [r for r in out if r.relation != "deploys"
            or (key := (r.roles, r.attrs)) not in seen and not seen.add(key)]
