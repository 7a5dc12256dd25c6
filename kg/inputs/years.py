"""The latest year an article's text names, which dates its era when no publication date is
given: a story is at least as late as the last year it mentions ("in 1977" → 1977 or later)."""

from __future__ import annotations

import re

# A year of the 20th or 21st century written as one: not part of a larger number ("1,990",
# "2.5"), an amount ("$1990") or a count ("1990 troops").
_YEAR = re.compile(
    r"(?<![\d,.$€£])\b(19\d\d|20\d\d)\b(?![,.]\d)"
    r"(?!\s+(?:troops|soldiers|men|people|tonnes|tons|km|kilometres|miles|rounds|shells))")


# A capitalised word inside a sentence (after a word or a comma) that is no month: a number
# after it is part of a name ("Mirage 2000 jets", "PzH 2000", "Expo 2020"), not a
# year ("in May 2000", "Dec. 1999" are dates).
_NAMED = re.compile(
    r"[\w,;] (?!(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.? $)"
    r"[A-Z][A-Za-z-]*\.? $")


def latest_year(text: str) -> int | None:
    """The latest year ``text`` names, or None; a number that ends a name ("Mirage 2000") is no
    year."""
    return max((int(m.group(1)) for m in _YEAR.finditer(text)
                if not _NAMED.search(text, max(0, m.start() - 40), m.start())), default=None)


# A dateline that carries its year: "VIENNA, November 4 (1956) - …", a line's start.
_DATELINE_YEAR = re.compile(
    r"^[A-Z][A-Z .'’-]+,[^\n()]{0,40}\((19\d\d|20\d\d)\)\s*[-–—]", re.MULTILINE)


def dateline_year(text: str) -> int | None:
    """The year a dateline near the top of ``text`` gives ("VIENNA, November 4 (1956) -"),
    or None: unlike ``latest_year``, the story's own year, not a lower bound."""
    m = _DATELINE_YEAR.search(text[:600])
    return int(m.group(1)) if m else None
