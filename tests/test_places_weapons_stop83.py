"""Issue 12, stop 83 (h-ent89): Region and Weapon rules. Sentences written for these tests, none
taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _found(run, text: str) -> set[tuple[str, str]]:
    """(class, key or lemma) of each mention the pipeline finds in ``text``."""
    mentions, _ = run(text)
    return {(m.cls, m.key or m.lemma) for m in mentions}


# --- "<capital> airport": the capital, so its state (dev E12) --------------------------------


@pytest.mark.parametrize("text, state, airport", [
    ("Two transport planes carrying the engineers landed at Harare airport on Tuesday.",
     "Zimbabwe", "Harare airport"),
    ("The first company of peacekeepers secured Bamako international airport overnight.",
     "Mali", "Bamako international airport"),
    ("Rebels shelled Kabul airport for a second day, the ministry said.",
     "Afghanistan", "Kabul airport"),
])
def test_a_capital_airport_is_the_state(run, text, state, airport):
    found = _found(run, text)
    assert ("Country", state) in found
    assert not any(cls == "Region" and name == airport for cls, name in found)


@pytest.mark.parametrize("text, airport", [
    # not a capital: the airport is a place of its own
    ("The hostages were freed in a raid on Entebbe airport in the night.", "Entebbe airport"),
    # a state that was once a territory: the story's year decides, later
    ("Russian paratroopers took Pristina airport before the NATO column arrived.",
     "Pristina airport"),
])
def test_other_airports_stay_places(run, text, airport):
    assert ("Region", airport) in _found(run, text)


# --- kinds the gazetteer lacked: landing craft, missile boats, midget submarines, depth charges


@pytest.mark.parametrize("text, kind", [
    ("The marines went ashore in landing craft at first light.", "landing craft"),
    ("The new dock ship carries four landing craft and two helicopters.", "landing craft"),
    ("The navy will retire its six missile boats next year.", "missile boat"),
    ("Israel sold two fast missile boats to the coast guard in 1998.", "missile boat"),
    ("Divers found tracks left by midget submarines on the seabed.", "midget submarine"),
    ("Swedish ships dropped depth charges near the naval base.", "depth charge"),
])
def test_a_kind_noun_is_its_kind(run, text, kind):
    assert ("Weapon", kind) in _found(run, text)


# --- a seat of government that is no capital (The Hague): its state where it names the state --


@pytest.mark.parametrize("text", [
    "THE HAGUE, May 12 - The Netherlands will send two minehunters to the Baltic.",
    "The contract with The Hague covers forty armoured vehicles and their spare parts.",
    "Officials said the government in The Hague would pay for the repairs.",
])
def test_a_seat_of_government_naming_the_state_is_the_state(run, text):
    found = _found(run, text)
    assert ("Country", "Netherlands") in found
    assert not any(cls == "Region" and "Hague" in name for cls, name in found)


@pytest.mark.parametrize("text", [
    "A tribunal in The Hague will hear the border case next year.",
    "The two ministers signed the deal in The Hague on Friday.",
])
def test_a_seat_of_government_as_a_place_stays_a_place(run, text):
    found = _found(run, text)
    assert any(cls == "Region" and "Hague" in name for cls, name in found)
    assert ("Country", "Netherlands") not in found


# --- "the demilitarised zone" in an article about the Koreas: `Korean Demilitarized Zone` ---


@pytest.mark.parametrize("text", [
    "South Korean troops on the demilitarised zone fired warning shots on Sunday.",
    "North Korea said the drone had crossed the demilitarized zone twice.",
])
def test_the_korean_demilitarised_zone(run, text):
    assert ("Region", "Korean Demilitarized Zone") in _found(run, text)


def test_a_demilitarised_zone_elsewhere_is_no_place(run):
    text = "Ecuador and Peru agreed to a demilitarised zone along the river."
    assert not any(cls == "Region" for cls, _ in _found(run, text))


# --- an older name of a state's land as another state's part is a Region of its own (E12) ----


@pytest.mark.parametrize("text, place", [
    ("Bangladesh, once East Pakistan, bought the frigate in 1976.", "East Pakistan"),
    ("The storm struck the coast of what was then East Pakistan.", "East Pakistan"),
    ("Mongolia, which Peking ruled as Outer Mongolia, signed the treaty.", "Outer Mongolia"),
])
def test_an_older_name_of_a_land_is_a_region(run, text, place):
    found = _found(run, text)
    assert ("Region", place) in found
    assert ("Country", "Pakistan") not in found


# --- "<town>, Washington,": the town's state, not the United States --------------------------


def test_a_town_s_state_after_a_comma(run):
    found = _found(run, "The old destroyer will be towed to Bremerton, Washington, for scrapping.")
    assert ("Region", "Washington (state)") in found
    assert ("Country", "United States") not in found


@pytest.mark.parametrize("text", [
    "Envoys in Moscow, Washington and Paris welcomed the truce.",
    "Anna Berg, Washington's envoy to the talks, said the deal was close.",
])
def test_the_capital_in_a_list_or_a_possessive_stays_the_state(run, text):
    assert ("Country", "United States") in _found(run, text)
