"""Rules for places: towns, regions, natural features, facilities, stations and venues
named by their heads, cues or prepositions, places listed or inside places, compass regions
and countries, and places NER took for people."""

from __future__ import annotations

import calendar
from itertools import pairwise

from spacy.attrs import DEP, LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, GazetteerEntry, Roles
from kg.extract.person_cues import full_name_words, person_cued, person_marked
from kg.extract.places import (
    capitals,
    cities,
    city_state,
    country_code,
    fold,
    listed_place,
    state_code,
    subdivision_states,
    subdivisions,
)
from kg.extract.refine.spans import (
    LOCAL_PREPS,
    PLACE_LABELS,
    POSSESSIVE,
    _bare_start,
    _body_named,
    _conjuncts,
    _covers,
    _replace,
    _set_id,
    _taken,
    _text,
    _title_run,
)
from kg.extract.tokens import where, with_pos
from kg.model import ENTITY_CLASSES


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


# NER's odd labels for a town it does not know ("at Stettin": LANGUAGE, "from Severomorsk":
# PRODUCT): tested as a place where an organisation's name would be (issue 12)
ODD_PLACE_LABELS = ("PRODUCT", "LANGUAGE", "WORK_OF_ART", "EVENT")
TIME_LABELS = ("DATE", "TIME", "FAC")  # NER's reading of "in Winnipeg", "at Rota" (h-reg3)
# (months and weekdays, which stay dates: "in March", and Marche is a town)
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)
PLACE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "around", "off", "between",
               "towards", "toward", "through", "via"}  # "rotate through Darwin" (h-ent3)
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


# where a "<town>, <state>" ends
QUALIFIER_ENDS = {",", ".", ";", ":", ")", "-", "\u2013", "\u2014"}


def _qualified_towns(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"a plant in Lima, Ohio", "LA PAZ, Mexico, Aug 14", "the village of Santo Domingo in
    Cauca province": a capital's name that a place of another state qualifies (set off by a
    comma, or after "in") is that town, a place, not the capital's state (dev E12:
    other cities are Regions). The qualifier ends the phrase, so a list of capitals or states
    ("Paris, London and Bonn", "Lima, Mexico and Chile") is no qualifier, nor a state that
    the capital's state followed or preceded ("MOSCOW, USSR": countries.yaml's eras)."""
    linked = {frozenset((e.state, e.successor)) for e in gaz.eras}
    places = {e.start: e for e in ents if e.label_ in (*PLACE_LABELS, "Country")}
    towns: dict[tuple[str, str], set[str]] = {}  # (capital's state, folded name) → town keys
    for e in ents:
        if e.label_ == "Country" and e.ent_id_ and e.end + 1 < len(doc) \
                and doc[e.end].lower_ in (",", "in") and (q := places.get(e.end + 1)) \
                and (where := _other_state(e, q, gaz.roles)) \
                and frozenset((e.ent_id_, q.ent_id_)) not in linked:
            # keyed "<town> (<qualifier>)" as the gold disambiguates a namesake, so the
            # resolver does not take the town's name back to the capital's state
            towns.setdefault((e.ent_id_, fold(_text(e))), set()).add(
                f"{_name_case(_text(e))} ({where})")
    if not towns:
        return ents
    # the name alone elsewhere in the story ("pact signed in La Paz" over "LA PAZ, Mexico")
    # is that town too, where the story qualifies it one way only
    return [_set_id(SpacySpan(doc, e.start, e.end, label="Region", span_id=next(iter(town))))
            if e.label_ == "Country" and len(town := towns.get((e.ent_id_, fold(_text(e))),
                                                                ())) == 1
            else e for e in ents]


def _name_case(name: str) -> str:
    """A dateline's capitals as a name is written ("LA PAZ" → "La Paz")."""
    return name.title() if name.isupper() else name


