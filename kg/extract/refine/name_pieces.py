"""One person's name NER cut into pieces that touch: "Ana-Lucia Ferro | Ruiz Vidal" (an
organisation, then a person), "Abdel Karim | Abu Salem" (two people), "Jean Paul | Marie |
Dupont" (a person, a group word, an untagged surname). The pieces stand one space apart with
no punctuation between, and the parser makes them one noun phrase: every word hangs inside the
run and the last word heads it. News English never runs two names together that way (a list
takes commas or "and"), so the run is one Person (issue 12, stop 71, h-ent43)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer
from kg.extract.refine.spans import _replace, _text

PERSON_LABELS = ("PERSON", "Person")
# the labels a piece beside a person may carry: NER's guess at a name it did not know
# (an organisation, a group, a place) or kg's class for such a name; a piece the gazetteer
# knows is that thing, never part of a person's name
PIECE_LABELS = frozenset({*PERSON_LABELS, "ORG", "NORP", "GPE", "LOC", "Agency", "Region"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def joined_name_pieces(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """``ents`` with each run of touching name pieces that holds a person made one PERSON."""
    made: list[SpacySpan] = []
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for e in ents:
        if e.label_ not in PERSON_LABELS or e.ent_id_ or (made and e.start < made[-1].end):
            continue
        pieces = [e]
        while (b := by_end.get(pieces[0].start)) is not None and b.label_ != "NORP" \
                and _piece(b, gaz) and _touch(b, pieces[0]):
            pieces.insert(0, b)  # (no group word first: "Kenyan Ana Ruiz" is the Kenyan Ruiz)
        while pieces[-1].end < len(doc):
            nxt = by_start.get(pieces[-1].end)
            if nxt is None and pieces[-1].end not in tagged:
                nxt = doc[pieces[-1].end:pieces[-1].end + 1]  # an untagged surname
            if nxt is None or not _piece(nxt, gaz) or not _touch(pieces[-1], nxt):
                break
            pieces.append(nxt)
        if len(pieces) < 2:
            continue
        run = doc[pieces[0].start:pieces[-1].end]
        if _one_phrase(run) and not _known_otherwise(run, gaz):
            made.append(SpacySpan(doc, run.start, run.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _touch(a: SpacySpan, b: SpacySpan) -> bool:
    """``a`` then ``b``, one space apart: no comma, no "and", no line break."""
    return a.end == b.start and a[-1].whitespace_ == " " and b[0].text[:1].isupper()


def _piece(x: SpacySpan, gaz: Gazetteer) -> bool:
    """A span that may be part of a person's name: name words only (no title, day or month),
    no gazetteer name, NER's or kg's label of an unknown name (or none, for one word)."""
    if x.label_ and x.label_ not in PIECE_LABELS or x.ent_id_ or gaz.lookup(_text(x)):
        return False
    if not x.label_ and (x[0].pos_ != "PROPN" or x[0].ent_type_):
        return False
    return all(_name_word(t, gaz) for t in x)


def _name_word(t: Token, gaz: Gazetteer) -> bool:
    """A capitalised proper noun that is no title, honorific, day or month, or the hyphen (and
    the lower-case word after it) inside a hyphenated name ("Hamdi-Salah", "Min-jun")."""
    roles, doc = gaz.roles, t.doc
    if t.text == "-":
        return t.i > 0 and not doc[t.i - 1].whitespace_ and not t.whitespace_
    if t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
        return t.is_alpha
    low = t.lower_
    return (t.pos_ == "PROPN" and t.is_alpha and t.text[0].isupper() and not t.is_upper
            and low not in roles.name_lead_words and low not in roles.weekday_words
            and low not in roles.month_words)


def _one_phrase(run: SpacySpan) -> bool:
    """The parser's one name: every word but the last hangs on a word of the run, the last
    hangs outside it, and no article stands before it ("the Marshall Plan" is no person)."""
    *body, head = run
    if any(not run.start <= t.head.i < run.end for t in body):
        return False
    if run.start <= head.head.i < run.end and head.head.i != head.i:
        return False
    before = run.doc[run.start - 1] if run.start else None
    return not (before is not None and before.lower_ in DETERMINERS) \
        and not any(c.lower_ in DETERMINERS for c in head.children)


def _known_otherwise(run: SpacySpan, gaz: Gazetteer) -> bool:
    """The joined words are a gazetteer name of another class."""
    entry = gaz.lookup(_text(run))
    return entry is not None and entry.cls != "Person"
