"""Rules for armed forces and armed groups: services (named, cited, speaking, coordinated),
police, military officials, forces abroad, regiments, battalions and numbered units, and
groups and movements named by their nouns, members or branches."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy
from spacy.attrs import IS_DIGIT, LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gapping import quantity_head
from kg.extract.gazetteer import Gazetteer, Roles, default_relation_rules
from kg.extract.places import capitals, fold
from kg.extract.refine.bodies import (
    _agency_noun,
    _bare_body,
    _dateline,
    _first_line_end,
    _giver_state,
    _giving_verb,
    _home_service_state,
    _lead_state,
    _military_word,
    _named_services,
    _not_the_body,
    _object_service,
    _owned_start,
    _service_keys,
    _service_partner,
    _state_before,
    _state_in,
    _story_buyer,
    _subject_state_after,
    story_states,
)
from kg.extract.refine.joining import career_join, joins_as_fighters
from kg.extract.refine.people import _full_name_words, _listed_leader_state, _titled_state
from kg.extract.refine.spans import (
    DESIGNATION,
    ORDINAL,
    POSSESSIVE,
    _bare_start,
    _countries,
    _covers,
    _headline,
    _people_word,
    _replace,
    _set_id,
    _span_key,
    _taken,
    _text,
    _title_run,
)
from kg.extract.tokens import lemmas, lowered, matching, vocabulary, where, with_pos, without_the
from kg.model import ENTITY_CLASSES


def _regiment_start(doc: Doc, end: int, held: dict[int, SpacySpan], roles: Roles) -> int:
    """Start of the name before a regiment word at ``end``: capitalised words, possessives
    and ordinals ("the Bangladesh", "King Edward VII's Own Gurkha"), none held by a weapon
    or a firm."""
    start = end
    while start > 0 and not doc[start - 1].is_sent_start and (
            doc[start - 1].is_title and (doc[start - 1].pos_ == "PROPN"
                                         or doc[start - 1].lower_ in roles.title_words)
            or doc[start - 1].text in POSSESSIVE and start > 1
            and (doc[start - 2].is_title or doc[start - 2].is_upper)
            or doc[start - 1].is_upper and doc[start - 1].is_alpha  # "VII"
            or ORDINAL.match(doc[start - 1].text)) \
            and (held.get(start - 1) is None
                 or held[start - 1] is held.get(end) and not held[start - 1].ent_id_
                 or held[start - 1].label_ not in ("Weapon", "Company")):
        start -= 1
    return start


def _regiment_determined(doc: Doc, start: int, roles: Roles) -> bool:
    """A regiment is named with "the" ("the (new) Bangladesh Rifles") or after its battalion
    ("1st Battalion, 2nd … Gurkha Rifles"); "carried Kalashnikov Rifles" is none."""
    before = [t for t in doc[max(0, start - 2):start]]
    return bool(before) and (before[-1].lower_ == "the" or len(before) == 2 and (
        before[0].lower_ == "the" and before[1].pos_ == "ADJ"
        or before[1].text == "," and before[0].text in roles.unit_heads))


def _unit_head_start(doc: Doc, t: Token, roles: Roles) -> int | None:
    """Where the head of a unit's name ending at ``t`` begins: ``t`` for a regiment word
    ("Rifles") or a singular unit head ("Regiment", "Fleet"), the word before it for a
    command area ("Military Region"); None for none."""
    if t.text in roles.regiment_words or t.text in roles.unit_name_heads:
        return t.i
    return t.i - 1 if (doc[t.i - 1].text, t.text) in roles.command_areas else None


def _joined_regiment_start(doc: Doc, start: int, held: dict[int, SpacySpan]) -> int:
    """"the Argyll and Sutherland Highlanders": a regiment named after two places joined by
    "and", the first a capitalised name no listed entity holds; ``start`` otherwise."""
    if start < 3 or doc[start - 1].lower_ != "and" or not doc[start - 2].is_title \
            or doc[start - 2].pos_ != "PROPN" or doc[start - 3].lower_ != "the" \
            or (x := held.get(start - 2)) is not None and (x.ent_id_ or len(x) > 1):
        return start
    return start - 2


def _regiments(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the new Bangladesh Rifles", "the Malawi Rifles": a capitalised regiment word
    ("Rifles", "Fusiliers") after a name in running text ends a unit's name, an Agency,
    not a weapon (a headline's title case is left alone). So do a singular unit head after
    "the" or a possessive and a name ("the Cheshire Regiment", "the Royal 22nd Regiment",
    "the Sixth Fleet") and a command area ("the Jinan Military Region", "the army's Fourth
    Army Region"), whatever NER tagged them (a place, an event) (h-ent46)."""
    heads = roles.regiment_words | roles.unit_name_heads | {w for _, w in roles.command_areas}
    lower_heads = {w.lower() for w in heads}
    if vocabulary(doc).isdisjoint(lower_heads):
        return ents  # (gate: every unit it names ends in one of these words)
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, LOWER, lower_heads)):
        if t.text not in heads or t.i < 2 or t.is_sent_start or _headline(t.sent) \
                or (head := _unit_head_start(doc, t, roles)) is None:
            continue
        if t.text in roles.regiment_words:
            start = _joined_regiment_start(doc, _regiment_start(doc, head, held, roles), held)
            determined = _regiment_determined(doc, start, roles)
        else:
            start = _regiment_start(doc, head, held, roles)
            start = max([start, *(i + 1 for i in range(start, head)
                                  if doc[i].text in POSSESSIVE)])
            if (x := held.get(t.i)) is not None and (
                    x.ent_id_ or _bare_start(x) <= start and x.label_ in ("ORG", "Agency")):
                continue  # a listed name ("the Black Sea Fleet"), the same or a longer one
                # ("the 1st Battalion of the … Regiment", "the Prince of Wales's Own Regiment")
            determined = doc[start - 1].lower_ == "the" or doc[start - 1].text in POSSESSIVE \
                and head < t.i  # "the army's Jinan Military Region", not "Russia's … Fleet"
        if start < head and determined \
                and not any(DESIGNATION.match(_text(x)) for x in doc[start:head]):
            made.append(SpacySpan(doc, start, t.i + 1, label="ORG"))
    return _replace(ents, made) if made else ents


