"""Combat aircraft or warships a state sends to a place abroad: a deployment, not a supply,
unless the text says they pass to the recipient (dev conventions D1, stop 77: "both countries
had sent warplanes to Niger", "Peru has sent Mirage 5 jets to Argentina" deploy; "has handed
over … fighter jets …, the second member to send warplanes to Kyiv", "Tehran denied supplying
any aircraft" after "is believed to have sent … jets to Iraq" keep the supply, also for craft
words that name forces too, "fighters", "warships"; issue 12, stop 77, h-dep120). Read by the
rules ``handed_craft`` and ``combat_craft`` of ``_TRANSFER_RULES``."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.gazetteer import DATA_DIR
from kg.extract.relations._base import (
    _children,
    _directed_objects,
    _is_force,
    _prep_objects,
    _Sentence,
    _subject,
)
from kg.model import Mention
from kg.yaml_loader import load_yaml


@cache
def _broader() -> dict[str, str]:
    """Weapon label → the more generic kind it is filed under (``broader`` of the data files)."""
    out: dict[str, str] = {}
    for name in ("entities.yaml", "weapons.yaml"):  # (weapons.yaml loads after entities.yaml)
        for e in load_yaml(DATA_DIR / name).get("entities") or ():
            if e.get("class") == "Weapon" and e.get("broader"):
                out.setdefault(str(e["label"]), str(e["broader"]))
    return out


def _filed_under(chain: list[str], kinds: frozenset[str]) -> bool:
    """A key's ``_chain`` reaches one of the combat craft ``kinds`` ("F-16 fighter jet" →
    "fighter jet", "AH-64 Apache" → "attack helicopter" → "helicopter")."""
    return any(k.lower() in kinds for k in chain)


def combat_craft(ctx: _Sentence, tok: Token) -> bool:
    """``tok`` heads combat aircraft or warships: a weapon of a combat craft kind ("six
    F-16s", "Mirage 5 jets", "warplanes"; not "trainer jets"), or a craft word the gazetteer
    keys to no weapon ("the jets")."""
    words = ctx.rules.words
    own = ctx.own(tok)
    if own is not None and own.cls == "Weapon" and own.key:
        return _filed_under(_chain(own.key), words["combat_craft_kinds"])
    return tok.lemma_.lower() in words["combat_craft_heads"]


def sent_combat_craft(ctx: _Sentence, verb: Token, forces: list[Token | None]) -> bool:
    """``verb`` sends combat craft (with or without other forces, nothing else) and the text
    says nowhere that they pass to the recipient: a deployment."""
    sent = _sent(ctx, verb, forces)
    return sent is not None and all(combat_craft(ctx, f) or _is_force(f, ctx) for f in sent) \
        and not _handed_over(ctx, verb, sent)


def handed_combat_craft(ctx: _Sentence, verb: Token, forces: list[Token | None]) -> bool:
    """``verb`` sends combat craft alone ("send warplanes to Kyiv", "sent six F-16 fighters")
    and the text says they pass to the recipient: a supply, though craft words such as
    "fighters" or "warships" are forces too."""
    sent = _sent(ctx, verb, forces)
    return sent is not None and all(combat_craft(ctx, f) for f in sent) and \
        _handed_over(ctx, verb, sent)


def _sent(ctx: _Sentence, verb: Token, forces: list[Token | None]) -> list[Token] | None:
    """What a sending verb sends, where combat craft are among it; else None. None too for
    craft sent into a state's airspace or waters: an incursion, no line (supplies drops it)."""
    words = ctx.rules.words
    if verb.lemma_.lower() not in words["craft_sending_verbs"] or any(
            p.lemma_.lower() in words["incursion_nouns"] for p in _directed_objects(
                verb, ctx.rules.to_preps | words["entering_movement_preps"])):
        return None
    sent = [f for f in forces if f is not None]
    return sent if any(combat_craft(ctx, f) for f in sent) else None


def _handed_over(ctx: _Sentence, verb: Token, sent: list[Token]) -> bool:
    """A verb of hand-over with the same craft for its object: in the sentence ("has handed
    over the first four of 13 MiG-29 jets …, making it the second member to send warplanes"),
    or in another sentence of the article with the sender for its subject (or its "from"
    object) and the same system or a bare aircraft word for its object ("Tehran denied
    supplying any aircraft"; not a frigate handed over beside helicopters sent)."""
    handing = ctx.rules.words["craft_handover_verbs"]
    senders = _keys(ctx, verb)
    for t in verb.doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in handing:
            continue
        here = ctx.sent.start <= t.i < ctx.sent.end
        if not _same_craft(ctx, t, sent, here):
            continue
        if here:
            return True
        subj, passive = _subject(t)
        givers = [] if subj is None or passive else [subj, *subj.conjuncts]
        givers += _prep_objects(t, {"from"})
        if any((m := ctx.own(g)) is not None and m.key in senders for g in givers):
            return True
    return False


def _keys(ctx: _Sentence, verb: Token) -> set[str]:
    """The keys of the sending verb's subject and its conjuncts ("both countries": the
    states they stand for)."""
    subj, passive = ctx.subject(verb)
    if subj is None or passive:
        return set()
    found: list[Mention] = []
    for t in (subj, *subj.conjuncts):
        found += ctx.plural.get(t.i, ()) or ([m] if (m := ctx.own(t)) is not None else [])
    return {m.key for m in found if m.key and m.cls in ctx.role("actor")}


def _same_craft(ctx: _Sentence, verb: Token, sent: list[Token], near: bool) -> bool:
    """The verb's object names the craft sent: in the same sentence a craft of a kind one is
    filed under the other ("MiG-29 fighter jets" handed over, "warplanes" sent); in another
    sentence the same system, or a bare aircraft word where aircraft were sent ("any
    aircraft")."""
    sent_keys = [_chain(m.key) for f in sent if (m := ctx.own(f)) is not None and m.key]
    aircraft = ctx.rules.words["aircraft_kinds"]
    flying = any(_filed_under(k, ctx.rules.words["combat_aircraft_kinds"])
                 for k in sent_keys) or any(f.lemma_.lower() in aircraft for f in sent)
    for o in _children(verb, {"dobj", "obj"}):
        for t in o.subtree:
            m = ctx.own(t)
            key = m.key if m is not None and m.cls == "Weapon" else None
            if key and any(key == k[0] or near and (key in k or k[0] in _chain(key))
                           for k in sent_keys):
                return True
            # (a bare word: no mention, or a generic kind's, lower case: "the jets")
            if (key is None or key.islower()) and t.lemma_.lower() in aircraft and flying:
                return True
    return False


def _chain(key: str) -> list[str]:
    """``key`` and the kinds it is filed under, most specific first."""
    out: list[str] = []
    while key and key not in out:
        out.append(key)
        key = _broader().get(key)
    return out
