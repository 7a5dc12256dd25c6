"""Issue 12, stop 42 (s48 h-dep43): deployers of moved forces (sentences written for these tests,
none taken from a corpus; real spaCy parse): a service named on a headline's reduced relative
force, every nationality coordinated on a force that is the participle's subject or an
agentless passive's, and crewmen and technicians as forces."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_service_on_a_headline_force(run):
    assert ("Army (United States)", "Bolivia") in _deploys(
        run, "US Army helicopters and troops sent to Bolivia for cocaine raids")


def test_each_nationality_of_a_participle_force(run):
    found = _deploys(run, "Malaysian officials said the British, Australian and New Zealand "
                          "troops deployed in Borneo during the fighting would begin to go home.")
    assert {("United Kingdom", "Borneo"), ("Australia", "Borneo"),
            ("New Zealand", "Borneo")} <= found


def test_each_nationality_of_a_passive_force_with_an_article(run):
    found = _deploys(run, "The French and Belgian paratroopers were flown to Kolwezi.")
    assert {("France", "Kolwezi"), ("Belgium", "Kolwezi")} <= found


def test_crewmen_and_technicians_are_a_force(run):
    assert ("Soviet Union", "Egypt") in _deploys(
        run, "The Soviet Union had sent some 1,500 missile crewmen and technicians to Egypt "
             "since February.")
