"""Normalise date phrases from article text against the article's publication date.

"on Monday" → the Monday on or before the publication date; "in October" → that month of the
publication year, or of the year before when the month lies ahead; "December 18" likewise for
days; "this month"/"last year" relative to publication. Absolute dates need no anchor.
Returns None when the phrase cannot be pinned down ("last week", no publication date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_NOISE = re.compile(r"\b(on|in|at|since|early|mid|late|the|of|beginning|end)\b|[,.]", re.I)


@dataclass(frozen=True)
class NormalDate:
    """A normalised date: ``kind`` is the XSD type name (date, gYearMonth, gYear)."""

    kind: str
    value: str  # lexical form, e.g. "2024-12-23", "2024-10", "2024"


def _month_year(month: int, anchor: dt.date) -> int:
    return anchor.year if month <= anchor.month else anchor.year - 1


def normalise(text: str, published: dt.date | None) -> NormalDate | None:
    """The XSD date/gYearMonth/gYear for a date phrase, or None."""
    words = _NOISE.sub(" ", text.lower()).split()
    if not words:
        return None
    nums = [w for w in words if w.isdigit()]
    years = [int(n) for n in nums if len(n) == 4]
    days = [int(n) for n in nums if len(n) <= 2]
    months = [MONTHS[w] for w in words if w in MONTHS]
    year = years[0] if years else None
    if months:
        month = months[0]
        if year is None:
            if published is None:
                return None
            year = _month_year(month, published)
        if days and 1 <= days[0] <= 31:
            try:
                return NormalDate("date", dt.date(year, month, days[0]).isoformat())
            except ValueError:
                return None
        return NormalDate("gYearMonth", f"{year:04d}-{month:02d}")
    if year is not None and len(words) == 1:
        return NormalDate("gYear", f"{year:04d}")
    if published is None:
        return None
    if len(words) == 1 and words[0] in WEEKDAYS:
        back = (published.weekday() - WEEKDAYS[words[0]]) % 7
        return NormalDate("date", (published - dt.timedelta(days=back)).isoformat())
    phrase = " ".join(words)
    if phrase in ("today", "this day"):
        return NormalDate("date", published.isoformat())
    if phrase == "yesterday":
        return NormalDate("date", (published - dt.timedelta(days=1)).isoformat())
    if phrase == "this month":
        return NormalDate("gYearMonth", f"{published.year:04d}-{published.month:02d}")
    if phrase == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return NormalDate("gYearMonth", f"{first.year:04d}-{first.month:02d}")
    if phrase == "this year":
        return NormalDate("gYear", f"{published.year:04d}")
    if phrase == "last year":
        return NormalDate("gYear", f"{published.year - 1:04d}")
    return None


@dataclass(frozen=True)
class Interval:
    """The days a date phrase covers: ``start``..``end`` inclusive, and how precise it is."""

    start: dt.date
    end: dt.date
    precision: str  # day, week, month or year


def _last_day(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def interval(text: str, published: dt.date | None) -> Interval | None:
    """The interval a date phrase stands for: "on Monday" → that day, "in June" → the month,
    "last week" → the Monday–Sunday week before publication; None when it cannot be pinned."""
    words = " ".join(_NOISE.sub(" ", text.lower()).split())
    if published is not None and words in ("last week", "this week", "past week"):
        monday = published - dt.timedelta(days=published.weekday())
        if words != "this week":
            monday -= dt.timedelta(days=7)
        return Interval(monday, monday + dt.timedelta(days=6), "week")
    norm = normalise(text, published)
    if norm is None:
        return None
    if norm.kind == "date":
        day = dt.date.fromisoformat(norm.value)
        return Interval(day, day, "day")
    if norm.kind == "gYearMonth":
        year, month = map(int, norm.value.split("-"))
        return Interval(dt.date(year, month, 1), _last_day(year, month), "month")
    year = int(norm.value)
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PHRASE = re.compile(
    rf"\b(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"  # December 18(, 2024)
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"  # 18 December (2024)
    rf"|(?:on|last|this)\s+{_DAY}"  # on Monday
    rf"|(?:in|since|during|early|late|mid-?)\s+{_MONTH}(?:\s+\d{{4}})?"  # in June (2024)
    rf"|(?:last|this|past)\s+(?:week|month|year)|yesterday|today)\b",
    re.IGNORECASE,
)


def find_date_phrase(sentence: str) -> str | None:
    """The first date phrase in a sentence ("on Monday", "in June", "last week"), or None."""
    match = _PHRASE.search(sentence)
    return match.group(0) if match else None
