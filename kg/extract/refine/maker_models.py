"""A maker's name before a model number ("an Acme 707 tanker", "the Acme 212 had turned"):
the two words are the model's name, as makers name their airliners, tankers and light
aircraft, so the maker is no firm named there. Dev gold gives such a model no Company
("where the dev canonical of the system includes the maker's name, a mention with the maker is
the system's own mention", stop 24's point 3; an airliner or a tanker is no Weapon either,
E5), while kg kept the gazetteer's firm before the figure (issue 12, s68 h-ent30). So is a
maker's name that stands for its aircraft ("an air force Acme", "an Acme transport plane";
s68 h-ent32)."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles

# "707", "747SP", "737-800", "1900D": a model number of two to four digits, with a variant's
# letters or second number; a year ("Acme 2015") is none
_MODEL_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)\d{2,4}(?:-\d{1,4})?[A-Z]{0,3}$")


def _before_model_number(e: SpacySpan) -> bool:
    """A firm's span whose last word a model number follows, with no possessive or figure
    between ("Acme 707"; not "Acme's 707", "Acme, 707"), the number naming no count: a plural
    noun after a number of two digits makes it one ("sold Acme 12 jets")."""
    doc = e.doc
    if e.label_ != "Company" or e.end >= len(doc) or not e[-1].whitespace_:
        return False
    number = doc[e.end]
    if not _MODEL_NUMBER.match(number.text):
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return not (len(number.text) == 2 and after is not None and after.tag_ == "NNS")


def makers_of_numbered_models(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` without each firm's span that opens a numbered model's name."""
    return [e for e in ents if not _before_model_number(e)]


_ARTICLES = frozenset({"a", "an", "the"})
# what may follow a maker's name that heads its phrase: no noun, name, figure, hyphen or
# possessive ("the Acme company", "an Acme 707", "the Acme-built jets", "Acme's plant")
_HEAD_ENDS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "PART", "X"})


def _owner_words(doc: Doc, start: int, covered: set[int], roles: Roles) -> int | None:
    """Index of the article opening the phrase that ends before token ``start``, where only
    an owner stands between: another entity's words ("the Ruritania Air …") or a bare
    service's ("an air force …"). None where a company noun or any other word does ("the
    French group Acme", "the missile maker Acme": the firm in apposition)."""
    i = start - 1
    while i >= 0 and doc[i].lower_ not in _ARTICLES and (
            i in covered or doc[i].lower_ in roles.service_words):
        i -= 1
    return i if i >= 0 and doc[i].lower_ in _ARTICLES else None


def _heads_its_phrase(e: SpacySpan, covered: set[int], roles: Roles) -> bool:
    """A listed firm's span that an article opens and nothing nominal follows: "an air force
    Acme, and …", "the Ruritania Air Acme had turned", "the Acme, on a scheduled flight":
    the maker's name stands for its aircraft."""
    doc = e.doc
    name = e[1:] if e[0].lower_ in _ARTICLES else e  # NER's "the" may open the span
    if not e.ent_id_ or not len(name) or any(not t.is_title and not t.is_upper for t in name) \
            or any(t.text in roles.company_suffixes or t.text in roles.org_heads for t in name):
        return False
    if e.end < len(doc) and (doc[e.end].pos_ in _HEAD_ENDS or doc[e.end].text in ("-", "'s")
                             or not e[-1].whitespace_ and doc[e.end].is_alpha):
        return False
    return name.start > e.start or _owner_words(
        doc, e.start, covered - set(range(e.start, e.end)), roles) is not None


def _names_equipment(e: SpacySpan, roles: Roles) -> bool:
    """A listed firm's name before a carrier's role and a plane noun ("an Acme transport
    plane", "two Acme cargo aircraft"): the model of that transport, which is no Weapon (E5),
    not the firm."""
    doc = e.doc
    i = e.end
    while i < len(doc) and doc[i].lower_ in roles.equipment_words:
        i += 1
    return i > e.end and i < len(doc) and doc[i].lemma_.lower() in roles.plane_nouns


def makers_as_aircraft(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """``ents`` without each firm's span that names the maker's aircraft rather than the firm:
    the head of a phrase after an article and an owner, or the model of a transport plane
    (dev gold gives neither a Company: an airliner or a transport is no Weapon, E5)."""
    covered = {i for x in ents for i in range(x.start, x.end)}
    return [e for e in ents if not (e.label_ == "Company" and (
        _heads_its_phrase(e, covered, roles) or e.ent_id_ and _names_equipment(e, roles)))]
