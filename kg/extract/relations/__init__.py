"""Relation mentions from the dependency parse: a trigger verb plus its arguments' entities.

Each relation is read off one sentence: the trigger lemma names the relation (data file
``relations.yaml``), its subject/objects/prepositional phrases give the roles, and only entity
mentions of the allowed classes fill a role. Negated triggers ("has not confirmed",
"Neither Moscow nor Pyongyang have confirmed") yield nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.attrs import POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

from kg.extract.dateline import datelines
from kg.extract.gazetteer import RelationRules
from kg.extract.relations._base import (
    RELATIVE_PRONOUNS,
    SUBJECTS,
    _best_actor,
    _by_companies,
    _children,
    _directed_objects,
    _from_suppliers,
    _in_denial,
    _is_force,
    _mention_root,
    _negated,
    _object,
    _owned_firm,
    _planned,
    _prep_objects,
    _relation,
    _Sentence,
    _starts_at,
    checking_gates,
)
from kg.extract.relations.bare_speakers import bare_speaker_bodies
from kg.extract.relations.coreference import (
    _dateline_state,
    coreference,
    plural_coreference,
    weapon_groups,
)
from kg.extract.relations.deploys import (
    _arrivals,
    _crewed_aircraft,
    _deploys,
    _force_pronoun,
    _held_participle_force,
    _noun_deploys,
    _np_text,
    _position_taken,
    _reduced_relative,
    _relative_antecedent,
    _taking_off,
)
from kg.extract.relations.described_sellers import described_sellers
from kg.extract.relations.member_agreements import members_signed
from kg.extract.relations.named_ship_kinds import with_ship_kinds
from kg.extract.relations.named_ship_objects import dative_force
from kg.extract.relations.own_states import without_own_states
from kg.extract.relations.placed_orders import placed_order_supplies
from kg.extract.relations.ratifications import exchanged_ratifications
from kg.extract.relations.relief_goods import new_pairs, relief_supplies
from kg.extract.relations.reports import (
    _according_to,
    _auxiliary_reporting,
    _bare_denials,
    _headline_namings,
    _is_accusation,
    _one_claim_per_speaker,
    _poll_findings,
    _reports,
    _sourced_claims,
    _trailing_denial,
)
from kg.extract.relations.sent_craft import handed_combat_craft, sent_combat_craft
from kg.extract.relations.ship_anaphors import ship_descriptions
from kg.extract.relations.signed import (
    _concluded,
    _followed_first_signer,
    _headline_signed,
    _nominal_signed,
    _signed,
)
from kg.extract.relations.supplies import (
    _armed_adjective,
    _buyer_states,
    _continued_deliveries,
    _deal_between,
    _deal_contents,
    _deal_key,
    _deal_sellers,
    _flown_in,
    _freight,
    _handed_weapons,
    _headline_purchase,
    _noun_supplies,
    _returned,
    _sent_with_cargo,
    _stock_supplies,
    _supplies,
    _without_firm_homes,
    _without_superseded_origins,
)
from kg.extract.relations.through_sellers import through_sellers
from kg.extract.tokens import column, lemmas, lowers
from kg.model import Mention, RelationMention

__all__ = ['checking_gates', 'extract_relations']


def _listed_with(ctx: _Sentence, clause: Span, first: list[Mention]) -> list[Mention]:
    """"orders troops to Poland and Romania": the first name and those listed after it, joined
    by "and" or commas only (not "to Poland to counter Russia")."""
    out: list[Mention] = []
    joined = False
    for u in clause:
        m = ctx.own(u)
        if m is not None and (m in first or m in out or out and joined):
            out += [] if m in out else [m]
            joined = False
        elif out and u.lower_ in (",", "and"):
            joined = True
        elif out:
            break
    return out


def _equipped_past(ctx: _Sentence, tok: Token) -> str:
    """The verb of equipping whose past a word the tagger made an adjective is ("armed" →
    "arm"), else "": "The Soviet Union armed Frelimo" (issue 12, s53 h-sup61)."""
    if tok.pos_ != "ADJ" or tok.lower_ not in ctx.rules.words["equipped_adjectives"]:
        return ""
    return next((v for v in sorted(ctx.rules.words["equipping"], key=len, reverse=True)
                 if tok.lower_.startswith(v)), "")


def _relative_antecedent_actor(ctx: _Sentence, pronoun: Token) -> Mention | None:
    """The actor a non-restrictive relative pronoun right before a mistagged verb stands for:
    "The Algerian government, which arms and shelters the Polisario" (the tagger took "arms"
    for the noun; issue 12, s53 h-sup61)."""
    at = pronoun.i
    if pronoun.lower_ not in RELATIVE_PRONOUNS or at - 2 < ctx.sent.start or \
            pronoun.doc[at - 1].text != ",":
        return None
    m = _best_actor(ctx, pronoun.doc[at - 2])
    return m if m is not None and m.cls in ctx.role("actor") else None


def _coordinated_verb(clause: Span) -> int:
    """How many words open a mistagged verb's clause with a second verb coordinated with it:
    2 for "and shelters" in "arms and shelters the Polisario", else 0."""
    return 2 if len(clause) > 2 and clause[0].lower_ == "and" and \
        clause[1].tag_ in ("VBZ", "VBP", "VBD", "NNS") and not clause[1].is_title else 0


def _object_start(clause: Span) -> Token:
    """The first word of a mistagged verb's object: past a second verb coordinated with it
    and the object's "the"."""
    at = _coordinated_verb(clause)
    if at < len(clause) - 1 and clause[at].lower_ == "the":
        at += 1
    return clause[at]