def _other_state(town: SpacySpan, q: SpacySpan, roles: Roles) -> str | None:
    """The name of place ``q`` after capital ``town`` where it names another state's land and
    ends the phrase (`_qualified_towns`), else None."""
    name = _text(town)
    if fold(name) not in cities() or state_code(name) is not None:
        return None  # a state's own name ("Mexico, Peru and Chile"), or no town's
    end = q.end + (q.end < len(town.doc) and town.doc[q.end].lower_ in roles.place_nouns)
    after = town.doc[end] if end < len(town.doc) else None  # (past "province")
    if after is not None and after.text not in QUALIFIER_ENDS or q.root.dep_ == "conj" \
            or fold(_text(q)) in capitals():
        return None  # one of a list of places
    if q.label_ == "Country":
        return q.ent_id_ if q.ent_id_ and q.ent_id_ != town.ent_id_ else None
    words = _text(q).split()
    if len(words) > 1 and words[-1].lower() in roles.place_nouns:
        words = words[:-1]  # "Cauca province"
    place = " ".join(words)
    codes = subdivision_states().get(fold(place))
    return _name_case(place) if codes and country_code(town.ent_id_) not in codes else None


def _places(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name NER took for a person or an organisation that is a region ("Uttar Pradesh"),
    a town after a place preposition ("at Rzeszow", "in Istres"), a one-word name right after
    "in"/"at"/"near" ("a camp in Rann"), a name before a place noun ("the Arava valley") or
    in a list of places ("bases including Apiay and Malambo") is a place."""
    out = []
    surnames = {e[-1].lower_.split("-")[-1] for e in ents if e.label_ == "PERSON" and len(e) > 1}
    for e in ents:
        if _timed_town(e):
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))
            continue
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
                and not (e.label_ == "PERSON" and (_apposed_to_post(e, roles)
                                                   or person_marked(e, roles)))):
            e = SpacySpan(doc, e.start, e.end, label="GPE")
        out.append(e)
    return _untagged_places(doc, out, roles)


def _timed_town(e: SpacySpan) -> bool:
    """"overhauled in Winnipeg", "a naval base at Rota": a listed town or region (places.
    listed_place) after a place preposition that NER read as a date, a time or a facility is
    that place; a month's or a weekday's name stays a date ("in March": Marche is a town)."""
    if e.label_ not in TIME_LABELS or e.ent_id_ or e.start == 0 or len(e) > 3 \
            or not all(t.is_title and t.is_alpha for t in e):
        return False
    return e.doc[e.start - 1].lower_ in PLACE_PREPS \
        and not any(t.lower_ in CALENDAR_WORDS for t in e) and listed_place(fold(_text(e)))


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
                or e.label_ == "PERSON" and (_apposed_to_post(e, roles)
                                             or person_marked(e, roles)):
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


def _joined_places(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"to the regions of Tumbes and Puno", "in Tarija, Santa Cruz, Cochabamba and
    Chuquisaca", "the islands of Thasos, Samothrace and Lesbos": one place NER made of two
    or three names joined by "and" (or commas), each the parser's conjunct of the name
    before, is each name its own place, where the whole is no name the gazetteer or the
    place lists know ("Trinidad and Tobago", "Jammu and Kashmir", "Newfoundland and
    Labrador" stay whole) and shares no plural head ("the Andaman and Nicobar Islands",
    ``_shared_heads``); where a name of the span is a listed town or region (or a name of
    the list before it a place the gazetteer keys), or the list is the object of "of" after
    a place noun ("the islands of Thasos, Samothrace and Lesbos"), not a firm's ("from
    MacDonald, Dettwiler and Associates", which NER may also call a place); never with a
    body's, firm's or outlet's word or a word of a person's full name in the story (issue 12,
    stop 74, h-slice74; ``_joined_members`` does this for spans NER gave another label)."""
    roles = gaz.roles
    people = {fold(w) for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
              for w in _text(e).split()}
    held = _covers(ents)

    def known(m: SpacySpan) -> bool:
        entry = gaz.lookup(m.text)
        return listed_place(fold(m.text)) \
            or entry is not None and entry.cls in ("Country", "Region")

    def place_list(e: SpacySpan, parts: list[SpacySpan]) -> bool:
        names = _conjuncts(parts[0].root)  # the whole list, names before the span included
        others = [held.get(n.i) for n in names if not e.start <= n.i < e.end]
        first = names[0]
        return any(known(m) for m in parts) or any(  # (others: places the gazetteer keys)
            x is not None and x.ent_id_ and x.label_ in ("Country", "Region") for x in others) \
            or first.dep_ == "pobj" and first.head.lower_ == "of" \
            and first.head.head.lemma_.lower() in roles.place_nouns

    made = []
    for e in ents:
        if e.label_ not in ("GPE", "LOC") or e.ent_id_ or "and" not in (t.lower_ for t in e) \
                or e[-1].text in roles.shared_place_heads or gaz.lookup(e.text) is not None \
                or listed_place(fold(e.text)):
            continue
        parts, start = [], e.start
        for i in range(e.start, e.end + 1):
            if i == e.end or doc[i].text in LIST_SEPARATORS:
                parts.append(doc[start:i])
                start = i + 1
        if len(parts) < 2 or any(
                not 0 < len(m) <= 3 or any(
                    not (t.is_title and t.is_alpha and t.pos_ == "PROPN")
                    or t.text in roles.org_heads or t.text in roles.company_suffixes
                    or t.text in roles.media_heads or fold(t.text) in people for t in m)
                for m in parts) \
                or any(m.root.dep_ != "conj" or not prev.start <= m.root.head.i < prev.end
                       for prev, m in zip(parts, parts[1:], strict=False)) \
                or not place_list(e, parts):
            continue
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
    head is a body ("Left Alliance"), but for a sea bank used as a place ("near Reed Bank",
    ``_sea_bank``); an unlisted place that a lower-case feature noun follows takes it into
    its name ("the Cunene river", "the Barents seas"), as news spells and the gold
    conventions write it."""
    out = []
    for e in ents:
        if e.ent_id_:
            out.append(e)
        elif _sea_bank(e, roles) \
                or e.label_ in ("ORG", "PERSON") and len(e) > 1 and e[-1].is_title \
                and (e[-1].lower_ in roles.feature_nouns or e[-1].text in roles.structure_heads) \
                and not (e.label_ == "PERSON" and (person_marked(e, roles)
                                                   or _joined_to_person(e, ents, roles))):
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


def _sea_bank(e: SpacySpan, roles: Roles) -> bool:
    """"a confrontation at Reed Bank", "vessels sent to the Medina Bank", "the Pedro Bank
    area": an unlisted name whose last word ends a body's and a sea feature's name alike
    (roles feature_org_heads) names the feature where the text uses it as a place: the
    object of a place preposition that no body's people hang on ("an analyst at Acme Bank",
    "officials at Acme Bank": roles venue_members, staff_nouns), the goal of a verb of
    moving forces, or a name before a place noun; never with a lender's word in it ("the
    Central Bank", bank_words) (issue 12, h-slice77)."""
    words = e[1:] if e[0].lower_ == "the" else e
    if e.label_ not in ("ORG", "PERSON", "GPE") or not 1 < len(words) <= 3 \
            or words[-1].text not in roles.feature_org_heads \
            or not all(t.is_title and t.pos_ == "PROPN" for t in words) \
            or any(t.text in roles.bank_words or t.text in roles.institution_words
                   for t in words) or _body_named(words[:-1], roles):
        return False
    doc = e.doc
    if e.end < len(doc) and doc[e.end].is_lower and doc[e.end].lower_ in roles.place_nouns:
        return True  # "the Pedro Bank area"
    root, prep = e.root, e.root.head
    return root.dep_ == "pobj" and (
        prep.lower_ in roles.local_preps
        and prep.head.lower_ not in roles.venue_members | roles.staff_nouns
        or _moved_to(prep, roles))


