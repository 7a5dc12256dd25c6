"""Issue 12, stop 78 (h-ent80): (1) a demonym that an ethnic word opens or a minority noun
follows ("ethnic Hungarians living in Romania", "the Greek minority") names an ethnic group
living in another state, no mention of the state (dev E9's stop-72 clause); where the story
names that state by its demonyms alone, its other demonyms are the group too, and a state the
story names otherwise keeps its mentions. (2) A state's name that also names a subdivision of
another state the story mentions ("Fort Gordon, Georgia", "a base in Georgia."), set off after
a place's name as its qualifier, is that subdivision, a Region keyed as regions.yaml lists it
("Georgia (U.S. state)"), where the story names the namesake state no other way. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, set[str]]:
    mentions, _ = run(text)
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(m.cls, set()).add(m.key or m.lemma)
    return out


@pytest.mark.parametrize(("text", "state"), [
    ("Police in Romania arrested ten ethnic Hungarians after the protest in Cluj on Friday.",
     "Hungary"),
    ("The new law gives the Greek minority in the south of Albania schools of its own.",
     "Greece"),
    # the group's other demonyms in the story are the group too
    ("Ethnic Albanian rebels attacked a police station near Tetovo. The two Albanian parties "
     "in the Macedonian parliament condemned the attack.", "Albania"),
])
def test_an_ethnic_group_is_no_mention_of_a_state(run, text, state):
    assert state not in _classes(run, text).get("Country", set())


@pytest.mark.parametrize(("text", "state"), [
    # the state named by its name or capital as well: kept
    ("About 200,000 ethnic Hungarians live in Serbia, and Budapest has protested the new law.",
     "Hungary"),
    ("Greece said the Greek minority in Albania had been harassed.", "Greece"),
    # a demonym with no ethnic cue: a mention of the state (E9's nationality rule)
    ("Thousands of Albanians fled the fighting last year.", "Albania"),
])
def test_a_state_named_otherwise_keeps_its_mentions(run, text, state):
    assert state in _classes(run, text).get("Country", set())


@pytest.mark.parametrize("text", [
    "The United States said its 3rd Brigade had been flown from Fort Gordon, Georgia, to Kuwait.",
    "American instructors trained the Kenyan pilots at Robins Air Force Base in Georgia.",
])
def test_a_us_place_qualified_by_georgia_is_the_us_state(run, text):
    found = _classes(run, text)
    assert "Georgia" not in found.get("Country", set())
    assert "Georgia (U.S. state)" in found.get("Region", set())


@pytest.mark.parametrize("text", [
    "Russian troops rolled into Georgia, and the United States sent a warship to the Black Sea.",
    "The United States said Georgian troops had left Gori, Georgia, on Monday.",
    "The convoy reached Tbilisi, Georgia, as the United States sent an envoy.",
])
def test_georgia_the_state_stays_a_country(run, text):
    assert "Georgia" in _classes(run, text).get("Country", set())
