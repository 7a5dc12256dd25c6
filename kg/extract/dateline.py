"""The wire dateline that opens a line ("CANBERRA, Aug 10 (Reuters) - "): one reader.

``datelines`` reads a document's datelines once, from its text and tokens alone (it needs no
parse: ``kg.extract.nlp.LinesApart`` reads them before the parser), and every rule that asks
where a dateline is, where its city ends or where its lead begins asks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.tokens import line_bounds, text_of

# A wire dateline: "WASHINGTON, Aug 8 (Reuters) - ", "PARIS, Nov. 18 — "
# (the city may be missing where the small model split it off as a sentence of its own)
# (a place may follow the city: "ARUSHA, Tanzania, Aug 4 - ", "FORT WORTH, Texas, Sept 2 (AP)
# - "; h-prec2)
DATELINE = re.compile(r"(?:[A-Z][A-Z .'/-]+)?(?:, [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*)?,"
                      r"(?: [A-Z][a-z]{2,}\.?(?: \d{1,2})?)?"
                      # "(Reuters)", and a year in brackets: "QUITO, February 3 (2009) - "; a
                      # dateline the parser split off as its own sentence ends at the dash
                      r"(?: \([A-Za-z0-9 .-]+\))? ?[-\u2013\u2014]+(?: |$)")
# The rest of a dateline whose city (and comma) the parser split off as sentences of their own
# ("HARARE" | "," | "August 21 (1998) - Zimbabwe has …"): the date and dash that open the
# story's first sentence (h-claim3)
SPLIT_DATELINE = re.compile(r"[A-Z][a-z]{2,}\.? \d{1,2}(?: \([A-Za-z0-9 .-]+\))? ?"
                            r"[-\u2013\u2014]+(?: |$)")
# The state that follows a split-off city before the date ("India, " of "GAUHATI" | ", India,
# Feb 21 (1983) - …"; h-coref8)
DATELINE_PLACE = re.compile(r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*, ")
REACH = 120  # the characters a dateline may span
CITY_WORDS = 4  # the words of a dateline's city at most ("PORT MORESBY", "NUKU'ALOFA")


@dataclass(frozen=True)
class Dateline:
    """A dateline that opens a line: its first token, the first token after its dash (its
    lead's first word, or the line's end), whether its dash ends right where that word begins
    (it can be read as a piece of its own), and the end of its upper-case city (the comma
    after it; None where the line opens with no such city)."""

    start: int
    lead: int
    glued: bool
    city_end: int | None


_READ: WeakKeyDictionary[Doc, tuple[int, dict[int, Dateline]]] = WeakKeyDictionary()


def datelines(doc: Doc) -> dict[int, Dateline]:
    """The datelines that open ``doc``'s lines, by first token: a line starts at the first
    token and after each token that holds a line break, and opens with a dateline where its
    first character is upper case and ``DATELINE`` matches there (within ``REACH``)."""
    read = _READ.get(doc)
    if read is not None and read[0] == len(doc):
        return read[1]
    out: dict[int, Dateline] = {}
    if len(doc):
        text = text_of(doc)
        idx = doc.to_array(IDX)
        starts, ends = line_bounds(doc)
        for a in starts.tolist():
            start = int(idx[a])
            if not text[start:start + 1].isupper():
                continue
            line = DATELINE.match(text, start, start + REACH)
            if line is None:
                continue
            b = int(ends[numpy.searchsorted(ends, a)]) if len(ends) and ends[-1] > a \
                else len(doc)  # the line's end
            k = int(numpy.searchsorted(idx, line.end()))
            glued = a < k < b and int(idx[k]) == line.end()
            out[a] = Dateline(a, min(k, b), glued, _city_end(doc, doc[a]))
    _READ[doc] = (len(doc), out)
    return out


def _city_end(doc: Doc, t: Token) -> int | None:
    """The end of the upper-case place that opens a line at token ``t`` and is followed by a
    comma ("DUBAI, April 11 …", "NUKU'ALOFA, …"); None where ``t`` opens no such place."""
    if not (t.is_upper and t.is_alpha and len(t) > 1):
        return None
    end = t.i
    while end < len(doc) and end - t.i < CITY_WORDS and (doc[end].is_upper and doc[end].is_alpha
                                                         or doc[end].text in ("-", "'")):
        end += 1
    return end if end < len(doc) and doc[end].text == "," else None


def dateline_of(sent: SpacySpan) -> Dateline | None:
    """The dateline that opens ``sent``, if any."""
    return datelines(sent.doc).get(sent.start)


def dateline_at(doc: Doc, i: int) -> Dateline | None:
    """The dateline whose words (city, date or dash) hold token ``i``: also where the parser
    began a sentence inside it ("HARARE" | "," | "August 21 (1998) - Zimbabwe …")."""
    return next((line for line in datelines(doc).values() if line.start <= i < line.lead), None)


def after_dateline(sent: SpacySpan) -> SpacySpan:
    """``sent`` from the first word after the wire dateline that opens it ("LIMA, May 3
    (Reuters) - The Navy has sent …" from "The")."""
    line = dateline_of(sent)
    if line is None or line.lead >= sent.end:
        return sent
    return sent.doc[line.lead : sent.end]


def first_city(doc: Doc, within: int) -> tuple[int, int] | None:
    """The (start, end) of the city of the first dateline that opens a line among ``doc``'s
    first ``within`` tokens ("DUBAI" of "DUBAI, April 11 (Reuters) - …")."""
    for line in datelines(doc).values():  # (in token order)
        if line.start >= within:
            return None
        if line.city_end is not None:
            return line.start, line.city_end
    return None