def _joined_to_person(e: SpacySpan, ents: list[SpacySpan], roles: Roles) -> bool:
    """"A B and X Ridge signed": a name coordinated with another person's full name, one that
    no feature's word ends, is a person too, though its last word is a feature's; two
    features' names NER took for people ("X Ridge and Y Ridge") mark each other nothing
    (issue 12, s71 h-ent42)."""
    people = {i for x in ents if x.label_ in ("PERSON", "Person") and len(x) > 1
              and x.start != e.start and x[-1].lower_ not in roles.feature_nouns
              and x[-1].text not in roles.structure_heads for i in range(x.start, x.end)}
    root = e.root
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    return any(t.i in people for t in joined)


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
    said"); institution words keep "at the Supreme Court" a body (issue 12, h-ent9), and so do
    the body's people that the preposition hangs on ("students at Acme University"; s65 h-ent24)."""
    words = [t for t in e if t.pos_ != "DET" and t.text != "-"]  # "at Al-Yamamah Palace"
    return len(words) > 1 and words[-1].text in roles.venue_nouns \
        and all(t.is_title for t in words) \
        and not any(t.text in roles.institution_words for t in words) \
        and e.root.dep_ == "pobj" and e.root.head.lower_ in roles.venue_preps \
        and e.root.head.head.lower_ not in roles.venue_members


