"""A state's "military" before plural people it sends or who speak of it ("Soviet military
advisers", "French military instructors") is a nationality phrase, no mention of its armed
forces; a title that is the forces' own voice ("a military spokesman") and the forces named
as a subject stay the body (issue 12, h-ent66). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _mentions(run, text: str) -> set[tuple[str, str]]:
    """(surface text, class) of every entity mention in ``text``."""
    mentions, _ = run(text)
    return {(m.span.text, m.cls) for m in mentions}


@pytest.mark.parametrize(("text", "state"), [
    ("About 400 Soviet military advisers arrived in Aden last month.", "Soviet"),
    ("Brazilian military attaches watched the exercise from the shore.", "Brazilian"),
    ("Some 50 American military technicians will stay behind in Tunis.", "American"),
])
def test_military_before_people_sent_is_the_state(run, text, state):
    found = _mentions(run, text)
    assert (state, "Country") in found
    assert not any(cls == "Agency" and "military" in surface for surface, cls in found)


@pytest.mark.parametrize(("text", "body"), [
    ("A Soviet military spokesman said the convoy had left.", "Soviet military"),
    ("The Soviet military has sent two cruisers to the port.", "Soviet military"),
])
def test_the_forces_voice_or_subject_stays_the_body(run, text, body):
    assert (body, "Agency") in _mentions(run, text)
