"""Issue 12, stop 44 (s50 h-rep55): an embassy named without its state's word ("the embassy
said", "an embassy official in Lima") or without its place ("Its embassy said") is the
mission of the state its sentence names, sited at the written place, else at the dateline's
city (`Embassy of <state> (<city>)`); sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _keys(run, text):
    mentions, relations = run(text)
    agencies = {m.key for m in mentions if m.cls == "Agency"}
    claimants = {m.key for r in relations if r.relation == "reports"
                 for m in r.role("claimant")}
    return agencies, claimants


@pytest.mark.parametrize("text, key", [
    # a bare "the embassy" that speaks: the one foreign state its sentence names
    ("NAIROBI, May 4 - Kenya and Britain held talks on the base. British soldiers will leave "
     "the camp next year, the embassy said.",
     "Embassy of the United Kingdom (Nairobi)"),
    # its staff speak, at the place written after them
    ("TOKYO, June 2 - The Indian government said it would send a frigate, and an embassy "
     "official in Tokyo asked Japan to allow the visit.",
     "Embassy of India (Tokyo)"),
])
def test_a_bare_embassy_is_the_named_states(run, text, key):
    agencies, _ = _keys(run, text)
    assert key in agencies


def test_its_embassy_without_a_place_is_at_the_dateline(run):
    agencies, claimants = _keys(
        run, "LIMA, March 3 - Peru signed the accord on Friday. France welcomed the pact. "
             "Its embassy said Paris would sell two patrol boats to the navy.")
    assert "Embassy of France (Lima)" in agencies
    assert "Embassy of France (Lima)" in claimants


def test_the_hosts_own_state_is_no_guest(run):
    # the dateline's state is the host: its own word names no embassy abroad
    agencies, _ = _keys(
        run, "MANILA, July 9 - Philippine officials met the crew, the embassy said.")
    assert not any(k and k.startswith("Embassy of") for k in agencies)


def test_an_embassy_named_before_is_left_to_the_relation_stage(run):
    agencies, _ = _keys(
        run, "ACCRA, Jan 5 - The German embassy in Accra said the boats had arrived. Ghanaian "
             "and German sailors met on Monday, the embassy said.")
    assert agencies == {"Embassy of Germany (Accra)"}
