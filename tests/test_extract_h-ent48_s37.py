"""Issue 12, stop 37 (h-ent48): typing names no list holds (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes

# --- a firm's name ending in "Services" --------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Kestrel Services will maintain the jets, the ministry said.", "Kestrel Services"),
    ("The pilots will be trained by Harwood Services under the contract.", "Harwood Services"),
])
def test_name_ending_in_services_is_a_company(run, text, name):
    assert _classes(run, text).get(name) == "Company"


@pytest.mark.parametrize("text, name", [
    ("The Tonga Defence Services sent a patrol boat to the island.", "Tonga Defence Services"),
    ("The Kenya Wildlife Services closed the park on Monday.", "Kenya Wildlife Services"),
])
def test_public_services_stay_bodies(run, text, name):
    classes = _classes(run, text)
    assert name in classes and classes[name] != "Company"


# --- a station named by its service's short name and its place -----------------------------


@pytest.mark.parametrize("text, name", [
    ("The bombers flew from RAF Marham on Tuesday.", "RAF Marham"),
    ("The tankers left RAF Brize Norton for Cyprus.", "RAF Brize Norton"),
    ("The helicopters are based at RNAS Culdrose in Cornwall.", "RNAS Culdrose"),
])
def test_service_prefix_and_place_name_a_base(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_service_before_a_listed_state_or_a_weapon_stays_the_service(run):
    mentions, _ = run("RAF Germany sent two squadrons, and RAF Tornado jets struck the bridge.")
    got = {(m.span.text, m.cls) for m in mentions}
    assert ("RAF", "Agency") in got and ("Germany", "Country") in got
    assert not any(text.startswith("RAF ") for text, _ in got)


# --- the former Yugoslavia ----------------------------------------------------------------


def test_former_yugoslavia_is_a_region(run):
    mentions, _ = run("Peacekeepers have served in the former Yugoslavia since 1992.")
    assert [(m.span.text, m.cls) for m in mentions] == [("former Yugoslavia", "Region")]


def test_bare_yugoslavia_stays_the_state(run):
    assert _classes(run, "Yugoslavia bought the tanks in 1985.").get("Yugoslavia") == "Country"
# --- "Volunteers" heads a body's name ------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Veterans of the Chinese People's Volunteers laid a wreath.", "Chinese People's Volunteers"),
    ("The Irish Volunteers seized the post office.", "Irish Volunteers"),
])
def test_volunteers_head_a_body(run, text, name):
    assert _classes(run, text).get(name) == "Agency"


# --- "Aeronautica" / "Aeronautics" end a firm's name ----------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Norvia Aeronautica said on Monday that the talks had stalled.", "Norvia Aeronautica"),
    ("Kestrel Aeronautics said on Monday that the talks had stalled.", "Kestrel Aeronautics"),
])
def test_aeronautica_ends_a_firms_name(run, text, name):
    assert _classes(run, text).get(name) == "Company"


# --- a seller after "from" that NER took for a weapon ---------------------------------------


@pytest.mark.parametrize("text, seller, state", [
    ("Oman has bought Tarsus armoured cars from Vendel and F-5 fighters from the United States.",
     "Vendel", "United States"),
    ("Peru also ordered Sabre light tanks from Alvis and Mirage jets from France.",
     "Alvis", "France"),
])
def test_unlisted_seller_taken_for_a_weapon_is_a_company(run, text, seller, state):
    classes = _classes(run, text)
    assert classes.get(seller) == "Company"
    assert classes.get(state) == "Country"


def test_seller_rule_leaves_a_state_after_from(run):
    classes = _classes(run, "Kenya ordered Scorpion tanks from Britain in 1980.")
    assert classes.get("Britain") == "Country"
    assert "Company" not in classes.values()
