"""Issue 12, stop 24 (h-ent6): entity typing on unseen wire copy; E17 bare services (79f48de).

Every sentence was written for these tests (invented wording; real state names where the rule
needs a state). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys, _texts

# --- E17 "The navy has wanted …": with no state in reach, the story's own state -------------

LEAD = ("Chile buys six frigates\n\n"
        "SANTIAGO, May 2 - Chile has bought six frigates, officials said.\n\n")


def test_a_bare_service_without_a_state_nearby_is_the_story_state(run):
    text = LEAD + "The ships were built in Britain and France. The navy has wanted them for years."
    assert "Navy (Chile)" in _keys(run, text, "Agency")


def test_a_bare_service_in_a_sentence_naming_a_state_keeps_no_fallback(run):
    text = LEAD + "The ships were built in Britain and France. The navy said Peru had asked too."
    assert not any(k.startswith("Navy") for k in _keys(run, text, "Agency"))


# --- "Marines": the Marine Corps of the state that lands them, or of the story ---------------

@pytest.mark.parametrize("text, body", [
    ("On Friday the United States landed Marines in Haiti to guard its embassy.",
     "Marine Corps (United States)"),
    ("Britain landed Royal Marine commandos in Aden on Monday.", "Royal Marines"),
])
def test_capitalised_marines_are_the_corps_of_their_state(run, text, body):
    assert body in _keys(run, text, "Agency")


# --- air bases: a name through a particle, hyphen, adjective or number ----------------------

@pytest.mark.parametrize("text, base", [
    ("The tankers were moved to the Karim al-Nasser air base last week.",
     "Karim al-Nasser air base"),
    ("The bombers sat at Hollis-Pike Air Force Base for two years.",
     "Hollis-Pike Air Force Base"),
    ("The jets flew out of Vila Nova air base on Tuesday.", "Vila Nova air base"),
    ("The squadron landed at Wing 4 air base in the north.", "Wing 4 air base"),
])
def test_an_air_base_name_keeps_its_particles_and_numbers(run, text, base):
    assert base in _texts(run, text, "Region")


def test_a_demonym_before_air_base_names_no_base(run):
    regions = _texts(run, "The jets landed at a Peruvian air base on Friday.", "Region")
    assert not any("base" in r for r in regions)


# --- a prefixed ship's name through a particle -----------------------------------------------

@pytest.mark.parametrize("text, ship", [
    ("The navy took over the cutter BRP Juan del Monte in June.", "BRP Juan del Monte"),
    ("The ARA Almirante de la Vega sailed for the south on Monday.",
     "ARA Almirante de la Vega"),
])
def test_a_prefixed_ship_name_goes_on_through_a_particle(run, text, ship):
    assert ship in _texts(run, text, "Weapon")


# --- "Canberra jets", "Hunter fighters": a listed type's short name before a plane noun ------

def test_a_short_type_name_before_a_plane_noun_is_the_type(run):
    text = ("The air force still flies eight Canberra bombers from the 1950s, and Oman asked "
            "London for twelve more Hunter fighters last year.")
    assert {"English Electric Canberra", "Hawker Hunter"} <= _keys(run, text, "Weapon")


def test_the_capital_and_a_surname_stay_what_they_are(run):
    assert "Australia" in _keys(run, "Canberra said the talks would resume in June.", "Country")
    assert not _keys(run, "Mr Hunter said the talks would resume in June.", "Weapon")


def test_a_name_coordinated_with_a_listed_type_takes_the_type_the_shared_noun_makes(run):
    text = "The air force flies old Hunter and Canberra jets from a base in the south."
    assert {"Hawker Hunter", "English Electric Canberra"} <= _keys(run, text, "Weapon")
    assert "Hunter" not in _keys(run, text, "Weapon")


# --- listed liberation movements, rebel armies and the Foreign Legion -----------------------

def test_cold_war_movements_and_the_foreign_legion_are_listed(run):
    text = ("Cuban advisers trained MPLA units while Pathet Lao guerrillas held the hills, and "
            "France flew Foreign Legion paratroopers to the north.")
    assert {"MPLA", "Pathet Lao", "French Foreign Legion"} <= _keys(run, text, "Agency")
    text = "ECOMOG said the rebels had attacked a farm near the border."
    assert "ECOMOG" in _keys(run, text, "Agency")


# --- "the Skoda works", "built by the Malyshev plant": a maker named by its works ------------

def test_a_maker_named_by_its_works_is_the_company(run):
    text = "The rifles were made at the Dravec works in the north, officials said."
    assert "Dravec works" in _texts(run, text, "Company")
    text = "The tanks were built by the Orlenko plant near the border."
    assert "Orlenko plant" in _texts(run, text, "Company")


def test_a_plant_that_is_no_agent_stays_a_place(run):
    assert not _texts(run, "The Bushehr plant will open next year.", "Company")


# --- "King Farouk", "Queen Sirikit's son", "King Faisal II": a monarch by one name ----------

def test_a_royal_title_and_one_name_are_a_person(run):
    text = ("The officers overthrew King Varuk in 1952, and Queen Meloni's son later fled to "
            "Rome, where King Tarvid III had died.")
    people = _texts(run, text, "Person")
    assert {"King Varuk", "Queen Meloni", "Tarvid III"} <= people
    assert not _texts(run, text, "Agency") | _texts(run, text, "Region")


def test_a_royal_title_before_an_arabic_name_or_a_longer_name_is_left_alone(run):
    text = "The deal was signed by Prince Karim bin Talal at King Omar Military City."
    assert "Prince Karim" not in _texts(run, text, "Person")
    assert not any(p.startswith("King Omar") for p in _texts(run, text, "Person"))


def test_the_united_arab_republic_is_a_former_state(run):
    text = "In 1958 the United Arab Republic sent arms to the rebels."
    assert "United Arab Republic" in _keys(run, text, "Country")


def test_the_adjective_arab_mentions_the_arab_world_and_keeps_longer_names(run):
    text = "The jets will outmatch its Arab neighbours, the Arab League said in Cairo."
    assert "Arab world" in _keys(run, text, "Region")
    assert "Arab League" in _keys(run, text, "Agency")
    assert "Arab world" not in _keys(run, "The United Arab Emirates bought jets.", "Region")
