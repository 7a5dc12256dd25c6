"""Issue 12, stop 33 (h-ent40): place names with an administrative suffix (sentences written
for these tests, none taken from a corpus; real spaCy parse): "sent units to Wajir District"
names a place, a Region, not a body (dev d462); a body's word before the suffix keeps the
body ("the Kiev Military District")."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


def _classes(run, text):
    mentions, _ = run(text)
    return {(m.key or m.lemma): m.cls for m in mentions}


@pytest.mark.parametrize("text, name", [
    ("The Kenyan government sent troops to Wajir District.", "Wajir District"),
    ("Police reinforcements were flown to Mandera District on Friday.", "Mandera District"),
    ("Rebels fled to Northeastern Province after the raid.", "Northeastern Province"),
])
def test_admin_suffix_names_a_place(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_admin_suffix_place_is_a_destination(run):
    assert ("Kenya", "Wajir District") in _deploys(
        run, "The Kenyan government sent troops to Wajir District.")


@pytest.mark.parametrize("text, name", [
    # a body's word before the suffix: the body stays
    ("Officers of the Kiev Military District met on Monday.", "Kiev Military District"),
    ("The District Court ruled on Monday.", "District Court"),
])
def test_body_word_before_suffix_keeps_the_body(run, text, name):
    assert _classes(run, text).get(name) == "Agency"
