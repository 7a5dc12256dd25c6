"""Issue 12, stop 51 (s58 h-dep70): deployments whose deployers are the nationality adjectives
of the force, the verb's subject being a transport or the verb a passive: every coordinated
nationality deploys ("French and Irish soldiers", "Greek warships and Turkish frigates"),
"carry" deploys the troops it carries, and "there" points back to a place a verb of leaving
takes as object. Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys

# --- "carried X soldiers to Y": a transport carries a force, whose nationality deploys it ------


def test_flights_that_carried_soldiers_deploy_them_by_nationality(run):
    found = _deploys(run, "An officer said the first aircraft had carried Belgian paratroopers "
                          "to Kamina on Friday.")
    assert ("Belgium", "Kamina") in found


def test_each_coordinated_nationality_of_a_carried_force_deploys_it(run):
    found = _deploys(run, "The colonel said the ships had carried Italian and Spanish marines "
                          "to Tartus overnight.")
    assert {("Italy", "Tartus"), ("Spain", "Tartus")} <= found


def test_carrying_rifles_is_no_deployment(run):
    found = _deploys(run, "The Dutch soldiers carried rifles to Mostar.")
    assert not any(dest == "Mostar" for _, dest in found)


def test_a_vehicle_the_troops_were_carried_in_is_no_destination(run):
    found = _deploys(run, "The newspaper said the troops were carried in Russian-built "
                          "helicopters and took up positions on the ridge.")
    assert not any(dest == "Russia" for _, dest in found)


def test_carrying_as_a_purpose_is_no_deployment_done(run):
    found = _deploys(run, "Norway will lend two transport planes to help carry Danish troops "
                          "to Niger.")
    assert ("Norway", "Niger") not in found


def test_helicopters_ferrying_troops_of_two_states_deploy_both(run):
    found = _deploys(run, "US helicopters ferried Belgian and Danish soldiers to Kandahar.")
    assert {("Belgium", "Kandahar"), ("Denmark", "Kandahar")} <= found


# --- "Greek warships and Turkish frigates had been sent to X": each force's own nationality ------


def test_each_of_two_coordinated_forces_is_deployed_by_its_nationality(run):
    found = _deploys(run, "Egyptian destroyers and Saudi corvettes had been sent to Socotra "
                          "on Monday.")
    assert {("Egypt", "Socotra"), ("Saudi Arabia", "Socotra")} <= found

