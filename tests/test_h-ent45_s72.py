"""A navy's hull prefix that patterns.yaml does not list (an upper-case word of two to five
letters) opens a ship's name right after a ship noun or a naming word: "the frigate XYZ
Name", "named XYZ A and XYZ B" are ships, Weapons, not the body or place NER takes them for
(issue 12, s72 h-ent45). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _weapons(run, text: str) -> set[str]:
    """The surface texts of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize(("text", "ship"), [
    ("The frigate SAS Kestrel sailed into the naval base on Monday after a long voyage.",
     "SAS Kestrel"),
    ("The corvette KNX Merlin docked at the port on Friday, the navy said.",
     "KNX Merlin"),
])
def test_an_unlisted_prefix_after_a_ship_noun_opens_the_name(run, text, ship):
    assert ship in _weapons(run, text)


def test_ships_named_with_an_unlisted_prefix_before_a_listed_place(run):
    # the capital's name is the gazetteer's, so NER leaves the prefix apart from it
    weapons = _weapons(run, "The two patrol boats, named QRS Port of Spain and QRS Osprey, were "
                            "built in Norway last year.")
    assert {"QRS Port of Spain", "QRS Osprey"} <= weapons


def test_a_body_with_the_same_initials_is_no_ship(run):
    weapons = _weapons(run, "The SAS Regiment sent a team to guard the frigate base.")
    assert not any("SAS" in w for w in weapons)
