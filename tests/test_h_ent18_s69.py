"""Issue 12, stop 62 (h-ent18): a hyphenated modifier ("close-in", "air-to-air") no longer
ends the scan from an unlisted name to the weapon noun it qualifies: "a Kestrel close-in gun"
is one Weapon. (Its second step, "system" as a head after "weapon"/"defence", fixed articles of
one batch only and was cut by the rule of two.) Sentences written for these tests, real spaCy
parse; no names from any article."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent32_s32 import _keys


def test_a_name_before_a_hyphenated_kind_is_a_weapon(run):
    text = "The patrol ship was armed with a 40mm gun and a Kestrel close-in gun when it was sold."
    assert {c for c, _ in _keys(run, text, "Kestrel close-in gun")} == {"Weapon"}


@pytest.mark.parametrize("text, name", [
    ("Iran's surface-to-air missiles shot down the drone over the gulf.", "Iran"),
    ("Visa said its card-based payment system was down for two hours.", "Visa"),
])
def test_an_actor_or_a_firm_before_a_hyphenated_phrase_stays(run, text, name):
    assert "Weapon" not in {c for c, _ in _keys(run, text, name)}


def test_a_numbered_model_before_a_hyphenated_kind_is_one_weapon(run):
    text = "The frigate is armed with eight anti-ship missiles and two Kestrel 40 close-in guns."
    assert _keys(run, text, "Kestrel 40 close-in guns") == {("Weapon", "Kestrel 40")}
