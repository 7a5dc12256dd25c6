"""A delivery flight of aircraft that change hands: "jets lent by X to Y have been flown to
an air base", "the aircraft were flown in on board a transport plane" (issue 12, stop 68,
h-dep107). The dev conventions (D4, the notes of d226–d245 and d246–d285) read a ferry or
delivery flight of aircraft that are sold, lent or given as the supply, not as a deployment;
an air force flying its own aircraft with crews to a place still deploys them."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence


def delivery_flight(ctx: _Sentence, verb: Token, force: Token | None) -> bool:
    """Whether ``verb`` moves the materiel ``force`` as goods handed over: the force is
    described as changing hands ("lent by", "bought from", "that X sold"), or it is aircraft
    that ``verb`` flies aboard another craft (freight, not a crewed flight)."""
    words = ctx.rules.words
    if force is not None and _handover_verb(ctx, force):
        # the parser hung "jets lent by X" under its participle: the participle is the force
        force = next((c for c in force.children if c.dep_ == "nsubj"), None)
        return force is not None and _materiel(ctx, force)
    if force is None or not _materiel(ctx, force):
        return False  # troops and named units are never goods
    return _handed_over(ctx, force) or (
        verb.lemma_.lower() in words["freight_flying_verbs"]
        and force.lemma_.lower() in words["delivered_aircraft"] and _carried_aboard(ctx, verb))


def _materiel(ctx: _Sentence, tok: Token) -> bool:
    """``tok`` heads materiel: a craft or vehicle noun, or a Weapon mention."""
    own = ctx.own(tok)
    return tok.lemma_.lower() in ctx.rules.words["materiel_force_nouns"] or \
        own is not None and own.cls == "Weapon"


def _handover_verb(ctx: _Sentence, verb: Token) -> bool:
    """``verb`` is a participle or past form of a hand-over ("lent", "sold", "bought")."""
    return verb.tag_ in ("VBN", "VBD") and \
        verb.lemma_.lower() in ctx.rules.words["handover_participles"]


def _handed_over(ctx: _Sentence, force: Token) -> bool:
    """The force's own participle or relative clause is a hand-over ("jets lent by France",
    "helicopters bought from Russia", "frigates that Spain sold")."""
    return any(c.dep_ in ("acl", "relcl") and _handover_verb(ctx, c) for c in force.children)


def _carried_aboard(ctx: _Sentence, verb: Token) -> bool:
    """``verb`` has "aboard <craft>" or "on board <craft>": the flown thing rode as cargo."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "aboard" and objs or prep.lower_ == "on" and any(
                o.lower_ == "board" for o in objs):
            return True
    return False
