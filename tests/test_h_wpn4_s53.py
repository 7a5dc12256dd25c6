"""Issue 12, stop 53 (h-wpn4): an unlisted name that a maker's participle describes ("the
Indian-made X", "the British-built X", "the locally designed X") is a made system, a Weapon,
in every mention of its document; sentences written for these tests, real spaCy parse."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """Surface forms of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == cls}


OTHER = ("Person", "Region", "Agency")


@pytest.mark.parametrize("text, name", [
    ("The Korean trainer beat the Indian-made Marwari, Pakistan's JF-17 and the Turkish Hurjet "
     "in the tender.", "Marwari"),
    ("Wellington chose the Skyhawk over the British-built Kestrelan and the French Mirage.",
     "Kestrelan"),
    ("The army said the locally designed Bhairav was still not ready for series production.",
     "Bhairav"),
])
def test_a_name_made_by_a_maker_is_a_weapon(run, text, name):
    assert name in _of(run, text, "Weapon")
    assert not any(name in _of(run, text, c) for c in OTHER)


def test_every_mention_of_a_made_name_is_the_weapon(run):
    text = ("The army said the locally designed Bhairav was still not ready after 20 years. "
            "The laboratory which developed the Bhairav blamed changing requirements.")
    mentions, _ = run(text)
    found = [m.cls for m in mentions if m.span.text == "Bhairav"]
    assert found == ["Weapon", "Weapon"]


def test_a_person_with_no_maker_stays_a_person(run):
    text = "The minister said Rahul Bhairav would visit the locally built factory next week."
    assert "Rahul Bhairav" in _of(run, text, "Person")


@pytest.mark.parametrize("text, names", [
    ("The air force is to disband its Hunter and Gnat squadrons by 1985.", {"Hunter"}),
    ("Delhi chose the jet to replace its ageing Canberra and Hunter squadrons.", {"Hunter"}),
])
def test_names_coordinated_before_a_kind_are_weapons(run, text, names):
    assert names <= _of(run, text, "Weapon")
    assert not any(names & _of(run, text, c) for c in OTHER)


def test_a_listed_capital_before_squadrons_stays_a_place(run):
    text = "Delhi chose the jet to replace its ageing Canberra and Hunter squadrons."
    assert "Canberra" not in _of(run, text, "Weapon")


def test_families_before_a_plain_noun_stay_people(run):
    text = "The Smith and Jones families flew to Darwin on an air force aircraft."
    assert not {"Smith", "Jones"} & _of(run, text, "Weapon")
