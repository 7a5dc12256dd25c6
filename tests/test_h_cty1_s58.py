"""A name two states share ("Congo") in a story that names neither state in full: the shared
names row's default (stop 58 of issue 12, h-cty1). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.gazetteer import GazetteerError, _shared_of
from kg.graph.eras import shared_name_keys
from tests.test_eras import _mentions

DRC = "Democratic Republic of the Congo"


def test_congo_row_defaults_to_the_dr_congo(gazetteer):
    rows = {row.names: row for row in gazetteer.shared_names}
    congo = next(row for names, row in rows.items() if "congo" in names)
    assert congo.default == DRC
    korea = next(row for names, row in rows.items() if "korea" in names)
    assert korea.default is None  # war-time "Korea" stays a Region (E12)


@pytest.mark.parametrize(("text", "found", "expected"), [
    # neither Congo named in full: the default
    ("The rebel leader fled on foot to Congo after the fighting.", {"Congo": "Congo"}, DRC),
    ("Uganda said the militia had crossed into eastern Congo.",
     {"Uganda": "Uganda", "Congo": "Congo"}, DRC),
    # the smaller Congo named in full wins over the default
    ("The Republic of the Congo closed its border; Congo said the rebels had left.",
     {"Republic of the Congo": "Republic of the Congo", "Congo": "Congo"},
     "Republic of the Congo"),
    # a row without a default is left alone ("Korea" of the war years)
    ("Turkey sent a brigade to Korea in 1950.", {"Turkey": "Turkey", "Korea": "Korea"}, "Korea"),
])
def test_shared_name_without_its_state_named(gazetteer, text, found, expected):
    mentions, keys = _mentions(text, found)
    out = shared_name_keys(gazetteer, mentions, keys)
    assert out[mentions[-1].span] == expected


def test_both_states_named_keep_the_bare_name(gazetteer):
    text = "The Republic of the Congo and the Democratic Republic of the Congo met; Congo spoke."
    mentions, keys = _mentions(text, {"Republic of the Congo": "Republic of the Congo",
                                      "Democratic Republic of the Congo": DRC,
                                      "Congo spoke": "Congo"})
    assert shared_name_keys(gazetteer, mentions, keys)[mentions[-1].span] == "Congo"


def test_a_default_must_be_a_state_of_its_row(gazetteer):
    row = {"names": ["Congo"], "states": [DRC, "Republic of the Congo"], "default": "Angola"}
    with pytest.raises(GazetteerError, match="default"):
        _shared_of([row], Path("x.yaml"), gazetteer.by_label)


def test_built_graph_has_the_dr_congo_not_a_region(tmp_path):
    """End to end: a story naming only bare "Congo" gets the Country, no "Congo" Region."""
    from kg.building.pipeline import build

    (tmp_path / "congo.txt").write_text(
        "Rebel chief flees\n\nNAIROBI, March 3 (2017) - The rebel commander crossed the border "
        "and fled on foot to Congo on Friday, his spokesman said.\n", encoding="utf-8")
    result = build([tmp_path])
    classes = {ent.key: ent.cls for ent in result.entities.values()}
    assert classes.get(DRC) == "Country"
    assert not any(cls == "Region" and "Congo" in key for key, cls in classes.items())
