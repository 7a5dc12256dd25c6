"""Rules for weapons: listed systems and their kinds, designations, models and variants,
weapons' owners and makers, counted and anaphoric kinds, equipment, and what is no
weapon."""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, Roles, singular, surface_form
from kg.extract.person_cues import PERSONAL_PRONOUNS
from kg.extract.places import fold, listed_place
from kg.extract.refine.names import _listed_names
from kg.extract.refine.ships import _designation, _weapon_nouns
from kg.extract.refine.spans import (
    CALIBRE,
    DESIGNATION,
    FIRM_LABELS,
    NAME_LABELS,
    _conjuncts,
    _covers,
    _headline,
    _kind_lemma,
    _lemma,
    _replace,
    _set_id,
    _taken,
    _text,
)
from kg.extract.tokens import (
    ANAPHOR_DETS,
    glued_hyphen,
    has_det,
    lemmas,
    lowers,
    matching,
    where,
    with_pos,
    without_the,
)


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


def _verb_kinds(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the United States would \"deal with the source\"", "cancelled the trip to deal with
    talks": a lower-case agreement word the parser gives an auxiliary ("would", "to") is a
    verb, no agreement (issue 12, h-agr2)."""
    return [e for e in ents if not (
        e.label_ == "Agreement" and e.root.is_lower
        and any(c.dep_ in ("aux", "auxpass") for c in e.root.children))]


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
                and det is not None and det.lower_ in ANAPHOR_DETS \
                and not _names_a_ship(words[-1]):
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


def _names_a_ship(noun: Token) -> bool:
    """"the submarine X", "the corvette X Y": a kind noun that introduces the proper name right
    after it (the name hangs on it in apposition, or it on the name) is the named ship's own
    kind, an item of its own beside the ship (dev conventions E6, stop 66), no anaphor."""
    if noun.i + 1 >= len(noun.doc):
        return False
    name = noun.doc[noun.i + 1]
    if name.pos_ != "PROPN" or not name.is_title:
        return False
    return noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i \
        and noun.head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                             and c.i > noun.i for c in noun.children)


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


def _calibre_anaphors(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"… PLZ-45 self-propelled howitzers … The 155mm guns were shipped": a calibre before a
    generic gun noun (``calibre_anaphor_nouns``) in a definite plural refers back, as "the
    guns" does, to the one named artillery system the article has named before it (a name
    written with or listed under a word of ``artillery_nouns``): E7, no kind of its own. An
    indefinite "155mm guns", or two such systems named before, leave it the calibre's kind."""
    roles = gaz.roles
    out: list[SpacySpan] = []
    for e in ents:
        words = [t for t in e if t.lower_ not in ANAPHOR_DETS]
        head = words[-1] if words else e.root
        if e.label_ == "Weapon" and len(words) > 1 and CALIBRE.match(words[0].text) \
                and head.tag_ == "NNS" and head.lemma_.lower() in roles.calibre_anaphor_nouns \
                and (e[0].lower_ in ANAPHOR_DETS or has_det(head, ANAPHOR_DETS)):
            named = [p for p in out if _artillery_system(p, gaz)]
            if named and _one_system(named):
                key = named[-1].ent_id_ or _lemma(named[-1])
                e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key))
        out.append(e)
    return out


def _artillery_system(p: SpacySpan, gaz: Gazetteer) -> bool:
    """``p`` names an artillery system: a name ("FH-77B field howitzers", "the Bofors gun")
    written with a word of ``artillery_nouns`` or listed under one."""
    if p.label_ != "Weapon" or p.ent_id_.islower() \
            or all(t.text == t.lower_ or t.lower_ in ANAPHOR_DETS for t in p):
        return False
    nouns = gaz.roles.artillery_nouns
    entry = gaz.by_label.get(p.ent_id_) if p.ent_id_ else None
    return bool(_weapon_nouns(p) & nouns) or entry is not None and entry.broader in nouns


# --------------------------------------------------------------------------- names in context
# Rules of issue 12 that read a name off its neighbours: who owns a weapon, which name a
# weapon or a ship carries, a second name given with "known as", and names that spaCy's NER
# cut short.

ACTOR_CLASSES = ("Country", "Agency", "Company", "MediaOutlet", "Region")


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
    "mines" laid at sea is the kind's ``sea_kinds`` entry (``_kinds_at_sea``).
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
    made = _kinds_at_sea(made, ents, gaz.roles)
    titles = gaz.roles.ship_title_kinds  # "the carrier USS Midway": a named ship follows
    made += [_set_id(SpacySpan(doc, i, i + 1, label="Weapon", span_id=titles[singulars[w]]))
             for i, w in enumerate(words[:-1]) if singulars[w] in titles and i not in taken
             and i + 1 in weapons and doc[i + 1].text[:1].isupper()
             and (not i or doc[i - 1].pos_ not in ("NOUN", "PROPN"))]
    return [*ents, *made] if made else ents


