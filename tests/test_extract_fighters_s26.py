"""Issue 12, stop 26 (h-ent11): "fighters" after a name are a group's combatants, not jets,
where a cause or faith word or a count in the thousands says so. All sentences invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Aid workers said about 3,000 Kirundo fighters had crossed into the valley.",
    "Officials said at least 12,000 Mbanza fighters were still in the east.",
    "The town fell to the mostly Christian Korani fighters on Sunday.",
    "The government calls them Velmani freedom fighters, not terrorists.",
    "Thousands of Banyoro fighters were still in the hills, the envoy said.",
])
def test_combatants_are_no_weapon(run, text):
    mentions, _ = run(text)
    assert [m.span.text for m in mentions if m.cls == "Weapon"] == []


@pytest.mark.parametrize("text, weapon", [
    ("Kenya bought 24 Rafale fighters from France.", "Rafale fighters"),
    ("The air force flew its Viggen fighters over the capital.", "Viggen fighters"),
    ("Peru received 12 F-16 fighters last year.", "F-16 fighters"),
])
def test_jets_stay_weapons(run, text, weapon):
    mentions, _ = run(text)
    assert (weapon, "Weapon") in [(m.span.text, m.cls) for m in mentions]
