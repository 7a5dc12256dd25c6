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

# NER's labels for a place it does not know: an apposed kind noun outranks them
_PLACE_GUESSES = frozenset({"GPE", "LOC", "FAC"})
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
    named.update((name, cls) for name, cls in _names_apposed_to_kinds(doc, ents, roles).items()
                 if name not in named)
    if not named:
        return ents
    return [SpacySpan(doc, e.start, e.end, label=cls)
            if (cls := named.get(_text(without_the(e)))) is not None and e.label_ != cls
            and e.label_ not in _KEPT and (not e.ent_id_ or e.ent_id_ == _text(e)) else e
            for e in ents]


def _apposed_kind(doc: Doc, e: SpacySpan, roles: Roles) -> str | None:
    """The class of the lower-case kind noun (roles.yaml ``apposed_kinds``) that the name ``e``
    comes right after ("the task force X") or stands in apposition to after a comma ("its
    parent, X", "the missile, the X"), or None."""
    i = e.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or not doc[i].is_lower or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun, root = doc[i], e.root
    if i < e.start - 1 and not (root.head.i == noun.i or noun.head.i == root.i):
        return None  # "the advisory group, the X station": the name is the station's; right
        # after the noun, the words alone tell (a headline's "hands Ruritania patrol boat X")
    pair = f"{doc[i - 1].lower_} {noun.lower_}" if i > 0 else ""
    return roles.apposed_kinds.get(pair) or roles.apposed_kinds.get(noun.lemma_.lower()) \
        or roles.apposed_kinds.get(noun.lower_)


def _names_apposed_to_kinds(doc: Doc, ents: list[SpacySpan], roles: Roles) -> dict[str, str]:
    """Unlisted names NER took for a place that a kind noun of ``apposed_kinds`` comes right
    before, in apposition ("the task force X"): name → the kind's class (s71 h-ent40)."""
    if not roles.apposed_kinds:
        return {}
    named: dict[str, str] = {}
    for e in ents:
        if e.label_ in _PLACE_GUESSES and not e.ent_id_ \
                and (cls := _apposed_kind(doc, (name := without_the(e)), roles)) is not None:
            named.setdefault(_text(name), cls)
    return named