def _kinds_at_sea(made: list[SpacySpan], ents: list[SpacySpan], roles: Roles
                  ) -> list[SpacySpan]:
    """Bare kinds of ``sea_kinds`` ("mines") are their kind at sea in an article that lays
    them at sea: one of their sentences has a sea word ("struck by mines attached to its
    hull") or the article names a minesweeper. One kind per article, as gold keys one."""
    sea = roles.sea_kinds
    if not any(e.id_ in sea for e in made):
        return made
    at_sea = any(e.id_ in roles.sea_kind_cues for e in ents if e.label_ == "Weapon") \
        or any(t.lower_ in roles.sea_words for e in made if e.id_ in sea for t in e.sent)
    if not at_sea:
        return made
    return [_set_id(SpacySpan(e.doc, e.start, e.end, label="Weapon", span_id=sea[e.id_]))
            if e.id_ in sea else e for e in made]


def _ranked_kinds(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"<system> fighters …, the most modern combat aircraft in its air force", "two <class>
    destroyers …, the largest warships in its fleet", "its last combat jets": a generic kind
    ranked by a superlative or an ordinal of ``ranking_words`` describes the named system of
    that kind in its sentence (stop 53's census: the kind apposed to or predicated of a named
    system is no kind of its own); it is that system's mention, as ``_predicated_kinds`` makes
    it where the parse shows the apposition."""
    words = gaz.roles.ranking_words
    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ == "Weapon" and e.ent_id_ and e.ent_id_.islower() and e.text.islower() \
                and _ranked(e.root, words):
            named = [p for p in ents if p is not e and p.sent.start == e.sent.start
                     and e.ent_id_ in _system_kinds(p, gaz)]
            if named and _one_system(named):
                e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon",
                                      span_id=named[0].ent_id_ or _lemma(named[0])))
        out.append(e)
    return out


def _ranked(noun: Token, words: frozenset[str]) -> bool:
    """The noun's own adjective ranks it: a superlative ("largest", "most advanced") or an
    ordinal of ``words`` ("its last … jets")."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in words
                                     or any(g.lower_ == "most" for g in c.children))
               for c in noun.lefts)


def _system_kinds(p: SpacySpan, gaz: Gazetteer) -> set[str]:
    """The generic kinds a named weapon mention is one of: up the ``broader`` links from its
    key and from the kind its own lower-case words name ("<class> frigates": frigate,
    warship). Empty for a mention with no capital (a kind, not a name)."""
    if p.label_ != "Weapon" or p.text.islower() or (p.ent_id_ and p.ent_id_.islower()):
        return set()
    starts = [p.ent_id_] if p.ent_id_ else []
    tail = [t for t in p if t.is_lower]
    for k in range(len(tail)):
        phrase = " ".join([t.lower_ for t in tail[k:-1]] + [tail[-1].lemma_.lower()])
        entry = gaz.lookup(phrase) or (
            gaz.by_label.get(gaz.roles.bare_kinds.get(phrase, "")) if k == len(tail) - 1 else None)
        if entry is not None and entry.cls == "Weapon":
            starts.append(entry.label)
            break
    kinds: set[str] = set()
    for label in starts:
        while label and label not in kinds:
            kinds.add(label)
            entry = gaz.by_label.get(label)
            label = entry.broader if entry is not None else None
    return kinds


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


def _hyphened_modifier(e: SpacySpan, roles: Roles) -> bool:
    """A kind glued by a hyphen into a modifier names no weapon: the thing a weapon counters
    ("anti-submarine helicopters", ``counter_prefixes``) or the first half of a compound
    adjective ("missile-armed", "bomb-aiming"). Listed hyphened kinds ("anti-ship missile",
    "submarine-launched ballistic missile") match as longer spans and never come here."""
    doc = e.doc
    before = e.start >= 2 and glued_hyphen(doc[e.start - 1]) \
        and doc[e.start - 2].lower_ in roles.counter_prefixes
    after = e.end < len(doc) - 1 and glued_hyphen(doc[e.end]) \
        and doc[e.end + 1].is_lower and doc[e.end + 1].is_alpha
    return before or after


