"""One name, one class per article: a bare mention that NER left an organisation takes the class
a rule gave another mention of the same words ("recommissioned as the X" makes the ship a
Weapon, and "The X arrived" later is that ship, not a body; "the news agency Y reported", then
"told Y"; "the Z Agreement, known as ZA", then "ZA lets …") (issue 12, stop 64, h-one1)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.refine.spans import _set_id, _text
from kg.extract.tokens import lowers, without_the
from kg.model import ENTITY_CLASSES

# kg's own labels: only rules (and the gazetteer's ruler) give them; NER gives spaCy's
_TYPED = frozenset(ENTITY_CLASSES)


def _name(e: SpacySpan) -> str:
    return _text(without_the(e)).strip()


def _owner_named(e: SpacySpan, roles: Roles) -> bool:
    """"X radio said": a station named by its owner (a movement's, a party's), whose bare name
    elsewhere is the owner still."""
    return e.label_ == "MediaOutlet" and e.end < len(e.doc) \
        and lowers(e.doc)[e.end] in roles.broadcast_nouns and e.doc[e.end].is_lower


def names_typed_elsewhere(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """``ents`` with each NER organisation (``ORG``, no id) whose words another mention of the
    article has typed by rule relabelled with that mention's class and id; a name typed two
    ways (or typed an Agency too) keeps NER's guess."""
    typed: dict[str, set[tuple[str, str]]] = {}
    for e in ents:
        if e.label_ in _TYPED and not _owner_named(e, roles):
            typed.setdefault(_name(e), set()).add((e.label_, e.ent_id_))
    if not typed:
        return ents
    out = []
    for e in ents:
        if e.label_ == "ORG" and not e.ent_id_ and len(found := typed.get(_name(e), ())) == 1:
            label, key = next(iter(found))
            if label != "Agency":
                e = _set_id(SpacySpan(doc, e.start, e.end, label=label, span_id=key))
        out.append(e)
    return out
