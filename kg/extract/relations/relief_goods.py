"""Relief goods a state or agency sends, flies or ships to an actor: "India has sent 50 tonnes
of relief supplies to Nepal", "Germany's air force has flown food and medicine into Somalia",
"Turkish cargo ships have carried food to the emirate", "it flew troops and supplies to the
islands" (dev conventions SU11: relief goods are a supply without an item; d268, d532, d999,
d1009, d1223, d1308; issue 12, stop 78, h-sup123).

The verb may also deploy what it carries ("flew troops and supplies to": D1, D4), so the
supply is read beside whatever the verb's own relation is. The recipient is an actor named
after "to"/"into" (a capital stands for its state, E12); a town or region is none (SU10), so
no line. A purpose clause that names the force the goods support gives that force's state
("airlifted fuel and supplies to Amman to support the British force", d232). Not read: goods
flown "to help" someone (a purpose, not a delivery: d1021, d1349, d1358), plans, denials,
and passives.

Goods aboard ships or planes under way ("Canadian warships sailed from Halifax for the U.S. Gulf
Coast, carrying relief supplies", "Air Self-Defense Force planes left … for Honduras, loaded with
medicines") are a supply too, beside the deployment (SU11, stop 78: d1179, d1378); a craft named
by its service alone makes that service the supplier ("A Royal New Zealand Air Force Hercules
flew … tents … to Apia": d1338; h-gold78's question 6, h-sup126)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    _actors,
    _best_actor,
    _children,
    _conjoined_actors,
    _directed_objects,
    _in_denial,
    _is_force,
    _negated,
    _planned,
    _prep_objects,
    _relation,
    _Sentence,
    _starts_at,
)
from kg.extract.relations.deploys import _to_after_origin
from kg.model import Mention, RelationMention

_SUPPLIERS = ("Country", "Agency")


@_starts_at("relief_senders", "under_way_verbs")
def relief_supplies(ctx: _Sentence) -> list[RelationMention]:
    """The supplies of relief goods the sentence's sending verbs state (one line a pair)."""
    words = ctx.rules.words
    held: set[tuple[str | None, str | None]] = set()
    out: list[RelationMention] = []
    for verb in ctx.sent:
        lemma = verb.lemma_.lower()
        under_way = lemma in words["under_way_verbs"]
        if verb.pos_ != "VERB" or not (under_way or lemma in words["relief_senders"]) or \
                _purpose(verb):
            continue
        subj, passive = ctx.subject(verb)
        if subj is None or passive or _negated(verb, subj, words) or _planned(verb, words) or \
                _in_denial(verb, ctx.rules.denying):
            continue
        destinations = _destinations(ctx, verb)
        nouns = _load_nouns(ctx, verb, destinations, under_way)
        if not any(_relief_noun(ctx, t, verb, under_way) for t in nouns):
            continue
        recipients = _supported_force(ctx, verb) or [
            m for p in [*destinations, *(
                p for h in nouns for p in _directed_objects(h, words["relief_preps"]))]
            for m in _recipients(ctx, p)]
        for s in _suppliers(ctx, subj):
            for r in dict.fromkeys(recipients):
                pair = (s.key or s.lemma, r.key or r.lemma)
                if r.span == s.span or pair[0] == pair[1] or pair in held:
                    continue
                held.add(pair)
                out.append(_relation(ctx, "supplies", verb, {"supplier": [s],
                                                             "recipient": [r]}))
    return out


def new_pairs(lines: list[RelationMention], found: list[RelationMention]
              ) -> list[RelationMention]:
    """``lines`` less those whose supplier and recipient a supply of ``found`` (the sentence's
    other rules: "sent a navy ship with relief supplies to Vanuatu") already pairs."""
    held = {p for f in found if f.relation == "supplies" for p in _pairs(f)}
    return [r for r in lines if not _pairs(r) & held]


def _pairs(r: RelationMention) -> set[tuple[str | None, str | None]]:
    return {(s.key or s.lemma, t.key or t.lemma) for s in r.role("supplier")
            for t in r.role("recipient")}