def _weapon_owners(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"Hezbollah drones", "Boeing jets", "Navy helicopters": a generic pattern took a listed
    actor (or an organisation word) for a weapon's name; the actor stays itself and the rest
    is the weapon's kind where the gazetteer lists it. A generic kind that only modifies a
    noun ("missile defence", "drone factory") or glued by a hyphen into a modifier
    ("anti-submarine", "missile-armed") is no weapon."""
    makers = None  # the words before a designation ("Sukhoi Su-30"), read when needed
    out: list[SpacySpan] = []
    for e in ents:
        if e.label_ != "Weapon":
            out.append(e)
            continue
        if e.ent_id_.islower() and (
                e.end < len(doc) and doc[e.end].pos_ == "NOUN"
                and doc[e.end].lemma_.lower() in gaz.roles.modified_heads
                or _modifies(e, gaz.roles.modified_heads) or _hyphened_modifier(e, gaz.roles)):
            continue  # "missile defence", "drone factory", "anti-submarine": no weapon
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


def _past_modifiers(doc: Doc, start: int, roles: Roles, words: int = 5) -> int:
    """The index after the lower-case words from ``start`` on (``words`` at most) that stop at
    a weapon's head noun; a hyphenated word ("close-in", "air-to-air") counts as one (the
    hyphen is no lower-case token, so it ended the scan: "Phalanx close-in gun", h-ent18)."""
    end, n = start, 0
    while end < len(doc) and n < words and doc[end].is_lower and doc[end].is_alpha \
            and doc[end].lower_ not in roles.system_heads:
        end, n = end + 1, n + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            end += 2  # "close-in": the word after the hyphen goes with the one before
    return end


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
        end = _past_modifiers(doc, e.end, roles)
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
        if maker:  # a maker's name and a kind noun name no system: the kind ("Sukhoi
            # fighter jets" is `fighter jet`, dev conventions E3; h-ent23), else a key of its
            # own ("Boeing transport jets"); the firm's name alone stays the firm. A designation
            # the document gives the maker ("Sukhoi Su-30 jets") still takes it over later
            # ("Acme bombers" is `bomber`: a noun with no bare_kinds entry is its own kind)
            noun = singular(head.lower_)
            kind = roles.bare_kinds.get(noun, noun) \
                if all(t.lower_ in roles.maker_heads for t in doc[e.end:end]) else None
            made.append(_set_id(SpacySpan(doc, e.start, end + 1, label="Weapon", span_id=(
                kind or f"{surface_form(doc[e.start:end].text)} {singular(head.lower_)}"))))
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


def _word_before(doc: Doc, i: int) -> str:
    """The lower-case word that ends right before token ``i``, its hyphened parts joined
    ("a would-be bomber": "would-be")."""
    j = i - 1
    if j < 0:
        return ""
    if j >= 2 and glued_hyphen(doc[j - 1]):
        return f"{doc[j - 2].lower_}-{doc[j].lower_}"
    return doc[j].lower_


def _bomber_people(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"backing a suicide bomber who killed 29 people", "the bomber, a 22-year-old man": a
    "bomber" with a person's modifier or apposition (``bomber_people``) or a relative "who"
    is the person who set off a bomb, no aircraft (E4 names kinds of weapons); a bare "the
    bomber(s)" of the same article is that person too ("to track down the bombers")."""
    heads = roles.bomber_heads

    def kind(e: SpacySpan) -> bool:
        return e.label_ == "Weapon" and e[-1].lower_ in heads \
            and all(t.is_lower or not t.is_alpha for t in e)

    def person(e: SpacySpan) -> bool:
        root, words = e[-1], roles.bomber_people
        if _word_before(doc, e.start) in words or any(
                c.lower_ in words for c in root.children if c.i < root.i):
            return True
        return any(c.dep_ == "appos" and (c.lower_ in words or c.ent_type_ == "PERSON")
                   or c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.i > root.i
                                                for g in c.children)
                   for c in root.children)

    people = {e.start for e in ents if kind(e) and person(e)}
    if not people:
        return ents

    def bare(e: SpacySpan) -> bool:  # "the bombers", with or without "the" in the span
        return len(e) == 2 and e[0].lower_ == "the" \
            or len(e) == 1 and _word_before(doc, e.start) == "the"

    return [e for e in ents if not (kind(e) and (e.start in people or bare(e)))]


