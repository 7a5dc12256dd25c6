"""Issue 12, stop 36 (h-sup36): supply forms (sentences written for these tests, none taken
from a corpus; real spaCy parse); the dev articles each construction came from are named at its
test."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


def _items(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, m.key or m.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for m in r.role("item")}


def test_done_conjunct_after_a_pledge_is_a_supply(run):
    # "pledged … aid …, and has already delivered rifles …" (dev d534): the conjunct has a
    # tense of its own, the pledge an object of its own
    text = ("Japan pledged 50 million dollars in aid last year and has already delivered ten "
            "patrol boats to the Vietnamese navy.")
    assert _items(run, text) == {("Japan", "patrol boat")}
    assert _supplies(run, text) == {("Japan", "Navy (Vietnam)")}


@pytest.mark.parametrize("text", [
    "Japan pledged to deliver ten patrol boats to Vietnam.",
    "Japan pledged 50 million dollars in aid and will deliver ten patrol boats to Vietnam.",
])
def test_pledged_supply_stays_a_plan(run, text):
    # negative controls: the delivery is itself pledged, or still to come
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("China has sent Islamabad 30 JF-17 fighters and two Type 054 frigates.",
     {("China", "JF-17"), ("China", "Type 054 frigate")}),
    # the parser hangs "Pakistan" on the count of the object
    ("Beijing sent Pakistan 40 J-10 fighter jets last year.", {("China", "J-10")}),
])
def test_sent_to_an_indirect_object_is_a_supply(run, text, expected):
    # "has already sent Cairo about 46 MiG-29M fighters, Ka-52 helicopters …" (dev d540):
    # weapons sent to a state named as the indirect object are handed over, not deployed
    assert _items(run, text) == expected
    assert _supplies(run, text) == {("China", "Pakistan")}


@pytest.mark.parametrize("text", [
    "Saudi Arabia sent Bahrain 1,000 troops.",
    "The United States sent two F-16 squadrons to Poland.",
])
def test_troops_or_squadrons_sent_stay_deployments(run, text):
    # negative controls: no indirect object naming a state before named weapons
    assert _supplies(run, text) == set()


def test_equipped_with_material_from_a_state(run):
    # "Polish forces are equipped … with weapons from Moscow, including T-55 tanks …" (dev
    # d527): with no agent, the state the material comes from supplies the holder
    text = "The Kenyan army is equipped mostly with rifles from Belgium, including FAL rifles."
    assert _supplies(run, text) == {("Belgium", "Army (Kenya)")}


def test_equipped_with_material_from_no_name(run):
    # negative control: "from the Soviet era" names no supplier
    text = "The Kenyan army is equipped with rifles from the Soviet era."
    assert _supplies(run, text) == set()


def test_flown_load_with_freight_is_a_supply(run):
    # "flew tanks, artillery shells and Phantom jets to Israel" (dev d507): freight in the load
    # makes it a delivery, the jets flown with it included
    text = ("In the first week the United States flew tanks, artillery shells and A-4 jets to "
            "Israel.")
    found = _items(run, text)
    assert ("United States", "tank") in found
    assert ("United States", "artillery shell") in found
    assert _supplies(run, text) == {("United States", "Israel")}


@pytest.mark.parametrize("text", [
    "Russia flew two Tu-160 bombers to Venezuela.",
    "The air force flew tanks and troops to the border.",
])
def test_flown_aircraft_or_troops_stay_the_senders(run, text):
    # negative controls: no freight, or troops in the load
    assert _supplies(run, text) == set()
