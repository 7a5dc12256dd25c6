"""Issue 12, stop 29 (h-sup15): the item of supply pairs, named as dev gold names it (sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

# --- Soviet surface-to-air systems under their NATO reporting names (d221, d362, d384, d399) --


@pytest.mark.parametrize("text, system", [
    ("Egypt agreed to buy Soviet SA-8 missiles in the spring.", "9K33 Osa"),
    ("The Soviet Union has sold SAM-6 missiles to Iraq.", "2K12 Kub"),
    ("Moscow supplied Algeria with SA-6 launchers last year.", "2K12 Kub"),
    ("The Soviet Union delivered SA-5 batteries to Libya in 1985.", "S-200"),
])
def test_a_reporting_name_is_its_system(role_pairs, text, system):
    items = {i for _, i in role_pairs(text, roles=("supplier", "item"))}
    assert system in items


def test_a_reporting_name_keeps_its_modifiers(run):
    mentions, _ = run("Syria bought Soviet SA-8 mobile anti-aircraft missiles last year.")
    assert [m.key for m in mentions if m.cls == "Weapon"] == ["9K33 Osa"]


def test_other_reporting_names_are_left_as_written(run):
    # dev gold keeps "SA-2" and "SA-3" as written: no system name is put on them
    mentions, _ = run("The Soviet Union supplied SA-2 missiles to North Vietnam.")
    assert "S-75" not in {m.key for m in mentions}


# --- the short name of a well-known type: "Hornet(s)" is the F/A-18 (d28, d338, d400) ------


@pytest.mark.parametrize("text", [
    "Canada ordered 40 Hornet fighters from the United States.",
    "The Hornets will replace the air force's older jets.",
    "Officials said the Hornet was chosen over the F-16.",
])
def test_the_short_name_is_the_type(run, text):
    mentions, _ = run(text)
    assert "F/A-18" in {m.key for m in mentions if m.cls == "Weapon"}


def test_a_lower_case_hornet_is_no_weapon(run):
    mentions, _ = run("A hornet stung the pilot before the flight.")
    assert not [m for m in mentions if m.cls == "Weapon"]
