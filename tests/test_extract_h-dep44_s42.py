"""Issue 12, stop 42 (s48 h-dep44): agentless passive movements whose deployer the article gave
before (sentences written for these tests, none taken from a corpus; real spaCy parse):
materiel moved by an agentless passive and a coordinated past-tense verb sharing the
passive."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_materiel_of_an_agentless_passive_takes_the_earlier_deployer(run):
    found = _deploys(run, "The United States sent 2,000 Marines to Japan on Monday. Officials "
                          "said that some 60 combat aircraft are being moved to air bases in "
                          "Okinawa.")
    assert ("United States", "Okinawa") in found


def test_tanks_of_an_agentless_passive_take_the_earlier_deployer(run):
    found = _deploys(run, "The United States sent 2,000 Marines to Japan on Monday. Officials "
                          "said that some 40 tanks are being moved to camps in Okinawa.")
    assert ("United States", "Okinawa") in found


def test_materiel_moved_with_no_deployment_before_has_no_deployer(run):
    assert _deploys(run, "Two hundred tanks were shipped to the port of Riga last week.") \
        == set()


def test_materiel_sold_before_is_no_deployment(run):
    assert _deploys(run, "Germany sold 40 tanks to Chile last year. The tanks were shipped "
                         "to Valparaiso in March.") == set()


def test_coordinated_past_tense_shares_the_passive(run):
    found = _deploys(run, "Britain has sent 500 soldiers to Latvia. The tanks and trucks were "
                          "unloaded at Riga and moved to Adazi by rail.")
    assert ("United Kingdom", "Adazi") in found


def test_coordinated_sailing_is_the_ships_own_act(run):
    assert _deploys(run, "The two corvettes were bought from Italy in 2019. They were handed "
                         "over at La Spezia and sailed to Mombasa.") == set()