def _feature_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised word of a name: a title-case word, one with a capital
    inside ("McMahon", "DeGaulle"), or a hyphen with no space between two capitalised words
    ("Oder-Neisse", "Bar-Lev")."""
    t = doc[i]
    if t.text == "-":
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not t.whitespace_ \
            and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()
    return t.is_alpha and (t.is_title or t.text[:1].isupper() and t.text[1:2].islower())


# NER's labels for an unlisted word of a place's name that a feature or facility noun follows
NAME_GUESSES = ("ORG", "PERSON", "NORP", "PRODUCT")


def _feature_name_start(doc: Doc, end: int, held: dict[int, SpacySpan]) -> int | None:
    """Start of the run of (at most three) capitalised words ending at token ``end`` - 1 that
    no listed name holds and NER took for nothing but a name, a people or a product ("the Bocay"
    NORP, "the Acme basin" PRODUCT: NER's guess for a name it does not know; s69 h-reg1);
    None where there is none."""
    start = end
    while start > 0 and end - start < 3 and _feature_word(doc, start - 1) \
            and not doc[start - 1].is_sent_start \
            and ((x := held.get(start - 1)) is None and doc[start - 1].pos_ in ("PROPN", "PUNCT")
                 or x is not None and not x.ent_id_ and (
                     x.label_ in NAME_GUESSES
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
    place noun (roles place_heads) with a name after it is that place (and one opening with a
    building's word that building: ``_building_named``); so is one that a particle and a
    capitalised word after it make a known town or region's name ("Rio Grande | do Sul"),
    which they join (h-ent45)."""
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
                and (doc[start + 1].is_title or doc[start + 1].lower_ in roles.place_particles)) \
                or _building_named(doc, start, e.end, roles):
            made.append(SpacySpan(doc, start, end, label="GPE"))
    return _replace(ents, made) if made else ents


def _building_named(doc: Doc, start: int, end: int, roles: Roles) -> bool:
    """"signed at the Palais des X", "pilgrims travel to the Gurdwara X Y": a name that opens
    with a building's word (roles building_heads) and ends in a capitalised word names that
    building, a Region (E12: venues are Regions), not a body (s67 h-typ3)."""
    return end - start >= 2 and doc[start].text in roles.building_heads and doc[end - 1].is_title


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


INDEFINITE = frozenset({"a", "an"})


