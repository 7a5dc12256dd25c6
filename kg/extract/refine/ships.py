"""Rules for ships: civil ships, warships named in lists, appositions and after hull
prefixes, ship classes and their short forms, former names after "as" and ship anaphors
("she"); ships renamed by other words are ``kg.extract.refine.renamed_ships``."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.attrs import DEP, LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import SHIP_KIND, Gazetteer, Roles, plural, surface_form
from kg.extract.places import cities, fold
from kg.extract.refine.spans import (
    NAME_LABELS,
    POSSESSIVE,
    _headline_line,
    _lemma,
    _replace,
    _sentence_before,
    _set_id,
    _taken,
    _text,
)
from kg.extract.tokens import lowers, text_of, vocabulary, where, without_the


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


@lru_cache(maxsize=8)
def _with_plurals(*lists: frozenset[str]) -> frozenset[str]:
    """The words of ``lists`` and their plurals in one set, made once per lists."""
    return frozenset().union(*lists, *map(_plurals, lists))


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
        end = _name_end(doc, i, by_start)
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


def _hull_lead(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an upper-case word of two to five letters right before a
    title-case proper noun, as a navy's hull prefix stands before a ship's name: where a ship
    noun or a naming word comes first ("the frigate SAS Amatola", "named TTS Port of Spain"),
    it opens the name, listed in patterns.yaml ``hull_prefixes`` or not (some are other
    bodies' initials too, so the list keeps them out) (issue 12, stop 72, h-ent45)."""
    t = doc[i]
    return t.is_upper and t.is_alpha and 2 <= len(t) <= 5 and i + 1 < len(doc) \
        and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"


def _name_end(doc: Doc, start: int, by_start: dict[int, SpacySpan]) -> int:
    """Where the name that opens at token ``start`` ends: the entity there (not a Weapon),
    then any title-case proper nouns; ``start`` itself when no name opens there. An untagged
    hull prefix (``_hull_lead``) opens the name that follows it ("TTS | Port of Spain")."""
    e = by_start.get(start)
    lead = start
    if e is None and _hull_lead(doc, start):
        lead, e = start + 1, by_start.get(start + 1)
    end = e.end if e is not None and e.label_ != "Weapon" else lead
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return end if end > lead else start


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
    """"the ship, the Karine A,", "the Orsa, a Kilo-class boat": capitalised words NER left
    untagged in apposition to a ship noun before them (``_ship_appositive``), or with a ship
    noun in apposition right after their comma, are a ship."""
    made = []
    for t in (doc[i] for i in where(doc, DEP, ("appos",))):
        if t.dep_ == "appos" and t.is_lower and t.lemma_.lower() in roles.ship_words \
                and t.head.i < t.i and doc[t.head.i + 1].text == ",":
            t = t.head  # "the Orsa, a Kilo-class boat": the name is the noun's head
            if t.i in taken or not t.is_title or t.pos_ != "PROPN":
                continue
        elif t.dep_ != "appos" or t.i in taken or not (t.is_title or t.is_upper) \
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


SHIPS_OF_ITS_OWN = (["of", "its", "own"], ["of", "their", "own"])  # "boats of its own, the X"


