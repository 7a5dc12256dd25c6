"""Rules on a name's span whatever its class: listed names, names NER cut at hyphens, links,
prepositions, lower-case heads or brackets, names joined across "and", Arabic and Persian
name particles, acronyms, words that are no name, and the class an article states for a
name."""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, Roles
from kg.extract.refine.defined_acronyms import acronyms_defined_after_names
from kg.extract.refine.spans import (
    DESIGNATION,
    NAME_LABELS,
    NAME_LINKS,
    NAMED_BODIES,
    ORDINAL,
    PLACE_LABELS,
    POSSESSIVE,
    _covers,
    _kind_lemma,
    _lemma,
    _listed_system_with_kind,
    _replace,
    _set_id,
    _span_key,
    _taken,
    _text,
    _title_run,
    named_body,
)
from kg.extract.tokens import text_of, where, without_the

NAMED_DESIGNATION = re.compile(r"^[A-Z][a-z]{2,9}-\d{1,4}[A-Z]{0,3}$")  # "Bavar-373"


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


def _acronyms(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An upper-case acronym spelling the initials of an agreement or an organisation the
    document names ("a Defence Cooperation Agreement … the DCA", "the Rapid Support Forces
    (RSF)"), before or after it, is that agreement or organisation, whatever class NER gave
    it; both get the full name's key. So is one the text defines after the name in whatever
    language ("the National Liberation Army, or ELN,": ``defined_acronyms``), each untagged
    use of it included (h-ent38)."""
    def defined(ends: dict[int, int]) -> dict[str, int]:
        """"the Movement for Democracy in Liberia (MODEL)": acronyms defined in brackets."""
        if "(" not in text:
            return {}
        return {t.text: ends[t.i - 1] for t in _bracketed_acronyms(doc) if t.i - 1 in ends}

    def bodies() -> dict[int, int]:
        return {e.end: n for n, e in enumerate(ents) if e.label_ in NAMED_BODIES and len(e) >= 2}

    def spelled_out() -> dict[str, int]:
        """Acronyms defined after a name, those defined in brackets for another body left."""
        at = {(e.start, e.end): n for n, e in enumerate(ents)}
        return {a: at[span] for a, span in after_names.items()
                if a not in bracketed and span in at}  # (``span in at``: None is not)

    text = text_of(doc)  # Doc.text is built from the tokens on each access

    bracketed = defined(bodies())
    after_names = acronyms_defined_after_names(doc, ents, roles)
    ents = _acronym_spans(doc, ents, {*bracketed, *(a for a, at in after_names.items() if at)})
    named: dict[str, int] = {}  # initials → index in ``ents`` of the full name
    for n, e in enumerate(ents):
        if e.label_ in NAMED_BODIES:
            words = [t for t in e if t.is_alpha and t.is_title and t.pos_ != "DET"]
            if len(words) >= 2:
                named.setdefault("".join(t.text[0] for t in words), n)
    named.update(spelled_out())
    named.update(defined(bodies()))
    out = list(ents)
    for n, e in enumerate(ents):
        text = _text(e)
        if e.label_ != "Agreement" and text.isalpha() and text.isupper() and 3 <= len(text) <= 6 \
                and text not in named and not e.ent_id_:
            named.update(_spelled_by_prefixes(text, ents))  # "Kosovo Force, or KFOR"
            if after_names.get(text, ()) is not None:  # (defined for two bodies: neither)
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
    name = next((n for n, x in enumerate(ents) if x.end == e.start - 2 and named_body(x)), None)
    return {} if name is None else {_text(e): name}


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
                or e.label_ in ("GPE", "LOC") and full[_text(e)].label_ in PLACE_LABELS) \
                and not _namesake_land(doc, e, full[_text(e)], roles):
            made.append(e)  # "Rio" tagged GPE: the same place, not a second one
    made += [doc[t.i:t.i + 1] for t in map(doc.__getitem__, where(doc, ORTH, full))
             if t.i not in taken and t.text in full
             and t.pos_ == "PROPN" and not doc[t.i + 1:t.i + 2].text[:1].isupper()
             and not _namesake_land(doc, doc[t.i:t.i + 1], full[t.text], roles)]
    out = []
    for e in made:
        name = full[_text(e)]
        key = _span_key(name)
        label = "Region" if name.label_ in PLACE_LABELS else \
            "Agency" if name.label_ == "ORG" else name.label_  # (an id needs a class of ours)
        out.append(_set_id(SpacySpan(doc, e.start, e.end, label=label, span_id=key)))
    return _replace(ents, out) if out else ents


def _namesake_land(doc: Doc, short: SpacySpan, name: SpacySpan, roles: Roles) -> bool:
    """"X" beside "the X Strait" or "the X Sea": a water named after a land (its head in
    ``namesake_water_heads``) leaves the land its bare name, so the name's first word with no
    article or owner ("to X", "northern X") is that land; with one ("the X", "the eastern X",
    "its X") it is the water, as before."""
    if name.label_ not in PLACE_LABELS or name[-1].text not in roles.namesake_water_heads \
            or short[-1].dep_ == "compound":
        return False  # (a modifier, "the X border clash", may be either: left as it was)
    start = at = short.start
    while at > 0 and doc[at - 1].pos_ == "ADJ" and doc[at - 1].is_lower:
        at -= 1  # past "northern", "eastern"
    before = doc[at] if doc[start].pos_ == "DET" else doc[at - 1] if at > 0 else None
    # (a hyphen joins it to another name: "the A-X road" is a route, not the land alone)
    return before is None or not (before.pos_ == "DET" or before.tag_ == "PRP$"
                                  or before.text in POSSESSIVE or before.text == "-")


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


def _generic_capitals(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Intelligence officials said", "Allied troops enter", "Church workers": a common word
    that a sentence start, a headline or use as a modifier capitalised, which NER took for a
    name alone, names nothing (issue 12, h-ent29); listed names keep theirs."""
    return [e for e in ents if e.ent_id_ or e.id_ or len(words := without_the(e)) != 1
            or words[0].text not in roles.generic_capitals]


def _not_names(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"ABUJA, Oct 2 (AFP)" and "Air Marshal | Hasan Abubakar": a date ("Oct 2") or a title
    alone that NER took for a person or an organisation names no one; nor does a storm's name
    ("Cyclone Gita"), nor a programme's name (``_programme``)."""
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
        return dated or tuple(t.lower_ for t in words) in roles.titles or _portfolio(e, roles) \
            or _programme(e, roles)
    return [e for e in ents if not junk(e)]


def _programme(e: SpacySpan, roles: Roles) -> bool:
    """"under the Pacific Maritime Security Program", "the Project Protector programme": an
    unlisted name that NER took for an organisation and that ends in a programme's noun, or
    modifies one right after it (``programme_heads``), names a programme: no entity (E16,
    stop 56's (7)). One that speaks ("the X Programme said") is left a body."""
    doc, heads = e.doc, roles.programme_heads
    if e.label_ != "ORG" or not heads:
        return False
    if e[-1].lower_ in heads and e[-1].is_title:
        head = e[-1]
    elif e.end < len(doc) and doc[e.end].is_lower and doc[e.end].lower_ in heads \
            and e.root.head.i == e.end:
        head = doc[e.end]
    else:
        return False
    return not (head.dep_ == "nsubj" and head.head.lemma_.lower() in roles.speech_verbs)


def _portfolio(e: SpacySpan, roles: Roles) -> bool:
    """"Finance Minister Mar Hadi", "External Affairs Minister Rao": the words NER took for an
    organisation are the portfolio of a minister's title (issue 12), no body of their own."""
    doc = e.doc
    return e.label_ == "ORG" and e.end + 1 < len(doc) and doc[e.end].is_title \
        and doc[e.end].lower_ in roles.portfolio_heads \
        and (doc[e.end + 1].ent_type_ == "PERSON" or doc[e.end + 1].is_title)


# ------------------------------------------------------------ the class an article states
# A name kg does not list gets NER's guess at its class (a shipbuilder a weapon, a minister a
# place); the article often says what it is, once, beside one of its mentions ("the French
# shipbuilder Piriou", "Tom Ridge, the director of …"). What the article states beats NER's
# label in every mention of that name in the article (issue 12, h-cls1).

STATED_LABELS = {"Company": "Company", "Person": "PERSON", "Weapon": "Weapon"}
# the labels a stated class may replace: NER's guesses and the classes rules give new names
# the labels of a mention that its owner service or its maker states a weapon: a name NER
# guessed at, not a place or a state ("the navy's Hong Kong base" names the colony)
SERVICE_OWNED_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "Agency", "Weapon"})
RELATIVE_SUBJECTS = frozenset({"which", "that"})  # "X, which builds the Y": X the maker
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
            and lemma not in roles.armed_group_heads and lemma not in roles.movement_words \
            and not _office_phrase(word, roles):
        return "Company"
    if lemma in roles.ship_nouns:
        return "Weapon"
    return "Person" if lemma in roles.post_kind_nouns else None


def _office_phrase(word: Token, roles: Roles) -> bool:
    """"X, the central bank": the kind noun ends a public office's phrase (``agency_nouns``),
    so the name beside it is that office's, no firm's (s72 h-ent46)."""
    doc = word.doc
    return any(len(words) <= word.i + 1 and words[-1] == word.lower_ and tuple(
        t.lower_ for t in doc[word.i + 1 - len(words):word.i + 1]) == words
        for words in roles.agency_nouns)


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
    if e.label_ in SERVICE_OWNED_LABELS and (
            _service_owned(words, roles) or _made_by_relative(words, roles)):
        return "Weapon"
    if root.dep_ == "appos" and root.head.i < words.start:
        return _kind_class(root.head, roles) or (  # only a post climbs an "of" phrase
            "Person" if _kind_class(_of_head(root.head), roles) == "Person" else None)
    for c in root.children:
        if c.dep_ == "appos" and c.i >= words.end and not _speaker_after(c, roles):
            return _kind_class(c, roles)
    return None


def _service_owned(words: SpacySpan, roles: Roles) -> bool:
    """"the Spanish navy's Principe de Asturias", "to replace the navy's Sea Kings": a name a
    military service owns ("<service>'s", ``bare_services``) is one of its ships or aircraft,
    unless the name ends in a body's or a unit's word ("the navy's Fifth Fleet", "the Army's
    Berlin Brigade", "the army's Jinan Military Region") or a lower-case one ("its navy's
    Cheonghae unit"); a kind noun after it ("the navy's Aegis destroyers") is the head instead,
    and the name no root of its own (issue 12, s71 h-agy3)."""
    last = words[-1].text
    if last in roles.org_heads or last in roles.unit_heads or words[-1].is_lower or (
            len(words) > 1 and (words[-2].text, last) in roles.command_areas):
        return False
    for c in words.root.children:
        if c.dep_ == "poss" and c.i < words.start:
            owner = c.lower_ if c.i == 0 else f"{c.doc[c.i - 1].lower_} {c.lower_}"
            if c.lower_ in roles.owning_services or owner in roles.owning_services:
                return True
    return False


def _made_by_relative(words: SpacySpan, roles: Roles) -> bool:
    """"Acme, which builds the Zephyr, declined to comment", "the company that designed the
    Zephyr": what a relative clause on a maker says it makes (``making_verbs``) is a weapon
    system (issue 12, s71 h-agy3)."""
    root = words.root
    verb = root.head
    return root.dep_ == "dobj" and verb.i < words.start \
        and verb.lemma_.lower() in roles.making_verbs \
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children)


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
        if e.label_ not in RESTATED_LABELS:
            continue  # (no Span without "the" made)
        name = _text(without_the(e)).strip()
        if e.ent_id_ in ("", name):
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
