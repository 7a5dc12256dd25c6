"""kg.jsonbytes writes the standard library's bytes and reads what it reads."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kg import jsonbytes
from kg.outputs.parts import ViewParts


def _std(data) -> bytes:
    return json.dumps(data, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8", "surrogatepass")


_LEAVES = (st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text())
_DATA = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_DATA)
def test_dumps_is_json_dumps_byte_for_byte(data) -> None:
    assert jsonbytes.dumps(data) == _std(data)
    assert jsonbytes.loads(jsonbytes.dumps(data)) == json.loads(_std(data))


def test_the_cases_orjson_writes_otherwise_fall_back() -> None:
    cases = [
        [1e-05, 1.23e-07, -4.5e-100, 5e-324],  # orjson: 1e-5, 1.23e-7
        {"name \udcff.txt": "lone \ud800 surrogate"},  # orjson refuses surrogates
        [1e-05, 0.5e-04, 0.00012, 10.00001],  # orjson: 0.00001, 0.00005
        {1: "a", None: "b"},  # keys that are no str
        "<script>&amp;\u2028\u2029\x00\x1f\x7f\"\\ é 😀",
        "text that reads 3e-5 inside a string",
    ]
    for data in cases:
        assert jsonbytes.dumps(data) == _std(data), data
        assert jsonbytes.loads(jsonbytes.dumps(data)) == json.loads(_std(data)), data
    assert jsonbytes.dumps([2**64, -(2**63) - 1]) == b"[18446744073709551616,-9223372036854775809]"


def test_parts_keep_infinite_sort_keys() -> None:
    """A figure whose value is no number sorts last in the summary (key inf): the parts file
    gives the key back, though orjson would write it as null."""
    figures = {"https://e/f1": [None, "many", None, None, None, None, None, math.inf, "many"],
               "https://e/f2": [3000, "3,000", None, "troops", None, None, None, 3000.0,
                                "3,000"]}
    back = ViewParts._of_line(ViewParts(figures=figures)._line())
    assert back.figures == figures
    assert list(back.figures) == list(figures)


def test_growth_record_and_catalog_round_trip(tmp_path) -> None:
    """The growth record keeps open intervals (an infinite end) and names that are not ASCII;
    the catalog keeps a file name that is not UTF-8 (lone surrogates: json's escapes)."""
    from collections import Counter

    import pyoxigraph as ox

    from kg.building.incremental import GROWTH_NAME, Catalog, Growth
    from kg.model import Document

    fig = ox.NamedNode("https://e/figure/1")
    growth = Growth({}, {}, {"k"}, Counter({"supplies": 2}),
                    {("Россия", "troops"): [(fig, (1000.0, math.inf), "2024")]},
                    {(ox.NamedNode("https://e/group/1"), None)}, "d" * 64, 12, "t" * 64)
    (tmp_path / GROWTH_NAME).write_bytes(growth.to_json())
    assert Growth.read(tmp_path) == growth
    docs = (Document(doc_id="a", name="caf\udce9.txt", path=str(tmp_path / "caf\udce9.txt"),
                     text="", sha256="s" * 64,
                     title="Café"),
            Document(doc_id="b", name="b.txt", path=str(tmp_path / "b.txt"), text="", title="B",
                     sha256="b" * 64))
    for catalog in (Catalog(docs, "m", "https://e/"), Catalog(docs[1:], "m", "https://e/")):
        (tmp_path / ".kg-catalog.json").write_bytes(catalog.to_json())
        assert Catalog.read(tmp_path) == catalog