def _purpose(verb: Token) -> bool:
    """``verb`` (or the verb it completes: "to help carry food") is a purpose infinitive on
    another clause ("sent helicopters to Pakistan to ferry food"): what the goods are for, no
    delivery stated."""
    tok = verb
    while True:
        if tok.dep_ in ("advcl", "acl", "relcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head


def _destinations(ctx: _Sentence, verb: Token) -> list[Token]:
    """The objects of "to"/"into" on ``verb`` (also after its "from": "from Sicily to
    Tunisia"; "for" a named place after a verb of setting out: "sailed … for the U.S. Gulf
    Coast"), and a name after "to" that the parser read as an infinitive ("sent military
    aircraft … to Vanuatu/advcl with relief supplies")."""
    preps = ctx.rules.words["relief_preps"]
    found = _directed_objects(verb, preps)
    if verb.lemma_.lower() in ctx.rules.words["under_way_verbs"]:  # "left … for Honduras"
        # (a named place only: goods "for Afghan refugees" go to people, not a state: SU11)
        # ("sailed from Valparaiso for Peru": the parser may hang "for" on the origin)
        found += [p for p in [*_prep_objects(verb, {"for"}),
                              *_to_after_origin([verb], frozenset({"for"}))]
                  if p.pos_ == "PROPN" and p not in found]
    found += [p for p in _to_after_origin([verb], preps) if p not in found]
    return found + [c for c in _children(verb, {"advcl", "xcomp"}) if c.pos_ == "PROPN"
                    and c not in found and ctx.own(c) is not None and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _load_nouns(ctx: _Sentence, verb: Token, destinations: list[Token],
                under_way: bool = False) -> list[Token]:
    """What ``verb`` moves: its object and the object's conjuncts ("troops and supplies"),
    what an amount of them holds ("50 tonnes of relief supplies", "dozens of planeloads of
    flour"), goods "with" the verb, its object or one of its ``destinations`` (`_destinations`:
    "sent aircraft to Vanuatu with relief supplies"), and what a "carrying …" or "loaded with
    …" clause of the verb's own clause holds. A verb of setting out (``under_way``) moves only
    the last two: its object is the place left ("left the Komaki air base")."""
    words = ctx.rules.words
    objects = [] if under_way else _children(verb, {"dobj"})
    heads = [*objects, *destinations]
    loads = [*objects, *(p for h in (verb, *heads) for p in _prep_objects(h, {"with"}))]
    for c in _cargo_clauses(ctx, verb):
        loads += _children(c, {"dobj"}) if c.lemma_.lower() in words["cargo_verbs"] else \
            _prep_objects(c, {"with"})
    nouns = [t for load in loads for t in (load, *load.conjuncts)]
    for t in nouns:  # ("dozens of planeloads of flour": each amount's "of" in turn)
        nouns += [c for p in _prep_objects(t, {"of"}) for c in (p, *p.conjuncts)
                  if c not in nouns]
    return nouns


def _cargo_clauses(ctx: _Sentence, verb: Token) -> list[Token]:
    """The participle clauses of ``verb``'s own clause that state a cargo ("…, carrying relief
    supplies", "…, loaded with medicines"): on the verb, its subject or objects, or on a noun
    of its phrases (the parser may hang the trailing clause on "after the decision")."""
    words = ctx.rules.words
    cargo = {*words["cargo_verbs"], *words["laden_verbs"]}
    out = []
    for c in verb.subtree:
        if c.dep_ not in ("acl", "advcl") or c.lemma_.lower() not in cargo or \
                c.tag_ not in ("VBG", "VBN"):  # (sent "to carry food": a purpose, SU11)
            continue
        head = c.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            out.append(c)
    return out


def _relief_noun(ctx: _Sentence, tok: Token, verb: Token, aboard: bool = False) -> bool:
    """``tok`` names relief goods: food, medicine, tents and the like, supplies, or aid that a
    relief word qualifies ("humanitarian aid") or that is carried, not sent ("fly … aid":
    money is sent, never flown). Aboard a craft under way (``aboard``) supplies or aid need
    the relief word: a ship "carrying armoured personnel carriers, trucks and supplies" for a
    battalion of its own supplies no one (d474)."""
    words = ctx.rules.words
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or ctx.own(tok) is not None:
        return False
    if lemma in words["relief_cargo"]:
        return True
    qualified = any(c.lemma_.lower() in words["relief_modifiers"] for c in tok.children
                    if c.dep_ in ("amod", "compound"))
    if lemma in words["relief_heads"]:
        return qualified or not aboard
    return lemma in words["aid_nouns"] and (
        qualified or not aboard and verb.lemma_.lower() in words["relief_carriers"])


def _recipients(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """The states or agencies a destination and its conjuncts name; a group only where the
    words name it ("to the rebels" that coreference gave the last group named may be another
    side's: d807's Contras read as the FMLN), a state also by a description ("to the
    islands", "to the emirate")."""
    out = []
    for m in _conjoined_actors(ctx, pobj):
        named = any(ctx.names(m, t) for c in (pobj, *pobj.conjuncts) for t in c.subtree)
        if m.cls == "Country" or m.cls == "Agency" and named:
            out.append(m)
    return out


def _suppliers(ctx: _Sentence, subj: Token) -> list[Mention]:
    """The states or agencies that send: the subject's own actors ("Australia, New Zealand",
    "Germany's air force", "it"), or for a carrier ("Turkish cargo ships") the state its
    nationality word names, or the service its name names ("A Royal New Zealand Air Force
    Hercules", "Air Self-Defense Force C-130 transport planes": the service whose aircraft
    carry the goods supplies, SU11, d1338, d1378)."""
    own = ctx.own(subj)
    if own is not None and own.cls in _SUPPLIERS:
        return [m for m in _actors(ctx, subj) if m.cls in _SUPPLIERS]
    words = [c for c in subj.children if c.dep_ in ("amod", "compound")]
    for c in words:  # ("Air Self-Defense Force C-130 transport planes": a compound's own)
        words += [g for g in c.children if g.dep_ in ("amod", "compound")]
    return [m for c in words if (m := ctx.own(c)) is not None and m.cls in _SUPPLIERS][:1]


def _supported_force(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"airlifted fuel and supplies to Amman to support the British force": the goods go to
    the force a purpose clause supports, so its state receives them, not the place."""
    support = ctx.rules.support_verbs
    return [m for c in _children(verb, {"advcl", "xcomp"}) if c.lemma_.lower() in support
            for o in _children(c, {"dobj"}) if _is_force(o, ctx)
            if (m := _best_actor(ctx, o)) is not None and m.cls in _SUPPLIERS][:1]
