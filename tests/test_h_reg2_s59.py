"""Issue 12, h-reg2 (stop 59): a continent's adjective that opens a body's name ending in
"Community" ("the European Community", "the East African Community") is part of that name, no
mention of the continent (E13 counts the adjective before a lower-case noun only). The name
is an organisation's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys


@pytest.mark.parametrize("text, name, region", [
    ("The European Community agreed on Friday to study a ban on gun exports to the junta.",
     "European Community", "Europe"),
    ("Delegates said the European Community's trade ministers would meet in Brussels.",
     "European Community", "Europe"),
    ("The East African Community sent observers to the border talks in May.",
     "East African Community", "Africa"),
])
def test_the_adjective_opens_the_bodys_name(run, text, name, region):
    assert name in _keys(run, text, "Agency")
    assert region not in _keys(run, text, "Region")


@pytest.mark.parametrize("text, region", [
    # before a lower-case noun the adjective still names the continent (E13)
    ("European diplomats said the community of donors would meet again.", "Europe"),
    ("Several African governments asked for the jets to be held back.", "Africa"),
])
def test_the_adjective_before_a_common_noun_still_names_the_region(run, text, region):
    assert region in _keys(run, text, "Region")
