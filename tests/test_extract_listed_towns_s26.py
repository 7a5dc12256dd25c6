"""Issue 12, stop 26 (h-ent11): one-word names coordinated with a known town are towns,
whatever NER took them for (alone, or several joined into one span). All sentences
invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, town", [
    ("The storm struck Split and Kastelan on Monday.", "Kastelan"),
    ("The earthquake damaged Zagreb and Sisak badly.", "Sisak"),
    ("The squadrons will be based at Varnholm, Emmen and Ostervik.", "Ostervik"),
    ("The squadrons will be based at Varnholm, Emmen and Ostervik.", "Varnholm"),
])
def test_name_listed_with_a_town_is_a_place(run, text, town):
    mentions, _ = run(text)
    assert (town, "Region") in [(m.span.text, m.cls) for m in mentions]


PEOPLE = (("Presidents Lincoln and Jackson both opposed the bank.", "Jackson"),
          ("Maria Kastelan met officials in Split, and Kastelan said the talks went well.",
           "Kastelan"))


def test_people_stay_people(run):
    """A town's name may be a person's; a word of a full name in the story stays one."""
    for text, person in PEOPLE:
        assert "Region" not in [m.cls for m in run(text)[0] if m.span.text == person], text
