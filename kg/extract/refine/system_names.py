"""A proper name ending in "System" whose word before it says what the system does in war
("the <X> Airborne Warfare System", "the <X> Ship Interdiction System", "a <X> Missile
Defense System"): a Weapon, not the organisation NER took it for (issue 12, s70 h-ent37).

A body named so keeps its class: "the Federal Reserve System", "a National Health System"
(the word before "System" is no war word, ``roles.system_name_words``); "Systems" names a
firm ("<X> Land Systems"), never a weapon here.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles, surface_form
from kg.extract.refine.names import _spells
from kg.extract.refine.spans import _replace, _set_id, _text

# NER's and kg's labels of a body
BODY_LABELS = frozenset({"ORG", "Agency", "Company", "PRODUCT"})


def _weapon_system_name(e: SpacySpan, roles: Roles) -> bool:
    """An unlisted body's name of three words or more (after "the") ending "<war word>
    System"."""
    words = e[1:] if e[0].lower_ == "the" else e
    return (len(words) >= 3 and words[-1].text == "System"
            and words[-2].lower_ in roles.system_name_words
            and all(t.is_title or t.is_upper or not t.is_alpha for t in words)
            and not any(t.ent_id_ for t in e))


def _spelled(e: SpacySpan, names: list[SpacySpan]) -> SpacySpan | None:
    """The one name of ``names`` that the unlisted upper-case acronym ``e`` spells ("NMESIS":
    the Navy-Marine Expeditionary Ship Interdiction System), or None."""
    text = _text(e)
    if not (text.isalpha() and text.isupper() and 3 <= len(text) <= 8) or e.ent_id_:
        return None
    found = [n for n in names if _spells(text, [t.text for t in n if t.is_alpha])]
    return found[0] if len(found) == 1 else None


def weapon_system_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """``ents`` with each unlisted body's name that ends in a war word and "System" a Weapon,
    without its "the", and an acronym of it elsewhere in the article the same Weapon (one key,
    as ``_acronyms`` gives a body and its acronym)."""
    names = [SpacySpan(doc, e.start + (e[0].lower_ == "the"), e.end, label="Weapon")
             for e in ents if e.label_ in BODY_LABELS and _weapon_system_name(e, roles)]
    if not names:
        return ents
    made = []
    for e in ents:
        if e.label_ in BODY_LABELS and (name := _spelled(e, names)) is not None:
            key = surface_form(_text(name))
            made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=key)))
            names = [_set_id(SpacySpan(doc, n.start, n.end, label="Weapon", span_id=key))
                     if n == name else n for n in names]
    return _replace(ents, [*names, *made])
