"""Names kg cut short at the front: "the Group of 20" (NER: "Group of" + a number) and "the
U.S. Interior Department" (the state dropped, the rest an unlisted body) are listed in
organisations.yaml, spelt out or short ("G20"), so each is one whole name and one node
(issue 12, h-ent19). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _mentions(run, text: str) -> set[tuple[str, str, str | None]]:
    """(surface text, class, key) of every entity mention in ``text``."""
    mentions, _ = run(text)
    return {(m.span.text, m.cls, m.key) for m in mentions}


@pytest.mark.parametrize(("text", "surface", "key"), [
    ("Finance ministers of the Group of 20 met in Osaka on Friday.", "Group of 20",
     "Group of 20"),
    ("The talks were held on the sidelines of a G20 summit.", "G20", "Group of 20"),
    ("Leaders of the Group of Eight will gather in Scotland next month.", "Group of Eight",
     "Group of Eight"),
    ("The Group of Seven condemned the missile launch on Sunday.", "Group of Seven",
     "Group of Seven"),
    ("Both ministers spoke at the G7 meeting in Rome.", "G7", "Group of Seven"),
])
def test_groups_of_states_are_whole_names(run, text, surface, key):
    found = _mentions(run, text)
    assert (surface, "Agency", key) in found
    assert not any(s.startswith("Group of") and s != surface for s, _, _ in found)


def test_a_numbered_weapon_is_no_group(run):
    found = _mentions(run, "The rebels fired FROG-7 rockets at the town.")
    assert not any(key in ("Group of Seven", "Group of Eight") for _, _, key in found)


@pytest.mark.parametrize(("text", "surface", "key"), [
    ("The U.S. Interior Department said the lease sale would go ahead.",
     "U.S. Interior Department", "United States Department of the Interior"),
    ("Last week the U.S. Treasury Department lifted sanctions on two banks.",
     "U.S. Treasury Department", "United States Department of the Treasury"),
    ("A Treasury Department spokesman declined to comment.", "Treasury Department",
     "United States Department of the Treasury"),
])
def test_us_departments_keep_their_state(run, text, surface, key):
    found = _mentions(run, text)
    assert (surface, "Agency", key) in found
    assert not any(s in ("Interior Department", "Treasury Department") and k is None
                   for s, _, k in found)
