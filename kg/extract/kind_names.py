"""Names given to a kind: "the peacekeeping battalion known as X", "The unit, named X,", "a
homeland called X", "the rock, which it calls X": X is a thing of the kind that the lower-case
noun before the naming words states (roles.yaml ``naming_kinds``: a body, an Agency; a place, a
Region), in every mention of its words, whatever NER made of it. ``_known_as`` reads the same
words after a name ("Mohamed Hamdan Dagalo, known as Hemedti"); here a kind comes before them,
no entity (issue 12, stop 65, h-typ1)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.refine.spans import _covers, _text
from kg.extract.tokens import lowers, where, without_the

# classes a rule gave that a kind noun does not overrule: a ship or a deal named after a body's
# noun ("the frigate, named X" is a ship's own rule's; "the pact named X" is no body)
_KEPT = frozenset({"Weapon", "Agreement", "MediaOutlet"})
_RELATIVES = frozenset({"which", "that"})
# words after the name that make it the object of a naming verb with a role after it ("the party
# named X its leader", "named X as its candidate", "named X to the post"), not a kind's name
_ROLE_AFTER = frozenset({"as", "its", "his", "her", "their", "a", "an", "the", "to", "for"})


def _kind_before(doc: Doc, at: int, roles: Roles) -> str | None:
    """The class of the kind noun before the naming word at ``at`` ("battalion known as",
    "unit, named", "rock, which it calls"), or None where no such noun opens the phrase."""
    word = doc[at]
    i = at - 1
    if word.lower_ in ("call", "calls"):  # only "which it calls X": "Paris calls X" is a claim
        if i < 1 or doc[i].pos_ != "PRON" or doc[i - 1].lower_ not in _RELATIVES:
            return None
        i -= 2
    elif any(c.dep_ == "nsubj" for c in word.children):
        return None  # "the party named X its leader", "the government called X a traitor"
    elif word.lower_ == "named" and i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ == "code":
        i -= 2  # "code-named"
    if i >= 0 and doc[i].lower_ == "also":
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or not doc[i].is_lower or doc[i].pos_ not in ("NOUN", "PROPN"):  # PROPN: a tag slip
        return None
    return roles.naming_kinds.get(doc[i].lemma_.lower()) or roles.naming_kinds.get(doc[i].lower_)


def _name_start(doc: Doc, at: int) -> int | None:
    """The first word of the name after the naming word at ``at`` ("as" after "known")."""
    start = at + 1
    if doc[at].lower_ == "known":
        if start >= len(doc) or doc[start].lower_ != "as":
            return None
        start += 1
    return start if start < len(doc) else None


def names_after_kinds(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """``ents`` with each unlisted name that a kind noun and a naming word come before
    relabelled with the kind's class, and every other unlisted mention of its words with it."""
    if not roles.naming_kinds:
        return ents
    by_token = _covers(ents)
    named: dict[str, str] = {}
    for at in where(doc, LOWER, roles.naming_kind_words):
        start = _name_start(doc, at)
        if start is None or (cls := _kind_before(doc, at, roles)) is None:
            continue
        e = by_token.get(start)
        if e is None and lowers(doc)[start] == "the" and start + 1 < len(doc):
            e = by_token.get(start + 1)
        if e is None or e.start not in (start, start + 1) or e.label_ in _KEPT \
                or e.ent_id_ and e.ent_id_ != _text(e) \
                or e.end < len(doc) and (lowers(doc)[e.end] in _ROLE_AFTER
                                         or doc[e.end].text[:1].isupper()):
            continue  # no name there, a listed one, a ship's or a deal's, a role's holder, or
            # a name NER cut short ("Task Force 9 | Alpha-Bravo": the span rules' to mend)
        named.setdefault(_text(without_the(e)), cls)
    if not named:
        return ents
    return [SpacySpan(doc, e.start, e.end, label=cls)
            if (cls := named.get(_text(without_the(e)))) is not None and e.label_ != cls
            and e.label_ not in _KEPT and (not e.ent_id_ or e.ent_id_ == _text(e)) else e
            for e in ents]
