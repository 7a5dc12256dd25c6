"""Issue 12, stop 58 (h-sup86): a supply told in a reduced relative on the weapons ("jets
supplied by X", "frigates bought from X") with no recipient of its own went to the subject of
the verb of taking in that governs them: "received", "took delivery of", "took over the first
of" (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize("text, expected", [
    ("Kenya received Su-30 jets supplied by Belarus under the deal.",
     ("Belarus", "Kenya")),
    ("Kenya has taken delivery of the first Su-30 jets supplied by Belarus under the deal.",
     ("Belarus", "Kenya")),
    ("Ghana took delivery in 2019 of a corvette donated by South Korea.",
     ("South Korea", "Ghana")),
    ("The Chilean navy took over the first of two frigates bought from the Netherlands at a "
     "ceremony on Friday.", ("Netherlands", "Navy (Chile)")),
    ("Peru took over the last of four corvettes bought from Italy on Monday.",
     ("Italy", "Peru")),
])
def test_taker_of_supplied_weapons_receives(run, text, expected):
    assert expected in _supplies(run, text)


@pytest.mark.parametrize("text", [
    "Russia criticised the Su-30 jets supplied by Belarus to Ghana.",
    "Kenya took a photograph of the corvette donated by South Korea.",
    "Kenya took part in a parade of frigates bought from the Netherlands.",
])
def test_no_taker_no_recipient(run, text):
    recipients = {b for _, b in _supplies(run, text)}
    assert "Kenya" not in recipients and "Russia" not in recipients
