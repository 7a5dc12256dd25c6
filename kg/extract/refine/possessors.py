"""A leader's name before the party or movement it owns ("Ana Reyes's Unity League said",
"Ana Reyes's far-right Republicans"): NER often runs the person and the body into one span,
or types the owner alone a body, so the leader is lost and a joined body is kept. The words
before the possessive are the person, those after it the body (issue 12, s68 h-ent33)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, Roles
from kg.extract.refine.spans import POSSESSIVE, _replace

_OWNER_LABELS = ("ORG", "PERSON")
_MAX_OWNER = 4  # "Ana Maria de la Cruz's": a person's name, not a body's long one
_BODY_REACH = 6  # words after the possessive that may hold the body's word


def _body_words(roles: Roles) -> frozenset[str]:
    """Lower-case words of a party's or an armed movement's name or noun ("league", "front",
    "party", "republicans"): what a person's possessive is the leader of."""
    parties = {w.lower() for name in roles.party_names for w in name.split()}
    return roles.group_nouns | roles.movement_words | frozenset(parties)


def _personal_name(words: SpacySpan, gaz: Gazetteer) -> bool:
    """Capitalised words (name particles between) that no list holds and none of which names
    a body, a firm, a title, a people or a party's members: "Ana Reyes", not "Acme
    Industries", "the State" nor the words of a party's own possessive name ("the Republican
    People's Party")."""
    roles = gaz.roles
    if any(t.lower_ in roles.people_nouns or t.text in roles.party_names
           or t.text in roles.party_names.values() for t in words):
        return False
    if not 1 <= len(words) <= _MAX_OWNER or not words[0].is_title:
        return False
    if gaz.lookup(words.text) is not None:
        return False  # a listed state, firm or body: "Acme's Unity League" is the firm's
    return all((t.is_title or t.lower_ in roles.name_particles or t.text == "-")
               and t.text not in roles.org_heads and t.text not in roles.company_suffixes
               and t.lower_ not in roles.not_names and t.lower_ not in roles.title_words
               and gaz.lookup(t.text) is None for t in words)


def _owns_body(doc: Doc, poss: Token, words: frozenset[str]) -> bool:
    """A party's or movement's word in the noun phrase after the possessive ``poss``, before
    any verb or punctuation ("'s far-right Republicans said", "'s Unity League")."""
    for t in doc[poss.i + 1 : min(poss.i + 1 + _BODY_REACH, poss.sent.end)]:
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "-":
            return False
        if t.lower_ in words:
            return True
    return False


def _named_elsewhere(owner: SpacySpan, e: SpacySpan, ents: list[SpacySpan]) -> bool:
    """A one-word owner that a person's name outside ``e`` holds too ("President Ana Reyes …
    Reyes's Unity League"): a surname, not the first word of a body's own possessive name
    ("the Lord's Resistance Army", "the People's Liberation Army")."""
    return any(x.label_ == "PERSON" and x.start != e.start and owner.text in (t.text for t in x)
               for x in ents)


def leaders_of_bodies(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """``ents`` with each NER name that runs a personal name through a possessive into a
    party's or movement's name split there: the person, then the body's words (if the span
    holds any) as an organisation; an owner NER typed a body alone becomes the person."""
    words = _body_words(gaz.roles)
    made: list[SpacySpan] = []
    for e in ents:
        if e.label_ not in _OWNER_LABELS or e.ent_id_:
            continue
        poss = next((t for t in e[1:] if t.text in POSSESSIVE and t.tag_ == "POS"), None)
        if poss is None or not _owns_body(doc, poss, words):
            continue
        owner = doc[e.start : poss.i]
        if not _personal_name(owner, gaz) \
                or len(owner) == 1 and not _named_elsewhere(owner, e, ents):
            continue
        if e.label_ == "PERSON" and poss.i + 1 == e.end:
            continue  # "Ana Reyes's" already the person's
        made.append(SpacySpan(doc, e.start, poss.i, label="PERSON"))
        if poss.i + 1 < e.end:
            made.append(SpacySpan(doc, poss.i + 1, e.end, label="ORG"))
    return _replace(ents, made) if made else ents
