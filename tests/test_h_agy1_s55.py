"""Issue 12, stop 55 (h-agy1): a service after "his"/"her" ("his army", "her navy", "his
military") is that service of the state the last person named before it leads, by a state
written before a title of theirs or by relations.yaml's ``leader_states`` (dev conventions
E17 and the census of stop 54: a state's service named by an owner word is a mention in any
position). Sentences written for these tests, the people invented where unlisted; real spaCy
parse."""

from __future__ import annotations

import pytest

from tests.test_extract_movements_s30 import _agencies


@pytest.mark.parametrize(("text", "form", "key"), [
    ("Chile's president, Ramon Ortuzar, said on Monday that his army would stay in its "
     "barracks during the vote.", "his army", "Army (Chile)"),
    ("Norway's Prime Minister Ingrid Haldorsen said her navy would take delivery of two "
     "frigates next year.", "her navy", "Navy (Norway)"),
    ("Peru's president, Alberto Quispe, has promised new transport planes for his air force "
     "before the end of the year.", "his air force", "Air Force (Peru)"),
])
def test_leader_with_state_before_title_owns_the_service(run, text, form, key):
    agencies = _agencies(run, text)
    assert agencies.get(form) == key, agencies


def test_listed_leader_state(run):
    text = ("Venezuela received six trainer jets from China on Saturday. President Hugo Chavez "
            "said the aircraft would make his military less dependent on Western suppliers.")
    agencies = _agencies(run, text)
    assert agencies.get("his military") == "Armed Forces (Venezuela)", agencies


def test_person_in_the_sentence_before(run):
    text = ("Crowds cheered Chile's president, Ramon Ortuzar, in Santiago on Monday. "
            "His army, he said, would leave the streets within a week.")
    agencies = _agencies(run, text)
    assert agencies.get("His army") == "Army (Chile)", agencies


@pytest.mark.parametrize("text", [
    # no state for the person: no title with a state, not a listed leader
    "Colonel Tomas Varga said on Monday that his army would win the war.",
    # no person before the owner word
    "The minister said on Monday that his army would not be sent abroad.",
])
def test_no_leader_state_no_service(run, text):
    agencies = _agencies(run, text)
    assert not any(f.lower().startswith(("his", "her")) for f in agencies), agencies


def test_his_military_modifier_is_left_alone(run):
    text = ("Chile's president, Ramon Ortuzar, said on Monday that his military advisers "
            "would stay in Bolivia.")
    agencies = _agencies(run, text)
    assert "his military" not in agencies, agencies