@_starts_at("verb_homographs", "deploy_homographs", triggers=("supplies", "deploys"))
def _mistagged_verbs(ctx: _Sentence) -> list[RelationMention]:
    """"Germany ships tanks to Ukraine", "US arms Taiwan with missiles", "Hungary orders Leopard
    tanks from Germany": a verb that is also a plural noun (``verb_homographs``), right after a
    name, the small model tags as a noun and the clause becomes one noun phrase (issue 12).
    A fallback read off the words: only where no finite verb follows before the next
    punctuation, the name is a name ("US", not "Russian"), and a weapon or force is named
    (or the state armed follows the verb: "Russia arms Syria")."""
    out: list[RelationMention] = []
    words = ctx.rules.words
    triggers = ctx.rules.triggers["supplies"] | ctx.rules.triggers["deploys"]
    homographs, deploy_homographs = words["verb_homographs"], words["deploy_homographs"]
    doc = ctx.sent.doc
    low, lem = lowers(doc), lemmas(doc)
    for i in range(ctx.sent.start, ctx.sent.end):
        # only a trigger's lemma or a homograph can pass below: no Token for the other words
        if lem[i] not in triggers and low[i] not in homographs and \
                low[i] not in deploy_homographs:
            continue
        t = doc[i]
        # (or a verb the parser hung as a modifier: "Iran ships/VBZ missiles/ROOT to Russia")
        # or one whose subject it took for a modifier: "India/compound imports/VBZ …")
        stray = t.pos_ == "VERB" and t.lemma_.lower() in triggers and not any(
            c.dep_ in SUBJECTS for c in t.children) and (
            t.dep_ in ("compound", "nmod", "npadvmod") or t.i > ctx.sent.start
            and t.doc[t.i - 1].head.i == t.i and t.doc[t.i - 1].dep_ in ("compound", "nmod"))
        # "India airlifts troops to Maldives": a deploying verb's homograph reads a
        # deployment only (h-dep6)
        deploy_only = t.lower_ not in homographs and t.lower_ in deploy_homographs
        # "The Soviet Union armed Frelimo": the past of "arm" tagged as an adjective
        past = _equipped_past(ctx, t)
        if not stray and (t.pos_ not in ("NOUN", "PROPN") and not past
                          or t.lower_ not in homographs and not deploy_only) or \
                t.i == ctx.sent.start:
            continue
        before = t.doc[t.i - 1]
        relative = _relative_antecedent_actor(ctx, before)
        actor = relative or ctx.own(before)
        if actor is None or actor.cls not in ctx.role("actor"):
            continue
        # "US orders troops to Poland as Russia masses forces": the clause ends where a
        # subordinate one starts (its own verb and names are no part of it; stop 31, h-dep20)
        end = next((u.i for u in t.doc[t.i + 1 : ctx.sent.end]
                    if u.is_punct or u.dep_ == "mark"), ctx.sent.end)
        clause = t.doc[t.i + 1 : end]
        if not len(clause) or any(u.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                  for u in clause[_coordinated_verb(clause):]):
            continue
        # "Reagan orders 3,200 troops to Honduras": a person's name the model tagged as a
        # common noun is a name too, for a force and no weapon (h-dep2, stop 20)
        if relative is None and not (
                before.tag_ in ("NNP", "NNPS") or actor.span.text == actor.key) and not (
                actor.cls == "Person" and any(u.lower_ in ctx.rules.force_nouns for u in clause)
                and not any(m.cls in ctx.role("item") for u in clause
                            if (m := ctx.own(u)) is not None)):
            continue
        lemma = past or t.lemma_.lower()
        after: dict[str, list[Mention]] = {}  # preposition → the mentions after it
        prep = ""
        for u in clause:
            if u.pos_ == "ADP":
                prep = u.lower_
            elif (m := ctx.own(u)) is not None and m not in after.setdefault(prep, []) \
                    and _owned_firm(ctx, u) is None:  # "from Germany's KMW": the firm only
                after[prep].append(m)
        items = [m for ms in after.values() for m in ms if m.cls in ctx.role("item")]
        force = any(u.lower_ in ctx.rules.force_nouns for u in clause)
        to = [m for p in ctx.rules.to_preps for m in after.get(p, [])]
        if deploy_only and not to:  # "Pakistan stations troops in Saudi Arabia"
            to = [m for p in ("in", "at", "on", "inside") for m in after.get(p, [])]
        # "orders … from Germany": the buyer receives; "orders 3,200 troops to Honduras" sends
        if lemma in words["receiving"] and not (force and not items and to):
            pairs = [(m, actor) for m in after.get("from", []) if m.cls in ctx.role("actor")]
        elif lemma in words["equipping"]:  # "arms Taiwan with …": the object is armed
            pairs = [(actor, m) for m in after.get("", [])[:1] if m.cls in ctx.role("actor")]
        elif force and not items and lemma in ctx.rules.triggers["deploys"]:
            # "Truman orders Seventh Fleet into Formosa Strait": names with no key yet are
            # no match ("to Poland and Romania": each place listed with the first)
            out.extend(_relation(ctx, "deploys", t, {"deployer": [actor], "destination": [m]},
                                 force=_np_text(t))
                       for m in _listed_with(ctx, clause, to[:1]) if m.cls in ctx.role("place")
                       and (m.key is None or m.key != actor.key))
            continue
        else:  # "ships tanks to Ukraine"
            pairs = [(actor, m) for m in to[:1] if m.cls in ctx.role("actor")]
        if deploy_only:
            continue
        # "Russia arms Syria": the state armed is the word right after the verb
        armed = bool(pairs) and lemma in words["equipping"] and \
            _object_start(clause).i == _mention_root(ctx, pairs[0][1], clause).i
        material = any(u.lemma_.lower() in words["supply_objects"] for u in clause)
        if (items or armed or material) and lemma in ctx.rules.triggers["supplies"]:
            out.extend(_relation(ctx, "supplies", t, {"supplier": [a], "recipient": [b],
                                                      "item": items})
                       for a, b in pairs if a.key is None or a.key != b.key)
    return out


