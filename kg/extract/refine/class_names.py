"""Ship classes whose name NER took for a person, a body or a place: "The Oliver Hazard
Perry-class ship", "the Makassar-class landing platform docks", "The Trinkat-class craft". A
glued "-class" after a capitalised name makes the name a class of ships, whatever noun the
class qualifies; the patterns of ``patterns.yaml`` find the class only before a ship noun and
with one word of name (issue 12, stop 72, h-ship1). Classes coordinated before one noun
("Challenger-class and Archer-class submarines", "Brooke- and Garcia-class frigates") are each
a class of that noun (stop 76, h-ent76)."""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.refine.spans import NAME_LABELS, _covers, _replace, _set_id, _text
from kg.extract.tokens import glued_hyphen, where, without_the

CLASS_WORD = frozenset({"class"})
HEAD_WORDS = 4  # "landing platform docks": the most lower-case words read after "-class"
HEAD_TAGS = ("NOUN", "ADJ", "PROPN")  # the words of the class's noun phrase ("diesel")


def _class_head(cls: Token) -> Token | None:
    """The noun that the lower-case "class" at ``cls`` qualifies: the last noun of the
    lower-case words right after it ("ship", "landing platform docks"), read up to a word of
    another kind ("was", "of", a comma); None when none follows ("a Kilo-class.")."""
    doc = cls.doc
    j, head = cls.i + 1, None
    while j < len(doc) and j - cls.i <= HEAD_WORDS and doc[j].is_lower and doc[j].is_alpha \
            and doc[j].pos_ in HEAD_TAGS:
        if doc[j].pos_ == "NOUN":
            head = doc[j]
        j += 1
    return head if head is not None and head.i == j - 1 else None


def _unlisted_name(e: SpacySpan) -> bool:
    """A name NER tagged that no gazetteer entry or rule keyed, of capitalised words."""
    words = without_the(e)
    return e.label_ in NAME_LABELS and not e.ent_id_ \
        and all(t.is_title or t.is_upper for t in words if t.is_alpha)


def hyphened_class_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"The Oliver Hazard | Perry-class ship" (NER's person before the pattern's class),
    "the Makassar-class landing platform docks" (NER's place), "The Trinkat-class craft" (NER's
    body): the name before a glued "-class" and the class up to the noun it qualifies are
    one Weapon, the ship class, without "the" (its key made as a pattern's class's is). Only a
    name NER tagged: a class the patterns found whole stays as it is."""
    classes = where(doc, LOWER, CLASS_WORD)
    if not classes:
        return ents  # most documents: no class named
    by_end = {e.end: e for e in ents}
    by_start = {e.start: e for e in ents}
    made = []
    for i in classes:
        if doc[i].text != "class" or i < 2 or not glued_hyphen(doc[i - 1]):
            continue
        head = _class_head(doc[i])
        if head is None:
            continue
        last = i - 2  # the name's last word, before the hyphen
        name = by_end.get(last + 1)  # NER's name over it ("Makassar", "The Trinkat")
        if name is None and (w := by_start.get(last)) is not None and w.label_ == "Weapon":
            name = by_end.get(last)  # "The Oliver Hazard | Perry-class ship"
        if name is None or not _unlisted_name(name) or not _text(name)[:1].isupper():
            continue
        made.append(SpacySpan(doc, without_the(name).start, head.i + 1, label="Weapon"))
    return _replace(ents, made) if made else ents


LINKS = frozenset({"and", "or", ","})  # words between coordinated class names
SUSPENDED = re.compile(r"^[A-Z][A-Za-z0-9]*-$")  # "Brooke-" of "Brooke- and Garcia-class"


def _class_at(doc: Doc, i: int) -> Token | None:
    """The lower-case "class" of a glued "<Name>-class" at ``i`` (its name capitalised)."""
    return doc[i] if 2 <= i < len(doc) and doc[i].text == "class" \
        and glued_hyphen(doc[i - 1]) and doc[i - 2].text[:1].isupper() else None


def _conjunct_before(doc: Doc, j: int, by_end: dict[int, SpacySpan]) -> tuple[int, int] | None:
    """The class name that ends at token ``j`` before a link to a later class: "<Name>-class"
    with no noun of its own, or a suspended "<Name>-"; (start, end) of its mention, None when
    the words there are no such name or a listed one (a listed name is no class)."""
    if SUSPENDED.match(doc[j].text) and not doc[j].ent_id_:
        return j, j + 1
    cls = _class_at(doc, j)
    if cls is None or _class_head(cls) is not None:
        return None
    name = by_end.get(j - 1)  # NER's name over the words before the hyphen ("Challenger")
    if name is not None:
        return (without_the(name).start, j + 1) if _unlisted_name(name) else None
    word = doc[j - 2]
    return (j - 2, j + 1) if word.is_title and not word.ent_id_ and not word.is_sent_start \
        else None


def coordinated_class_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Challenger-class and Archer-class submarines", "Brooke- and Garcia-class frigates":
    class names coordinated before the noun of the last one are each a class of that noun,
    one Weapon keyed "<Name>-class <noun>" (readable gold's mentions "Challenger-class",
    "Brooke"); NER took the first name for a body or left it untagged."""
    classes = where(doc, LOWER, CLASS_WORD)
    if not classes:
        return ents
    by_end = {e.end: e for e in ents}
    cover = _covers(ents)
    made = []
    for i in classes:
        cls = _class_at(doc, i)
        head = _class_head(cls) if cls is not None else None
        if head is None:
            continue
        noun = head.lemma_.lower()
        last = cover.get(i - 2)  # the last class's mention ("the Oliver Hazard Perry-class …")
        j = (without_the(last).start if last is not None else i - 2) - 1
        while j >= 1 and doc[j].lower_ in LINKS:
            found = _conjunct_before(doc, j - 1, by_end)
            if found is None:
                break
            start, end = found
            name = doc[start:end].text.removesuffix("class").rstrip("-")
            made.append(_set_id(SpacySpan(doc, start, end, label="Weapon",
                                          span_id=f"{name}-class {noun}")))
            j = start - 1
    return _replace(ents, made) if made else ents