def _verb_weapons(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"the jets would be used to bomb villages", "might bomb its enrichment plant": a
    lower-case weapon word the parser reads as a verb with an auxiliary or an object is the
    act, no weapon (E4 names things)."""
    return [e for e in ents if not (
        e.label_ == "Weapon" and len(e) == 1 and e[0].is_lower
        and e[0].tag_ in ("VB", "VBD", "VBP", "VBZ")
        and any(c.dep_ in ("aux", "dobj") for c in e[0].children))]


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
                     # ("the Sikorsky S-70": the maker's initials after NER's "the")
                     and _bureau_prefix(_text(without_the(prev)), e[0].text))):
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
            name = doc[e.start : k].text
            if k > e.start and DESIGNATION.match(doc[k].text) and _bureau_prefix(name, doc[k].text):
                name = doc[k].text  # "and Ilyushin Il-28 bombers": the bureau opens the name
            made.append(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=name))
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
    (issue 12, h-wpn), also joined by a hyphen ("a water-cannon salute")."""
    if not roles.not_weapon_compounds:
        return ents

    def other_thing(e: SpacySpan) -> bool:
        last = e[-1].lemma_.lower()
        start = e.start - 1 if e.start > 1 and doc[e.start - 1].text == "-" else e.start
        before = [t for t in e[:-1] if t.is_alpha] + ([doc[start - 1]] if start else [])
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
    types = roles.transport_aircraft
    listed = first in types or bool(m) and m.group(0) in types \
        or first.endswith("s") and first[:-1] in types  # "the first Transalls"
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


MODEL_NUMBER = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|X|\d{1,4}[A-Z]?)$")  # "II", "105", "50"


def _numbered_models(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Pershing II missiles", "Saab 105 jet trainers", "Mirage 50 and F-5 fighters", "the
    French-built Mirage III": a capitalised name and a model number (Arabic or Roman) name a
    weapon system, "<Name> <number>", where a weapon's head noun follows (one lower-case word,
    hyphenated or not, may come between), a weapon is coordinated with it, or "-built" comes
    before it; a name of a state, place or person, a date and a variant's word ("Block 70") do
    not (h-ent2; "Type 730 close-in guns", h-ent18)."""
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
        elif (past := _past_modifiers(doc, end, roles, words=1)) > end + 1 \
                and past < len(doc) and doc[past].lower_ in roles.system_heads \
                and doc[past].dep_ != "compound":  # "Hawk 127 lead-in fighter trainers"
            kind = past  # "Type 730 close-in guns": a hyphenated word is one word (h-ent18)
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


def _typed_aircraft(e: SpacySpan, listed: frozenset[str]) -> int:
    """How many last words of the mention are a ``listed`` transport or unarmed type
    ("Hercules", "Transalls", "Global Hawk"; ``transport_aircraft``, ``unarmed_aircraft``): 0
    if none."""
    for n in (2, 1):
        words = [t.lower_ for t in e[-n:]] if len(e) >= n else []
        if words and (" ".join(words) in listed
                      or words[-1].endswith("s") and " ".join(words)[:-1] in listed):
            return n
    return 0


def _aircraft_taken_for_names(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """"on Hercules transports", "an air force Hercules", "Arava transports", "a Polaris
    tanker", "Phalcon radar plane sale": a listed transport or unarmed type, or an unlisted
    name right before a transport or tanker noun, that NER took for a place, a person or a
    body is an aircraft, equipment and no entity (E5); where NER ran a service's name on into
    the type ("Royal Australian Air Force Hercules planes") the name ends before it."""
    out = []
    listed = roles.transport_aircraft | roles.unarmed_aircraft  # (once, not per entity)
    for e in ents:
        if e.label_ not in FIRM_LABELS + ("LOC",) or e.ent_id_:
            out.append(e)
            continue
        typed = _typed_aircraft(e, listed)
        body = [t for t in e[: len(e) - typed] if t.lower_ not in ANAPHOR_DETS]
        if typed and not body or not typed and _before_transport_noun(e, roles):
            continue
        if typed and body[-1].is_title and body[-1].is_alpha:
            out.append(SpacySpan(doc, e.start, e.end - typed, label=e.label_))
            continue
        out.append(e)
    return out


def _before_transport_noun(e: SpacySpan, roles: Roles) -> bool:
    """Whether a lower-case transport or tanker noun (``craft_nouns``) heads the phrase right
    after the name ("Dakota transports", "an Antonov transport plane"), not a modifier of
    another noun ("a Maersk tanker fleet")."""
    doc = e.doc
    if e.end >= len(doc):
        return False
    nxt = doc[e.end]
    if not nxt.is_lower or nxt.lemma_.lower() not in roles.craft_nouns:
        return False
    after = doc[e.end + 1] if e.end + 1 < len(doc) else None
    if nxt.pos_ == "VERB":  # "Dakota transports to Singapore" tagged a verb; not "X transports aid"
        return after is None or after.pos_ in ("ADP", "PUNCT", "ADV", "CCONJ")
    return nxt.pos_ == "NOUN" and (after is None or after.pos_ != "NOUN"
                                   or after.lemma_.lower() in roles.plane_nouns)


def _variant_blocks(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"F-16 Block 70 jets", "Eurofighter Tranche 3": a production block (``variant_words``)
    after a system's name is a variant of that system, not a Weapon of its own."""
    weapon_ends = {e.end for e in ents if e.label_ == "Weapon"}
    return [e for e in ents if not (
        e.label_ == "Weapon" and not e.ent_id_ and len(e) > 1 and e[0].text in roles.variant_words
        and e[1].like_num and e.start in weapon_ends)]


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
        if e.label_ == "Weapon" and det is not None and det.lower_ in ANAPHOR_DETS and bare(e) \
                and not _names_a_ship(e[-1]):
            named = next((p for p in reversed(weapons) if p.end <= e.start
                          and e[-1].lemma_.lower() in _weapon_nouns(p)
                          and key(p) != key(e) and not bare(p)), None)
            if named is not None:
                e = _set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key(named)))
        out.append(e)
    return out


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


