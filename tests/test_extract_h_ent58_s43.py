"""Issue 12, stop 43 (h-ent58): an unknown place name NER takes for an organisation after a
preposition of crossing ("across the", "over the"), a territory's adjective ("the disputed") or
a noun of taking ("the capture of") is a place (sentences written for these tests, none taken
from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text: str, name: str) -> set[str]:
    """The classes of the mentions of ``name`` (with or without "the") in ``text``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text.removeprefix("the ") == name}


@pytest.mark.parametrize("text, name", [
    ("Rebel columns crossed into the province across the Essemba late on Sunday.", "Essemba"),
    ("The coast guard would not enter the disputed Essemba.", "Essemba"),
    ("The army announced the capture of Goma after two days of fighting.", "Goma"),
])
def test_name_after_a_place_word_is_a_region(run, text, name):
    assert _classes(run, text, name) == {"Region"}


@pytest.mark.parametrize("text, name", [
    ("Support for the plan grew across NATO over the summer.", "NATO"),
    ("Senators sought more oversight over the Pentagon and its contractors.", "Pentagon"),
])
def test_body_after_a_crossing_word_stays_a_body(run, text, name):
    assert "Region" not in _classes(run, text, name)
