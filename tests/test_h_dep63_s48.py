"""Issue 12, stop 48 (s55 h-dep63): a named service's own people deploy as the service in an
agentless passive ("troops of the Ghanaian army were moved to X", "US Army soldiers were
flown to X"), not only its materiel, and warships of a named navy that set out for a place
deploy as the navy (dev conventions D3 as harmonised in stop 37: the force's nationality only
when no owning service is named). Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Soldiers of the Ghanaian army were moved to Tamale on Monday.",
     ("Army (Ghana)", "Tamale")),
    ("Troops of the Kenyan army have been sent to Mandera, officials said.",
     ("Army (Kenya)", "Mandera")),
    ("US Army troops were flown to Liberia last week.",
     ("Army (United States)", "Liberia")),
])
def test_service_people_in_an_agentless_passive_deploy_as_the_service(run, text, expected):
    assert expected in _deploys(run, text)


def test_a_nationality_without_a_service_stays_the_deployer(run):
    assert _deploys(run, "Ghanaian soldiers were moved to Tamale on Monday.") == {
        ("Ghana", "Tamale")}


def test_warships_of_a_named_navy_setting_out_deploy_as_the_navy(run):
    found = _deploys(run, "Warships of the Turkish navy left the base at Aksaz for the "
                          "Aegean Sea overnight.")
    assert found == {("Navy (Turkey)", "Aegean Sea")}


def test_warships_with_a_nationality_only_setting_out_stay_the_state(run):
    found = _deploys(run, "Turkish warships left the base at Aksaz for the Aegean Sea "
                          "overnight.")
    assert found == {("Turkey", "Aegean Sea")}


def test_a_bare_service_noun_names_no_service(run):
    # "the army's" names no service: the nationality rule (or none) applies, not the army
    found = _deploys(run, "Units of the army's 3rd Division were moved to Kumasi on Monday.")
    assert not any(d.startswith("Army") for d, _ in found)


def test_a_force_that_is_the_service_deploys_as_the_service(run):
    # "U.S. Marines" is the force itself: the service since stop 66's D3 (the state before;
    # tests/test_h-dep101_s66.py)
    assert _deploys(run, "About 5,000 U.S. Marines are stationed on Guam under a defence pact "
                         "with Washington.") == {("Marine Corps (United States)", "Guam")}


def test_named_air_force_officers_sent_deploy_as_the_air_force(run):
    # (was set() in stop 20, before D3 was harmonised in stop 37)
    assert _deploys(run, "Two German Air Force officers were sent to Lithuania.") == {
        ("Air Force (Germany)", "Lithuania")}
