"""A firm's yard named by the firm: "the Thyssen shipyard", "the Wilton-Fijenoord shipyard".

NER leaves such a name untagged, or takes it for a place it cannot find ("Hudong-Zhonghua"); a
reader, and the gold, read the firm (E1). A town before the noun names where the yard is ("the
Portsmouth shipyard"): a known city, region or listed place stays a place (issue 12, h-firm2).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.places import cities, fold, subdivisions
from kg.extract.tokens import where

# Labels NER gives such a name when it takes it for a place or a people; ORG and PERSON names
# before a company noun are read elsewhere (refine.firms._outlets_and_companies)
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "Region"})
_LONGEST = 4  # words of a firm's name before the noun


def firm_yards(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Company spans "<Name> shipyard" for capitalised names right before a ``name_yard_nouns``
    noun, after "the", a possessive or an adjective, that no listed name or known place holds."""
    covers = {i: e for e in ents for i in range(e.start, e.end)}
    made = []
    for tok in map(doc.__getitem__, where(doc, LOWER, roles.name_yard_nouns)):
        if tok.lower_ not in roles.name_yard_nouns or tok.i < 2:
            continue
        start = _name_start(doc, tok.i, roles)
        if start is None:
            continue
        before = doc[start - 1]
        if not (before.lower_ == "the" or before.tag_ == "POS" or before.pos_ == "ADJ"):
            continue  # "Shipyard workers", "Italy shipyard": no firm's name in front
        held = {covers[i] for i in range(start, tok.i) if i in covers}
        if any(e.ent_id_ or e.label_ not in _PLACE_LABELS
               or e.start < start or e.end > tok.i for e in held):
            continue  # a listed name, a firm or person read elsewhere, or a longer name
        name = fold(doc[start:tok.i].text)
        if name in cities() or name in subdivisions():
            continue  # "the Williamstown shipyard": the town the yard is in
        made.append(SpacySpan(doc, start, tok.i + 1, label="Company"))
    return made


def _name_start(doc: Doc, end: int, roles: Roles) -> int | None:
    """Where the capitalised name before token ``end`` starts ("Wilton - Fijenoord"), or None."""
    i, words = end, 0
    while i > 0 and words < _LONGEST:
        t = doc[i - 1]
        if t.text == "-" and i - 1 > 0 and words and doc[i - 2].is_title:
            i -= 1
            continue
        if not (t.is_title and all(w.isalpha() for w in t.text.split("-")) and t.pos_ == "PROPN") \
                or t.text in roles.generic_capitals or t.text in roles.org_heads \
                or t.text in roles.company_suffixes:
            break
        i, words = i - 1, words + 1
    return i if words and not doc[i].is_sent_start else None
