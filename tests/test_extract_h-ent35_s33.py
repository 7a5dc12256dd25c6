"""Issue 12, stop 33 (h-ent35): firms that NER took for an organisation, a place or a person,
tested on sentences written for this file (real spaCy parse): one unlisted name right after the
"by" of a making or rebuilding verb is the maker, a Company ("rebuilt by X in Y", "built at the
Z works and by X": dev d479, d297, d480). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize("text, name", [
    ("The frigates were built by Zelmark in Hamburg.", "Zelmark"),
    ("The rifles are made by Zelmark under licence.", "Zelmark"),
    ("The air force received twelve trainers rebuilt by Corvane in Texas last year.", "Corvane"),
    # "by" coordinated with the verb's place phrase
    ("The tanks will be built at the Royal Arsenal in Leeds and by Marwick in Newcastle.",
     "Marwick"),
    ("The hulls will be built at the state dockyard in Toulon and by Dorvalle in Brest.",
     "Dorvalle"),
])
def test_sole_name_after_making_by_is_a_firm(run, text, name):
    assert _classes(run, text).get(name) == "Company"


@pytest.mark.parametrize("text, name, cls", [
    # a state, listed, stays the state
    ("The corvettes were built by China under a 2015 contract.", "China", "Country"),
    # "by" of a verb that makes nothing
    ("The deal was criticised by Halvorsen in parliament on Monday.", "Halvorsen", None),
])
def test_no_firm_without_a_making_verb(run, text, name, cls):
    found = _classes(run, text)
    assert found.get(name) != "Company"
    if cls is not None:
        assert found.get(name) == cls
