"""Issue 12, stop 44 (s51 h-ent68): "the air forces of A, B and C" names each state, not
one state's service (sentences written for these tests, none taken from a corpus; real spaCy
parse)."""

from __future__ import annotations


def _named(run, text):
    """(class, key) of each mention."""
    mentions, _ = run(text)
    return {(m.cls, m.key) for m in mentions}


def test_a_service_of_listed_states_names_each_state(run):
    found = _named(run, "The trainer is flown by the air forces of Chile, Peru and Uruguay.")
    assert {("Country", "Chile"), ("Country", "Peru"), ("Country", "Uruguay")} <= found
    assert ("Agency", "Air Force (Chile)") not in found


def test_two_states_joined_by_and(run):
    found = _named(run, "The rifle is used by the armed forces of Kenya and Ghana.")
    assert {("Country", "Kenya"), ("Country", "Ghana")} <= found
    assert ("Agency", "Armed Forces (Kenya)") not in found


def test_a_single_states_service_stays_its_body(run):
    assert ("Agency", "Ministry of Defence (Russia)") in _named(
        run, "The Ministry of Defence of Russia said the exercise had ended.")
