"""Issue 12, stop 60 (h-sup91): a supply told by a participle on the attribute of "be": "the
navy's biggest ships were two frigates bought from France". The copula's subject names what
was supplied too, and its possessor received it (sentences written for these tests; real
spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies
from tests.test_h_sup67_s49 import _items as _supplier_items
from tests.test_h_wpn5_s53 import _items


@pytest.mark.parametrize("text, expected", [
    ("Chile's biggest warships are two Type 23 frigates bought from Britain.",
     ("United Kingdom", "Chile")),
    ("Until last year Kenya's main battle tanks were T-72 tanks supplied by Ukraine in the "
     "1990s.", ("Ukraine", "Kenya")),
    ("Ghana's newest ship is the patrol vessel Yaa Asantewaa, bought from Germany in 2017.",
     ("Germany", "Ghana")),
])
def test_possessor_of_copula_subject_receives(run, text, expected):
    assert expected in _supplies(run, text)


def test_copula_subject_and_share_name_the_items(run):
    text = ("The corvette, named Kasala after a river, is the first of four ordered from "
            "Naval Group under a 2015 contract.")
    assert {"corvette", "Kasala"} <= _supplier_items(run, text, "Naval Group")


@pytest.mark.parametrize("text", [
    "The tanks were the successors of the M48 tanks bought from the United States.",
    "Russia was the main seller of the jets bought by Peru.",
])
def test_no_copula_holding_without_weapon_attribute(run, text):
    assert "tank" not in _items(run, text)
    assert not any(r == "Russia" for _, r in _supplies(run, text))