def _units_named_by_kinds(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the 15th Anti-Aircraft Regiment", "the Royal New Zealand Artillery": a capitalised
    weapon kind inside a unit's title-case name after "the", the name ending in a unit head
    (roles.yaml unit_heads, unit_name_heads), is a word of that name, an Agency, not the
    generic kind (E4 is a kind named by itself; names do not nest, E9; h-wpn1)."""
    heads = roles.unit_heads | roles.unit_name_heads
    made = []
    for e in ents:
        if e.label_ != "Weapon" or not all(t.is_title or t.text == "-" for t in e) \
                or e.start == e.sent.start or _headline(e.sent):
            continue
        end = e.end + 1 if e.end < len(doc) and doc[e.end].text in heads \
            else e.end if e[-1].text in heads else None
        start = e.start
        while start > e.sent.start + 1 and (
                doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
                or ORDINAL.match(doc[start - 1].text)):
            start -= 1
        if end is not None and doc[start - 1].lower_ == "the":
            made.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _described_owners_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The federation's armed forces already fly Mirage jets", "the country's air force was
    among the best": a bare service owned by "the <description>" (``owner_descriptions``; a
    hyphened one too, "the city-state's") that is a subject (a body that acts; E17) is that
    service of the state the description means: the story's own state (``_lead_state``),
    unless the sentence names another state as a subject before it ("Kenya said the
    country's army …": unsure), and only one that the description's style allows; where the
    lead state is none the description can mean, the one state it can mean among the
    dateline's and those the sentence names before it ("Jordanian debt … the kingdom's armed
    forces" beside the United States; "Indonesia and Singapore … the city-state's"), a subject
    state the style rules out leaving it sure (s66 h-agy8). Also with "own" ("the kingdom's
    own air force"), and as an object that is no recipient (``_object_service``: "modernise
    the kingdom's armed forces", "served in the sultan's armed forces"; census of stop 54,
    E17 in any position). Left alone: recipients ("for the island's air force": the gold
    splits them between state and service), "the country's military" (its strength, as "its
    military"), another owner ("the other country's army": no description right after
    "the")."""
    taken = _taken(ents)
    lead = cache(lambda: _lead_state(doc, ents))
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, _description_ends(roles))):
        start = t.i + 2 + (t.i + 2 < len(doc) and doc[t.i + 2].lower_ == "own")
        described = _description_before(doc, t.i, roles)
        if described is None or t.i + 3 > len(doc) or doc[t.i + 1].text not in ("'s", "’s") \
                or t.dep_ != "poss" or _headline(t.sent) or doc[t.i + 2].lower_ == "military":
            continue
        hit = _agency_noun(doc, start, roles) if start < len(doc) else None
        if hit is None or hit[1] not in roles.bare_services \
                or any(i in taken for i in range(described[1], hit[0])) \
                or _not_the_body(doc, start, hit[0], roles) \
                or doc[hit[0] - 1].dep_ != "nsubj" \
                and not _object_service(doc, doc[hit[0] - 1], hit, roles):
            continue
        members = roles.owner_descriptions[described[0]]
        state, before = lead(), _state_in(t.sent, described[1] - 1, ents, True)
        if members and state not in members:  # "US to keep F-16s in Jordan", "AMMAN, … - the
            # kingdom's air force": the one state of the dateline's and the sentence's that
            # the description fits
            fits = [s for s in _countries([*_dateline(doc, ents), *(
                e for e in ents if t.sent.start <= e.start and e.end <= described[1])])
                    if s in members]
            state = fits[0] if len(fits) == 1 else None
        if state is None or before not in (None, state) and (not members or before in members) \
                or members and state not in members:
            continue  # "Kenya said the country's army …" in a story about Somalia: unsure
        # the service's words only, as a bare service's ("armed forces")
        made.append(_set_id(SpacySpan(doc, start, hit[0], label="Agency",
                                      span_id=f"{hit[1]} ({state})")))
    return _replace(ents, made) if made else ents


def _description_ends(roles: Roles) -> frozenset[str]:
    """The last word of each owner description ("state" of "city-state")."""
    return frozenset(d.rpartition("-")[2] for d in roles.owner_descriptions)


def _description_before(doc: Doc, at: int, roles: Roles) -> tuple[str, int] | None:
    """(description, its first token) of the owner description ending at token ``at`` right
    after "the" ("the kingdom", "the city-state": its words and hyphens as tokens), else
    None."""
    for described in roles.owner_descriptions:
        size = 2 * described.count("-") + 1  # each hyphen is a token of its own
        first = at - size + 1
        if first >= 1 and doc[first - 1].lower_ == "the" \
                and "".join(t.lower_ for t in doc[first:at + 1]) == described:
            return described, first
    return None