# A family name before a system's number or mark: "MiG" of "MiG-29", "Mirage" of "Mirage F1"
# and "Mirage III", "Leopard" of "Leopard 2A6" (three letters at least: no "Su" of "Su-30")
FAMILY = re.compile(r"([A-Z][A-Za-z]{2,})(?:-\d|\s(?:[A-Z]{0,2}\d|[IVX]+\b))")


def family_name(name: str) -> str:
    """The family name that opens a weapon system's name ("MiG-29 fighters" → "MiG",
    "Mirage F1" → "Mirage"); "" when the name has no number or mark after its first word."""
    m = FAMILY.match(name)
    return m.group(1) if m else ""


def _one_system_families(ents: list[SpacySpan]) -> dict[str, str]:
    """Family name (and its plural) → the key of the one weapon system of the document that
    the family has ("MiG" → MiG-29); a family with two systems there (Leopard 1 and Leopard
    2) is left out: its bare name could be either (h-fam1)."""
    found: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ == "Weapon" and (family := family_name(_text(without_the(e)))):
            found.setdefault(family, set()).add(e.ent_id_ or _lemma(e))
    return {name: next(iter(keys)) for family, keys in found.items() if len(keys) == 1
            for name in (family, family + "s")}


def _names_a_maker(e: SpacySpan, roles: Roles) -> bool:
    """Whether the name ``e`` is put beside a maker's noun ("the aircraft maker MiG", "MiG,
    the maker"): the firm that shares its name with its planes, no weapon."""
    root = e.root
    nouns = roles.company_nouns
    return root.dep_ == "appos" and root.head.lemma_.lower() in nouns \
        or any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children) \
        or e.start > 0 and e.doc[e.start - 1].lemma_.lower() in nouns


def _systems_named_alone(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                         ) -> list[SpacySpan]:
    """"30 K9 self-propelled howitzers … The K9, built in South Korea", "Tomcat fighters …
    the swing-wing Tomcat": a name NER tagged alone that opens a weapon's mention elsewhere
    in the document is that weapon (issue 12), unless it speaks or does business there; so is
    its plural ("the Super Tucanos were bought"), and the family name of the document's one
    system of that family ("the MiG purchase" beside "MiG-29 fighters"), unless a maker's
    noun stands beside it (h-fam1)."""
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
    families = _one_system_families(ents)
    made = []
    for e in ents:
        if e.label_ not in NAME_LABELS or e.ent_id_:
            continue
        start = e.start + 1 if e[0].lower_ == "the" and len(e) > 1 else e.start
        name = doc[start:e.end].text
        key = systems.get(name)
        if key is None and name.endswith("s"):
            key = systems.get(name[:-1])  # "the Super Tucanos were bought" (h-ent29)
        if key is None and not _names_a_maker(e, roles):
            key = families.get(name)  # "the MiG purchase" beside "MiG-29 fighters" (h-fam1)
        root = e.root
        verb = root.head.lemma_.lower()
        if key is None or root.dep_ in ("nsubj", "nsubjpass") and verb in roles.speech_verbs \
                or root.dep_ == "nsubj" and verb in roles.firm_verbs:
            continue  # "Thunder was developed by …" is the weapon (passive; h-wpn)
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key)))
    return _replace(ents, made) if made else ents