EXTRACTORS = {"supplies": _supplies, "deploys": _deploys, "reports": _reports, "signed": _signed}


def _sent_on_duty(ctx: _Sentence, verb: Token) -> bool:
    """Sent to do a force's duty, or within a mission: "to police its airspace", "to help
    patrol the border", "as part of NATO's air policing mission" (the sender keeps what it
    sent: a deployment, not a hand-over)."""
    words = ctx.rules.words
    purposes = words["deploy_purposes"]
    for c in _children(verb, {"advcl", "xcomp"}):
        if any(s.dep_ == "nsubj" for s in c.children):
            continue  # "to help it repel the invasion": the other side acts
        if c.lemma_.lower() in purposes or c.lemma_.lower() in ctx.rules.support_verbs and any(
                v.lemma_.lower() in purposes for v in _children(c, {"xcomp", "ccomp"})):
            return True
    frames = words["deploy_frames"]
    return any(q.lemma_.lower() in frames for p in _prep_objects(verb, {"as"})
               if p.lower_ == "part" for q in _prep_objects(p, {"of"}))


def _craft_supporting_forces(ctx: _Sentence, verb: Token, forces: list[Token | None]
                             ) -> bool:
    """Aircraft sent "to support French troops" or "to support the Wagner Group mercenaries":
    crewed craft sent to fight beside a force (or in its operation) stay the sender's, a
    deployment (dev conventions D1); "sent Su-25s to Iraq" with no such purpose stays a
    supply, and munitions "to help the rebels" are handed over."""
    words = ctx.rules.words
    if not forces or not all(f is not None and f.lemma_.lower() in words["supporting_craft"]
                             for f in forces):
        return False
    frames = words["deploy_frames"]
    for c in _children(verb, {"advcl", "xcomp"}):
        if c.lemma_.lower() not in ctx.rules.support_verbs or any(
                s.dep_ == "nsubj" for s in c.children):
            continue
        helped = [t for o in _children(c, {"dobj"}) for t in (o, *o.conjuncts)]
        # (not a state's named service: "to help its air force" may be the buyer's)
        if any((_is_force(t, ctx) or t.lemma_.lower() in frames)
               and ((m := ctx.own(t)) is None or m.cls != "Agency") for t in helped):
            return True
    return False


