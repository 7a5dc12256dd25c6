"""Renamed ships: a ship and its other names are one Weapon, keyed by the later name (dev
README rule E6: a renamed ship is one entity). Lists renamed by a naming verb ("… were handed
over and renamed A, B and C"), former names after "formerly"/"the former", new names after
"under the name(s)" (issue 12, stop 62: h-ent17, h-ship2, h-ship3) and other names after a
verb's "as the" (stop 63, h-ship4). The older "as HMS X" rule stays in
``kg.extract.refine.ships`` (``_former_ship_names``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles, surface_form
from kg.extract.refine.ships import _name_end, _name_list, _plurals, _prefixed_ship
from kg.extract.refine.spans import (
    NAME_LABELS,
    POSSESSIVE,
    _replace,
    _sentence_before,
    _set_id,
    _span_key,
    _taken,
    _text,
)
from kg.extract.tokens import where, without_the


def _rekeyed(doc: Doc, ents: list[SpacySpan], renamed: dict[str, str],
             key: Callable[[SpacySpan], str], made: Iterable[SpacySpan] = (),
             names_too: bool = False) -> list[SpacySpan]:
    """``ents`` with every ship mention whose ``key`` a rule renamed (``renamed``: old key →
    new key) re-keyed as a Weapon under the new key, and ``made`` added; with ``names_too``,
    the unkeyed names and places NER made of a name too (a new name taken for a person)."""
    made = [*made, *(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=renamed[k]))
                     for e in ents if (e.label_ == "Weapon" or names_too and (
                         e.label_ in NAME_LABELS and not e.ent_id_ or e.label_ == "Region"))
                     and (k := key(e)) in renamed)]
    return _replace(ents, made) if made else ents


def _naming_subject(verb: Token) -> Token | None:
    """The subject of naming verb ``verb``, or of the verb it is coordinated with ("were
    handed over … and renamed")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _ship_name(e: SpacySpan) -> bool:
    """A named ship's mention ("HMS Plover", "Orsa"), no kind ("the frigates"); by its
    capitals, not its tags (the parser tags some names as adjectives)."""
    return e.label_ == "Weapon" and not e.ent_id_.islower() \
        and all(t.is_title or t.is_upper or not t.is_alpha for t in without_the(e))


def _renamed_ship_lists(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"HMS Peacock, HMS Plover and HMS Starling were handed over and renamed BRP A, BRP B and
    BRP C", "The ships, the former USS X and USS Y, have been renamed A and B", "The warship,
    the former ROKS X, was … renamed ARC Y": the named ships a naming verb's subject lists take
    the names listed after the verb, in order, as many as there are; each old name and its new
    one are one Weapon (dev README rule E6: a renamed ship is one entity)."""
    renamed: dict[str, str] = {}  # a ship's key → the key of its new name
    for verb in (doc[i] for i in where(doc, LOWER, roles.ship_naming)):
        subject = _naming_subject(verb)
        named = [t for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i
                 for t in (c, *c.conjuncts)]
        if subject is None or not named:
            continue
        new = [e for e in ents if _ship_name(e) and e.start > verb.i
               and any(e.start <= t.i < e.end for t in named)]
        old = _subject_ships(ents, subject.left_edge.i, subject.right_edge.i, verb.i)
        if not new or len(new) != len(old):
            continue
        for was, now in zip(old, new, strict=True):
            renamed[_ship_key(was)] = renamed[_ship_key(now)] = _ship_key(now)
    return _rekeyed(doc, ents, renamed, _ship_key)


def _subject_ships(ents: list[SpacySpan], first: int, last: int,
                   before: int) -> list[SpacySpan]:
    """The named ships (``_ship_name``) of a subject phrase (tokens ``first`` to ``last``)
    before token ``before``."""
    return [e for e in ents if _ship_name(e) and e.end <= before
            and first <= e.start and e.end - 1 <= last]


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``'s clause: its own, or those of the verb or copula it completes
    ("is due to be handed over": the subject of "is"); all of them, where the parser gave it
    two ("The other two, HMS X and HMS Y,")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head.i == verb.i:
            return subjects
        verb = verb.head


def _clause_subject(verb: Token) -> tuple[int, int] | None:
    """The first and last token of the subject of ``verb``'s clause (``_clause_subjects``)."""
    subjects = _clause_subjects(verb)
    return (min(c.left_edge.i for c in subjects), max(c.right_edge.i for c in subjects)) \
        if subjects else None


def _ships_under_new_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"HMS X and HMS Y will be delivered … under the names A and B", "The second ship, the
    former HMS X, is due to be handed over under the name A": the names after "under the
    name(s)" (roles.yaml `new_name_nouns`) are the new names of the named ships the clause's
    subject lists, in order, as many as there are (one for "name"); each old name and its new
    one are one Weapon keyed by the new name, though NER took the new one for a person or a
    place (dev README rule E6: a renamed ship is one entity). No named ship, no rename ("the
    firm trades under the name X")."""
    nouns = roles.new_name_nouns
    cues = [doc[i] for i in where(doc, LOWER, nouns | _plurals(nouns)) if i >= 2
            and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "under"]
    if not cues:
        return ents  # most documents: no cue
    by_start = {e.start: e for e in ents}
    renamed: dict[str, str] = {}  # a ship's key → the key of its new name
    made: list[SpacySpan] = []
    for noun in cues:
        verb = doc[noun.i - 2].head
        subject = _clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None:
            continue
        if noun.lower_ in nouns:  # "under the name A": one name, one ship
            end = _name_end(doc, noun.i + 1, by_start)
            runs = [(noun.i + 1, end)] if end > noun.i + 1 else []
        else:
            runs = _name_list(doc, noun.i + 1, by_start)
        old = _subject_ships(ents, *subject, verb.i)
        # every ship named before the verb is the subject's (the parser may hang a list's
        # first name elsewhere: "HMS X, HMS Y and HMS Z will be …" with only Y and Z subjects)
        if not runs or len(runs) != len(old) \
                or len(_subject_ships(ents, verb.sent.start, verb.i, verb.i)) != len(old):
            continue
        for was, (a, b) in zip(old, runs, strict=True):
            now = _set_id(SpacySpan(doc, a, b, label="Weapon", span_id=surface_form(doc[a:b].text)))
            made.append(now)
            renamed[_span_key(was)] = renamed[now.id_] = now.id_
    return _rekeyed(doc, ents, renamed, _span_key, made, names_too=True)


def _formerly_named_ships(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the frigate X, formerly HMS Y,", "X (formerly HMS Y)", "X, the former HMS Y,", "X was the
    former HMS Y", "… the minehunter X. The ship, formerly HMS Y, was …": a prefixed ship's
    name after a former-name word (roles.yaml `former_name_words`) is the old name of the
    named ship it is in apposition to, the subject of the copula before it, or (after a bare
    "The ship" opening its sentence) the one named ship of the sentence before; both names
    are one Weapon, keyed by the later name (dev README rule E6: a renamed ship is one
    entity). A ship kind ("the Hamilton-class cutter, formerly USCGC X") takes no name."""
    if not where(doc, LOWER, roles.former_name_words):
        return ents  # most documents: no cue, no Token made per name
    by_end = {e.end: e for e in ents if _ship_name(e)}
    renamed: dict[str, str] = {}  # a ship's key → the key of its later name
    for old in (e for e in ents if _prefixed_ship(e)):
        cue = _former_name_cue(doc, without_the(old).start, roles)
        if cue is None or cue == 0:
            continue
        new = _later_name(doc, doc[cue - 1], by_end, ents, roles)
        if new is not None and _span_key(new) != _span_key(old):
            renamed[_span_key(old)] = renamed[_span_key(new)] = _span_key(new)
    return _rekeyed(doc, ents, renamed, _span_key)


def _former_name_cue(doc: Doc, start: int, roles: Roles) -> int | None:
    """Where the former-name cue before the name at ``start`` begins: "formerly (the)" or "the
    former"; None when there is none."""
    i = start - 1
    if i > 0 and doc[i].lower_ == "the" and doc[i - 1].lower_ in roles.former_name_words:
        i -= 1  # "formerly the USCGC X"
    if i < 1 or doc[i].lower_ not in roles.former_name_words:
        return None
    if doc[i].lower_ == "formerly":
        return i
    return i - 1 if doc[i - 1].lower_ == "the" else None  # "the former HMS Y", not "a former"


def _later_name(doc: Doc, before: Token, by_end: dict[int, SpacySpan], ents: list[SpacySpan],
                roles: Roles) -> SpacySpan | None:
    """The named ship a former-name cue right after token ``before`` renames: the name before
    its comma or bracket, the copula's subject's one named ship ("X, was the former Y"), or
    the one named ship of the sentence before a sentence-opening "The ship," (an anaphor)."""
    if before.text in (",", "("):
        if (named := by_end.get(before.i)) is not None:
            return named
        noun = doc[before.i - 1]
        if noun.i >= 2 and noun.is_lower and noun.lemma_.lower() in roles.ship_words \
                and doc[noun.i - 1].lower_ == "the" and doc[noun.i - 1].is_sent_start:
            sent = _sentence_before(noun.sent)
            return _one_ship(ents, sent.start, sent.end) if sent is not None else None
        return None
    if before.lemma_ != "be":
        return None
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return _one_ship(ents, subject.left_edge.i, subject.right_edge.i + 1)


def _one_ship(ents: list[SpacySpan], start: int, end: int) -> SpacySpan | None:
    """The one named ship between tokens ``start`` and ``end``, or None (none, or two)."""
    named = [e for e in ents if _ship_name(e) and start <= e.start and e.end <= end]
    return named[0] if len({_span_key(e) for e in named}) == 1 else None


def _ship_key(e: SpacySpan) -> str:
    """A ship mention's key: its id, else its name."""
    return e.ent_id_ or e.id_ or surface_form(_text(without_the(e)))


FUTURE_AUX = frozenset({"will", "would", "shall", "to"})  # "will sail as the X", "due to join as"


def _ships_as_the(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"The second ship, the X, … will sail as the Y", "the former HMS X, is due to join the
    fleet as the Y", "… the submarine X. The submarine, which served … as the Y", "The ship,
    built … as the Y": a name after a verb's "as the" (``_names_after_as_the``) is the other
    name of the one named ship before it in its sentence, else, where the verb tells of a ship
    noun opening the sentence ("The 87-metre ship"), of the one named ship of the sentence
    before; one Weapon (dev README rule E6: a renamed ship is one entity), keyed by the later
    name: the new one after "will"/"to", the ship's own after a past verb. "known as the X"
    is ``_known_as``'s; prefixed names after "as" are ``ships._former_ship_names``."""
    renamed: dict[str, str] = {}  # a ship's key → the key of its later name
    made: list[SpacySpan] = []
    for name in _names_after_as_the(doc, ents):
        verb = doc[name.start - 2].head
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in roles.known_as_words:
            continue  # ("known as the X": another rule's; "such as the X": no verb)
        sent = name.sent  # a named ship before "as" in a sentence about ships, not "the BMP-3"
        about_ships = any(t.lemma_.lower() in roles.ship_words for t in sent)
        ship = (_one_ship(ents, sent.start, name.start - 2) if about_ships else None) \
            or _anaphor_ship(doc, ents, verb, roles)
        if ship is None:
            continue
        old, new = _span_key(ship), surface_form(name.text)
        if not _future(verb):
            new = old  # "served as the Y until last year": Y is the earlier name
        made.append(_set_id(SpacySpan(doc, name.start, name.end, label="Weapon", span_id=new)))
        renamed[old] = new
    return _rekeyed(doc, ents, renamed, _span_key, made) if made else ents


def _names_after_as_the(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The names right after "as the": an entity NER left untyped (a person, a body, a place;
    "the" taken into it or not), or the untagged capitalised object of "as"."""
    as_the = {i + 2 for i in where(doc, LOWER, frozenset({"as"}))
              if i + 2 < len(doc) and doc[i + 1].lower_ == "the"}
    if not as_the:
        return []
    names = [n for e in ents if (n := without_the(e)).start in as_the and (
        e.label_ in NAME_LABELS and not e.ent_id_ or e.label_ == "Region")]
    taken = _taken(ents)
    for start in as_the - {n.start for n in names}:
        obj = next((c for c in doc[start - 2].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "PROPN" and obj.left_edge.i == start - 1 \
                and doc[start].is_title and obj.is_title \
                and taken.isdisjoint(range(start, obj.i + 1)):
            names.append(doc[start:obj.i + 1])  # "as the Dom Pedro de Castro", untagged
    # the whole object of "as": not "as the Dragon's escort"
    return [n for n in names if n.root.dep_ == "pobj" and n.root.head.i == n.start - 2
            and (n.end == len(doc) or doc[n.end].text not in POSSESSIVE)]


def _future(verb: Token) -> bool:
    """Whether ``verb`` or a verb it completes ("is due to join") is future or to come."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head


def _anaphor_ship(doc: Doc, ents: list[SpacySpan], verb: Token,
                  roles: Roles) -> SpacySpan | None:
    """The one named ship of the sentence before, where ``verb`` tells of a ship noun that
    opens its sentence ("The submarine, which served …", "The ship, built …"): an anaphor."""
    noun = verb.head if verb.dep_ in ("acl", "relcl") else next(iter(_clause_subjects(verb)), None)
    if noun is None or not noun.is_lower or noun.lemma_.lower() not in roles.ship_words:
        return None
    first = next(t for t in noun.sent if not t.is_space)
    if noun.left_edge.i != first.i or first.lower_ != "the":
        return None  # "The ship" opens the sentence; not "Its sister ship", "a ship"
    sent = _sentence_before(noun.sent)
    return _one_ship(ents, sent.start, sent.end) if sent is not None else None
