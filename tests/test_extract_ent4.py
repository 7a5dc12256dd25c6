"""Issue 12, stop 22 (h-ent4): entity names and classes on unseen wire copy.

Every sentence was written for these tests (invented wording; real state names where the rule
needs a state). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

# --- E17 "the army said": a bare lower-case service that acts is the state's service --------

@pytest.mark.parametrize("text, body", [
    ("Peru's defence minister said on Monday that the army would guard the new depots.",
     "Army (Peru)"),
    ("Ghana signed the order last week. The air force said the first jets would land in May.",
     "Air Force (Ghana)"),
    ("Kenya's cabinet met on Tuesday, and officials said the military had been put on alert.",
     "Armed Forces (Kenya)"),
])
def test_a_bare_service_that_acts_is_the_state_service(run, text, body):
    assert body in _keys(run, text, "Agency")


@pytest.mark.parametrize("text", [
    "Peru's defence minister said thousands of young men had joined the army this year.",
    "Ghana's president met the air force commander, General Kofi Mensah, on Friday.",
    "Officials in Peru said the army of the old regime had sold the rifles abroad.",
    "Rebels said the army had shelled two villages overnight.",
])
def test_a_bare_service_object_modifier_or_without_a_state_is_no_body(run, text):
    assert not any(k.startswith(("Army", "Air Force")) for k in _keys(run, text, "Agency"))


# --- "His deputy, Thabo Mbeki, told": a place-typed name in apposition to a title -----------

@pytest.mark.parametrize("text, person", [
    ("Japan's chief cabinet secretary, Seiroku Kajiyama, said Tokyo was watching closely.",
     "Seiroku Kajiyama"),
    ("His deputy, Thabo Mbeki, told reporters in Pretoria that the talks had failed.",
     "Thabo Mbeki"),
])
def test_a_name_in_apposition_to_a_title_is_a_person(run, text, person):
    mentions, _ = run(text)
    assert person in {m.lemma for m in mentions if m.cls == "Person"}
    assert person not in {m.lemma for m in mentions if m.cls == "Region"}


@pytest.mark.parametrize("text, place, cls", [
    ("Its capital, Nairobi, was calm on Friday, the ministry said.", "Kenya", "Country"),
    ("The rebels took the port town, Kismayo, and the airport.", "Kismayo", "Region"),
])
def test_a_place_in_apposition_to_a_place_noun_stays_a_place(run, text, place, cls):
    assert place in _keys(run, text, cls)


# --- "the Inga hydroelectric dam": an unlisted name before a facility noun is that place ----

@pytest.mark.parametrize("text, place", [
    ("Rebels seized the Kariba hydroelectric dam on Tuesday, officials said.",
     "Kariba hydroelectric dam"),
    ("Troops from both sides exchanged fire near the Ta Muen temple overnight.",
     "Ta Muen temple"),
    ("About 50,000 people gathered at the Polo Club ground to hear the prime minister.",
     "Polo Club ground"),
    ("Delegates met at the Kafue conference centre outside the capital.",
     "Kafue conference centre"),
])
def test_a_name_before_a_facility_noun_is_a_place(run, text, place):
    assert place in {m.lemma for m in run(text)[0] if m.cls == "Region"}


@pytest.mark.parametrize("text, state", [
    ("Israel ground troops crossed the border on Sunday.", "Israel"),
    ("Officials said the Kenya site had been chosen for the new depot.", "Kenya"),
])
def test_a_state_or_a_modifier_before_a_facility_noun_stays_as_it_is(run, text, state):
    mentions, _ = run(text)
    assert state in {m.key for m in mentions if m.cls == "Country"}
    assert not any(m.cls == "Region" for m in mentions)


# --- E12: a capital stands for its state (Tripoli, the old spelling Dacca) ------------------

@pytest.mark.parametrize("text, state", [
    ("TRIPOLI, May 2 (Reuters) - The government denied buying the jets.", "Libya"),
    ("Officials in Dacca said the border would stay closed.", "Bangladesh"),
    ("He flew to the Libyan capital of Tripoli on Monday.", "Libya"),
])
def test_a_capital_stands_for_its_state(run, text, state):
    assert state in _keys(run, text, "Country")


@pytest.mark.parametrize("text, town", [
    ("Fighting broke out in the northern Lebanese city of Tripoli on Sunday.", "Tripoli"),
    ("Lebanon's port city of Tripoli was calm after the clashes.", "Tripoli"),
])
def test_a_capital_name_of_a_town_in_another_state_is_that_town(run, text, town):
    mentions, _ = run(text)
    assert "Libya" not in {m.key for m in mentions if m.cls == "Country"}
    assert town in {m.lemma for m in mentions if m.cls == "Region"}


# --- "a Libyan embassy official said": an embassy's people speak for the embassy -------------

@pytest.mark.parametrize("text, body", [
    ("A Kenyan embassy official in Rome said the shipment had been cleared.", "Embassy of Kenya"),
    ("Peruvian embassy diplomats in Quito said the rifles were never sold.", "Embassy of Peru"),
])
def test_an_embassy_official_names_the_embassy(run, text, body):
    assert any(k.startswith(body) for k in _keys(run, text, "Agency"))


def test_military_officials_name_no_body(run):
    # "military" is no service: its officials speak for the state or no one (R5)
    assert not _keys(run, "Kenyan military officials said the rifles had arrived at the port.",
                     "Agency")


def test_army_officials_name_their_army(run):
    # unnamed officers of a service speak for that service (R8, since stop 29)
    keys = _keys(run, "Peruvian army officials in Lima said the tanks were old.", "Agency")
    assert any("Peru" in k for k in keys), keys


# --- "the new Bangladesh Rifles": a capitalised regiment word ends a unit's name -------------

@pytest.mark.parametrize("text, unit", [
    ("Britain will train officers of the new Malawi Rifles next year.", "Malawi Rifles"),
    ("Soldiers of the Royal Welsh Fusiliers patrolled the town on Sunday.",
     "Royal Welsh Fusiliers"),
])
def test_a_regiment_word_ends_a_unit_name(run, text, unit):
    mentions, _ = run(text)
    assert unit in {m.lemma for m in mentions if m.cls == "Agency"}
    assert not any(m.cls == "Weapon" for m in mentions)


@pytest.mark.parametrize("text", [
    "India will supply trucks and rifles to the new force.",
    "The rebels carried Kalashnikov Rifles and mortars into the hills.",
])
def test_rifles_without_a_regiment_name_stay_a_weapon(run, text):
    mentions, _ = run(text)
    assert any(m.cls == "Weapon" for m in mentions)
    assert not _keys(run, text, "Agency")
