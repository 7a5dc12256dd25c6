"""A bare service word before a named weapon type: "four air force A-4 Skyhawks attacked",
"air force Harvard trainers flew low", "Air force Hawker Hunters rocketed the palace" name the
service whose aircraft or ships they are (E17, E9) (issue 12, stop 64, h-agy5).

Only before a named type that is a Weapon: before a generic craft noun ("navy ships", "an air
force transport") or a type that is no weapon ("an air force Hercules", an unarmed transport,
E5) readable gold names no service (stop 57's craft-noun census), nor before units, people or
places ("army units", "a former air force pilot", "an air force base": stop 56's census)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.refine.bodies import (
    _agency_noun,
    _bare_body,
    _service_keys,
    story_states,
)
from kg.extract.refine.forces import _bare_service_state
from kg.extract.refine.spans import POSSESSIVE, _headline, _replace, _set_id
from kg.extract.tokens import vocabulary, where

# labels of the words that make a service another's: a state, its demonym, an owner's name
_OWNER_LABELS = frozenset({"Country", "Agency", "Company", "Person", "PERSON", "NORP", "GPE",
                           "ORG", "Region", "LOC"})


def _owned(doc: Doc, start: int, held: dict[int, SpacySpan]) -> bool:
    """Whether the word before a service word at ``start`` makes it a given state's or owner's
    ("the air force's", "its navy", "Argentine air force", "Chile's army"): those are other
    rules' (``_bare_services``, E9)."""
    if start == 0 or doc[start].is_sent_start:
        return False
    prev = doc[start - 1]
    owner = held.get(start - 1)
    return prev.lower_ == "the" or prev.tag_ in ("PRP$", "POS") or prev.text in POSSESSIVE \
        or owner is not None and owner.label_ in _OWNER_LABELS


def service_firsts(roles: Roles) -> frozenset[str]:
    """The first words of the bare services' phrases (``bare_services`` but "Armed Forces":
    "air", "navy", …): a document with none of them has no ``bare_service_words``."""
    return frozenset(w[0] for w, name in roles.agency_nouns.items()
                     if name in roles.bare_services and name != "Armed Forces")


def bare_service_words(doc: Doc, held: dict[int, SpacySpan],
                       roles: Roles) -> Iterator[tuple[int, tuple[int, str]]]:
    """Each bare service word (``bare_services`` but "Armed Forces"), lower case or capitalised
    only as a sentence's first word, with no article, owner or state word before it
    (``_owned``) and outside a headline: its first token and ``_agency_noun``'s (end, name)."""
    for i in where(doc, LOWER, service_firsts(roles)):
        hit = _agency_noun(doc, i, roles)
        if hit is None or hit[1] not in roles.bare_services or hit[1] == "Armed Forces" \
                or _headline(doc[i].sent) or _owned(doc, i, held) \
                or not all(doc[k].is_lower or k == i and doc[k].is_sent_start
                           for k in range(i, hit[0])):
            continue
        yield i, hit


def services_before_types(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A lower-case bare service (``bare_services``, not "military"/"armed forces"; capitalised
    only as a sentence's first word) with no article, owner or state word before it, right
    before a Weapon named by its type (capitalised or numbered: not a kind such as "warship"),
    is that service of the one state whose such service the document named before it, else of
    the state its sentence (or the one before) is about, else of the story's state, as a bare
    "the air force" (``_bare_services``); a headline is left alone."""
    if service_firsts(roles).isdisjoint(vocabulary(doc)):
        return ents  # (gate: every service it keys is one of ``bare_service_words``)
    held = {i: e for e in ents for i in range(e.start, e.end)}
    weapons = {e.start: e for e in ents if e.label_ == "Weapon"}
    keys = _service_keys(ents)
    own, buyer, lead = story_states(doc, ents, roles)
    made: list[SpacySpan] = []
    for i, hit in bare_service_words(doc, held, roles):
        if (w := weapons.get(hit[0])) is None or w[0].is_lower \
                or any((x := held.get(k)) is not None and not _bare_body(x, roles)
                       for k in range(i, hit[0])):
            continue
        states = sorted({s for k, name, s in keys if name == hit[1] and k < i})
        # "Police … had been sent, and air force … flew low": as a bare "the air force"
        state = _bare_service_state(doc, i, hit[0], states, ents, own, buyer, lead)
        if state is not None:
            made.append(_set_id(SpacySpan(doc, i, hit[0], label="Agency",
                                          span_id=f"{hit[1]} ({state})")))
            keys.append((i, hit[1], state))
    return _replace(ents, made) if made else ents
