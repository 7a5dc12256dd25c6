"""Issue 12, stop 20 (h-dep2): deployment constructions (sentences written for these tests,
none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

# --- the armed service owning agentless materiel deploys it (dev conventions of d166–d185:
# fighters "of the Royal Air Force were moved to Kuwait" make the RAF the deployer; d176,
# d197) --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Three U.S. Air Force B-2 bombers have been deployed to Iceland.",
     ("Air Force (United States)", "Iceland")),
    ("Hunter fighters of the Royal Air Force were moved to Kuwait from Bahrain.",
     ("Air Force (United Kingdom)", "Kuwait")),
    ("Four French Navy frigates were sent to the Baltic Sea.", ("Navy (France)", "Baltic Sea")),
    ("Russian Air Force jets were moved to Syria last week.", ("Air Force (Russia)", "Syria")),
])
def test_the_service_owning_agentless_materiel_deploys_it(run, text, expected):
    assert _deploys(run, text) == {expected}


@pytest.mark.parametrize("text, expected", [
    # people of the state's whole military are the state's (d146–d165 conventions)
    ("France faces riots. Soldiers of the French armed forces have been stationed at the port "
     "of Noumea.", {("France", "Noumea")}),
    # (a named service's own personnel now deploy as the service, D3 as harmonised in stop 37:
    # d724's "troops of the Nigerian army", d473's "Indian army engineers"; tested in
    # tests/test_h_dep63_s48.py, s55 h-dep63)
    # an agent names who sent them
    ("Hunter fighters of the Royal Air Force were sent to Kuwait by Britain.",
     {("United Kingdom", "Kuwait")}),
])
def test_no_owning_service_for_people_or_with_an_agent(run, text, expected):
    assert _deploys(run, text) == expected


# --- "has X and Y stationed at": the participle on the last of coordinated objects (d18 "has
# … troops stationed in", d189) ----------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Singapore's air force has F-16 jets and Apache helicopters stationed at bases in Texas.",
     ("Air Force (Singapore)", "Texas")),
    ("Japan has two destroyers and a supply ship stationed in Djibouti.", ("Japan", "Djibouti")),
    ("Greece has 900 soldiers and 40 tanks stationed in Cyprus.", ("Greece", "Cyprus")),
])
def test_coordinated_objects_stationed_somewhere_are_deployed_by_the_holder(run, text,
                                                                            expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    ("Greece has 900 soldiers and 40 tanks.", set()),  # no stationing verb: presence
    # the force's own nationality, not the buyer, deploys it
    ("Pakistan bought F-16 jets and Chinese fighters stationed in Xinjiang.",
     {("China", "Xinjiang")}),
])
def test_coordinated_objects_without_a_stationing_of_the_holder(run, text, expected):
    assert _deploys(run, text) == expected


# --- a "to" phrase the parser hung on a comma participle on the force ("sending ten army
# battalions, backed by tanks and combat aircraft, to the states of …", d193; "deployed …
# soldiers, backed by tanks and artillery, inside …", d97) -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Chad sent 2,000 soldiers, supported by armoured vehicles, to Niger.", ("Chad", "Niger")),
    ("Kenya dispatched a battalion, escorted by helicopters, into Somalia.",
     ("Kenya", "Somalia")),
    ("Nigeria deployed 800 troops, backed by air power, to the town of Gao in Mali.",
     ("Nigeria", "Gao")),
])
def test_a_place_after_a_participle_aside_on_the_force_is_the_destination(run, text,
                                                                          expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Chad sent a letter, signed by the president, to Niger.",  # no force
    "Chad sent 2,000 soldiers, led by a general loyal to Niger.",  # "to" on the adjective
    "Chad sent 2,000 soldiers, trained by French officers, on Monday.",  # no place
])
def test_no_destination_from_a_participle_aside_without_a_force_or_place(run, text):
    assert _deploys(run, text) == set()


# --- a finite agentless passive whose force names no owner: the one state that deployed forces
# in the sentences before (gold README: the force's nationality; d172 "They were flown to the
# Kamina air base", d194 "Paratroopers were flown to Yundum airport", d197 "B-1 bombers were
# based in Norway") ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Portugal has sent 200 soldiers to Mozambique. The paratroopers were airlifted to Pemba, "
     "officials said.", ("Portugal", "Pemba")),
    ("France sent troops to Mali. They were moved to Gao on Friday.", ("France", "Gao")),
    ("Kenya sent 800 soldiers to Somalia in March. More troops were flown to Kismayo on Friday.",
     ("Kenya", "Kismayo")),
])
def test_an_agentless_force_is_the_one_deploying_state_of_the_article(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    # two states deployed before: whose tanks is open
    ("Russia and Belarus sent troops to the border. Tanks were moved to Brest.", set()),
    # a person deployed before, no state
    ("President Macron sent troops to Chad. Paratroopers were flown to Abeche.",
     {("Macron", "Chad")}),
    # an armed group's fighters are not the state's
    ("Chad sent troops to Niger. Militia fighters were flown to Agadez.", {("Chad", "Niger")}),
    # no deployment before
    ("Paratroopers were flown to Yundum airport on Friday.", set()),
    # no force
    ("France sent troops to Mali. The embassy was moved to Bamako.", {("France", "Mali")}),
])
def test_no_article_deployer_when_open_or_not_a_states_force(run, text, expected):
    assert _deploys(run, text) == expected


# --- places inside a relative clause on the destination describe it, they are not where the
# force went (d192 "to its Kaliningrad exclave, which borders Lithuania and Poland", d193 "to
# an air base in Zulia state, which borders Colombia") ------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("China moved bombers to an island that faces Taiwan.", set()),
    ("India sent troops to a valley which overlooks Pakistan.", set()),
    ("Turkey sent troops to Hatay province, which borders Syria.", {("Turkey", "Hatay province")}),
    # the clause on a place inside the destination phrase
    ("Turkey sent troops to a base in Hatay province, which borders Syria.",
     {("Turkey", "Hatay province")}),
])
def test_places_of_a_relative_clause_on_the_destination_are_no_destination(run, text,
                                                                           expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the place the clause is on still is one, named as a modifier
    ("Russia moved missiles to its Kaliningrad exclave, which borders Poland.",
     ("Russia", "Kaliningrad Oblast")),
    ("France sent 300 soldiers to Gao, which lies in northern Mali.", ("France", "Gao")),
    # an actor in the clause neither
    ("Italy sent 1,000 soldiers to Lebanon, which Israel invaded in 2006.", ("Italy", "Lebanon")),
])
def test_the_described_destination_stays(run, text, expected):
    assert expected in _deploys(run, text)


# --- a force massed near a place stands outside it (dev conventions: "massed troops near X's
# borders", "massing troops … close to the border" are no deployments; d101, d132, d196
# "Iraqi divisions mass near Kuwait") ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Iraq massed troops near Kuwait.",
    "Iraqi divisions massed near Kuwait on Sunday.",
    "Iraq massed 20,000 troops in southern Iraq near Kuwait.",  # its own territory
])
def test_massing_near_a_place_is_no_deployment_there(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Russia massed troops in Belarus.", ("Russia", "Belarus")),
    ("Russia has amassed 30,000 troops in Belarus near the Ukrainian border.",
     ("Russia", "Belarus")),
    ("Germany based 400 soldiers near Kaunas.", ("Germany", "Kaunas")),  # not massing
])
def test_massing_in_a_place_and_basing_near_one_stay_deployments(run, text, expected):
    assert expected in _deploys(run, text)


# --- a headline "<Person> orders N troops to X" the model tags as one noun phrase (d173 "Reagan
# orders 3,200 troops to Honduras …", d33 "Zapatero orders Spanish troops home from Iraq") ------


@pytest.mark.parametrize("text, expected", [
    ("Reagan orders 3,200 troops to Honduras after Nicaraguan incursion", ("Reagan", "Honduras")),
    ("Obama orders 3,000 troops to Liberia after Ebola outbreak", ("Obama", "Liberia")),
])
def test_a_person_ordering_troops_in_a_headline_deploys_them(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Zapatero orders Spanish troops home from Iraq",  # a withdrawal, no destination
    "Reagan orders troops and tanks to Honduras",  # weapons too: left to the supply reading
])
def test_a_person_ordering_troops_home_or_with_weapons_deploys_nothing(run, text):
    assert _deploys(run, text) == set()
