"""Issue 12, stop 27 (h-ent12): names of entities other than agreements, tested on sentences
written for this file (real spaCy parse). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes

# --- a system's name with an "anti-tank" role before its noun -----------------------------
# "tank" after "anti-" says what the weapon is for, not what it is: the span goes on to the
# noun ("Milan anti-tank missiles", d365; "Hellfire anti-tank missiles", d336)

@pytest.mark.parametrize("text, span", [
    ("The army fired Korvan anti-tank missiles at the column.", "Korvan anti-tank missiles"),
    ("The deal includes Stelvo anti-tank guided missiles and spare parts.",
     "Stelvo anti-tank guided missiles"),
    # "aircraft" likewise ("Hawk anti-aircraft missiles", d221; "Gepard anti-aircraft tanks",
    # d301)
    ("The kingdom bought Korvan anti-aircraft missiles last year.",
     "Korvan anti-aircraft missiles"),
])
def test_named_anti_tank_weapon_is_one_span(run, text, span):
    classes = _classes(run, text)
    assert classes.get(span) == "Weapon"
    assert "missiles" not in classes  # no generic "missile" beside the named system


def test_named_anti_aircraft_guns_are_one_span(run):
    classes = _classes(run, "The army fields Stelvo anti-aircraft guns near the border.")
    assert classes.get("Stelvo anti-aircraft guns") == "Weapon"
    assert "guns" not in classes


def test_named_tanks_stay_tanks(run):
    assert _classes(run, "The army ordered Korvan tanks last year.").get("Korvan tanks") \
        == "Weapon"


# --- a hyphenated given name with a lower-case second syllable -----------------------------
# NER ends "Moon Jae-in" and "Moon Sang-gyun" at the hyphen (d337, d346)

NAMED = [
    ("President Baek Jae-in said the pact would end in November.", "Baek Jae-in", "Person"),
    ("Ministry spokesman Baek Sang-gyun told reporters the talks had failed.",
     "Baek Sang-gyun", "Person"),
]


def test_compound_modifier_after_a_name_stays_out(run):
    classes = _classes(run, "Officials said the Baek Sang-led talks had failed.")
    assert "Baek Sang-led" not in classes


# --- a name ending in a built place's head is the place -----------------------------------
# NER takes "Victoria Harbour" (d355) for a person, "King Fahd Causeway" (d334) and "Union
# Buildings" (d329) for organisations

NAMED += [
    ("Nine frigates sailed into Albert Harbour and helicopters flew in over the hills.",
     "Albert Harbour", "Region"),
    ("A column of armoured vehicles crossed the King Omar Causeway that links the two "
     "kingdoms.", "King Omar Causeway", "Region"),
    ("The two presidents signed the accord at the Verdal Buildings in the capital.",
     "Verdal Buildings", "Region"),
]


@pytest.mark.parametrize("text, name, cls", NAMED, ids=[n for _, n, _ in NAMED])
def test_whole_name_and_class(run, text, name, cls):
    assert _classes(run, text).get(name) == cls


def test_firm_with_a_structure_word_inside_stays_a_firm(run):
    classes = _classes(run, "The consortium includes the firm Denton Bridge and Iron.")
    assert classes.get("Denton Bridge and Iron") != "Region"


# --- the Amazon region, not the firm --------------------------------------------------------
# NER takes "the Amazon" for an organisation (d35, d348); a bare "Amazon" stays NER's

def test_the_amazon_is_a_region(run):
    classes = _classes(run, "Troops patrol the border in the Amazon, far from any road.")
    assert "Region" in {c for t, c in classes.items() if "Amazon" in t}


def test_bare_amazon_is_not_the_region(run):
    classes = _classes(run, "Amazon won a cloud contract from the Pentagon.")
    assert classes.get("Amazon") != "Region"