def _sent_over(ctx: _Sentence, verb: Token, named: bool = False) -> bool:
    """Craft sent "over" a place ("sent jets and helicopters over the area", "sending drones
    over its territory"): they fly over it with their crews (dev conventions D1), nobody
    receives them. Over a place noun ("the area", "its territory") nothing says which ground
    they flew over (an overflight, like an incursion; s63 h-sup83); with ``named``, over a
    place named ("sent a surveillance aircraft over Tanna"): a deployment there (D7, stop 78:
    "sent … bombers on a patrol over Belarus"). Only a place: "over the objections of", "over
    two years" name no ground."""
    words = ctx.rules.words
    nouns = {*words["incursion_nouns"], *words["wide_place_nouns"],
             *words["described_place_nouns"]}
    objs = _directed_objects(verb, words["overflight_preps"])
    if not named:
        return any(p.lemma_.lower() in nouns for p in objs)
    # (the object's own mention, or the name of "the southern island of Tanna": "over the
    # objections of Hungary" names a state it holds)
    return any((m := ctx.own(o)) is not None and m.cls in ctx.role("place")
               for p in objs for o in (p, *(_prep_objects(p, {"of"})
                                            if p.lemma_.lower() in nouns else ())))


def _sent_across(ctx: _Sentence, verb: Token, forces: list[Token | None]) -> bool:
    """Named weapons sent into a named place or across a border ("sent 200 tanks across the
    border into northern Jordan", "moved armoured columns into the country"): the sender's
    own forces entering a territory, a deployment (dev conventions D1, D4), not a hand-over
    (weapons a state hands over go "to" their recipient; cargo stays a supply: "flew food
    into Sarajevo" names no weapon)."""
    words = ctx.rules.words
    preps = words["entering_movement_preps"]
    # (platforms a force operates: tanks, jets, ships; not munitions: "sending rockets and
    # missiles by rail into Russia" is an arms delivery)
    if not forces or not all(f is not None and ctx.mentions(f.subtree, ctx.role("item"))
                             and f.lower_ in words["materiel_force_nouns"] for f in forces):
        return False
    dest = _directed_objects(verb, preps)
    if any(p.lemma_.lower() in words["incursion_nouns"] for p in dest):
        return False  # "sending warplanes into its airspace": an incursion (supplies drops it)
    return any(ctx.mentions(p.subtree, ctx.role("place"))
               or p.lemma_.lower() in words["border_nouns"] for p in dest)


def _dative_items(ctx: _Sentence, verb: Token) -> bool:
    """"sent Cairo 46 MiG-29 fighters", "has sent Kyiv tanks and howitzers": an indirect object
    naming a state or body before weapons the verb's object names is their recipient (a force
    sent to a place takes "to": "sent 500 troops to Kuwait")."""
    obj = _object(verb)
    if obj is None:
        return False
    # (the parser may hang the indirect object on the count after it: "sent Pakistan 40 J-10
    # jets", "Pakistan/nmod 40 J-10 jets/dobj")
    counts = [t.i for t in obj.subtree if t.dep_ == "nummod" and t.i < obj.i]
    datives = [d for d in verb.children if d.dep_ == "dative" and d.i < obj.i] + \
        [c for c in obj.children if c.dep_ in ("nmod", "compound") and counts
         and c.i < counts[0] and c.i == obj.left_edge.i]
    if not any((m := ctx.own(d)) is not None and m.cls in ("Country", "Agency")
               for d in datives):
        return False
    # (a bare force word is no weapon named: "sent Riyadh 500 fighters"; "MiG-29 fighters" is)
    return any((m := ctx.own(o)) is not None and m.cls in ctx.role("item")
               and (m.span.text.lower() != o.lower_ or not _is_force(o, ctx))
               for o in (obj, *obj.conjuncts))


def _transfer_forces(ctx: _Sentence, verb: Token) -> list[Token | None]:
    """What a verb that triggers both supplies and deploys sends: its object (or what is
    flown in), a passive subject, the noun a reduced relative hangs on, a force held before
    the participle, a relative pronoun's antecedent; with their conjuncts and what goes
    "along with" them. A handing-over verb's named weapons are left out (they are handed
    over, whatever else goes with them)."""
    if _reduced_relative(verb).dep_ == "acl":
        force = _reduced_relative(verb).head
    else:
        # ("sent the landing ship X to A": the kind noun taken for a dative; h-dep109)
        obj, passive = _object(verb) or _flown_in(ctx, verb) or dative_force(ctx, verb), False
        if obj is None:
            obj, passive = ctx.subject(verb)
            obj = obj if passive else None
        if obj is None:  # "troops were sent to Angola by Havana": the agent is no force
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is None:  # "had 2,000 soldiers in Lebanon, sent in January"
            obj = _held_participle_force(ctx, verb)
        if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            obj = _relative_antecedent(ctx, verb)  # "troops that had been sent to Mali"
        force = obj
    forces = [force, *force.conjuncts] if force is not None else []
    # "sent … along with patrol boats", "together with 200 troops"
    forces += [p for a in (verb, *(c for c in verb.children if c.lower_ == "along"))
               for p in _prep_objects(a, {"with"})]
    if verb.lemma_.lower() in ctx.rules.words["handover_verbs"]:
        # "transferred its MiG-29 fighters to Ukraine": a weapon handed over is supplied
        forces = [f for f in forces if f is None or ctx.own(f) is None
                  or ctx.own(f).cls not in ctx.role("item")]
    return forces


