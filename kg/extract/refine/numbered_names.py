"""Names NER took for people that end in a figure ("the Xin Hai 7 docked", "spotted the Acme
Star 012"): no person's name ends in one, a vessel's does, and a named ship is a Weapon of its
own, never a Person (E6; s67 h-typ3)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import surface_form
from kg.extract.refine.spans import _replace, _set_id, _text
from kg.extract.tokens import without_the


def _numbered_name(e: SpacySpan) -> bool:
    """An unlisted person's name of capitalised words closed by a bare figure ("Xin Hai 7");
    a one-word name with digits in it ("APT40") is a code of any kind, left alone."""
    if e.label_ != "PERSON" or e.ent_id_:
        return False  # (most names: no Span without "the" made)
    words = without_the(e)
    return len(words) >= 2 and words[-1].is_digit \
        and all(t.is_title and t.is_alpha for t in words[:-1])


def numbered_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each person's name that ends in a figure made the ship it names."""
    made = [_set_id(SpacySpan(doc, e.start, e.end, label="Weapon", span_id=surface_form(_text(e))))
            for e in ents if _numbered_name(e)]
    return _replace(ents, made) if made else ents
