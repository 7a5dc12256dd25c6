"""Which reported figures disagree: ranges from qualifiers, comparable units, the subject.

A figure "over 1,000" allows [1000, ∞), "approximately 1,100" [990, 1210], "3,000" exactly 3000
(rules in ``kg/data/figures.yaml``). Two figures of the same subject, comparable unit and
period conflict when their ranges do not overlap. Pure functions; ``kg.graph.rdf`` writes the result
as ``kg:FigureConflict`` groups (``kg:conflictingFigure`` members).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.yaml_loader import load_yaml

FIGURES_FILE = Path(__file__).resolve().parent.parent / "data" / "figures.yaml"
AFTER_WORDS = 4  # words after the number searched for "among"/"of" ("casualties among …")


@dataclass(frozen=True)
class FigureRules:
    comparable: Mapping[str, str]
    ranges: Mapping[str, tuple[float, float]]
    increments: frozenset[str]
    measures: frozenset[str]


@lru_cache(maxsize=1)
def figure_rules(path: Path = FIGURES_FILE) -> FigureRules:
    data = load_yaml(path)
    ranges = {
        str(q).lower(): (float(lo if lo is not None else 0.0),
                         float(hi) if hi is not None else math.inf)
        for q, (lo, hi) in (data.get("ranges") or {}).items()
    }
    return FigureRules(
        comparable={str(k): str(v) for k, v in (data.get("comparable_units") or {}).items()},
        ranges=ranges,
        increments=frozenset(str(q).lower() for q in data.get("increments") or ()),
        measures=frozenset(str(m) for m in data.get("compared_measures") or ()),
    )


def value_range(value: float, qualifier: str | None, rules: FigureRules | None = None
                ) -> tuple[float, float] | None:
    """The values a qualified figure allows; None for an increment ("another 1,000")."""
    rules = rules or figure_rules()
    q = (qualifier or "").lower()
    if q in rules.increments:
        return None
    low, high = rules.ranges.get(q, (1.0, 1.0))
    return (value * low, value * high)


def comparison_key(subject: str | None, unit: str | None, measure: str | None,
                   rules: FigureRules | None = None) -> tuple[str, str] | None:
    """(subject, comparable unit) — figures are compared only within one key; None when the
    subject or unit is unknown or the measure is not a running total (payments add up)."""
    rules = rules or figure_rules()
    if not subject or not unit or measure not in rules.measures:
        return None
    return (subject, rules.comparable.get(unit, unit))


def disagree(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Two ranges that cannot both be right."""
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])


class ConflictFinder:
    """The earlier figures a new figure disagrees with (kg.graph.figures.disagree), found in
    time near-linear in the figures rather than by comparing every pair.

    Figures are kept per (comparison key, period). A period's lowest upper bound and highest
    lower bound tell whether any of its figures disagrees with a new range; two heaps per
    conflict group and source period (by upper bound, by lower bound) hand out each figure
    that disagrees once, after which it is a member of that group and leaves the heaps.
    Periods compare as in kg:FigureConflict: a figure of period P meets figures of P and of no
    period, in group P; a figure of no period meets every period Q, in group Q."""

    def __init__(self) -> None:
        self._periods: dict[Hashable, dict[str, None]] = {}
        self._figures: dict[tuple, list[tuple[Hashable, float, float]]] = {}
        self._bounds: dict[tuple, tuple[float, float]] = {}  # (lowest high, highest low)
        self._pending: dict[tuple, list] = {}  # [by high, by -low, figures pushed]

    def __contains__(self, key: Hashable) -> bool:
        return key in self._periods

    def add(self, key: Hashable, figure: Hashable, span: tuple[float, float], period: str
            ) -> None:
        """Record a figure, after its conflicts were taken."""
        self._periods.setdefault(key, {})[period] = None
        low, high = span
        self._figures.setdefault((key, period), []).append((figure, low, high))
        bound = self._bounds.get((key, period))
        self._bounds[(key, period)] = ((high, low) if bound is None
                                       else (min(bound[0], high), max(bound[1], low)))

    def conflicts(self, key: Hashable, span: tuple[float, float], period: str,
                  is_member: Callable[[str, Hashable], bool]
                  ) -> Iterator[tuple[str, Hashable | None]]:
        """(group period, None) for each group a new figure of ``span`` and ``period`` joins,
        each followed by (group period, earlier figure) for the earlier figures that disagree
        with it and are not yet members of that group (``is_member``, asked when each is
        handed out: the caller records members as they come)."""
        periods = self._periods.get(key, {})
        sources = [(period, period), (period, "")] if period else [(q, q) for q in periods]
        low, high = span
        for group, source in sources:
            if source not in periods:
                continue
            lowest_high, highest_low = self._bounds[(key, source)]
            if not (lowest_high < low or high < highest_low):
                continue
            yield group, None
            by_high, by_low = self._heaps(key, group, source)
            while by_high and by_high[0][0] < low:
                figure = heapq.heappop(by_high)[2]
                if not is_member(group, figure):
                    yield group, figure
            while by_low and high < -by_low[0][0]:
                figure = heapq.heappop(by_low)[2]
                if not is_member(group, figure):
                    yield group, figure

    def _heaps(self, key: Hashable, group: str, source: str) -> tuple[list, list]:
        pending = self._pending.setdefault((key, group, source), [[], [], 0])
        by_high, by_low, pushed = pending
        figures = self._figures[(key, source)]
        for n in range(pushed, len(figures)):  # the figures recorded since the last look
            figure, low, high = figures[n]
            heapq.heappush(by_high, (high, n, figure))
            heapq.heappush(by_low, (-low, n, figure))
        pending[2] = len(figures)
        return by_high, by_low


@dataclass(frozen=True)
class Name:
    """One way the text may name an entity (label or alias), with the entity's key."""

    text: str
    key: str


def name_pattern(names: Iterable[Name]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex matching any of ``names`` as whole words, longest first, and name → key."""
    table = {n.text: n.key for n in names if len(n.text) > 2}
    if not table:
        return None, table
    alternatives = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
    return pattern, table


def figure_subject(statement: str, as_stated: str, counted: str | None, title: str,
                   pattern: re.Pattern[str] | None, table: Mapping[str, str]) -> str | None:
    """Whose figure it is: the entity named in the counted phrase ("North Korean soldiers"), else
    just after the number ("casualties among North Korean troops"), else nearest before it
    ("Ukraine's military has suffered 45,100"), else first in the article's title."""
    if pattern is None:
        return None

    def first(text: str, last: bool = False) -> str | None:
        found = [table[m.group(0)] for m in pattern.finditer(text)]
        return (found[-1] if last else found[0]) if found else None

    at = statement.find(as_stated) if as_stated else -1
    after = statement[at + len(as_stated):].split() if at >= 0 else []
    before = statement[:at] if at >= 0 else ""
    # "1,000 North Korean casualties", "casualties among North Korean troops" — not "soldiers
    # to Russia" (a destination), so only the two words after the number or after among/of.
    near = after[:2]
    for i, word in enumerate(after[:AFTER_WORDS]):
        if word.lower() in ("among", "of"):
            near = after[i + 1 : i + 4]
            break
    # Before the number the clause's subject comes first ("North Korean troops who fought
    # Ukrainian forces have suffered around 1,100 casualties").
    return first(counted or "") or first(" ".join(near)) or first(before) or first(title)