def _names_after_ship_plurals(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Its sister ships, the Lahav and the Hanit, are due …", "two patrol boats of its own,
    the Athos and the Themis,": two or more names listed right after a plural ship noun and a
    comma, the list closed by a comma, are those ships, a Weapon each, however the parser hung
    them (it takes such a list for a conjunct of the noun, or worse, where
    ``_ship_appositive`` wants an apposition)."""
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, _plurals(roles.ship_words))):
        i = t.i + 1
        if [w.lower_ for w in doc[i : i + 3]] in SHIPS_OF_ITS_OWN:
            i += 3
        if i >= len(doc) or doc[i].text != ",":
            continue
        names: list[SpacySpan] = []
        i += 1
        while i < len(doc):
            e = by_start.get(i)
            if e is None and doc[i].lower_ == "the":
                e = by_start.get(i + 1)
            if e is None or not (e.label_ in NAME_LABELS and not e.ent_id_
                                 or e.label_ == "Region"):
                break
            names.append(e)
            if e.end >= len(doc) or doc[e.end].lower_ != "and":
                break
            i = e.end + 1
        # comma-closed, an apposition: "boats, A and B said" names the speakers (h-ent5)
        if len(names) >= 2 and names[-1].end < len(doc) and doc[names[-1].end].text == ",":
            made += [SpacySpan(doc, e.start, e.end, label="Weapon",
                               span_id=surface_form(_text(without_the(e)))) for e in names]
    return made


def _ships_and_models(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the frigate Lafayette", "the supply ship Berlin": a name right after a ship noun is a
    ship, a Weapon of its own (not a person or a place); "a version of the tank, the K2PL": a
    designation in apposition to a weapon is that model."""
    weapon_at = {i for e in ents if e.label_ == "Weapon" for i in range(e.start, e.end)}
    taken = _taken(ents)
    # (gate: every ship it names follows, or stands in a sentence with, one of these words)
    cues = _with_plurals(roles.ship_words, roles.ship_nouns, roles.hull_words, roles.ship_naming)
    made = [] if cues.isdisjoint(vocabulary(doc)) else _named_ships(doc, ents, roles, taken)
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


def _named_ships(doc: Doc, ents: list[SpacySpan], roles: Roles, taken: set[int]
                 ) -> list[SpacySpan]:
    """``_ships_and_models``' ships: names after a ship noun, a hull word or a naming word, in
    apposition to a ship noun, or given to a ship's anaphor."""
    person_at = {i for e in ents if e.label_ == "PERSON" and not e.ent_id_
                 for i in range(e.start, e.end)}
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    ship_sentences: set[int] = set()
    for t in (doc[i] for i in where(doc, LOWER, roles.ship_nouns | _plurals(roles.ship_nouns))
              if i < len(doc) - 1):
        nxt = doc[t.i + 1]
        hull = _hull_lead(doc, nxt.i)  # "the frigate SAS Amatola"
        if not (nxt.is_title or hull):
            continue
        if not t.is_lower:
            if nxt.is_title and (
                    named := _capital_ship_noun(t, by_start.get(t.i), by_start.get(nxt.i), taken)):
                made.append(named)
            continue
        e = by_start.get(nxt.i)
        if hull and e is not None and len(e) == 1:
            continue  # the prefix tagged alone: not a ship's whole name
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
            end = nxt.i + hull
            while end < len(doc) and (end not in taken or end in person_at) \
                    and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1  # "the carrier Admiral | Gorshkov": the title begins the ship's name
            if end == nxt.i + hull:
                continue  # a prefix before a name another entity holds
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
    made += _names_after_ship_plurals(doc, ents, roles)
    if where(doc, LOWER, roles.ship_naming):
        known = {surface_form(_text(e)) for e in made}
        ships_nouns = roles.ship_words  # "the boat, renamed Tareq" (h-ent)
        ship_sentences = {doc[i].sent.start for i, w in enumerate(lowers(doc))
                          if w in ships_nouns or w[:-1] in ships_nouns}  # "ships"
        ship_sentences |= {e.sent.start for e in ents if surface_form(_text(e)) in known}
        ship_names(named=True)
    return made


def _designation(t: Token) -> bool:
    """A model's designation: a digit or a capital inside the word ("RQ-170", "KC-10",
    "ScanEagle"), which no demonym or sentence-opening word has."""
    return any(c.isdigit() for c in t.text) or any(c.isupper() for c in t.text[1:])


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
    if CLASS_WORD.isdisjoint(vocabulary(doc)):
        return ents  # (gate: every class it makes ends in "class")
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
        if e.label_ != "Weapon":
            continue  # (no Span without "the" made)
        words = without_the(e)
        if len(words) >= 2 and words[0].is_upper and words[0].is_alpha \
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
    E6: a renamed ship is one entity); "such as", "the same … as" compare, they do not name,
    and a ship listed with it ("recommissioned as ARC X and ARC Y") is another ship."""
    made = []
    low = lowers(doc)  # (the words before a name read without a Span or Token)
    for e in ents:
        i = e.start + (len(e) > 1 and low[e.start] == "the") - 1  # ``without_the(e).start - 1``
        if i > 0 and low[i] == "the":
            i -= 1  # "as the ROKS Chungju"
        if i <= 0 or low[i] != "as" or not _prefixed_ship(e) \
                or doc[i - 1].lower_ in COMPARING_AS or doc[i - 1].pos_ in ("ADJ", "ADV") \
                or e.end < len(doc) and doc[e.end].text in POSSESSIVE:
            continue  # ("as large as USS X", "HMS Y's")
        listed = {t.i for t in e.root.conjuncts}  # "as ARC X and ARC Y": two ships, no rename
        others = {key for x in ents if x.label_ == "Weapon" and x.start != e.start
                  and x.sent.start == e.sent.start and x.root.i not in listed
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
        if e.label_ != "Weapon":
            continue  # (no Span without "the" made)
        words = without_the(e)
        if len(words) >= 4 and words[0].is_title \
                and words[1].text == "-" and words[2].lower_ == "class" \
                and words[-1].lemma_.lower() in heads:  # (a listed class keeps its key)
            classes.setdefault(words[0].text, e.ent_id_ or e.id_ or _lemma(e))
    made = []
    for e in ents if classes else ():
        if e.label_ != "Weapon" or e.ent_id_:
            continue  # (no Span without "the" made)
        words = without_the(e)
        key = classes.get(words[0].text)
        if key is not None and (e.id_ or _lemma(e)) != key and len(words) >= 2 \
                and words[-1].lemma_.lower() in heads:
            made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key)))
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
