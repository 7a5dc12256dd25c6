"""Issue 12, stop 22 (h-dep4): deployment constructions (sentences written for these tests,
none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

# --- an object list the parser takes for an apposition: "dispatched the cruiser, the destroyer
# X and two support vessels to the Caribbean" ("to" on the last member; d236, d203) ----------


@pytest.mark.parametrize("text, expected", [
    ("The Dutch navy sent the frigate Tromp, the minehunter Makkum and two supply ships to the "
     "Baltic Sea last month.", ("Navy (Netherlands)", "Baltic Sea")),
    ("Rome dispatched the frigate, the corvette Fenice and three patrol boats to the Adriatic "
     "Sea.", ("Italy", "Adriatic Sea")),
])
def test_a_list_of_forces_in_apposition_keeps_its_destination(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # people who are no force, listed the same way
    "Britain sent the minister, the envoy Tom Hale and two aides to Oman.",
    # the same list sold, not sent
    "Oslo sold the tanker, the yacht Rex and two ferries to Chile.",
])
def test_no_deployment_from_a_list_of_what_is_no_force(run, text):
    assert _deploys(run, text) == set()


# --- an advance: intransitive "were moving on the port of X" attacks or approaches the place,
# it is no deployment there (d234; "marched on" d77, d92; "advance on" d113) ----------------


@pytest.mark.parametrize("text", [
    "Nigerian troops had crossed the border and were moving on the port of Cotonou.",
    "Syrian tanks had entered Lebanon and were moving on the town of Zahle.",
])
def test_moving_on_a_place_is_an_advance(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, expected", [
    # "to", not "on": the force goes there
    ("Turkish soldiers had crossed the river and were moving to the town of Afrin.",
     ("Turkey", "Afrin")),
    # transitive: a force moved "on to" a base is sent there
    ("France moved two squadrons of jets on to the base at Niamey in Niger.",
     ("France", "Niger")),
])
def test_moving_a_force_to_a_place_still_deploys_it(run, text, expected):
    assert expected in _deploys(run, text)


# --- "this town" in a wire story is the dateline's place: "stationed … at the airfield of this
# Uzbek town" (d237; "sailed from this Pacific port", d217), with the state its adjective
# names (dev conventions D1) -----------------------------------------------------------------


def test_this_town_is_the_datelines_place(run):
    text = ("GAO, Mali, March 4 (Reuters) - France has stationed 400 soldiers and six helicopters "
            "at the airport of this Malian town, officials said on Tuesday. The first soldiers "
            "were flown to Gao last week.\n")
    assert {("France", "Gao"), ("France", "Mali")} <= _deploys(run, text)


def test_this_port_without_an_adjective(run):
    text = ("BERBERA, Somaliland, June 2 (AP) - The UAE has based two warships in this port, "
            "officials said. Berbera lies on the Gulf of Aden.\n")
    assert ("United Arab Emirates", "Berbera") in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # the dateline's place is not named again: nothing to resolve it to (not Nairobi)
    "MOMBASA, Kenya, June 2 (AP) - Britain has sent 300 soldiers to this town, officials said. "
    "They later moved to Nairobi by train.\n",
    # no dateline at all
    "Britain has sent 300 soldiers to this town, officials said. Gao lies on the Niger.\n",
])
def test_this_town_without_a_dateline_place_named_again(run, text):
    assert not any(place in ("Gao", "Mombasa") for _, place in _deploys(run, text))


# --- "answering the deployment of American warships to the Black Sea": the "to" phrase the
# parser hangs on the verb governing the deployment noun (d236; nominal deployments "of … to",
# d92, d135) -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Analysts said Moscow was answering the deployment of American warships to the Black Sea.",
     ("United States", "Black Sea")),
    ("The minister welcomed the deployment of Dutch marines to Aruba.",
     ("Netherlands", "Aruba")),
])
def test_to_on_the_verb_governing_a_deployment_noun(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # a verb that ascribes: its "to" is no destination
    "Critics linked the deployment of Indian troops to Sri Lanka.",
    # "to" on the verb, but not right after the deployment's phrase
    "The minister explained the deployment of Dutch marines in detail to Aruba's leaders.",
])
def test_no_destination_from_a_to_that_is_the_verbs_own(run, text):
    assert not any(p in ("Sri Lanka", "Aruba") for _, p in _deploys(run, text))


# --- a force taking position: "British troops take up post in Estonia", "German air force unit
# sets up in …" (headlines; dev conventions of d186–d205 and d226–d245; d192, d237) -----------


@pytest.mark.parametrize("text, expected", [
    ("Danish troops and tanks take up post in Lithuania under NATO plan\n\n",
     ("Denmark", "Lithuania")),
    ("About 200 Danish soldiers took up positions in the town of Tapa on Monday.",
     ("Denmark", "Tapa")),
    ("Spanish engineers set up in the port of Durres, Albania, on Friday.",
     ("Spain", "Durres")),
    ("German air force unit sets up in Uzbekistan to supply Kabul force\n\n",
     ("Air Force (Germany)", "Uzbekistan")),
])
def test_a_force_taking_position_is_deployed_there(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "France set up a base in Djibouti in 1977.",  # a base set up: presence, no force
    "The new minister took up his post in Riga on Monday.",  # a person, no force
    "Belgian troops will take up post in Latvia next year.",  # a plan
    "Belgian troops have not taken up post in Latvia.",  # negated
])
def test_no_deployment_from_taking_up_without_a_force_or_fact(run, text):
    assert _deploys(run, text) == set()
