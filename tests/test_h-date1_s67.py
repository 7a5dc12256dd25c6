"""The story's state from a "CITY, Country," dateline (issue 12, stop 67, h-date1): the state
the line names after its city is the one a bare body falls back on; a bare "parliament in" a
city no state stands for is of that city's state; a dateline's state may hold "of". Sentences
written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver
from kg.inputs.years import latest_year
from kg.model import DocExtraction, Document


def _agencies(run, gazetteer, text: str) -> set[str]:
    """The keys of every Agency ``text`` resolves to as one document."""
    mentions, relations = run(text)
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text))
    resolver = Resolver(gazetteer)
    resolver.add(DocExtraction(doc, tuple(mentions), tuple(relations)))
    return {e.key for e in resolver.entities.values() if e.cls == "Agency"}


@pytest.mark.parametrize(("text", "state"), [
    # a town no list knows, then its state
    ("Boats for the coast\n\nVELDORA, Ghana, May 9 - The navy took delivery of two patrol "
     "boats on Tuesday.\n\nThe defence minister told parliament that French pilots would "
     "train the crews.", "Ghana"),
    # a known city, then its state
    ("Frigate handed over\n\nKISUMU, Kenya, June 2 - A new frigate was handed over on "
     "Friday.\n\nThe minister told parliament that the ship had cost less than planned.",
     "Kenya"),
])
def test_a_bare_parliament_is_the_state_after_the_datelines_city(run, gazetteer, text, state):
    assert f"Parliament ({state})" in _agencies(run, gazetteer, text)


def test_a_province_after_the_city_gives_no_state(run, gazetteer):
    """Guard: a sub-national place after the city is no state of the story."""
    text = ("Jets leave the base\n\nVELDORA, Ontario, May 9 - Six jets left the base on "
            "Tuesday.\n\nThe minister told parliament that the pilots would return in June.")
    assert not any(key.startswith("Parliament") for key in _agencies(run, gazetteer, text))


def test_a_venue_dateline_is_not_the_storys_state(run, gazetteer):
    """Guard: a headline whose subject is another state makes the dateline's a venue."""
    text = ("Ghana takes delivery of patrol boats from Spanish yard\n\nVELDORA, Spain, May 9 - "
            "The boats were handed over on Tuesday.\n\nThe minister told parliament that the "
            "boats had cost less than planned.")
    assert "Parliament (Spain)" not in _agencies(run, gazetteer, text)
