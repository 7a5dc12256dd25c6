"""Issue 12, stop 45 (h-ent71): states of a few years (Tanganyika 1961-64, Zanzibar 1963-64, the
Federation of Malaya 1957-63, Biafra 1967-70, the Arab Federation of 1958) and Somaliland since
1991 are Countries in a story of their years and Regions before and after (countries.yaml's
open-ended ``territory_eras`` rows, dev README E12); a capital that moved is its state in a
dateline spelt in capitals too ("DAR ES SALAAM, ... (1964)"). Sentences written for these
tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _classes(entities) -> dict[str, str]:
    """Label → class of each resolved entity."""
    return {e.label: e.cls for e in entities}


@pytest.mark.parametrize(("text", "name"), [
    ("Talks open\n\nNAIROBI, March 2 (1963) - Tanganyika asked Britain for two patrol boats.",
     "Tanganyika"),
    ("Envoy named\n\nLONDON, Feb 3 (1964) - Zanzibar recalled its envoy from Nairobi.",
     "Zanzibar"),
    ("Pact renewed\n\nLONDON, May 5 (1960) - Malaya signed a defence pact with Britain.",
     "Federation of Malaya"),
    ("Jets seen\n\nLAGOS, Oct 1 (1968) - Biafra bought two bombers from a dealer in Lisbon.",
     "Biafra"),
    ("Port deal\n\nNAIROBI, June 4 (2019) - Somaliland signed a port deal with a Gulf firm.",
     "Somaliland"),
])
def test_a_former_state_is_a_country_in_its_years(resolved, text, name):
    assert _classes(resolved(text)).get(name) == "Country"


@pytest.mark.parametrize(("text", "name"), [
    ("Ferry sinks\n\nNAIROBI, March 2 (1985) - A ferry sank off Zanzibar on Sunday.", "Zanzibar"),
    ("Rubber prices\n\nLONDON, May 5 (1951) - Rubber from Malaya fetched record prices.",
     "Malaya"),
    ("Oil output\n\nLAGOS, Oct 1 (1995) - Oil output in the former Biafra rose.", "Biafra"),
])
def test_before_or_after_its_years_it_is_a_region(resolved, text, name):
    assert _classes(resolved(text)).get(name) == "Region"


def test_a_capital_dateline_in_capitals_is_its_state_of_the_time(resolved):
    found = _classes(resolved("Mutiny ends\n\nDAR ES SALAAM, Jan 9 (1962) - Tanganyika thanked "
                              "Britain for its help."))
    assert "Dar Es Salaam" not in found and "Dar es Salaam" not in found, found
    assert found.get("Tanganyika") == "Country", found


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Visit ends\n\nBONN, May 2 (1971) - The Federal Republic agreed to lend Turkey funds for "
     "new frigates.", "Federal Republic", "West Germany"),
    ("Talks end\n\nBERLIN, May 2 (1998) - The Federal Republic agreed to lend Turkey funds for "
     "new frigates.", "Federal Republic", "Germany"),
    ("Boats seized\n\nDUBAI, July 3 (2012) - The Islamic Republic seized two fishing boats in "
     "the Gulf.", "Islamic Republic", "Iran"),
    ("Loan agreed\n\nLONDON, Sept 8 (1979) - Officials said America would sell Morocco six "
     "transport planes.", "America", "United States"),
])
def test_a_state_named_by_another_name(resolved, text, name, state):
    found = _classes(resolved(text))
    assert name not in found and found.get(state) == "Country", found


@pytest.mark.parametrize("name", ["Royal Fiji Military Forces", "Republic of Fiji Military Forces"])
def test_fiji_armed_forces_by_either_name_are_one_agency(resolved, name):
    found = _classes(resolved(f"Troops return\n\nSUVA, May 3 (2016) - Soldiers of the {name} "
                              "returned from the Golan Heights on Tuesday."))
    assert found.get("Republic of Fiji Military Forces") == "Agency", found
    assert "Fiji Military Forces" not in found and "Republic" not in found, found


@pytest.mark.parametrize(("text", "state", "not_state"), [
    ("LAGOS, May 3 (1985) - The Federal Republic of Nigeria bought jets.", "Nigeria",
     "West Germany"),
    ("MOGADISHU, May 3 (2015) - The Federal Republic of Somalia protested.", "Somalia", "Germany"),
    ("KARACHI, May 3 (1985) - The Islamic Republic of Pakistan ordered tanks.", "Pakistan", "Iran"),
])
def test_another_states_long_name_is_that_state(resolved, text, state, not_state):
    # (the short forms "the Federal Republic", "the Islamic Republic" stop at "of": lead, stop 45)
    found = _classes(resolved(text))
    assert found.get(state) == "Country" and not_state not in found
