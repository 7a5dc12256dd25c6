"""Issue 12, stop 24 (h-ent6): entity typing on unseen wire copy; E17 bare services (79f48de).

Every sentence was written for these tests (invented wording; real state names where the rule
needs a state). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

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
    mentions, _ = run(text)
    assert base in {m.span.text for m in mentions if m.cls == "Region"}


def test_a_demonym_before_air_base_names_no_base(run):
    mentions, _ = run("The jets landed at a Peruvian air base on Friday.")
    assert not any(m.cls == "Region" and "base" in m.span.text for m in mentions)