def _any_item(ctx: _Sentence, forces: list[Token | None]) -> bool:
    return any(f is not None and (m := ctx.own(f)) is not None and m.cls in ctx.role("item")
               for f in forces)


def _flown_freight(ctx: _Sentence, forces: list[Token | None]) -> bool:
    """"flew ammunition to Kinshasa": cargo is supplied; "flew two bombers to Venezuela",
    "flew 500 marines": what flies or is flown in stays the sender's (and weapons that
    neither fly nor sail themselves: "has flown 2,000 anti-tank weapons to the army", "are
    flying in tanks"; issue 12, h-sup7). A load with freight in it is a delivery, the
    weapons flown with it too: "flew tanks, artillery shells and Phantom jets to Israel";
    not troops (h-sup36)."""
    freight = [f for f in forces if f is not None and _freight(ctx, f)]
    return bool(forces) and bool(freight) and all(
        f is not None and (f in freight or (m := ctx.own(f)) is not None
                           and m.cls in ctx.role("item") and not _is_force(f, ctx))
        for f in forces)


def _moved_on(ctx: _Sentence, verb: Token, forces: list[Token | None]) -> bool:
    """"the carrier had been ordered from the Philippines to the Arabian Sea": a force ordered
    from one place to another is moved on, not bought from the state it leaves (a purchase
    names no place it goes "to": "ordered 52 F-35s from the United States")."""
    return any(_is_force(f, ctx) for f in forces) and any(
        ctx.mentions(p.subtree, ctx.role("place"))
        for p in _directed_objects(verb, ctx.rules.to_preps))


def _ordered_to_place(ctx: _Sentence, verb: Token) -> bool:
    """An ordering verb ("order") told in the passive, with a named place after "to"/"into":
    what was ordered there was sent, not bought. (With an object the object decides: "ordered
    the shipment of weapons to X" is a supply.)"""
    return verb.lemma_.lower() in ctx.rules.words["deploy_ordering"] and \
        _object(verb) is None and any(
        ctx.mentions(p.subtree, ctx.role("place"))
        for p in _directed_objects(verb, ctx.rules.to_preps))


def _to_region(ctx: _Sentence, verb: Token, forces: list[Token | None]) -> bool:
    """"sent jets to the Gulf": a region receives nothing, a force is deployed there (a
    destination that is no actor, and no actor among what is sent)."""
    dest = [m for p in _directed_objects(verb, ctx.rules.to_preps)
            for m in ctx.mentions(p.subtree, ctx.role("place"))]
    return bool(dest) and all(m.cls not in ctx.role("actor") for m in dest) and not any(
        ctx.mentions(f.subtree, ctx.role("actor")) for f in forces if f is not None
        and ctx.own(f) is not None)


