"""Issue 12, stop 33 (h-ent36): places that NER missed or took for a body or a person, tested
on sentences written for this file (real spaCy parse): names coordinated with a town or region
that a place preposition governs are places, each its own ("moving to Arad and Cluj", "the
enclaves of Goa, Daman and Diu", "projects at Corpus and Yacyreta": dev d464, d467, d473).
Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize("text, names", [
    # an untagged name listed after a tagged town
    ("Police reinforcements were sent to Arad and Cluj on Friday.", ["Cluj"]),
    # NER's one place of two names joined by a comma: two places, the last one too
    ("The army marched into the coastal enclaves of Goa, Daman and Diu at dawn.",
     ["Goa", "Daman", "Diu"]),
    # one-word names joined by "and" that NER made one body, after "at"
    ("The farmers said the new dam would flood their fields at Corpus and Yacyreta.",
     ["Corpus", "Yacyreta"]),
])
def test_names_coordinated_with_a_place_are_places(run, text, names):
    found = _classes(run, text)
    for name in names:
        assert found.get(name) == "Region", (name, found)


@pytest.mark.parametrize("text, name, cls", [
    # a listed state in the list stays the state
    ("Police reinforcements were sent to Arad and Romania on Friday.", "Romania", "Country"),
    # a person's full name in the story keeps his surname a person's
    ("Lena Vostrik met the mayor. Supplies went to Arad and Vostrik.", "Lena Vostrik", "Person"),
])
def test_coordinated_names_left_alone(run, text, name, cls):
    assert _classes(run, text).get(name) == cls
