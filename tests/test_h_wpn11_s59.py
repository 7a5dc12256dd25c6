"""Issue 12, stop 59 (h-wpn11): a bare plural "mines" or "shells" is the census kind of stop 56
(E4: `landmine`, `artillery shell`); "mines" laid at sea is `naval mine`. A noun before the word
("copper mines") or "the" before it (an anaphor, E7) makes no kind. Sentences written for these
tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Rebel units in Angola planted mines along the mountain road overnight.", "mines", "landmine"),
    ("Chilean engineers removed mines from the farmland near the border.",
     "mines", "landmine"),
    ("The rebels received rifles, mortars and mines from Zambia.",
     "mines", "landmine"),
    ("Serbian gunners fired shells at the hill town for three hours.", "shells", "artillery shell"),
    ("Polish sappers removed unexploded shells from the school yard.", "shells", "artillery shell"),
])
def test_bare_mines_and_shells_are_kinds(run, text, word, kind):
    assert _weapons(run, text).get(word) == kind


@pytest.mark.parametrize("text", [
    # the word's sea sentence: a hull, the waters
    "Norwegian investigators said the tanker was holed by mines fixed to its hull.",
    "Latvia's navy will clear mines left in its coastal waters since the war.",
    # the article names a minesweeper, in another sentence than the mines
    "Two Dutch minesweepers sailed for the gulf on Monday. Officials said mines would stay a "
    "danger for years.",
])
def test_mines_at_sea_are_naval_mines(run, text):
    assert _weapons(run, text).get("mines") == "naval mine"


@pytest.mark.parametrize(("text", "word"), [
    ("Peruvian troops guarded the copper mines in the north.", "mines"),
    ("The firm set up shell companies in Cyprus.", "shell"),
    ("Soldiers laid mines near the river in Chad. The mines killed two farmers.", "The mines"),
])
def test_no_kind_for_pits_compounds_and_anaphors(run, text, word):
    weapons = _weapons(run, text)
    assert word not in weapons, weapons
    if word == "The mines":  # the first, bare mention is still the kind
        assert weapons.get("mines") == "landmine", weapons