# (name, test, outcome): the rules that decide between supplies and deploys for a verb that
# triggers both, read top-down, the first that holds deciding (see _transfer_rule). Each test
# takes (ctx, verb, forces, lemma).
_TRANSFER_RULES: tuple[tuple[str, Callable[..., bool], str], ...] = (
    # "sent Cairo 46 MiG-29 fighters": given to a state (h-sup36)
    ("dative_items", lambda c, v, f, lem: _dative_items(c, v), "supplies"),
    # "destroyers transferred from the US Navy" (h-sup14)
    ("handed_weapons", lambda c, v, f, lem: _handed_weapons(c, v), "supplies"),
    # "ordered fighter jets from Russia", "… in a contract": bought
    ("bought", lambda c, v, f, lem: lem in c.rules.words["receiving"] and bool(
        _from_suppliers(c, v) or _deal_sellers(c, v) or through_sellers(c, v))
     and not _moved_on(c, v, f), "supplies"),
    # "missiles ordered to South Korea by the president": an order names no place goods go "to"
    # (a purchase is "ordered from"); what it sends there is deployed (s56 h-dep66)
    ("ordered_to", lambda c, v, f, lem: _ordered_to_place(c, v), "deploys"),
    # "sent back twelve MiG-29s to Russia": a return is a transfer (not a bare force sent back)
    ("returned", lambda c, v, f, lem: bool(_returned(c, v)) and not any(
        _is_force(x, c) and not c.mentions([x], c.role("item")) for x in f), "supplies"),
    # "shipped tanks and fighters to the MPLA": freight, not troops
    ("carried_items", lambda c, v, f, lem: lem in c.rules.words["carrying_verbs"]
     and _any_item(c, f), "supplies"),
    # "flew ammunition to Kinshasa": freight flown is supplied ...
    ("flown_freight", lambda c, v, f, lem: lem in c.rules.words["self_moving"]
     and _flown_freight(c, f), "supplies"),
    # ... anything else flown or sailed stays the sender's: "flew two bombers to Venezuela"
    ("self_moving", lambda c, v, f, lem: lem in c.rules.words["self_moving"], "deploys"),
    # "sent to police its airspace", "as part of NATO's air policing mission"
    ("on_duty", lambda c, v, f, lem: _sent_on_duty(c, v), "deploys"),
    # "sent three Chinook helicopters to Mali to support French troops" (s69 h-dep92)
    ("craft_supporting", lambda c, v, f, lem: _craft_supporting_forces(c, v, f), "deploys"),
    # "sent a surveillance aircraft over Tanna": flown over a place named, deployed there (D7)
    ("sent_over_place", lambda c, v, f, lem: _sent_over(c, v, named=True), "deploys"),
    # "sent jets over the area": flown over a place noun, handed to nobody and no ground
    # named (an overflight, as an incursion; s63 h-sup83)
    ("sent_over", lambda c, v, f, lem: _sent_over(c, v), "neither"),
    # "sent two AWACS radar planes to": they fly with their crews
    ("crewed_aircraft", lambda c, v, f, lem: any(_crewed_aircraft(c, x) for x in f),
     "deploys"),
    # "sent 200 tanks across the border into Jordan": moved in
    ("sent_across", lambda c, v, f, lem: _sent_across(c, v, f), "deploys"),
    # "sent jets to the Gulf": a region receives nothing
    ("to_region", lambda c, v, f, lem: _to_region(c, v, f), "deploys"),
    # "had sent warplanes to Niger", "sent Mirage 5 jets to Argentina": combat craft fly with
    # their crews, unless the text hands them over ("has handed over … jets, … to send
    # warplanes to Kyiv"; D1, stop 77; h-dep120)
    ("handed_craft", lambda c, v, f, lem: handed_combat_craft(c, v, f), "supplies"),
    ("combat_craft", lambda c, v, f, lem: sent_combat_craft(c, v, f), "deploys"),
    # "sent 500 troops to Kuwait": a force sent is deployed
    ("force_sent", lambda c, v, f, lem: any(_is_force(x, c) or _force_pronoun(c, x)
                                           for x in f), "deploys"),
)


def _transfer_rule(ctx: _Sentence, verb: Token) -> tuple[str, str]:
    """The rule of _TRANSFER_RULES that decides, and its outcome ("supplies" when none
    holds: what is sent and is no force is handed over)."""
    forces, lemma = _transfer_forces(ctx, verb), verb.lemma_.lower()
    for name, test, outcome in _TRANSFER_RULES:
        if test(ctx, verb, forces, lemma):
            return name, outcome
    return "default", "supplies"


