"""Issue 12, stop 23 (h-dep6): deployments onto a place, by men of a unit, and by a transport
that carries the force (sentences written for these tests, none taken from a corpus; real spaCy
parse). Positive and negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop16 import _pairs


@pytest.mark.parametrize("text, expected", [
    ("Italy flew 300 soldiers onto Lampedusa island.", {("Italy", "Lampedusa")}),
    ("Britain sent troops onto the streets of Belfast.", {("United Kingdom", "Belfast")}),
])
def test_onto_names_the_destination(run, text, expected):
    assert _pairs(run, text) == expected