def _cited_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"citing air force officers", "citing navy documents": a lower-case bare service that
    modifies what a "citing"/"quoting" aside names is that service of the one state whose such
    service the document named (dev conventions R10: the cited body claims too; E17); none
    where the document named no such service (issue 12, s31 h-rep18)."""
    taken = _taken(ents)
    services = _named_services(ents)
    buyer = cache(lambda: _story_buyer(doc, ents, roles))
    made: list[SpacySpan] = []
    for i in where(doc, LOWER, ("citing", "quoting")):
        hit = _agency_noun(doc, i + 1, roles) if doc[i].tag_ == "VBG" else None
        # (not "citing military sources": unnamed sources, no service's voice, R5)
        if hit is None or hit[1] not in roles.bare_services or hit[1] == "Armed Forces" \
                or hit[0] >= len(doc) \
                or any(k in taken or not doc[k].is_lower for k in range(i + 1, hit[0])):
            continue
        obj = doc[hit[0]]  # the words cited: the aside's object ("officers", "documents")
        states = services.get(hit[1], set())
        if obj.dep_ != "dobj" or obj.head.i != i or obj.tag_ != "NNS" or not states:
            continue
        # of several, the story's buyer's (as ``_bare_services``: "Chile's navy" before
        # "the Peruvian navy")
        state = next(iter(states)) if len(states) == 1 else buyer() if buyer() in states \
            else None
        if state is not None:
            made.append(_set_id(SpacySpan(doc, i + 1, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({state})")))
    return _replace(ents, made) if made else ents


def _named_service_state(states: list[str], sent: SpacySpan, ents: list[SpacySpan],
                         home: Callable[[], str | None], buyer: Callable[[], str | None]
                         ) -> str | None:
    """The state of a bare service by the services of that name the document named
    (``states``, sorted): the story's own where ``_home_service_state`` holds, else the one
    named, else of several the story's buyer's (``_story_buyer``); None where they do not
    decide (none named: each caller falls back its own way; several, none the buyer's)."""
    return _home_service_state(states, sent, ents, home) or (
        states[0] if len(states) == 1
        else buyer() if len(states) > 1 and buyer() in states else None)


def _gapped_subject(doc: Doc, the: int, end: int) -> bool:
    """"…, and the navy more than 1,000 marines": a phrase ``doc[the:end]`` right after "and"
    that a quantity phrase follows at once is the subject of a clause that leaves out the
    verb it shares (kg.extract.gapping), whatever the parser hung it on."""
    if the == 0 or doc[the - 1].lower_ != "and":
        return False
    words = default_relation_rules().words
    return quantity_head(doc, end, doc[the].sent.end, words["gapping_quantity_openers"],
                         words["amount_nouns"], words["gapping_measure_nouns"]) is not None


def _denier_read_as_noun(doc: Doc, the: int, end: int) -> bool:
    """"…, a claim the military denies.", "…, a charge the army rejects.": a phrase
    ``doc[the:end]`` after ", a <noun of something said>" (optionally "that") that a present
    form of a denying verb follows, the parser having read the verb as a noun ("denies",
    "rejects" taken for plurals, the service for their modifier), is that verb's subject."""
    if end >= len(doc) or doc[end].pos_ in ("VERB", "AUX"):
        return False
    rules = default_relation_rules()
    if doc[end].lower_ not in rules.denying_forms or not doc[end].lower_.endswith("s"):
        return False
    at = the - 1 - (the > 0 and doc[the - 1].lower_ == "that")
    nouns = rules.words["denied_objects"] | rules.words["statement_nouns"]
    return at >= 2 and doc[at].lemma_.lower() in nouns and doc[at - 1].lower_ in ("a", "an") \
        and doc[at - 2].text == ","


def _bare_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Officials said the army would withdraw", "the air force said", "the navy's frigates": a
    lower-case bare service that is a subject or an owner (a body that acts; E17) is that
    service of the one state whose such service the document named (of several, the story's
    buyer's: ``_story_buyer``), else of the state its clause is about (``_state_in``, or the
    sentence before when nothing precedes it); so is an object ("ordered the army into the
    streets", "money for the air force"; not "the military", nor a career: ``joining_verbs``,
    "joined the army"), and only services the document named before it count ("the army's
    howitzers … bought from the South Korean army": another state's; issue 12, h-ent74).
    "the army of the junta" and modifiers ("the army commander") are left alone. A service
    that a verb hands goods to ("sold jets to the (federal) air force", "sold the navy
    frigates") is the buyer's: ``_recipient_service``."""
    if vocabulary(doc).isdisjoint(w[0] for w, name in roles.agency_nouns.items()
                                  if name in roles.bare_services):
        return ents  # (gate: every service it keys opens with one of these words)
    # (NER's untagged "the coast guard" is the bare service, not a name: h-rep73)
    taken = {i for e in ents if not _bare_body(e, roles) and not _adjective_service(e, roles)
             for i in range(e.start, e.end)}
    keys = _service_keys(ents)
    services = _named_services(ents, keys)
    own, buyer, lead = story_states(doc, ents, roles)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, ("the",))):
        start = t.i + 1
        if start + 1 < len(doc) and doc[start].pos_ == "ADJ" and doc[start].is_lower \
                and _agency_noun(doc, start, roles) is None:
            start += 1  # "the federal air force", "the national army": one plain adjective
            # before a recipient or a service that fighters join
        hit = _agency_noun(doc, start, roles) if start < len(doc) else None
        if hit is None or hit[1] not in roles.bare_services or _headline(t.sent) \
                or any(i in taken or not doc[i].is_lower for i in range(t.i + 1, hit[0])) \
                or (hit[0] < len(doc) and doc[hit[0]].lower_ == "of"):
            continue
        # "citizens and the army", "units of the police and the army": a listed service
        # stands where its list does (E17; h-ent10); a list of services ("the army and the
        # navy") is ``_coordinated_services``'s, which gives each the first one's state
        word = _first_conjunct(doc[hit[0] - 1])
        if word.i != hit[0] - 1 and any(word.i in range(e.start, e.end) and e.label_ == "Agency"
                                        for e in ents + made):
            continue
        dep = word.dep_
        if _gapped_subject(doc, t.i, hit[0]) or _denier_read_as_noun(doc, t.i, hit[0]):
            # "…, and the navy more than 1,000 marines": a gapped clause's subject; "…, a
            # claim the military denies": the denial's subject
            dep = "nsubj"
        if dep not in ("nsubj", "nsubjpass") \
                and not (dep == "poss" and not _military_word(doc, hit)):
            # "the air force's F-5s": an owner acts as a subject does (h-ent10); not "the
            # military's unease", which often means one service (E17)
            verb = _giving_verb(word, roles)
            state = None if verb is None else _recipient_service(
                hit[1], _giver_state(verb, ents), services, buyer)
            if state is not None:
                made.append(_set_id(SpacySpan(doc, t.i + 1, hit[0], label="Agency",
                                              span_id=f"{hit[1]} ({state})")))
            if state is not None or verb is not None or dep not in ("dobj", "pobj") \
                    or _military_word(doc, hit) or career_join(word, roles):
                continue  # "joined the army": a career, no body
        if start > t.i + 1 and not joins_as_fighters(word.head, roles):
            continue  # an adjective before a subject: left as it was ("the rebels will
            # join the national army": the state's, adjective and all)
        # a definite "the navy" points back: a service the story names only after it ("the
        # army's howitzers … bought from the South Korean army") is another state's
        states = sorted({state for i, name, state in keys if name == hit[1] and i < t.i})
        if len(states) == 1 and joins_as_fighters(word.head, roles):
            # "former rebels who had joined the army" after "the Congolese army": that one,
            # whatever state the story is told from
            made.append(_set_id(SpacySpan(doc, t.i + 1, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({states[0]})")))
            continue
        if (speaker := _speaker_state(word, ents, roles)) is not None:
            states = [speaker]  # "Kenyan officials said the army would …": Kenya's
        # of several, the story's buyer's: "The army is also receiving …" after "US Army
        # stocks" (Australia's)
        state = _dateline_candidate(doc, ents, word, states, roles) or \
            _bare_service_state(doc, t.i, hit[0], states, ents, own, buyer, lead)
        if state is None and not states:
            state = _dateline_speaker_state(doc, ents, word, roles)
        if state is None and not states and joins_as_fighters(word.head, roles):
            state = _lead_subject_state(doc, ents)  # the deal's state: "X's government and
            # the rebels signed …" (the lead) … "the rebels are to join the national army"
        if state is not None:
            made.append(_set_id(SpacySpan(doc, t.i + 1, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({state})")))
            # a later "the navy" points back to this one too, not only to named services
            # ("whether the navy should keep submarines … laid up by the Royal Navy … the
            # navy's three ageing boats": of two, the story's buyer's; s55 h-ent77)
            keys.append((t.i, hit[1], state))
    return _replace(ents, made) if made else ents


def _lead_subject_state(doc: Doc, ents: list[SpacySpan]) -> str | None:
    """The one state that is (or owns) a subject of the story's first sentence after its
    headline ("Ivory Coast's government and the rebels signed …"), else None."""
    end = _first_line_end(doc)
    if end is None or end + 1 >= len(doc):
        return None
    sent = doc[end + 1].sent
    return _state_in(sent, sent.end, ents, subjects_only=True)


def _adjective_service(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is NER's untagged "the national armed forces": one plain lower-case
    adjective before a bare service (``bare_services``), which ``_bare_services`` reads as it
    reads the phrase untagged."""
    if e.label_ != "ORG" or e.ent_id_:
        return False
    doc, start = e.doc, e.start + (e[0].lower_ == "the")
    hit = _agency_noun(doc, start + 1, roles) if e.end - start >= 2 else None
    return hit is not None and hit[0] == e.end and hit[1] in roles.bare_services \
        and doc[start].pos_ == "ADJ" and doc[start].is_lower \
        and _agency_noun(doc, start, roles) is None


def _bare_service_state(doc: Doc, start: int, end: int, states: list[str],
                        ents: list[SpacySpan], own: Callable[[], str | None],
                        buyer: Callable[[], str | None], lead: Callable[[], str | None]
                        ) -> str | None:
    """The state of a bare service word at ``start``–``end`` whose named services of that name
    before it are ``states``: of those, the one ``_named_service_state`` picks; with none, the
    state its sentence is about (``_state_in``), else the sentence before's (``_state_before``),
    else the story's own (``lead``) — unless a state named in the sentence before it, or acting
    after it, is another party ("the navy signed a contract with South Korea's …", "said the
    armed forces had acted … and accused Vietnam": that state may be no owner; h-ent5)."""
    sent = doc[start].sent
    state = _named_service_state(states, sent, ents, own, buyer)
    if state is None and not states:
        state = _state_in(sent, start, ents) or _state_before(doc, sent, start, ents)
    if state is None and not states and not _countries(
            x for x in ents if sent.start <= x.start < start) \
            and not _subject_state_after(doc[end:sent.end], ents):
        state = lead()  # "The navy has been pressing …": the story's own state
    return state


def _speaker_state(word: Token, ents: list[SpacySpan], roles: Roles) -> str | None:
    """"Kenyan officials said the army would hold every post", "In Lima, a newspaper said the
    navy had kept its submarines in port": the one state that the speaker of a reported clause
    whose subject is a bare service (``word``) is tied to (a state in the speaker's words, or a
    place the saying is set in) owns that service (E17: the state the sentence is about),
    before any service of another state the document named; None where the clause is no
    report, the speaker gives no one state, or the report itself names a state ("British
    officials said the army had kept records of British equipment": the speaker's state is
    another party there, the army the host's)."""
    verb = word.head
    if word.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in roles.speech_verbs \
            or _countries(e for e in ents
                          if word.i < e.start and e.end <= verb.right_edge.i + 1):
        return None
    said = verb.head
    spans = [(c.left_edge.i, c.right_edge.i + 1) for c in said.children
             if c.dep_ == "nsubj" or c.dep_ == "prep" and c.lower_ == "in" and c.i < said.i]
    states = _countries(e for e in ents if any(a <= e.start and e.end <= b for a, b in spans))
    return states[0] if len(states) == 1 else None


def _first_conjunct(tok: Token) -> Token:
    """The first item of the list ``tok`` is a later item of ("the army" in "citizens and the
    army" → "citizens"), whose place in the clause the whole list takes; ``tok`` itself where it
    is no list's later item."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _dateline_speaker_state(doc: Doc, ents: list[SpacySpan], head: Token, roles: Roles
                            ) -> str | None:
    """"SAN SALVADOR, … - … soldiers flew out … for Iraq …, the army said": a bare service that
    speaks where its sentence names several states and the document no such service is the
    service of the dateline's state, whose capital the wire reports from (E17; issue 12,
    h-rep73); None for a service that does not speak, with no dateline state, or with a state
    named after it in its sentence ("The navy said Peru had asked": Peru may own it)."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in roles.speech_verbs or any(
            e.label_ == "Country" and head.i < e.start < head.sent.end for e in ents):
        return None
    states = _countries(_dateline(doc, ents))
    return states[0] if len(states) == 1 else None


def _dateline_candidate(doc: Doc, ents: list[SpacySpan], head: Token, states: list[str],
                        roles: Roles) -> str | None:
    """"BOGOTA, … - … the Colombian navy … the South Korean navy … the navy said", "JAKARTA, …
    - … Indonesian naval ships … a sea that Malaysia also claims, the navy said": a bare
    service that speaks is the dateline's state's where that state is one of those it could
    be — a state whose service of that name the document named before (``states``), or, with
    none named, a state its sentence names before it (E17: the wire reports from the
    service's own capital; issue 12, stop 74, h-rep119). None otherwise (the other rules
    decide; a dateline abroad, "KIEL, … the navy said" of a buyer's navy, names no
    candidate; nor does a dateline town that is no capital, "SAN DIEGO, … the navy said" of a
    buyer's navy at a handover)."""
    line = _dateline(doc, ents)
    if not line or fold(line[0].text) not in capitals() or len(states) == 1:
        return None
    state = _dateline_speaker_state(doc, ents, head, roles)
    if state is None:
        return None
    named = states or _countries(e for e in ents
                                 if head.sent.start <= e.start and e.end <= head.i)
    return state if state in named else None


def _coordinated_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"eight drones each to the army and the air force", "the chiefs of Pakistan's army, navy
    and air force", "the army has sent 4,200 troops, and the navy 1,000 marines": a lower-case
    bare service coordinated with a service the document has already keyed to a state
    ("Army (India)") is that state's service of its own name (E17): a list of services names
    one state's forces (issue 12, s58 h-svc1). Left alone: a partner that is no service
    ("citizens and the army") or a bare service not keyed ("air force and navy staff")."""
    taken = _taken(ents)
    keyed = {i: key for e in ents if e.label_ == "Agency"
             for key in [e.id_ or e.ent_id_] for i in range(e.start, e.end)}
    made: list[SpacySpan] = []
    # (no Token per word: ``_agency_noun`` finds none but at an agency noun's first word)
    for t in map(doc.__getitem__, where(doc, LOWER, roles.agency_first_words)):
        hit = _agency_noun(doc, t.i, roles) if t.is_lower and t.i not in taken else None
        # (nothing of its own before it: not "the Pakistani air force", "its navy")
        if hit is None or hit[1] not in roles.bare_services or t.i < 1 \
                or doc[t.i - 1].lower_ not in ("the", ",", "and", "or") \
                or any(i in taken or not doc[i].is_lower for i in range(t.i, hit[0])):
            continue
        partner = _service_partner(doc[hit[0] - 1])
        key = keyed.get(partner.i, "") if partner is not None else ""
        name, _, state = key[:-1].rpartition(" (")
        if not key.endswith(")") or name not in roles.bare_services or name == hit[1]:
            continue
        made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency",
                                      span_id=f"{hit[1]} ({state})")))
        # (a list passes its state on: "army, navy and air force")
        keyed.update(dict.fromkeys(range(t.i, hit[0]), made[-1].id_))
    return _replace(ents, made) if made else ents


def _military_officials(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Israeli military officials said", "according to South Korean military sources": a
    listed armed forces' name "<demonym> military" right before plural unnamed speakers
    (``military_speakers``) is a nationality phrase whose state speaks (dev conventions R5),
    so its demonym alone is a mention of the state the forces are part of. Left alone: a
    possessor's "South Korea's military" (the forces themselves), "a military spokesman"."""
    made: list[SpacySpan] = []
    for e in ents:
        entry = gaz.by_label.get(e.ent_id_) if e.label_ == "Agency" and e.ent_id_ else None
        state = gaz.by_label.get(entry.part_of) if entry and entry.part_of else None
        if state is None or state.cls != "Country" or e[-1].lower_ != "military" \
                or e.end >= len(doc) or doc[e.end].lower_ not in gaz.roles.military_speakers:
            continue  # (most names: no Span without "the" made)
        start = without_the(e).start
        if start >= e.end - 1 or any(t.tag_ == "POS" for t in doc[start:e.end]):
            continue
        made.append(_set_id(SpacySpan(doc, start, e.end - 1, label="Country",
                                      span_id=state.label)))
    return _replace(ents, made) if made else ents


def _speaking_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Swedish army officers said", "naval officers said", "an air force spokesman said": a
    service word modifying unnamed speakers of a service (``service_speakers``) who are the
    subject of a verb of speech is a mention of that service (dev R8, E17): with a nationality
    before it ("Swedish army"), that state's; else the one state's whose such service the
    document named (of several, the story's buyer's: ``_story_buyer``), else the story's own
    state's (``_lead_state``: the sentence holds what they said, not who they are). Left
    alone: "army officers … overthrew the king" (no speech; often another state's), "military
    officers" (R5), a speaker named in apposition ("an air force spokesman, Colonel X,"), a
    service word inside a name."""
    words = {w[-1] for w, name in roles.agency_nouns.items() if name in roles.bare_services}
    words |= roles.service_adjectives.keys()
    if vocabulary(doc).isdisjoint(words):
        return ents  # (gate: every service it keys is one of these words)
    taken = _taken(ents)
    country_end = {e.end: e for e in ents if e.label_ == "Country"}
    services = _named_services(ents)
    own, buyer, lead = story_states(doc, ents, roles)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, words)):
        speaker = t.head
        if t.dep_ not in ("compound", "amod") or speaker.i <= t.i or t.i in taken \
                or speaker.dep_ != "nsubj" \
                or speaker.head.lemma_.lower() not in roles.speech_verbs \
                or speaker.lower_ not in roles.service_speakers \
                or any(c.dep_ == "appos" for c in speaker.children) \
                or not (t.is_lower or t.is_sent_start and t.is_title) or _headline(t.sent):
            continue
        name = roles.service_adjectives.get(t.lower_)
        start = t.i
        if name is None and t.i > 0 and (hit := _agency_noun(doc, t.i - 1, roles)) is not None \
                and hit[0] == t.i + 1 and doc[t.i - 1].head.i == t.i:
            name, start = hit[1], t.i - 1  # "air force": "air" modifies "force"
        elif name is None and (hit := _agency_noun(doc, t.i, roles)) is not None \
                and hit[0] == t.i + 1:
            name = hit[1]
        if name not in roles.bare_services or name == "Armed Forces" \
                or any(i in taken for i in range(start, t.i + 1)):
            continue
        nation = country_end.get(start)
        if nation is not None:
            state, start = nation.ent_id_ or None, nation.start
        else:
            states = sorted(services.get(name, ()))
            state = _named_service_state(states, t.sent, ents, own, buyer)
            if state is None and not states:
                state = lead()
        if state is not None:
            made.append(_set_id(SpacySpan(doc, start, t.i + 1, label="Agency",
                                          span_id=f"{name} ({state})")))
    return _replace(ents, made) if made else ents


def _voiced_service(doc: Doc, t: Token, taken: set[int], roles: Roles) -> tuple[int, str] | None:
    """(end, name) of a lower-case bare service at ``t`` right before a noun of its voice
    (``service_voices``: "a navy spokesman", "an air force communique") with nothing before it
    naming or describing a state ("an Indian army spokesman", "the army spokesman", "a former
    navy spokesman": other rules' or none); None for "military" but before an unplaced voice
    (``_military_voice``: "military officials" are R5's), a title before a name
    ("army spokesman Colonel X": the person only, ``_names_its_speaker``), or words taken."""
    hit = _agency_noun(doc, t.i, roles)
    if hit is None or hit[1] not in roles.bare_services or hit[0] >= len(doc) \
            or hit[1] == "Armed Forces" and not _military_voice(doc[hit[0]], roles) \
            or doc[hit[0]].lower_ not in roles.service_voices \
            or any(i in taken for i in range(t.i, hit[0])) or _headline(t.sent) \
            or not all(doc[i].is_lower for i in range(t.i, hit[0])):
        return None
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (prev.i in taken or prev.tag_ in ("POS", "PRP$", "JJ", "NNP", "NNPS")
                             or prev.lower_ in ("the", "whose", "own")):
        return None
    return None if _names_its_speaker(doc[hit[0]]) else hit


def _military_voice(voice: Token, roles: Roles) -> bool:
    """"a military spokesman said": a bare "military" before a voice of its own
    (``military_voices``) is the armed forces (dev R6, stop 66), unless the voice is placed
    ("a military spokesman in Dakar", "… there": the place's state, R9; ``voice_places``) or
    stands in apposition to a name ("X, a military spokesman, said": the person only, E11)."""
    doc = voice.doc
    after = doc[voice.i + 1].text if voice.i + 1 < len(doc) else ""
    apposed = voice.dep_ == "appos" and after == ","  # (not "…, a military spokesman said")
    return voice.lower_ in roles.military_voices and after.lower() not in roles.voice_places \
        and not apposed


def _names_its_speaker(voice: Token) -> bool:
    """"army spokesman Colonel X said", "an air force spokesman, Colonel X, said": a voice noun
    before its speaker's name, or with one in apposition, is a bare title before a name,
    which mentions only the person (dev E11, E17 "a title before a name stays E11", d919's
    note; tests of stop 29)."""
    doc = voice.doc
    at = voice.i + 1 + (voice.i + 1 < len(doc) and doc[voice.i + 1].text == ",")
    return voice.dep_ == "compound" or any(c.dep_ == "appos" for c in voice.children) \
        or at < len(doc) and doc[at].is_title and doc[at].pos_ == "PROPN"


def _voiced_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"quoted a navy spokesman as saying", "An air force communique said": a lower-case bare
    service before a noun of its voice (``_voiced_service``) is a mention of that service in
    any place (dev conventions E17, R11: "An army spokesman" the Thai army, North Korea's navy
    in "a navy spokesman"; issue 12, s56 h-agy4), of the state chosen as for a bare "the army"
    (``_bare_services``): the one state whose such service the document named (of several,
    the story's buyer's), else the state its clause is about (``_state_in``, or the sentence
    before when nothing precedes it), else the story's own state; none where no state is
    found. ``_speaking_services`` has taken the subjects of speech already."""
    if roles.service_voices.isdisjoint(vocabulary(doc)):
        return ents  # no voice noun: nothing to read (and no services to collect)
    taken = _taken(ents)
    services = _named_services(ents)
    own, buyer, lead = story_states(doc, ents, roles)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, roles.agency_first_words)):
        if (hit := _voiced_service(doc, t, taken, roles)) is None:
            continue
        sent = t.sent
        states = sorted(services.get(hit[1], ()))
        state = _named_service_state(states, sent, ents, own, buyer)
        if state is None and not states and hit[1] == "Armed Forces":
            # "a military spokesman said": the story's own forces speak, whatever state the
            # clause is about ("Enemy Israeli aircraft …," a military spokesman said; R6)
            state = lead()
        if state is None and not states:
            state = _state_in(sent, t.i, ents)
        if state is None and not states:
            state = _state_before(doc, sent, t.i, ents)
        if state is None and not states:
            state = lead()
        if state is not None:
            made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({state})")))
    return _replace(ents, made) if made else ents


def _recipient_service(name: str, giver: str | None, services: dict[str, set[str]],
                       lead: Callable[[], str | None]) -> str | None:
    """The state whose service ``name`` receives goods from ``giver``'s state: the story's
    own state (``lead``) unless that is the giver ("Israel has sold fighters to the air
    force" in a story about Argentina; a buyer, not another state's service the story names
    later), else the one other state whose such service the document named; None when
    neither is one state."""
    state = lead()
    if state is not None and state != giver:
        return state
    states = services.get(name, set()) - {giver}
    return next(iter(states)) if len(states) == 1 else None


def _forces_abroad(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"US Forces Korea", "U.S. Forces Japan": a command named after the country it is
    stationed in ends with that country's name (one Agency, no mention of the host)."""
    taken = _taken(ents)

    def host_end(start: int) -> int | None:
        """End of the host country's name at ``start`` (a state or an untagged name)."""
        found = next((e for e in ents if e.start == start), None)
        if found is not None:
            end = found.end if found.label_ in ("Country", "GPE") and len(found) <= 2 else None
        elif start < len(doc) and start not in taken and doc[start].is_title \
                and doc[start].pos_ == "PROPN":
            end = start + 1
        else:
            end = None
        if end is None or end < len(doc) and (doc[end].lower_ in POSSESSIVE
                                               or doc[end].is_title):
            return None
        return end

    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ == "ORG" and not e.ent_id_ and e[-1].text in roles.forces_heads \
                and (end := host_end(e.end)) is not None:
            e = SpacySpan(doc, e.start, end, label="ORG")
        if out and out[-1].end > e.start:
            continue  # the host, now inside the command's name
        out.append(e)
    return out


def _named_groups(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the FLNKS coalition", "the GROM special forces unit", "the Law and Justice party", "a
    West African force, ECOMIL,": a name NER left untagged that qualifies, or stands in
    apposition to, a group noun is that group's name (an organisation); not a people's word
    ("a mainly Hema militia": ``_people_word``, h-agy5)."""
    if roles.group_nouns.isdisjoint(vocabulary(doc)):
        return ents  # no group noun (as a word or a lemma): no name qualifies one
    taken = _taken(ents)
    made = []
    after = 0  # the end of the last name made: a name starts at a PROPN, NOUN or ADJ after it
    for i in sorted([*with_pos(doc, "PROPN"), *with_pos(doc, "NOUN"), *with_pos(doc, "ADJ")]):
        if i < after:
            continue
        t = doc[i]
        acronym = t.is_upper and t.is_alpha and len(t) >= 2
        if i in taken or not (t.is_title or acronym) \
                or t.is_sent_start and not (acronym and _apposed_group(doc, i + 1, roles)) \
                or t.pos_ not in (("PROPN", "NOUN", "ADJ") if acronym else ("PROPN",)):
            continue
        end = i + 1  # a run of capitalised words, "and" between them ("Law and Justice")
        while end < len(doc) and end not in taken and (
                (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN")) or (
                doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        head = doc[end - 1]
        if _apposed_group(doc, end, roles) and (i - 1 not in taken or not doc[i - 1].is_title):
            # "SWAPO, the Namibian guerrilla movement, said" (not the end of "Mozambique
            # National Resistance, the rebel movement": the name goes on before it)
            made.append(SpacySpan(doc, i, end, label="ORG"))
            after = end
            continue
        nxt = end
        while nxt < len(doc) and doc[nxt].is_lower and doc[nxt].pos_ in ("NOUN", "ADJ") \
                and doc[nxt].lower_ not in roles.group_nouns and nxt - end < 2:
            nxt += 1  # "special forces | unit"
        qualifies = nxt < len(doc) and doc[nxt].lower_ in roles.group_nouns \
            and doc[nxt].is_lower and head.dep_ in ("compound", "nmod", "conj")
        apposed = end == i + 1 and t.is_upper and (  # "a West African force, ECOMIL,"
            (t.dep_ == "appos" and t.head.lemma_.lower() in roles.group_nouns)
            or (i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in roles.group_nouns))
        if (qualifies or apposed) and not _people_word(doc[i:end], roles):
            made.append(SpacySpan(doc, i, end, label="ORG"))  # (not "a Hema militia")
        after = end
    return sorted([*ents, *made], key=lambda e: e.start) if made else ents


def _apposed_group(doc: Doc, end: int, roles: Roles) -> bool:
    """Whether the name ending before ``end`` has, set off by the comma at ``end``, an
    apposition whose head is a group noun ("SWAPO, the Namibian guerrilla movement, said",
    "the abolition of SARS, a police unit accused of …"): the apposition says what the name is
    (issue 12, h-ent60)."""
    return 0 < end < len(doc) and doc[end].text == "," and any(
        c.dep_ == "appos" and c.i > end and c.pos_ == "NOUN" and c.is_lower
        and c.lemma_.lower() in roles.group_nouns for c in doc[end - 1].children)


def _groups_of_members(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"fighters from Ansar Dine", "Fighters of the Maute group": an unlisted name whose
    members (``member_nouns``) the phrase counts is a group (an organisation), not the person
    NER saw nor the firm that "group" after it made (h-ent5)."""
    made = []
    for e in ents:
        firm_group = e.label_ == "Company" and e[-1].lower_ == "group" and len(e) > 1
        if e.ent_id_ or not (e.label_ == "PERSON" or firm_group):
            continue
        prep = e.root.head
        if prep.lower_ == "of" and _full_name_words(e, roles) and any(
                c.dep_ in ("amod", "compound", "nmod") and c.i < prep.head.i
                and c.text[:1].isupper() for c in prep.head.children):
            continue  # "the Kurdish rebels of X Y", "the UNITA rebels of X Y": their leader
        if e.root.dep_ == "pobj" and prep.lower_ in ("of", "from") \
                and prep.head.lower_ in roles.member_nouns and prep.head.i < prep.i:
            made.append(SpacySpan(doc, e.start, e.end, label="ORG"))
    return _replace(ents, made) if made else ents


def _movement_names(ents: list[SpacySpan], roles: Roles) -> dict[str, set[str]]:
    """Each lower-case word of the unlisted movements an article names → their keys: names
    with a ``movement_words`` word ("Communist Party of Nepal (Maoist)"), or a plural proper
    name ("Contras", also under its singular; not a people's, "Tamils"); not a listed state's
    body ("Army (Nepal)")."""
    out: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ not in ("Agency", "ORG") or e.ent_id_ and e.ent_id_.endswith(")"):
            continue
        words = {w.strip("()").lower() for w in _text(e).split()} - {"the", "of", "and"}
        if len(words) > 1 and words & roles.movement_words:
            for w in words - roles.movement_words:
                out.setdefault(w, set()).add(_span_key(e))
            for w in words & roles.movement_words:  # "Tiger" of "the Liberation Tigers"
                if w.endswith("s") and w[:-1] not in roles.movement_words:
                    out.setdefault(w[:-1], set()).add(_span_key(e))
        elif len(e) == 1 and e[0].tag_ in ("NNPS", "NNP") and e[0].text.endswith("s") \
                and not e[0].text.endswith("ss") \
                and e[0].lower_[:-1] not in roles.stateless_peoples:  # ("Tamils": a people)
            out.setdefault(e[0].lower_[:-1], set()).add(_span_key(e))  # "Contras"
    return out


def _movements_by_description(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """"Maoist rebels", "southern rebels", "the Contra rebels" (a word before a plural armed
    group noun, ``armed_words``): the word names the one movement of the article whose name
    holds it ("Communist Party of Nepal (Maoist)", "Southern Sudan Liberation Movement",
    "Contras"), so the description fills that movement's roles ("Sudan and southern rebels
    conclude peace deal"); none where no movement or several hold it ("Kurdish rebels" with no
    Kurdish movement named) (issue 12, s32 h-ent33)."""
    names = _movement_names(ents, roles)
    if not names:
        return ents
    # a word NER took alone, with no id ("Maoist" as a product, "Contra" as a group of people)
    loose = {e.start for e in ents if len(e) == 1 and e.ent_id_ in ("", e.text)
             and e.label_ not in ("Country", "Person", "PERSON", "GPE")}
    taken = _taken(ents) - loose
    made = []
    armed = roles.armed_words
    for i, lemma in enumerate(lemmas(doc)):  # (the lemma column first: a Token for few words)
        if not i or lemma not in armed:
            continue
        t = doc[i]
        if t.tag_ not in ("NNS", "NNPS"):
            continue
        word = doc[t.i - 1]
        keys = names.get(word.lower_, set())
        if word.i in taken or word.pos_ not in ("ADJ", "PROPN", "NOUN") or len(keys) != 1:
            continue
        made.append(_set_id(SpacySpan(doc, word.i, word.i + 1, label="Agency",
                                      span_id=next(iter(keys)))))
    return _replace(ents, made) if made else ents


def _speaking_movements(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Rebel leaders said", "a Tiger spokesman said", "guerrilla commanders say": an armed
    word (``armed_words``), a word of a movement's name or the singular of its plural name
    word ("Tiger" of "Liberation Tigers of …") modifying unnamed speakers of a movement
    (``movement_speakers``) who are the subject of a verb of speech names the one movement of
    the article it fits (dev R6, R8): an armed word fits every movement named, so only a story
    naming exactly one; a name word, the one movement whose name holds it, but a people's word
    ("Kanak", "Tamil") only before the movement's own voices (``movement_voices``: its
    spokesmen and commanders, not "Kanak leaders", a people's). Left alone: a speaker named in
    apposition ("a rebel spokesman, X, said": the person, R6), a word that
    is a state's ("Chechen officials" beside a Chechen government: a Country mention), several
    movements ("rebel leaders" in a story of two fronts)."""
    names = _movement_names(ents, roles)
    if not names:
        return ents
    every = {k for keys in names.values() for k in keys}
    taken = _taken(ents)
    made: list[SpacySpan] = []
    for speaker in (doc[i] for i in where(doc, LOWER, roles.movement_speakers)):
        if speaker.lower_ not in roles.movement_speakers or speaker.dep_ != "nsubj" \
                or speaker.head.lemma_.lower() not in roles.speech_verbs \
                or speaker.i == 0 or any(c.dep_ == "appos" for c in speaker.children):
            continue
        word = doc[speaker.i - 1]
        if word.i in taken or word.dep_ not in ("compound", "amod") or word.head.i != speaker.i:
            continue
        keys = every if word.lower_ in roles.armed_words else names.get(word.lower_, set())
        if (word.ent_type_ == "NORP" or word.lower_ in roles.stateless_peoples) \
                and speaker.lower_ not in roles.movement_voices:
            continue  # "Kanak leaders say": a people's leaders, no body (d390)
        if len(keys) != 1 or not (word.is_lower or word.is_title):
            continue
        made.append(_set_id(SpacySpan(doc, word.i, word.i + 1, label="Agency",
                                      span_id=next(iter(keys)))))
    return _replace(ents, made) if made else ents


def _pronoun_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Chile's president, X, said his army would stay in barracks", "President X wants to
    free his military from …": a service after "his"/"her" (``bare_services``; "military" too,
    a leader's whole armed forces) is that service of the state the last person named before
    it leads, in its sentence or else the sentence before: the one state the document's
    mentions of that person give by a state before their title or by relations.yaml's
    ``leader_states`` (``_leader_state``). A state's service named by an owner word is a
    mention in any position (E17, census of stop 54). None where no such state is found."""
    taken = _taken(ents)
    made: list[SpacySpan] = []
    for i in where(doc, LOWER, frozenset({"his", "her"})):
        start = _owned_start(doc, i)
        hit = _agency_noun(doc, start, roles) if start < len(doc) else None
        if hit is None or hit[1] not in roles.bare_services or _headline(doc[i].sent) \
                or any(k in taken for k in range(i, hit[0])) \
                or _not_the_body(doc, start, hit[0], roles):
            continue
        sent = doc[i].sent
        people = [e for e in ents if e.label_ in ("PERSON", "Person")
                  and sent.start <= e.start and e.end <= i]
        if not people and sent.start > 0:  # "… the fall of X. His army, armed first by …"
            before = doc[sent.start - 1].sent
            people = [e for e in ents if e.label_ in ("PERSON", "Person")
                      and before.start <= e.start < before.end]
        state = _leader_state(doc, ents, people[-1], roles) if people else None
        if state is not None:
            made.append(_set_id(SpacySpan(doc, i, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({state})")))
    return _replace(ents, made) if made else ents


def _leader_state(doc: Doc, ents: list[SpacySpan], person: SpacySpan,
                  roles: Roles) -> str | None:
    """The one state the document's mentions of ``person`` (the same last word) give: a state
    written before a title of theirs ("Canada's Prime Minister X"), else their full name in
    ``leader_states`` where the article names that state; None where none or several."""
    last = person[-1].text.removesuffix("'s").removesuffix("\u2019s")
    states = set()
    for e in ents:
        if e.label_ not in ("PERSON", "Person") \
                or e[-1].text.removesuffix("'s").removesuffix("\u2019s") != last:
            continue
        found = _titled_state(doc, ents, e, roles)
        state = found[1] if found is not None else None
        if state := state or _listed_leader_state(ents, e, roles):
            states.add(state)
    return next(iter(states)) if len(states) == 1 else None


def _speaking_police(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"West Berlin police said …", "the Hokkaido police reported": a place's name (capitalised
    proper nouns, a state's, a town's or a province's) right before a police noun (roles.yaml
    ``police_nouns``) that is the subject of a saying verb is that place's police force
    speaking, the Agency "<place> Police" (dev R8: a body's unnamed members give the body;
    h-rep64). Police who act ("Afghan police patrol …") or are sent ("34 police"), and a
    bare "police said" (whose force the text does not name), are left as they were."""
    saying = roles.speech_verbs | {"report"}
    made = []
    for noun in (doc[i] for i in where(doc, LOWER, roles.police_nouns)):  # (no Token per word)
        if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in saying:
            continue
        start = noun.left_edge.i + (noun.left_edge.dep_ == "det")
        words = doc[start:noun.i]
        if len(words) and all(t.pos_ == "PROPN" and t.is_title for t in words):
            made.append(_set_id(SpacySpan(doc, start, noun.i + 1, label="Agency",
                                          span_id=f"{words.text} Police")))
    return _replace(ents, made) if made else ents


def _national_police(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Colombia's police", "the Serbian police", "Somalia's police force": a state named as
    the owner (possessive) or after "the", right before a police noun (roles.yaml
    ``police_nouns``) that heads its phrase, is that state's national police force, the Agency
    that organisations.yaml lists under the key "Police (<State>)" (dev d410, d493, d620, d793,
    d841); so is a bare "Albanian police said" whose police speak (dev E9: the force is the
    claimant; s68 h-ent31). Only such listed states: one with several forces ("the Mexican
    police") names none; a bare "Iraqi police remained" (no owner, no article) is the men, as
    dev gold reads it; a police noun that modifies another ("Colombia's police chief") names
    the chief's office."""
    if gaz.roles.police_nouns.isdisjoint(vocabulary(doc)):
        return ents  # (gate: every force it names is one of these nouns)
    saying = gaz.roles.speech_verbs | {"report"}
    made = []
    for state in ents:
        if state.label_ != "Country" or not state.ent_id_ or state.end >= len(doc):
            continue
        at = state.end + (doc[state.end].lower_ in POSSESSIVE)
        start = state.start + (doc[state.start].lower_ == "the")  # ("the Serbian" is one span)
        owned = at > state.end or start > state.start or state.start > 0 and \
            doc[state.start - 1].lower_ == "the"
        if at >= len(doc) or doc[at].lower_ not in gaz.roles.police_nouns:
            continue
        end = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "force")
        head = doc[end - 1]
        if not owned and not (head.dep_ == "nsubj" and head.head.lemma_.lower() in saying):
            continue  # "Iraqi police remained": the men, unless they speak
        if head.dep_ in ("compound", "amod") and head.head.i >= end:
            continue  # "Colombia's police chief": another noun's modifier
        key = f"Police ({state.ent_id_})"
        entry = gaz.lookup(key)
        if entry is not None and entry.cls == "Agency":
            made.append(_set_id(SpacySpan(doc, start, end, label="Agency", span_id=key)))
    return _replace(ents, made) if made else ents


def _unit_head(tok: Token, ordinal: bool, roles: Roles) -> bool:
    """A unit's head word: capitalised ("Squadron"), or lower case after an ordinal ("the
    201st division", "the 41st tactical air squadron"), as news writes a unit named before."""
    return tok.text in roles.unit_heads or ordinal and tok.is_lower \
        and tok.text.title() in roles.unit_heads


UNIT_NAME_WORDS = 4  # "the 3rd Armored Brigade Combat Team"


def _numbered_units(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"men of 42 Commando", "3 Commando Brigade arrived", "the 201st Motor Rifle Division",
    "No. 75 Squadron": a number of one to three digits or an ordinal (with "No." before it)
    and up to four words ending in a unit's head word name a military unit, an Agency (NER
    tags the number a cardinal and the rest, if anything, an organisation, or a weapon for
    "Motor Rifle"); capitalised words after a cardinal, lower case ones too after an ordinal
    ("the 201st division"); not where the words modify a noun ("14 Squadron pilots"), a count
    of things, or hold a listed entity (issue 12)."""
    if not where(doc, LOWER, lowered(roles.unit_heads)):
        return ents  # no unit's head word in any case (``_unit_head``): no unit
    by_token = _covers(ents)
    made = []
    digits = numpy.flatnonzero(doc.to_array(IS_DIGIT)).tolist()
    ordinals = set(matching(doc, ORTH, ORDINAL))
    for t in map(doc.__getitem__, sorted({*digits, *ordinals})):
        ordinal = t.i in ordinals
        if not (ordinal or t.is_digit and len(t) <= 3) or t.i + 1 >= len(doc) \
                or not (doc[t.i + 1].is_title or ordinal and doc[t.i + 1].is_lower):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= UNIT_NAME_WORDS and doc[end].is_alpha and (
                doc[end].is_title or ordinal and doc[end].is_lower):
            end += 1
        while end > t.i + 1 and not _unit_head(doc[end - 1], ordinal, roles):
            end -= 1
        if end == t.i + 1 or end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") \
                or any(by_token[i].ent_id_ or by_token[i].label_ in ENTITY_CLASSES
                       and by_token[i].label_ != "Weapon"
                       for i in range(t.i + 1, end) if i in by_token):
            continue
        start = t.i - 2 if t.i > 1 and doc[t.i - 2].text == "No" and doc[t.i - 1].text == "." \
            else t.i - 1 if t.i > 0 and doc[t.i - 1].text == "No." else t.i  # "No. 75 Squadron"
        if any(by_token[i].end > end for i in range(t.i, end) if i in by_token):
            continue  # a longer name found before: "the 1st Battalion of the … Regiment"
        if (x := by_token.get(t.i)) is not None and x.label_ == "ORG" \
                and _bare_start(x) < start and x.end == end \
                and all(w.is_title for w in doc[_bare_start(x):start]):
            continue  # "the Royal 22nd Regiment": a name before the number is the unit's
        after = end + 2 if doc[end + 1:end + 2].text.lower() == "the" else end + 1
        if doc[end:end + 1].text == "," and after in by_token \
                and by_token[after].label_ in ("ORG", "Agency") \
                and not (doc[after].is_digit or ORDINAL.match(doc[after].text)):
            continue  # "the 1st Battalion, the Parachute Regiment": one name, left as NER has it
        made.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _ordinal_run_end(doc: Doc, start: int) -> int:
    """End of "27th Infantry", "2nd Cavalry Regiment": an ordinal at ``start`` and up to three
    capitalised words after it; ``start`` where there is none."""
    if start >= len(doc) or not ORDINAL.match(doc[start].text):
        return start
    end = start + 1
    while end < len(doc) and end - start <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end if end > start + 1 else start


def _regiment_run_end(doc: Doc, start: int, roles: Roles) -> int:
    """End of "Parachute Regiment", "2nd King Edward VII's Own Gurkha Rifles": up to eight
    capitalised words from ``start`` (an ordinal first, a possessive inside) whose last is a
    unit's or a regiment's head word (``unit_heads``, ``regiment_words``); ``start`` when
    there is none."""
    end = i = start
    while i < len(doc) and i - start < 8:
        t = doc[i]
        if not (t.is_alpha and (t.is_title or t.is_upper) or i == start and ORDINAL.match(t.text)
                or i > start and t.text in POSSESSIVE):
            break
        i += 1
        if t.text in roles.unit_heads or t.text in roles.regiment_words:
            end = i
    return end


def _battalions_of_regiments(doc: Doc, ents: list[SpacySpan], roles: Roles
                             ) -> list[SpacySpan]:
    """"the 1st Battalion, the Parachute Regiment", "the 1st Battle Group, 27th Infantry": a
    numbered unit, a comma and the regiment it belongs to (a unit's name with its head word,
    or an ordinal and capitalised words) are one unit's name, one Agency, as armies write it
    (issue 12)."""
    by_end = {e.end: e for e in ents if not e.ent_id_}
    by_start = {e.start: e for e in ents if not e.ent_id_}
    made = []
    for c in (doc[i] for i in where(doc, ORTH, (",",))):
        left = by_end.get(c.i)
        start = None
        if left is not None and left.label_ in ("ORG", "Agency"):
            first = left.start + (left[0].lower_ == "the" and len(left) > 1)
            start = first if ORDINAL.match(doc[first].text) else None
        elif c.i >= 2 and ORDINAL.match(doc[c.i - 2].text) \
                and doc[c.i - 1].text in roles.unit_heads:
            start = c.i - 2  # "the 1st Battalion," that NER left alone
        if start is None:
            continue
        j = c.i + 1 + (doc[c.i + 1:c.i + 2].text.lower() == "the")
        right = by_start.get(j) or by_start.get(c.i + 1)
        if right is not None and right[-1].text in roles.formation_heads:
            continue  # "the 3rd Armored Brigade Combat Team, 4th Infantry Division": two units
        if right is not None and right.label_ in ("ORG", "Agency") and (
                right[-1].text in roles.unit_heads or right[-1].text in roles.regiment_words
                or ORDINAL.match(right[right[0].lower_ == "the" and len(right) > 1].text)):
            end = right.end
        elif (end := _regiment_run_end(doc, j, roles)) > j and not any(
                e.ent_id_ for e in ents if j <= e.start < end or j < e.end <= end):
            pass  # "the 2nd Battalion, Parachute Regiment," that NER left in pieces or alone
        elif (end := _ordinal_run_end(doc, j)) == j or j in by_start or any(
                i in by_start or i in by_end for i in range(j + 1, end)):
            continue
        if doc[end - 1].text == doc[c.i - 1].text or doc[end:end + 1].text in ("and", "or"):
            continue  # "the 2nd Battalion, the 3rd Battalion and …": a list of units
        made.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _group_apposition(e: SpacySpan, roles: Roles) -> bool:
    """"the main opposition group, Al Karim, said", "Al Karim, the rebel movement, said", "the
    environmental group Terra Nova said": a name in apposition to (or right after) a
    lower-case group noun, not one that a preposition governs ("a spokesman for the group,
    Ali Karim": the parser may hang the spokesman's name there; h-ent10)."""
    root, doc = e.root, e.doc
    # the noun's phrase touches the name's comma: not "The rebels, led by a politician, X,"
    nouns = [c for c in root.children if c.dep_ == "appos" and c.left_edge.i == e.end + 1
             and doc[e.end].text == ","]
    if root.dep_ == "appos" and root.head.i == e.start - 2 and doc[e.start - 1].text == ",":
        nouns.append(root.head)
    if e.start > 0:
        nouns.append(doc[e.start - 1])
    return any(n.is_lower and n.lower_ in roles.group_nouns and n.dep_ != "pobj"
               for n in nouns)


def _groups_by_noun(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the opposition Syriza party", "the Karvo militia": an unlisted name NER took for a
    place or a person that qualifies a group noun is that group's name (``_named_groups``
    does the same for names NER left untagged); so is a name NER took for a person in
    apposition to one (``_group_apposition``)."""
    made = []
    for e in ents:
        if e.label_ not in ("GPE", "LOC", "PERSON") or e.end >= len(doc) or e.ent_id_:
            continue
        nxt = doc[e.end]
        if nxt.is_lower and nxt.lower_ in roles.group_nouns \
                and e.root.dep_ in ("compound", "nmod") and e.root.head.i == nxt.i \
                or e.label_ == "PERSON" and _group_apposition(e, roles):
            made.append(SpacySpan(doc, e.start, e.end, label="ORG"))
    return _replace(ents, made) if made else ents


NAME_GUESS_LABELS = frozenset({"GPE", "LOC", "NORP", "PERSON"})


def _armed_group_names(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the Anyanya guerrilla army", "the former Seleka rebel leader" (d409, d335): one
    unlisted name after a definite determiner, before "rebel"/"guerrilla" and a singular
    group or leader noun, names that armed group (an organisation), and so does the same word
    elsewhere in the document, whatever NER made of it ("supplying the Anyanya with mortars",
    "the Seleka fighters"). Not a demonym or a stateless people's adjective (``roles``
    group_adjectives, stateless_peoples: "the Chechen rebel commander"), nor an indefinite
    phrase ("a Tamil rebel group": some group of Tamils)."""
    roles = gaz.roles
    held = _covers(ents)
    names: set[str] = set()
    for c in (doc[i] for i in where(doc, LOWER, roles.armed_group_cues)):
        if c.i < 2 or c.i + 1 >= len(doc) or not c.is_lower:
            continue
        head, name = doc[c.i + 1], doc[c.i - 1]
        if head.lower_ not in roles.armed_group_heads or head.tag_ != "NN" or not name.is_title \
                or not name.is_alpha or name.lower_ in gaz.demonym_set \
                or name.lower_ in roles.group_adjectives or name.lower_ in roles.title_words \
                or name.lower_ in roles.stateless_peoples:
            continue
        e = held.get(name.i)
        if e is not None and (e.ent_id_ or len(e) > 1 or e.label_ not in NAME_GUESS_LABELS):
            continue
        det = next((t for t in reversed(doc[max(0, name.i - 3):name.i])  # the nearest
                    if t.lower_ in ("the", "a", "an") or t.text in POSSESSIVE), None)
        if det is not None and det.lower_ != "a" and det.lower_ != "an":
            names.add(name.text)
    if not names:
        return ents
    made = [SpacySpan(doc, t.i, t.i + 1, label="ORG") for t in map(doc.__getitem__,
                                                                      where(doc, ORTH, names))
            if (e := held.get(t.i)) is None and t.pos_ in ("PROPN", "NOUN", "ADJ")
            or e is not None and len(e) - (e[0].lower_ == "the") == 1 and not e.ent_id_
            and e.label_ in NAME_GUESS_LABELS]
    return _replace(ents, made) if made else ents


# ------------------------------------------------------------------ where a new name's span ends
# NER cuts a name it does not know at its function words, its number or its possessive, and the
# gazetteer cannot mend what it does not list (issue 12, h-ent83): these rules give such a name
# its whole span back.

_BRANCH_LINK = ("in", "the")  # "<group> in the <Region>": a group's regional branch


def _group_branches(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Islamic State in the Greater Sahara", "al Qaeda in the Islamic Maghreb": a listed
    group of ``franchised_groups`` with "in the" and capitalised words after it names that
    group's regional branch, one Agency, not the group and a place; a listed country after
    "in the" is where the group is ("Islamic State in the Philippines")."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        end = e.end + len(_BRANCH_LINK)
        if e.ent_id_ not in roles.franchised_groups or end >= len(doc) \
                or tuple(t.lower_ for t in doc[e.end:end]) != _BRANCH_LINK \
                or not doc[end].is_title:
            continue
        stop = _title_run(doc, end, len(doc), 1)
        place = by_start.get(e.end + 1) or by_start.get(end)
        if place is not None and (place.label_ == "Country" or place.end > stop):
            continue
        made.append(SpacySpan(doc, e.start, stop, label="Agency"))
    return _replace(ents, made) if made else ents
