"""Issue 12, stop 60 (h-sup93): a supply told by a participle on a later member of a list of
weapons that a verb of holding or relying governs ("flies F-16s bought from the United States,
as well as Mirages bought from France", "relies on M47 and M48 tanks supplied by the United
States"): the holder received it too (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize("text, expected", [
    ("Chile's air force flies about 40 F-16 jets bought from the Netherlands, as well as "
     "Mirage 5 fighters bought from Belgium.", ("Belgium", "Chile")),
    ("The Greek army relies on old M47 and M48 tanks supplied by the United States in the "
     "1960s.", ("United States", "Greece")),
    ("Peru flies Mirage jets and MiG-29 fighters sold by Russia in 1996.", ("Russia", "Peru")),
])
def test_holder_of_list_receives_later_member(run, text, expected):
    supplies = _supplies(run, text)
    assert any(s == expected[0] and expected[1] in r for s, r in supplies), supplies


def test_no_holder_where_verb_equips_its_object(run):
    text = ("Luanda has reinforced the garrison with MiG-21 fighter jets and T-62 tanks "
            "supplied by the Soviet Union.")
    assert not any(r for s, r in _supplies(run, text) if s == "Soviet Union")