def _named_facilities(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Inga hydroelectric dam", "the Preah Vihear temple", "the Race Course ground": an
    unlisted capitalised name before a lower-case facility noun that heads its phrase (one
    kind word may stand between) names that place with the noun, as "Murted air base" does;
    "Israel ground troops" (the noun modifies another) and listed names are left alone, and so
    is a name after an indefinite article ("a <city> hotel", "a <people> temple": one such place
    there, no name; s69 h-reg1)."""
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
                for i in range(start, end)) or doc[end - 1].text in roles.org_heads \
                or start > 0 and doc[start - 1].lower_ in INDEFINITE:
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
    nor "RAF Regiment" (a body's head) (h-ent48); so do a service's full name and a station
    word (roles station_words) before the place: "Canadian Forces Base Gagetown" (h-ent83)."""
    prefixed = where(doc, ORTH, roles.station_prefixes)
    worded = where(doc, ORTH, roles.station_words)
    if not prefixed and not worded:
        return ents
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in prefixed):
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha \
                and doc[end].pos_ == "PROPN" and doc[end].lower_ not in roles.title_words \
                and doc[end].text not in roles.org_heads \
                and ((h := held.get(end)) is None or not h.ent_id_ and h.label_ != "Weapon"):
            end += 1
        if end == t.i + 1 or end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            continue
        made.append(SpacySpan(doc, t.i, end, label="GPE"))
    for w in (doc[i] for i in worded):
        start = _station_service_start(doc, w.i, held, roles)
        end = w.i + 1
        while start is not None and end < len(doc) and end - w.i <= 2 and doc[end].is_title \
                and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
                and ((h := held.get(end)) is None or h.label_ in PLACE_LABELS):
            end += 1  # "… Base Edmonton": a listed town names its base too
        if end == w.i + 1 or end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            continue
        made.append(SpacySpan(doc, start, end, label="GPE"))
    return _replace(ents, made) if made else ents


