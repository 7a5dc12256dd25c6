"""A bare service word before a force that deploys with no one said to send it: "army
battalions had been flown to X", "navy frigates had been sent to the gulf", "Army units
stationed in X", "Army trucks carrying troops left bases … for X" name the service whose own
forces they are, and that service deploys them (dev conventions D3 as harmonised in stop 64
and stop 65; E17's exception "unless that force deploys as the service") (issue 12, stop 65,
h-dep98).

Elsewhere a bare service modifier is no mention (E17: "army mutiny", "army units" in other
clauses, "on air force planes"), so the mention is made only where the force is the subject
of an agentless deployment (a passive or a participle of ``deploys``' trigger verbs with no
"by" agent and no modal) or of a movement under way ("left … for"), the force being the
first of its conjuncts ("troops and navy patrol boats had been deployed": a mixed force, the
state's, stop 55)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, Roles, default_relation_rules
from kg.extract.refine.bodies import (
    _bare_body,
    _service_keys,
    _state_in,
    _state_of,
    story_states,
)
from kg.extract.refine.forces import _bare_service_state
from kg.extract.refine.spans import _replace, _set_id
from kg.extract.refine.typed_services import bare_service_words, service_firsts
from kg.extract.tokens import vocabulary

# labels of a named place a force under way heads for
_PLACE_LABELS = frozenset({"Country", "Region", "GPE", "LOC"})


def _force_head(doc: Doc, end: int) -> Token | None:
    """The noun a service phrase ending before ``end`` modifies: the word after it, or the head
    of a compound it opens ("navy patrol boats" → "boats"); None when the service word is no
    compound there."""
    if end >= len(doc):
        return None
    last = doc[end - 1]
    head = last.head
    if last.dep_ != "compound" or head.i < end:
        return None
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _agentless(verb: Token, modals: frozenset[str]) -> bool:
    """No "by" agent and no modal on ``verb`` ("will be based": a plan, D5)."""
    return not any(c.dep_ == "agent" or c.dep_ == "aux" and c.lower_ in modals
                   for c in verb.children)


def _deploys_itself(force: Token, places: set[int]) -> bool:
    """Whether ``force`` is deployed with no sender named: the subject of an agentless passive
    of a deploying verb ("army battalions had been flown to"), a participle on it ("Army units
    stationed in"), or the subject of a movement under way with "for" a named place (a token
    of ``places``: "left bases … for the provinces of X"; not "sailed for the port", D4/D6).
    A later conjunct is not ("troops and navy patrol boats": the list's first decides)."""
    rules = default_relation_rules()
    words = rules.words
    heads = rules.force_nouns | words["materiel_force_nouns"] | words["service_force_heads"]
    if force.lemma_.lower() not in heads and force.lower_ not in heads or force.dep_ == "conj":
        return False
    deploying = rules.triggers["deploys"]
    verb = force.head
    if force.dep_ == "nsubjpass" and verb.lemma_.lower() in deploying:
        return _agentless(verb, rules.modals)
    if force.dep_ == "nsubj" and verb.lemma_.lower() in words["under_way_verbs"]:
        return _agentless(verb, rules.modals) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(t.i in places for t in c.subtree)
            for c in verb.children)
    # (a participle on a clause's subject: not "troops, mostly from an army brigade based in
    # Rio", a unit's home named in passing)
    return force.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in deploying
        and _agentless(c, rules.modals) for c in force.children)


