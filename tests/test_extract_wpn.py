"""Issue 12, h-wpn: Weapon entities, their classes, boundaries and granularity.

Every sentence was written for these tests (invented names where the rule does not need a real
one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _weapons(run, text):
    """(surface text, key) of the Weapon mentions."""
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Weapon"}


def _texts(run, text, cls="Weapon"):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == cls}


# --- the most specific kind a phrase names: by target, by agent, warship kinds --------------

@pytest.mark.parametrize("text, mention, key", [
    ("Officials say Tehran is preparing to ship surface-to-surface missiles to Moscow.",
     "surface-to-surface missiles", "surface-to-surface missile"),
    ("The militia received anti-tank weapons from its neighbour.",
     "anti-tank weapons", "anti-tank weapon"),
    ("Inspectors found that the plant had produced chemical weapons.",
     "chemical weapons", "chemical weapon"),
    ("The regime used poison gas against the villages.", "poison gas", "chemical weapon"),
    ("Stocks of mustard gas were found near the border.", "mustard gas", "mustard gas"),
    ("The laboratory made nerve agents for the army.", "nerve agents", "nerve agent"),
    ("The convention bans anti-personnel landmines.", "anti-personnel landmines",
     "anti-personnel mine"),
    ("Moscow sent two icebreakers and three assault ships to the Arctic.", "assault ships",
     "assault ship"),
    ("Moscow sent two icebreakers and three assault ships to the Arctic.", "icebreakers",
     "icebreaker"),
    ("The navy sent a helicopter carrier to the coast.", "helicopter carrier",
     "helicopter carrier"),
    ("Ottawa handed two cutters to the Tongan navy.", "cutters", "cutter"),
])
def test_the_most_specific_kind_a_phrase_names(run, text, mention, key):
    assert (mention, key) in _weapons(run, text)


@pytest.mark.parametrize("text, wrong", [
    ("Officials say Tehran is preparing to ship surface-to-surface missiles to Moscow.",
     "missile"),
    ("The militia received anti-tank weapons from its neighbour.", "tank"),
    ("The navy sent a helicopter carrier to the coast.", "helicopter"),
])
def test_no_broader_kind_from_inside_the_phrase(run, text, wrong):
    assert wrong not in {k for _, k in _weapons(run, text)}


# --- containers, bodies and tools named like weapons --------------------------------------

@pytest.mark.parametrize("text", [
    "A Washington think tank said the talks had failed.",
    "Think tanks in Brussels criticised the plan.",
    "The aircraft dropped its fuel tanks over the sea.",
    "Water tanks in the village were destroyed.",
    "Police found wire cutters in the car.",
])
def test_a_container_body_or_tool_is_no_weapon(run, text):
    assert not _weapons(run, text)


def test_real_tanks_beside_a_think_tank_stay_weapons(run):
    text = "A Washington think tank said Moscow sent 40 tanks to the front."
    assert ("tanks", "tank") in _weapons(run, text)


# --- transport aircraft are equipment ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Canberra sent C-17 and C-130 transport aircraft to the islands.",
    "The new runway can take An-26 and An-72 aircraft.",
    "Egypt received two C-130J Hercules last month.",
    "Moscow flew Il-76 planes to the base.",
])
def test_transport_aircraft_are_no_weapons(run, text):
    assert not _weapons(run, text)


@pytest.mark.parametrize("text, weapon", [
    ("Moscow flew Il-76 planes and Su-25 aircraft to the base.", "Su-25 aircraft"),
    ("Cairo received two C-130J Hercules and twelve F-16 fighters.", "F-16 fighters"),
])
def test_combat_aircraft_beside_transports_stay_weapons(run, text, weapon):
    assert weapon in _texts(run, text)


# --- boundaries: hyphened kinds, ship classes, a class named after a place or outlet --------

@pytest.mark.parametrize("text, mention", [
    ("Lima received its first Mirage 5 fighter-bombers from Paris.",
     "Mirage 5 fighter-bombers"),
    ("The Tiger attack-helicopters landed at the base.", "Tiger attack-helicopters"),
    ("Quito bought twelve Hawk jet-trainers from London.", "Hawk jet-trainers"),
])
def test_a_hyphened_kind_stays_in_the_mention(run, text, mention):
    found = _texts(run, text)
    assert mention in found
    assert not any(t in found for t in ("bombers", "helicopters", "trainers"))


@pytest.mark.parametrize("text, mention", [
    ("Canberra donated Pacific-class patrol boats to its neighbours.",
     "Pacific-class patrol boats"),
    ("The yard built the Guardian-class boat for Tonga.", "Guardian-class boat"),
    ("Madrid built Atlantic-class offshore patrol vessels for Chile.",
     "Atlantic-class offshore patrol vessels"),
])
def test_a_ship_class_named_after_a_place_or_an_outlet(run, text, mention):
    assert mention in _texts(run, text)
    assert not _texts(run, text, "MediaOutlet") and not _texts(run, text, "Region")


@pytest.mark.parametrize("text, mention, key", [
    ("Bonn sold Jakarta 16 corvettes of the Parchim class.",
     "Parchim class", "Parchim-class corvette"),
    ("Moscow sent two submarines of the Kilo class to Syria.",
     "Kilo class", "Kilo-class submarine"),
    ("Paris ordered four frigates of the Aquitaine class last year.",
     "Aquitaine class", "Aquitaine-class frigate"),
])
def test_ships_of_a_named_class(run, text, mention, key):
    assert (mention, key) in _weapons(run, text)


def test_a_school_class_is_no_ship_class(run):
    assert not _weapons(run, "Students of the Parchim class visited Berlin.")


# --- a system referred to again: "the helicopters", "the MiGs" ----------------------------

@pytest.mark.parametrize("text, mention, key", [
    ("Washington agreed to sell Bratislava 12 AH-1Z Viper attack helicopters. Washington "
     "offered the helicopters for $340 million.", "helicopters", "AH-1Z Viper"),
    ("Seoul will sell Warsaw 30 Redback infantry fighting vehicles. The vehicles arrive in "
     "May.", "vehicles", None),
])
def test_the_kind_after_a_system_cut_short_of_its_noun(run, text, mention, key):
    found = dict(_weapons(run, text))
    if key is None:  # an unlisted "vehicles" stays no weapon of its own
        assert mention not in found
    else:
        assert found.get(mention) == key


def test_a_kind_after_a_system_of_another_noun_stays_generic(run):
    text = ("Brasilia bought 30 Gripen fighter jets from Stockholm. The helicopters it ordered "
            "came later.")
    assert ("helicopters", "helicopter") in _weapons(run, text)


@pytest.mark.parametrize("text, key", [
    ("Moscow delivered MiG-23 jet fighters to Damascus. Pilots for the MiGs came from Cairo.",
     "MiG-23"),
    ("Moscow has begun delivering MiG-21 jet fighters to Lagos. A further consignment of MiGs "
     "is on its way by sea.", "MiG-21"),
])
def test_a_mixed_case_plural_is_the_system_named_before(run, text, key):
    assert ("MiGs", key) in _weapons(run, text)
    assert "MiGs" not in _texts(run, text, "Agency")


# --- armed maritime patrol aircraft stay weapons, whatever role word follows ---------------

@pytest.mark.parametrize("text, key", [
    ("An air force P-3 Orion surveillance plane flew over the atoll.", "P-3 Orion"),
    ("Delhi bought eight P-8A maritime patrol aircraft from Boeing.", "P-8 Poseidon"),
    ("A P-8 Poseidon reconnaissance plane tracked the submarine.", "P-8 Poseidon"),
])
def test_a_listed_armed_patrol_aircraft_is_a_weapon(run, text, key):
    assert key in {k for _, k in _weapons(run, text)}


@pytest.mark.parametrize("text", [
    "An Il-20 reconnaissance plane flew over the base.",
    "A Vanguard surveillance plane flew over the atoll.",
])
def test_an_unlisted_surveillance_plane_stays_equipment(run, text):
    assert not _weapons(run, text)


# --- a designation and its popular name: one system, named alone later ---------------------

@pytest.mark.parametrize("text, mention, key", [
    ("Abuja took delivery of three JF-17 Thunder fighter jets from Islamabad.",
     "JF-17 Thunder fighter jets", "JF-17"),
    ("Caracas ordered 24 Su-30 Flanker jets last spring.", "Su-30 Flanker jets", "Su-30"),
    ("Seoul bought 40 AH-64 Guardian helicopters.", "AH-64 Guardian helicopters", "AH-64 Apache"),
])
def test_a_popular_name_after_a_listed_designation_is_one_mention(run, text, mention, key):
    assert (mention, key) in _weapons(run, text)
    assert len(_weapons(run, text)) == 1


@pytest.mark.parametrize("text, alone, key", [
    ("Abuja took delivery of three JF-17 Thunder fighter jets from Islamabad. The Thunder was "
     "developed jointly by two states.", "Thunder", "JF-17"),
    ("Warsaw ordered 48 F-16 Fighting Falcon jets. The Fighting Falcon was designed decades "
     "ago.", "Fighting Falcon", "F-16 fighter jet"),
])
def test_the_popular_name_alone_later_is_the_system(run, text, alone, key):
    assert (alone, key) in _weapons(run, text)


def test_a_firm_that_develops_a_plane_stays_a_firm(run):
    text = "Tehran bought F-14 Tomcat fighters from Grumman. Grumman developed the plane."
    assert "Grumman" in _texts(run, text, "Company")
    assert "Grumman" not in _texts(run, text)


def test_two_listed_systems_side_by_side_stay_two(run):
    found = {k for _, k in _weapons(run, "Cairo bought Rafale jets and Exocet missiles.")}
    assert {"Rafale", "Exocet"} <= found
