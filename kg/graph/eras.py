"""Era-aware names: "Moscow" is the Soviet Union in a 1985 story and Russia in a 2015 one.

The table is countries.yaml's ``eras`` (``Gazetteer.eras``): names that meant one state until a
year and its successor after. A document's year is its publication date's, else the latest
year its text names (kg/inputs/years.py); a document with no year at all is of the old era
when it names the old state itself ("the Soviet Union") and not its successor ("Russia").
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.gazetteer import Era, normalise_alias
from kg.model import Document, Mention


def document_year(doc: Document) -> int | None:
    """The publication year, else the latest year the text names (``Document.year_named``)."""
    return doc.date.year if doc.date is not None else doc.year_named


def _target(era: Era, year: int | None, named: set[str]) -> str | None:
    """The state the era's names mean in a document of ``year`` naming ``named`` states."""
    old_named = era.state in named and era.successor not in named
    new_named = era.successor in named and era.state not in named
    if year is None:
        return era.state if old_named else None
    if year >= era.until:
        return era.successor
    if era.since is not None and year < era.since:
        return None
    # a later retelling of old events that names only the successor ("Russia") keeps it
    return None if new_named else era.state


def era_keys(eras: Iterable[Era], doc: Document, mentions: Iterable[Mention],
             keys: dict) -> dict:
    """``keys`` (mention span → entity key) with era-aware names re-pointed to the state they
    mean in this document; other mentions keep their key."""
    eras = tuple(eras)
    mentions = tuple(mentions)
    if not eras or not mentions:
        return keys
    forms = {m.span: normalise_alias(m.span.text) for m in mentions}
    era_names = frozenset(n for era in eras for n in era.names)
    # the states the document names by a name of their own (not "Moscow", which is the question)
    named = {keys[m.span] for m in mentions if m.span in keys and forms[m.span] not in era_names}
    year = document_year(doc)
    out = dict(keys)
    for era in eras:
        target = _target(era, year, named)
        if target is None:
            continue
        for m in mentions:
            if forms[m.span] in era.names and out.get(m.span) in (era.state, era.successor):
                out[m.span] = target
    return out
