"""Issue 12, h-co2 (stop 65): large arms makers' former and full names are the firm under its
later name (E2), its consortium and its gun maker are firms, and the Swedish CV90 is a Weapon
(companies.yaml, weapons.yaml; sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _keys(run, text, name):
    """(key, class) of the mentions of ``text`` whose words are ``name``."""
    mentions, _ = run(text)
    return {(m.key, m.cls) for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize(("text", "name", "key"), [
    ("Chile ordered twelve Mirage 5 jets from Dassault-Breguet in 1980.", "Dassault-Breguet",
     "Dassault Aviation"),
    ("The British Aircraft Corporation sold Jaguar jets to Oman in 1974.",
     "British Aircraft Corporation", "BAE Systems"),
    ("Howaldtswerke-Deutsche Werft built two submarines for Greece in Kiel.",
     "Howaldtswerke-Deutsche Werft", "HDW"),
    ("China North Industries Corporation delivered armoured vehicles to Kenya last year.",
     "China North Industries Corporation", "Norinco"),
    ("The Eurofighter consortium said it would bid for the Swiss order.",
     "Eurofighter consortium", "Eurofighter GmbH"),
    ("Sweden said Bofors would build the guns under licence.", "Bofors", "Bofors"),
])
def test_a_former_or_full_name_is_the_firm(run, text, name, key):
    assert _keys(run, text, name) == {(key, "Company")}


def test_the_cv90_is_a_weapon(run):
    text = "Latvia will buy 30 CV90 infantry fighting vehicles from Sweden, the ministry said."
    mentions, _ = run(text)
    assert {m.key for m in mentions if m.cls == "Weapon" and "CV90" in m.span.text} == {"CV90"}


def test_a_bofors_howitzer_is_the_weapon_not_the_firm(run):
    # guard: the maker's name before the gun names the howitzer, not a second firm
    text = "India moved dozens of Bofors howitzers to the border, the army said."
    mentions, _ = run(text)
    assert "Company" not in {m.cls for m in mentions if "Bofors" in m.span.text}


def test_the_bare_eurofighter_stays_the_jet(run):
    # guard: the jet's short name is no consortium
    text = "Austria bought 15 Eurofighters from Germany, the ministry said."
    mentions, _ = run(text)
    assert {m.cls for m in mentions if "Eurofighter" in m.span.text} == {"Weapon"}
