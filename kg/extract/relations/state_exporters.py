"""A state's own exporter: "Ukraine's state arms exporter, Ukrspetsexport, declined", where
the possessor owns the supplier noun rather than buys from it ("Algeria's main arms
supplier, Russia": Algeria buys) (SU6, SU9; issue 12, stop 66, h-sup103)."""

from __future__ import annotations

from spacy.tokens import Token


def owned_supplier(noun: Token, owners: frozenset[str]) -> bool:
    """Whether the supplier noun ``noun`` is a state's own, by a modifier of ``owners``
    ("state", "state-owned"): its possessor is its home, no recipient."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in owners for c in noun.children)