def _choose(ctx: _Sentence, verb: Token, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Disambiguate a lemma that triggers both supplies and deploys by what it sends and how.

    The rules of _TRANSFER_RULES are read top-down and the first that holds decides:

    1. dative_items: a state's indirect object before named weapons ("sent Cairo 46
       MiG-29s") -> supplies;
    2. handed_weapons: weapons handed over ("destroyers transferred from the US Navy")
       -> supplies;
    3. bought: a receiving verb with a supplier or a deal ("ordered jets from Russia"),
       unless a force is ordered on to a place ("ordered from X to Y") -> supplies;
    4. ordered_to: an ordering verb with a place after "to" ("ordered to South Korea")
       -> deploys;
    5. returned: something sent back that is no bare force -> supplies;
    6. carried_items: a carrying verb ("shipped") with a named item -> supplies;
    7. flown_freight: a self-moving verb ("flew") whose load holds freight and only
       items -> supplies;
    8. self_moving: any other self-moving verb -> deploys;
    9. on_duty: sent to do a force's duty or within a mission -> deploys;
    10. craft_supporting: aircraft sent to support a force ("to support French troops")
        -> deploys;
    11. sent_over_place: sent over a place named ("over Tanna", "over the island of Tanna")
        -> deploys; sent_over: over a place noun only ("sent jets over the area") -> neither;
    12. crewed_aircraft: aircraft that fly with their crews -> deploys;
    13. sent_across: weapons moved across a border or into a place -> deploys;
    14. to_region: sent to a region that is no actor -> deploys;
    15. handed_craft: combat aircraft or warships sent alone, with a word in the sentence
        or the article that the sender hands them over -> supplies;
    16. combat_craft: combat craft sent (with forces or alone) and no such word -> deploys;
    17. force_sent: what is sent is a force (or a pronoun for one) -> deploys;
    otherwise supplies.

    Why this order: the evidence of a hand-over (steps 1-7: a recipient state, a handing
    verb, a seller, a return, freight) is about the transfer itself and outweighs what the
    sent things are, which steps 8-17 read (forces and aircraft, the purpose, the
    destination); an order sent "to" a place (step 4) follows the seller test, so that
    "ordered from X to Y" stays as step 3 reads it. A self-moving verb settles it either way,
    so that what is flown is judged by its load alone (steps 7-8), before the purpose or
    destination is read. Combat craft sent (steps 15-16) are read last but for the forces of
    step 17, whose words ("fighters", "warships") they share: a hand-over the text tells of
    them, also in another sentence, makes them supplied, none deployed (D1, stop 77). (Until
    s44 the same rules were applied bottom-up, the last to fire deciding; h-clean3.)"""
    if "supplies" in candidates and "deploys" in candidates:
        _, keep = _transfer_rule(ctx, verb)
        return tuple(c for c in candidates if c not in {"supplies", "deploys"} or c == keep)
    return candidates


def _name_word(ctx: _Sentence, tok: Token) -> bool:
    """A capitalised word inside a person's name is no verb: "to help Sultan Qaboos bin Said
    put down a rebellion" (the parser read "Said" as "said"; s42 h-rep40)."""
    m = ctx.own(tok)
    return m is not None and m.cls == "Person" and tok.text[:1].isupper() and tok.ent_iob_ == "I"


def _sentence_relations(ctx: _Sentence) -> list[RelationMention]:
    out: list[RelationMention] = []

    def contractor(verb: Token) -> bool:
        return _by_companies(ctx, verb)

    stating = ctx.rules.stating
    doc, verb = ctx.sent.doc, IDS["VERB"]
    pos = column(doc, POS)  # a Token only for the verbs (no component sets POS after the parse)
    for i in range(ctx.sent.start, ctx.sent.end):
        if pos[i] != verb:
            continue
        tok = doc[i]
        if _name_word(ctx, tok):
            continue
        candidates = ctx.rules.relations_for(tok.lemma_.lower())
        for name in _choose(ctx, tok, candidates):
            subj, _ = ctx.subject(tok)
            if name != "reports" and (
                    _negated(tok, subj, ctx.rules.words)
                    or _in_denial(tok, ctx.rules.denying, stating)
                    or _planned(tok, ctx.rules.words, contractor if name == "supplies"
                                else None)):
                continue
            out.extend(EXTRACTORS[name](ctx, tok))
    out.extend(_according_to(ctx))
    out.extend(_sourced_claims(ctx))
    out.extend(_poll_findings(ctx))
    out.extend(_trailing_denial(ctx, out))
    out.extend(_headline_namings(ctx, out))
    out.extend(_auxiliary_reporting(ctx))
    out.extend(_noun_supplies(ctx))
    out.extend(placed_order_supplies(ctx))
    if not any(r.relation == "supplies" for r in out):
        out.extend(_headline_purchase(ctx))
    out.extend(_armed_adjective(ctx))
    out.extend(_deal_between(ctx))
    out.extend(_noun_deploys(ctx))
    out.extend(_arrivals(ctx))
    out.extend(_taking_off(ctx))
    out.extend(_sent_with_cargo(ctx))
    out.extend(new_pairs(relief_supplies(ctx), out))  # (beside a deployment: D1, SU11)
    out.extend(_position_taken(ctx))
    out.extend(_mistagged_verbs(ctx))
    out.extend(_concluded(ctx))
    out.extend(_nominal_signed(ctx))
    out.extend(exchanged_ratifications(ctx))
    out.extend(_followed_first_signer(ctx))
    out.extend(_headline_signed(ctx))
    # one fact read twice ("received the S-400s it had ordered from Russia"): keep the first
    seen: set[tuple] = set()
    return _one_claim_per_speaker([
        r for r in out if (key := (r.relation, r.roles, r.attr("statement"))) not in seen
        and not seen.add(key)])


def extract_relations(
    doc: Doc, doc_id: str, rules: RelationRules, mentions: Iterable[Mention], offset: int = 0
) -> list[RelationMention]:
    """All relation mentions of ``doc``; ``mentions`` are those extracted from the same doc."""
    mentions = list(mentions)
    by_start = {m.span.start - offset: m for m in mentions}
    by_token: dict[int, Mention] = {}
    ents = list(doc.ents)  # Doc.ents makes a Span per entity on each access
    for ent in ents:
        m = by_start.get(ent.start_char) or by_start.get(ent[1:].start_char if len(ent) > 1 else -1)
        if m is None:
            continue
        for i in range(ent.start, ent.end):  # (no Token per word)
            by_token[i] = m
    holders: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.title and m.cls == "Person":
            people = holders.setdefault(m.title.lower(), [])
            if all((p.key or p.lemma) != (m.key or m.lemma) for p in people):
                people.append(m)
    titled = {t: ms[0] for t, ms in holders.items() if len(ms) == 1}
    home = _dateline_state(doc, by_token)  # (coreference: "the government" is often its)
    for line in datelines(doc).values():  # "WASHINGTON, Aug 8 (Reuters) - …": it acts in nothing
        for i in range(line.start, line.lead):
            by_token.pop(i, None)
    plural = plural_coreference(doc, rules, by_token)
    groups = weapon_groups(doc, rules, by_token)
    plural.update(groups)
    by_token.update(coreference(doc, rules, by_token, home, offset))
    by_token.update({i: named[0] for i, named in groups.items()})  # (not the kind's own noun)
    # ("The frigate was delivered" after "the BNS <Name>": the named ship, E7)
    by_token.update(ship_descriptions(doc, rules, by_token))
    # ("The Pentagon said … 'They protect our troops,' a spokesman said": R6, h-rep119)
    by_token.update(bare_speaker_bodies(doc, rules, by_token))
    out: list[RelationMention] = []
    prior: Mention | None = None
    signed: list[Mention] = []  # the agreements of the asserted signings so far (h-sig7)
    signers: tuple[Mention, ...] = ()  # the states of the last signing by three or more
    deal_supply: dict[str, RelationMention] = {}  # agreement → a supply made under it
    deployers: list[Mention] = []  # of the deployments found so far
    last: tuple[Mention, ...] = ()  # of the sentence before's deployments
    last_supply: RelationMention | None = None  # the sentence before's supply (h-supp2)
    by_firm: dict[str, list[RelationMention]] = {}  # supplier → its supplies so far (h-sup6)
    bought: list[RelationMention] = []  # the stated supplies with a recipient so far (h-sup37)
    buyer: Mention | None = None  # their one buyer state
    # (sentence number, claim, whether an accusation) of the claims so far (h-claim2, s27)
    claims: list[tuple[int, RelationMention, bool]] = []
    k = 0
    for n_sent, sent in enumerate(doc.sents):
        while k < len(ents) and ents[k].start < sent.start:
            k += 1
        first = k
        while k < len(ents) and ents[k].start < sent.end:
            k += 1
        ctx = _Sentence(sent, doc_id, offset, rules, by_token, titled, prior,
                        tuple(ents[first:k]), plural, signers, tuple(deployers), last, home=home,
                        prior_buyer=buyer, prior_signed=tuple(signed))
        found = without_own_states(ctx, _sentence_relations(ctx))
        found = _bare_denials(ctx, found, claims, n_sent)
        claims += [(n_sent, r, _is_accusation(ctx, r)) for r in found if r.relation == "reports"]
        signed += [a for r in found if r.relation == "signed"
                   and r.attr("certainty") in (None, "asserted") for a in r.role("agreement")]
        signers = next((states for r in reversed(found) if r.relation == "signed" and len(
            states := tuple(m for m in r.role("party") if m.cls == "Country")) >= 3), signers)
        last = tuple(m for r in found if r.relation == "deploys" for m in r.role("deployer"))
        deployers += last
        found += _deal_contents(ctx, deal_supply, last_supply)
        found += _continued_deliveries(ctx, found, by_firm)
        found = with_ship_kinds(ctx, _stock_supplies(ctx, found, bought))
        for r in found:  # the firms' stated supplies, for their later deliveries (h-sup6)
            if r.relation == "supplies" and r.role("recipient") and \
                    r.attr("certainty") in (None, "asserted"):
                for s in r.role("supplier"):
                    by_firm.setdefault(s.key or "", []).append(r)
                bought.append(r)
                states = _buyer_states(ctx, bought)
                buyer = states[0] if len(states) == 1 else None
        # (a state named only as an unnamed firm's home sells nothing, but its supply's buyer
        # and deal still stand for the sentences after: h-sup81)
        out.extend(_without_firm_homes(ctx, described_sellers(ctx, found)))
        named = [by_token[i] for i in range(sent.start, sent.end) if i in by_token
                 and by_token[i].cls in rules.roles["agreement"]]
        prior = named[-1] if named else prior
        supply = next((r for r in found if r.relation == "supplies" and r.role("supplier")),
                      None)
        if named and supply is not None:
            deal_supply.update({_deal_key(m): supply for m in named})
        last_supply = next((r for r in found if r.relation == "supplies" and r.role("supplier")
                            and r.role("recipient")), None)
    out = members_signed(doc, out, mentions, offset)
    return _without_superseded_origins(doc, out, by_token, rules, offset)
