"""Issue 12, stop 34 (h-dep29): the Sinai is a region (sentences written for these tests,
none taken from a corpus; real spaCy parse): the bare name, which NER takes for an
organisation, is the destination of a deployment (dev d493)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Uruguay is sending an infantry battalion to the Sinai.", ("Uruguay", "Sinai Peninsula")),
    ("The Norwegian soldiers left Oslo on Monday for the Sinai, where they will observe the "
     "ceasefire.", ("Norway", "Sinai Peninsula")),
    ("Egypt moved two armoured divisions into the Sinai Peninsula.", ("Egypt", "Sinai Peninsula")),
])
def test_sinai_is_a_destination(run, text, expected):
    assert expected in _deploys(run, text)


def test_sinai_is_no_agency(run):
    mentions, _ = run("Peru is sending observers to the Sinai.")
    assert all(m.cls != "Agency" for m in mentions)
    assert any(m.cls == "Region" and m.key == "Sinai Peninsula" for m in mentions)


def test_no_force_no_deployment(run):
    assert _deploys(run, "Tourists flew to the Sinai for the holidays.") == set()
