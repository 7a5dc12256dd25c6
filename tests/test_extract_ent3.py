"""Issue 12, stop 21 (h-ent3): entity names and classes on unseen wire copy.

Every sentence was written for these tests (invented names where the rule does not need a real
one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

# --- "the Australian Federal Police": a police force's name ends in its head word -----------

@pytest.mark.parametrize("text, body", [
    ("Officers of the Australian Federal Police flew to the islands on Friday.",
     "Australian Federal Police"),
    ("The Royal Tarvik Constabulary said two men had been arrested near the border.",
     "Royal Tarvik Constabulary"),
    ("Canadian Federal Police investigators examined the rifles.", "Canadian Federal Police"),
])
def test_a_police_force_is_one_agency(run, text, body):
    assert body in _keys(run, text, "Agency")


@pytest.mark.parametrize("text, state", [
    ("The Kenyan police said the rifles had been seized at the port.", "Kenya"),
    ("Police in Nigeria said the weapons came from a warehouse.", "Nigeria"),
])
def test_a_lower_case_police_is_no_agency(run, text, state):
    assert not _keys(run, text, "Agency")
    assert state in _keys(run, text, "Country")


# --- "rotate through Lincoln", "via Chester": a known town after "through"/"via" is a place --

@pytest.mark.parametrize("text, town", [
    ("Under the pact, American Marines rotate through Lincoln each year.", "Lincoln"),
    ("Under the pact, American Marines rotate through Hamilton each year.", "Hamilton"),
    ("Twelve Japanese fighter jets will reach the exercise via Chester, the ministry said.",
     "Chester"),
    ("Twelve Japanese fighter jets will reach the exercise via Howard, the ministry said.",
     "Howard"),
])
def test_a_town_after_through_or_via_is_a_place(run, text, town):
    assert town in _keys(run, text, "Region")
    assert town not in _keys(run, text, "Agency") | _keys(run, text, "Person")


def test_a_person_named_in_full_stays_a_person_after_through(run):
    text = ("Governor Ann Chester met the minister on Monday. Every request for arms went "
            "through Chester, officials said.")
    assert "Chester" in _keys(run, text, "Person")
    assert "Chester" not in _keys(run, text, "Region")


# --- "the Estonian Centre | for Defence Investment": NER's name stops at its head word -------

@pytest.mark.parametrize("text, body", [
    ("Officials of the Lithuanian Agency for Defence Procurement said the rockets would "
     "arrive in 2025.", "Lithuanian Agency for Defence Procurement"),
    ("The Latvian Institute of Strategic Studies said the deal was sound.",
     "Latvian Institute of Strategic Studies"),
])
def test_a_body_named_with_for_or_of_is_one_name(run, text, body):
    assert body in _keys(run, text, "Agency")


@pytest.mark.parametrize("text, body", [
    ("The Tarvik Defence Council of President Ann Morel met on Monday.",
     "Tarvik Defence Council"),  # a title and a person after "of": her council
    ("Officials of the Latvian Agency on Monday said the rockets would arrive.",
     "Latvian Agency"),  # no name after the link word
    ("The Norwegian Refugee Council said aid was needed.", "Norwegian Refugee Council"),
])
def test_a_body_name_does_not_run_on_into_other_words(run, text, body):
    assert body in _keys(run, text, "Agency")


# --- "the Punjab frontier", "the Wanni jungle": a name before a landscape noun is a place ----

@pytest.mark.parametrize("text, place", [
    ("The rebels hid in the Tarvo jungle for months.", "Tarvo"),
    ("Troops patrolled the Kessel forest on Monday.", "Kessel"),
    ("Fighting spread along the Sindh frontier in May.", "Sindh"),
    ("The Kessel frontier was closed after the raid.", "Kessel"),
])
def test_a_name_before_a_landscape_noun_is_a_place(run, text, place):
    assert place in _keys(run, text, "Region")
    assert place not in _keys(run, text, "Agency")


@pytest.mark.parametrize("text, state", [
    ("The Kenyan frontier was closed on Monday.", "Kenya"),  # a state's demonym: the state
    ("Chadian troops crossed the Sudanese frontier at dawn.", "Sudan"),
])
def test_a_demonym_before_a_landscape_noun_stays_the_state(run, text, state):
    assert state in _keys(run, text, "Country")
    assert not _keys(run, text, "Region")


# --- "the tanker British Heritage", "the freighter Pacific Star": a named ship is a Weapon ----

@pytest.mark.parametrize("text, ship", [
    ("Two gunboats approached the tanker Norwegian Dawn as it left the strait.",
     "Norwegian Dawn"),
    ("The destroyer escorted the tanker Greek Spirit through the gulf.", "Greek Spirit"),
    ("The freighter Pacific Star docked in Durban with 70 tonnes of rifles.", "Pacific Star"),
    ("Customs officers searched the trawler Morning Gull off the coast.", "Morning Gull"),
])
def test_a_name_after_a_ship_noun_is_the_ship(run, text, ship):
    assert ship in _keys(run, text, "Weapon")


@pytest.mark.parametrize("text, state", [
    ("Iranian boats seized the tanker, and British sailors boarded the frigate British "
     "officials named.", "United Kingdom"),  # a demonym before lower-case words
    ("The frigate Greek officials inspected was built in France.", "Greece"),
])
def test_a_demonym_after_a_ship_noun_without_a_name_stays_the_state(run, text, state):
    assert state in _keys(run, text, "Country")


# --- "the Revolutionary Armed Forces of Colombia, or FARC": a group's name, not the state's ---

def _mention_keys(run, text):
    """{surface text: key} of the first Agency mention of each text."""
    mentions, _ = run(text)
    out = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.cls == "Agency":
            out.setdefault(m.span.text, m.key or m.lemma)
    return out


@pytest.mark.parametrize("text, group, acronym", [
    ("Troops struck a camp of the Popular Liberation Army of Colombia, or ELP, inside "
     "Ecuador. The ELP said it would fight on.", "Popular Liberation Army of Colombia", "ELP"),
    ("Rebels of the Patriotic Army of Bolivia, or EPB, attacked a convoy on Monday.",
     "Patriotic Army of Bolivia", "EPB"),
    ("Fighters of the Revolutionary Army of Peru, or ERP, seized the town.",
     "Revolutionary Army of Peru", "ERP"),
])
def test_a_capitalised_word_before_a_state_service_begins_a_group_name(run, text, group,
                                                                        acronym):
    agencies = _keys(run, text, "Agency")
    assert group in agencies
    assert not any(a.endswith(("(Colombia)", "(Peru)", "(Bolivia)")) for a in agencies)
    assert _mention_keys(run, text).get(acronym) == group


@pytest.mark.parametrize("text, body", [
    ("Officials said the Armed Forces of Colombia had attacked the camp.",
     "Armed Forces (Colombia)"),  # no capitalised word before the service: the state's
    ("The Ministry of Defence of Peru said the convoy was safe.", "Ministry of Defence (Peru)"),
])
def test_a_state_service_named_with_of_stays_the_state_body(run, text, body):
    assert body in _keys(run, text, "Agency")


def test_an_acronym_after_or_needs_a_body_name_before_it(run):
    text = "Ships of France, Britain, or USA sailed to the gulf."
    assert not _keys(run, text, "Agency")
