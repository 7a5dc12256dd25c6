"""Issue 12, h-wpn1 (stop 51): generic weapon kinds that gold does not give (sentences written
for these tests, real spaCy parse). A kind word that only qualifies a person, a part, a load or
a site is no Weapon; a kind word inside a unit's title-case name is part of that Agency; a
named system's mention runs on to its kind noun across hyphenated modifiers."""

from __future__ import annotations

import pytest

from tests.test_extract_wpn import _weapons


def _agencies(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Agency"}


# --- "missile crewmen", "motor rifle troops", "rocket boosters": a modifier, no Weapon (E4
# is a kind named by itself) ------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Two battalions of motor rifle troops were flown to the region.", "rifle"),
    ("Cairo said Moscow had sent about 900 missile crewmen to Egypt this year.", "missile"),
    ("Residents fear that rocket boosters could fall on homes near the range.", "rocket"),
    ("The firm will open a plant in Wales to make artillery barrels for the army.", "artillery"),
    ("The old jet can carry a bomb load of two tons.", "bomb"),
    ("The state hosts one of the three fields of nuclear missile silos.", "missile"),
    ("The opposition said Tokyo should be able to strike enemy missile bases.", "missile"),
])
def test_kind_that_only_modifies_a_person_part_or_site_is_no_weapon(run, text, word):
    assert not {w for w, _ in _weapons(run, text) if word in w.lower()}


def test_kind_named_by_itself_stays_a_weapon(run):
    assert ("helicopters", "helicopter") in _weapons(
        run, "Chile sold four helicopters to Peru last year, officials said.")


# --- "the 15th Anti-Aircraft Regiment", "the Royal New Zealand Artillery": a unit's name, an
# Agency, not the kind ----------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("The soldiers will live at the barracks of the 12th Anti-Aircraft Regiment near Lodz.",
     "12th Anti-Aircraft Regiment"),
    ("The gunners belong to the Royal New Zealand Artillery, officers said on Monday.",
     "Royal New Zealand Artillery"),
])
def test_kind_inside_a_unit_name_is_the_unit(run, text, unit):
    assert unit in _agencies(run, text)
    assert not _weapons(run, text)


# --- "NLAW short-range anti-tank missiles": the system's one mention -----------------------

@pytest.mark.parametrize("text, system", [
    ("The weapons are NLAW short-range anti-tank missiles, made in Sweden.", "NLAW"),
    ("The troops flew in Mi-26 heavy-lift helicopters to the ridge.", "Mi-26"),
])
def test_system_runs_on_to_its_kind_across_hyphenated_words(run, text, system):
    found = _weapons(run, text)
    assert any(w.startswith(system) and w.endswith(("missiles", "helicopters")) for w, _ in found)
    assert not {k for _, k in found if k in ("anti-tank missile", "helicopter")}
