"""Capitalised common words that modify a lower-case noun and name nothing: "a Crown <noun>",
"Military <noun>" opening a sentence, "Army chief <rank> <Name>" (issue 12, s67 h-ent28)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer
from kg.extract.tokens import texts, without_the

NOUN_POS = frozenset({"NOUN", "ADJ"})  # how the noun a capitalised modifier qualifies is tagged
STATE_LABELS = frozenset({"Country", "GPE", "NORP"})  # a state owning a title ("Thailand's")


def modifier_capitals(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """Drop NER's names that are a capitalised common word before the lower-case noun they
    modify: a ``modifier_capitals`` word (after "the" and demonyms, unlisted: "<demonym> Crown
    <noun>") is no name (dev E17, E9); a bare ``capital_services`` word before a title noun
    (``service_title_heads``) and a rank or a name is a title, which mentions only the person
    (dev E11: "Navy chief X"), unless a state owns it ("Thailand's Army chief")."""
    return [e for e in ents if not (_common_modifier(doc, e, gaz) or _service_title(doc, e, gaz))]


def _common_modifier(doc: Doc, e: SpacySpan, gaz: Gazetteer) -> bool:
    """"a Crown <noun>", "a <demonym> Crown <noun>", "Military <noun>" opening a sentence."""
    # a listed name keeps its mentions; a key a service rule made ("Armed Forces (Finland)"
    # for a sentence's first "Military") does not make the word a name
    if e.ent_id_ in gaz.by_label or texts(doc)[e.end - 1] not in gaz.roles.modifier_capitals \
            or e.end >= len(doc):
        return False  # (the last word, ``without_the(e)[-1]``, read without a Span or Token)
    words = without_the(e)
    after = doc[e.end]
    return after.is_lower and after.pos_ in NOUN_POS \
        and all(t.lower_ in gaz.demonym_set for t in words[:-1])


def _service_title(doc: Doc, e: SpacySpan, gaz: Gazetteer) -> bool:
    """"Army chief <rank> <Name> said", "Navy commander <Name>": a bare title before a name."""
    roles = gaz.roles
    # (the name's words read without a Span or Token; with a leading "the" it is no bare title)
    if e.end + 1 >= len(doc) or " ".join(texts(doc)[e.start:e.end]) not in roles.capital_services \
            or len(without_the(e)) != len(e):
        return False
    head, name = doc[e.end], doc[e.end + 1]
    before = doc[e.start - 1] if e.start > 0 else None
    owned = before is not None and (before.tag_ == "POS" or before.ent_type_ in STATE_LABELS)
    return head.is_lower and head.lower_ in roles.service_title_heads and name.is_title \
        and not owned