def _capital_airports(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"landed at Harare airport", "Bamako international airport": a place "<Name> airport"
    (printed lower-case) whose name the gazetteer lists as a state (a capital stands for its
    state) is that name alone, a mention of the state, as "the airport of <capital>" is (dev
    E12: no airport entity); "Entebbe airport" and "Lanseria airport" stay places (h-ent89).
    So do the airports of a state that was once a territory (countries.yaml's territory_eras:
    "Pristina airport" in 1999), as the story's year, which decides, is read later."""
    once_territories = {t.state for t in gaz.territories}
    out = []
    for e in ents:
        end = e.end - 1
        if end - 1 > e.start and doc[end - 1].lower_ == "international":
            end -= 1
        entry = gaz.lookup(doc[e.start:end].text) \
            if e.label_ == "Region" and not e.ent_id_ and e[-1].text == "airport" \
            and end > e.start else None
        if entry is None or entry.cls != "Country" or entry.label in once_territories:
            out.append(e)
            continue
        out.append(_set_id(SpacySpan(doc, e.start, end, label=entry.cls, span_id=entry.label)))
    return out


def _state_zones(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"strayed across the demilitarised zone", "forces along the demilitarized zone": a
    lower-case zone phrase of ``state_zones`` in an article that names one of its states is
    that states' named zone, a Region (dev E12); elsewhere it names no place (h-ent89)."""
    zones = roles.state_zones
    if not zones:
        return ents
    named = {e.ent_id_ for e in ents if e.label_ == "Country"}
    held = _covers(ents)
    made = []
    for i in where(doc, LOWER, {words[0] for words in zones}):
        for words, (place, states) in zones.items():
            end = i + len(words)
            if tuple(t.lower_ for t in doc[i:end]) == words and doc[i].is_lower \
                    and not named.isdisjoint(states) \
                    and all(held.get(k) is None for k in range(i, end)):
                made.append(_set_id(SpacySpan(doc, i, end, label="Region", span_id=place)))
    return _replace(ents, made) if made else ents


def _town_states(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"sailing to Bremerton, Washington, where", "in Everett, Washington, and": a name of
    ``town_states`` set off by commas after an unlisted town is the town's state, a Region,
    not the country of the capital of that name ("Beijing, Washington and New Delhi": listed
    capitals; "Kurt Volker, Washington's envoy": a person) (h-ent89, stop 83)."""
    held = _covers(ents)
    out = []
    for e in ents:
        place = roles.town_states.get(_text(e)) if e.label_ == "Country" and e.start >= 2 \
            and doc[e.start - 1].text == "," and e.end < len(doc) \
            and doc[e.end].text in (",", ".") else None
        town = held.get(e.start - 2)
        if place is None or town is None or town.ent_id_ \
                or town.label_ not in ("GPE", "LOC", "Region"):
            out.append(e)
            continue
        out.append(_set_id(SpacySpan(doc, e.start, e.end, label="Region", span_id=place)))
    return out


def _station_service_start(doc: Doc, word: int, held: dict[int, SpacySpan], roles: Roles
                           ) -> int | None:
    """Where the service's full name before a station word (roles station_words) starts:
    "Canadian Forces Base", "Royal Australian Air Force Base": capitalised words that end in a
    service's last word (roles capital_services) and open with a listed state's name, a
    force_name_prefixes word before it or not; else None ("Moody Air Force Base" ends a base
    named after its place, "Naval Station" opens a name of its own)."""
    if word < 2 or doc[word - 1].text not in roles.service_ends:
        return None
    for i in range(word - 2, max(word - 6, -1), -1):
        if not doc[i].is_title and not doc[i].is_upper or doc[i].pos_ != "PROPN":
            return None
        h = held.get(i)
        if h is not None and h.start == i and h.ent_id_ and h.label_ == "Country":
            return i - 1 if i and doc[i - 1].text in roles.force_name_prefixes else i
    return None


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
    no state taking part. A demonym hyphened to the time noun ("Soviet-era jets", "Soviet-era
    debt", `_glued_era`) says whose the thing was, as "Soviet-made" does: a mention of the
    state (dev README stop 57's (30), h-fold75a's (37): 22 readable files to 4)."""
    def dating(e: SpacySpan) -> bool:
        word = e[-1]
        start = word.i
        if e.label_ != "Country" or word.text == e.ent_id_ \
                or not (len(e) == 1 or e[0].lower_ == "the"):
            return False
        if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("post", "pre"):
            return True
        return not _glued_era(word, roles) and word.dep_ in ("amod", "compound") \
            and word.head.lemma_.lower() in roles.time_nouns
    return [e for e in ents if not dating(e)]


def _glued_era(word: Token, roles: Roles) -> bool:
    """"Soviet-era": the word, a hyphen and a time noun written as one word (the parser may
    hang the time noun anywhere: "tow Soviet-era and Finnish-made guns" makes it the object)."""
    doc = word.doc
    return word.i + 2 < len(doc) and not word.whitespace_ and doc[word.i + 1].text == "-" \
        and not doc[word.i + 1].whitespace_ and doc[word.i + 2].lower_ in roles.time_nouns


def _language_demonyms(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the two Portuguese-speaking countries", "French-speaking Africa": a demonym hyphened to
    a participle of language (roles.yaml `language_participles`) names a language, no state
    (run after ``places_named_elsewhere``, which would tag it from the state's other mentions;
    issue 12, s65 h-sig22)."""
    def language(e: SpacySpan) -> bool:
        return e.label_ == "Country" and len(e) == 1 and e.text != e.ent_id_ and \
            e.end + 1 < len(doc) and doc[e.end].text == "-" and \
            doc[e.end + 1].lower_ in roles.language_participles
    return [e for e in ents if not language(e)]


def _ethnic_demonyms(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"ethnic Albanians who crossed into Kosovo", "the Albanian minority": a demonym that an
    ethnic word opens or a minority noun follows (roles.yaml `ethnic_words`, `minority_nouns`)
    names an ethnic group living in another state, no mention of the state (dev E9's stop-72
    clause), and where the story names that state by its demonyms alone, the others ("the two
    largest Albanian parties", "where Albanians form a fifth") are that group too; a state the
    story names otherwise (by name or capital) keeps all its mentions (issue 12, h-ent80).
    So are two demonyms of two states written together ("Turkish Cypriots", "Bosnian Serb
    leader"): a people of one state named by its kin's demonym, no mention of either state
    (issue 12, h-ent81)."""
    roles = gaz.roles
    states = [e for e in ents if e.label_ == "Country" and e.ent_id_]

    def words(e: SpacySpan) -> SpacySpan:  # past "the" and an ethnic word NER took in
        i = e.start + (e[0].lower_ == "the")
        return doc[i + (i < e.end - 1 and doc[i].lower_ in roles.ethnic_words):e.end]

    def demonym(e: SpacySpan) -> bool:
        entry = gaz.by_label.get(e.ent_id_)
        return entry is not None and _text(words(e)) in entry.demonyms

    # "Turkish Cypriots": a demonym right before another state's (its words touch, no "and")
    paired = {i for a, b in pairwise(states) if a.end == b.start and a.ent_id_ != b.ent_id_
              and demonym(a) and demonym(b) for i in (a.start, b.start)}
    if not paired and not where(doc, LOWER, roles.ethnic_words | roles.minority_nouns):
        return ents  # most documents: one pass over the words

    def ethnic(e: SpacySpan) -> bool:
        w = words(e)
        return w.start > 0 and doc[w.start - 1].lower_ in roles.ethnic_words \
            or e.end < len(doc) and doc[e.end].lower_ in roles.minority_nouns \
            or e.start in paired

    groups = {e.ent_id_ for e in states if demonym(e) and ethnic(e)} \
        - {e.ent_id_ for e in states if not demonym(e)}
    return [e for e in ents if not (e.label_ == "Country" and (e.ent_id_ in groups
                                                               or e.start in paired))] \
        if groups or paired else ents


def _subdivision_qualifiers(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                            ) -> list[SpacySpan]:
    """"flown from Fort Stewart, Georgia, to Kuwait", "at Moody Air Force Base in Georgia.": a
    state's name that also names a subdivision of another state (ISO 3166-2: Georgia of the
    United States), set off after a place's name as its qualifier, is that subdivision, a
    Region keyed as regions.yaml lists it ("Georgia (U.S. state)") — where the story mentions
    the subdivision's state, names the namesake state no other way (no demonym, capital) and
    the place is not known to lie in the namesake; so is the bare name elsewhere in the story
    (the converse of ``_qualified_towns``; issue 12, h-ent80)."""
    states = [e for e in ents if e.label_ == "Country" and e.ent_id_]
    mentioned = {country_code(e.ent_id_) for e in states}
    found: dict[str, str] = {}  # the namesake state → the subdivision's key
    for e in states:
        own = country_code(e.ent_id_)
        codes = subdivision_states().get(fold(_text(e)), frozenset()) - {own}
        if len(codes) != 1 or (code := next(iter(codes))) not in mentioned \
                or e.start < 2 or doc[e.start - 1].lower_ not in (",", "in") \
                or e.end < len(doc) and doc[e.end].text not in QUALIFIER_ENDS:
            continue
        place = next((p for p in ents if p.end == e.start - 1 and p.label_ in PLACE_LABELS), None)
        if place is None or city_state(_text(place)) == own or any(
                fold(_text(x)) != fold(_text(e)) for x in states if x.ent_id_ == e.ent_id_):
            continue
        state = next((x.ent_id_ for x in states if country_code(x.ent_id_) == code), "")
        found[e.ent_id_] = next(
            (label for label, x in gaz.by_label.items() if x.cls == "Region"
             and x.part_of == state and label.startswith(f"{_text(e)} (")),
            f"{_text(e)} ({state})")
    if not found:
        return ents
    return [_set_id(SpacySpan(doc, e.start, e.end, label="Region", span_id=found[e.ent_id_]))
            if e.label_ == "Country" and e.ent_id_ in found else e for e in ents]


def _bloc_words(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The West has accused Moscow", "talks with the East": a lone compass word names a group
    of states, not a place kg models ("the North" of the Koreas is a listed name)."""
    def bloc(e: SpacySpan) -> bool:
        words = e[1:] if e[0].lower_ == "the" else e
        return e.label_ in PLACE_LABELS and not e.ent_id_ and len(words) == 1 \
            and words[0].text in roles.compass_words
    return [e for e in ents if not bloc(e)]


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
