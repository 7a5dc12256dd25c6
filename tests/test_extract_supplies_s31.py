"""Issue 12, stop 31 (h-sup21): supplies inside accusations (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_supplies_sup6 import _pairs

# --- "accused X of arming and sheltering the rebels": the object of the giving of shelter is
# the armed group too (d427, d266) -----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The government accused Liberia of supplying and harbouring the RUF rebels.",
     ("Liberia", "RUF")),
    ("Liberia sheltered and armed the RUF rebels.", ("Liberia", "RUF")),
])
def test_a_group_armed_and_sheltered_is_the_recipient(run, text, expected):
    assert expected in _pairs(run, text)


def test_shelter_alone_is_no_supply(run):
    assert not _pairs(run, "Liberia had sheltered the RUF rebels for years.")
