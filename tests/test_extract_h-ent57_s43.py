"""Issue 12, stop 43 (h-ent57): a name NER takes for an organisation in the headline, where it
invents organisations, and the lines below all label a place, is that place (sentences written
for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent58_s43 import _classes


@pytest.mark.parametrize("text, name", [
    ("Ministers sign fisheries pact on Lombok\n\nThe two ministers met at a hotel on the "
     "island of Lombok on Friday.", "Lombok"),
    ("Generals agree truce on Mindanao\n\nThe generals met at a base on the island of Mindanao "
     "on Friday.", "Mindanao"),
])
def test_headline_organisation_takes_the_place_label_below(run, text, name):
    assert _classes(run, text, name) == {"Region"}