def _speaker_state(verb: Token, ents: list[SpacySpan], gaz: Gazetteer) -> str | None:
    """The one state the speaker of the report ``verb`` sits in speaks for ("The Venezuelan
    defence ministry said … navy frigates had been sent", "Army units stationed in X …,
    Pentagon officials said"): a state, a body keyed with its state, or a listed body part of
    one, in the subject of the verb of saying; None for a speaker tied to no one state
    ("officials said")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_.lower() not in gaz.roles.speech_verbs:
        return None
    spans = [(c.left_edge.i, c.right_edge.i + 1) for c in said.children if c.dep_ == "nsubj"]
    states: set[str] = set()
    for e in ents:
        if not any(a <= e.start and e.end <= b for a, b in spans):
            continue
        entry = gaz.by_label.get(e.ent_id_) if e.label_ == "Agency" and e.ent_id_ else None
        state = _state_of(e) or (entry.part_of if entry is not None else None)
        if state:
            states.add(state)
    return next(iter(states)) if len(states) == 1 else None


def _most_named_state(ents: list[SpacySpan]) -> str | None:
    """The state a story names most often, where one does ("GAUHATI, India" read as no
    dateline: the story's own state); None on a tie."""
    counts: dict[str, int] = {}
    for e in ents:
        if e.label_ == "Country" and e.ent_id_:
            counts[e.ent_id_] = counts.get(e.ent_id_, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def _uncovered(held: dict[int, SpacySpan], start: int, end: int, name: str,
               roles: Roles) -> SpacySpan | None | bool:
    """What the service words ``doc[start:end]`` lie in: False for a name of its own (left
    alone), a Weapon kind they open ("navy ships", read as the kind "warship": the kind keeps
    the words after them), the same bare service another rule keyed ("Army units …" at a
    sentence's start, given the story's other army), else None."""
    for k in range(start, end):
        x = held.get(k)
        if x is None or _bare_body(x, roles):
            continue
        if x.label_ == "Weapon" and x.start == start and x.end > end:
            return x
        key = x.id_ or x.ent_id_
        if x.label_ == "Agency" and (x.start, x.end) == (start, end) \
                and key.rpartition(" (")[0] == name:
            return x
        return False
    return None


def deployed_services(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A bare service (``bare_services`` but "Armed Forces"; lower case, or capitalised as a
    sentence's first word) with no article, owner or state before it, modifying a force that
    deploys with no sender named (``_deploys_itself``), is a mention of that service of the
    state the report's speaker speaks for (``_speaker_state``), else of the state its clause is
    about (``_state_in``), else as a bare "the army" (``_bare_service_state``), else of the
    state the story names most; a headline is left alone. A Weapon kind the service word
    opens ("navy ships") keeps the words after it."""
    roles = gaz.roles
    if service_firsts(roles).isdisjoint(vocabulary(doc)):
        return ents  # (gate: every service it keys is one of ``bare_service_words``)
    held = {i: e for e in ents for i in range(e.start, e.end)}
    places = {i for i, e in held.items() if e.label_ in _PLACE_LABELS}
    keys = _service_keys(ents)
    own, buyer, lead = story_states(doc, ents, roles)
    made: list[SpacySpan] = []
    for i, hit in bare_service_words(doc, held, roles):
        if (kind := _uncovered(held, i, hit[0], hit[1], roles)) is False:
            continue
        force = _force_head(doc, hit[0])
        if force is None or not _deploys_itself(force, places):
            continue
        sent = doc[i].sent
        states = sorted({s for k, name, s in keys if name == hit[1] and k < i})
        state = _speaker_state(force.head, ents, gaz)  # (a participle's subject: its clause)
        keyed = isinstance(kind, SpacySpan) and kind.label_ == "Agency"
        if state is None and not keyed:
            state = _state_in(sent, i, ents) or _bare_service_state(
                doc, i, hit[0], states, ents, own, buyer, lead) or _most_named_state(ents)
        if state is None:  # (a service another rule keyed stays its, but for a speaker's)
            continue
        made.append(_set_id(SpacySpan(doc, i, hit[0], label="Agency",
                                      span_id=f"{hit[1]} ({state})")))
        keys.append((i, hit[1], state))
        if isinstance(kind, SpacySpan) and not keyed:
            made.append(SpacySpan(doc, hit[0], kind.end, label=kind.label_,
                                  kb_id=kind.kb_id_, span_id=kind.id_))
    return _replace(ents, made) if made else ents
