"""Issue 12, stop 81 (h-ent84): Namibia was South Africa's mandate until independence in March
1990, so a story dated before then names the territory, a Region (dev README E12; d290, d577);
only a dated story (the dateline's or the publication year), as news of later years names the
war years often. Sentences written for these tests."""

from __future__ import annotations

from test_eras import _mentions

from kg.graph.eras import territory_keys
from kg.inputs.years import dateline_year, latest_year
from kg.model import Document


def _key(gazetteer, text: str, name: str = "Namibia") -> str:
    """The key ``territory_keys`` gives ``name`` (the gazetteer's key: the state) in a
    document of ``text``, its years read as ingest reads them."""
    mentions, keys = _mentions(text, {name: "Namibia"})
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text),
                   year_dated=dateline_year(text))
    return territory_keys(gazetteer, doc, mentions, keys)[mentions[0].span]


def test_a_story_dated_before_independence_names_the_territory(gazetteer):
    text = "LUSAKA, May 4 (1984) - Guerrillas crossed into Namibia on Monday."
    assert _key(gazetteer, text) == "Namibia (territory)"


def test_a_story_dated_after_independence_names_the_state(gazetteer):
    text = "LUSAKA, May 4 (1994) - Troops crossed into Namibia on Monday."
    assert _key(gazetteer, text) == "Namibia"


def test_an_undated_story_that_names_an_old_year_keeps_the_state(gazetteer):
    # (dated only: a later story recalls the war years)
    text = "Namibia, which fought for its independence from 1966, bought two patrol boats."
    assert _key(gazetteer, text) == "Namibia"
