"""Words an unlisted name ran on into that are no part of it, cut off its end: a conjunction,
preposition or article left dangling ("<helicopter> and", "<hall> by"), a lower-case time
phrase ("<ocean> early next year", "<port> today"), a count ("<ship> three times"), a date
after a preposition ("<operation> in October", "<council> of 1968").

spaCy's NER sometimes ends a name one or more words late; the words it takes are never a
name's last words, and a name that keeps them is a name no gold or gazetteer holds (a false
positive, and a miss of the name itself). A link word before a capitalised word ("the Front
for the Liberation of | Oman") is left to the rules that complete names cut short. A gazetteer
name (an ``ent_id_``) is exact and left alone; so is a name the end-words would leave a single
article of (issue 12, h-ent26). A name NER ran on through a verb's "to" into the verb's
destination ("from Valcartier to Saint-Hubert") is two: the name and the place (h-ent85).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.refine.spans import NAME_LINKS, NUMERIC_TYPES
from kg.model import ENTITY_CLASSES

# parts of speech of a word that links a name to what follows it, never ends one
DANGLING_POS = frozenset({"CCONJ", "SCONJ", "ADP", "DET"})
# link words a name goes on through into capitalised words ("the Movement for Democracy in |
# Liberia", "the Group of Experts on | <state>"): NER's span that ends on one before a capital
# is a name cut short, which later rules complete, not one run on
NAME_GOES_ON = frozenset({*NAME_LINKS, "to", "at", "into"})
# coordinators: before a capital, the name goes on unless a name the gazetteer typed begins
# there ("Super Puma and | Chinook")
COORDINATORS = frozenset({"and", "or"})


def _dangling(e: SpacySpan, end: int, listed: frozenset[int], roles: Roles) -> bool:
    """Whether token ``end - 1`` of ``e`` is a lower-case word that ends no name: a link word
    that no name goes on after, a time word, a number word."""
    doc = e.doc
    t = doc[end - 1]
    if not (t.is_lower and t.is_alpha):
        return False
    if t.lower_ in roles.tail_time_words or t.like_num:
        return True
    if t.pos_ not in DANGLING_POS and t.lower_ not in COORDINATORS:
        return False
    if end != e.end:  # inside the span (after a time word cut): "<name> by early next year"
        return True
    at = end + (end + 1 < len(doc) and doc[end].lower_ == "the")  # "of | the United States"
    if at >= len(doc) or not (doc[at].is_title or doc[at].is_upper):
        return True
    if t.lower_ in COORDINATORS:
        return at in listed
    return t.lower_ not in NAME_GOES_ON and t.lower_ not in roles.joining_particles


def _date(t: Token, roles: Roles) -> bool:
    """A month, a day's name or a year ("October", "Monday", "1968")."""
    return t.lower_ in roles.month_words or t.lower_ in roles.weekday_words \
        or (t.is_digit and len(t) == 4)


def loose_end(e: SpacySpan, roles: Roles, listed: frozenset[int] = frozenset()) -> int:
    """Where ``e`` ends without the words NER ran it on into (``e.end`` when none);
    ``listed``: the token indices where a name the gazetteer typed begins."""
    doc, end = e.doc, e.end
    first = e.start + (e[0].lower_ == "the")  # "the Atlantic early next year": keep a word
    while end - first > 1:
        if _dangling(e, end, listed, roles):
            end -= 1
        elif end - first > 2 and _date(doc[end - 1], roles) and doc[end - 2].is_lower \
                and doc[end - 2].pos_ == "ADP":
            end -= 2  # "in October", "of 1968"
        else:
            break
    return end


def names_without_loose_tails(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """``ents`` with each unlisted name cut before the words it ran on into (values such as
    amounts and dates are left whole)."""
    listed = frozenset(e.start for e in ents if e.ent_id_ or e.label_ in ENTITY_CLASSES)
    out = []
    for e in ents:
        # a value ("$1 billion", "three days") is no name: its count words are its own
        keep = e.ent_id_ or len(e) < 2 or e.label_ in NUMERIC_TYPES or e.label_ == "ORDINAL"
        end = e.end if keep else loose_end(e, roles, listed)
        out.append(e if end == e.end else SpacySpan(doc, e.start, end, label=e.label_))
    return out


def _verb_to(e: SpacySpan) -> Token | None:
    """The first lower-case "to" inside ``e`` (not its first word) that the parser hangs
    outside the span: a verb's "to" phrase NER ran the name on into ("flown from Valcartier
    to Saint-Hubert", "sold the frigate Llandaff to Bangladesh"); a name's own "to" hangs on
    a word of the name ("Brothers to the Rescue")."""
    for t in e[1:]:
        if t.text == "to" and not e.start <= t.head.i < e.end:
            return t
    return None


def names_cut_at_verb_to(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each unlisted name that runs on through a verb's "to" cut before it, and
    the capitalised words after it a place of their own: the destination or recipient of the
    verb ("dispatched the National Force to Vila Velha")."""
    out = []
    for e in ents:
        to = None if e.ent_id_ or e.label_ in NUMERIC_TYPES else _verb_to(e)
        if to is None:
            out.append(e)
            continue
        if to.i - e.start - (e[0].lower_ == "the") > 0:
            out.append(SpacySpan(doc, e.start, to.i, label=e.label_))
        rest = doc[to.i + 1:e.end]
        if rest and (rest[0].is_title or rest[0].is_upper):
            out.append(SpacySpan(doc, rest.start, rest.end, label="GPE"))
    return out
