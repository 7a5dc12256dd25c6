"""A firm set beside the group that owns it: "Acme, part of the Atlas Group, has sold …", "Acme,
a unit of Atlas Industries", "built by Acme Shipbuilding, which will become a subsidiary of
Atlas".

NER often leaves the firm's name untagged there (a bare name opening a sentence) or swallows it
into a longer span of its own, so the owner named inside the apposition is the only firm the
relation rules see, and a sale by the firm goes to its parent. The apposition says what the
name is: a Company of its own, named as written (E1) (issue 12, h-firm4).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.named_firms import _LONGEST, _UNSURE, _run_end
from kg.extract.tokens import where

# NER's labels kg keeps no class for: a span of one may run past the firm's name ("built at
# Osborne in Adelaide by Acme Shipbuilding" taken whole for a title)
_DROPPED = frozenset({"WORK_OF_ART", "EVENT", "LAW"})
_OWNER_LABELS = frozenset({"Company", "ORG"})
_LINKING = frozenset({"be", "become", "remain"})


def firms_before_parents(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Company spans for the capitalised runs set off by a comma before a parent noun's phrase
    ("part of", "a unit of", "a subsidiary of") that names a firm, when no listed name or other
    class holds a word of the run and the run is not already a Company."""
    covers = {i: e for e in ents for i in range(e.start, e.end)}
    made = []
    for noun in map(doc.__getitem__, where(doc, LOWER, roles.parent_nouns)):
        if noun.tag_ != "NN" or not _owner_named(noun, covers):
            continue
        name = _named(noun)
        if name is None or name.i + 1 >= noun.i or doc[name.i + 1].text != ",":
            continue
        start = name.i
        while start > 0 and name.i - start + 1 < _LONGEST and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper():
            start -= 1
        end = name.i + 1
        if _run_end(doc, start, roles) != end:
            continue
        held = {covers[i] for i in range(start, end) if i in covers}
        if any(e.label_ not in _DROPPED and (e.ent_id_ or e.label_ not in _UNSURE
                                             or e.start < start or e.end > end)
               for e in held) \
                or any(e.label_ == "Company" and e.start == start and e.end == end for e in held):
            continue  # a listed name, a place or weapon, a longer name, or a firm already
        made.append(SpacySpan(doc, start, end, label="Company"))
    return made


def _owner_named(noun: Token, covers: dict[int, SpacySpan]) -> bool:
    """Whether the noun's "of" phrase names a firm ("part of the Atlas Group")."""
    return any(t.dep_ == "pobj" and any(covers[w.i].label_ in _OWNER_LABELS
                                        for w in t.subtree if w.i in covers)
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for t in prep.children)


def _named(noun: Token) -> Token | None:
    """The last word of the name the parent noun describes: the name it stands in apposition
    to ("Acme, part of …"), or the one a linking relative clause follows ("Acme, which will
    become a subsidiary of …")."""
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        name = noun.head
    elif noun.dep_ == "attr" and noun.head.lemma_ in _LINKING and noun.head.dep_ == "relcl":
        name = noun.head.head
    else:
        return None
    return name if name.pos_ == "PROPN" and name.text[:1].isupper() else None
