"""Issue 12, stop 21 (h-dep3): deployment constructions (sentences written for these tests,
none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

# --- "fly" sends aircraft or troops only "to"/"into" a place; flying them on a front, over or
# in a place is operating them there (dev d215, d195, d137) ---------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Kenya flew 300 soldiers to Somalia on Tuesday.", ("Kenya", "Somalia")),
    ("Portugal has flown four F-16 jets into Lithuania.", ("Portugal", "Lithuania")),
    ("Senegal flies troops to Mali to guard the election.", ("Senegal", "Mali")),
])
def test_flying_a_force_to_a_place_deploys_it(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Libyan pilots were flying Mirage jets on the front near Kufra, the officials said.",
    "Egyptian crews flew MiG-21 fighters over Yemen during the war.",
    "Chilean airmen fly F-16 jets in Peru as part of the exercise.",
])
def test_flying_aircraft_somewhere_is_no_deployment(run, text):
    assert _deploys(run, text) == set()


# --- "to the region" names the one region the sentence or the one before named (dev
# conventions D6; d214, d196, d21) -------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Tensions rose in the Baltic Sea last week. Canada, which has sent three frigates to the "
     "region since June, called for calm.", ("Canada", "Baltic Sea")),
    ("Piracy has grown in the Gulf of Aden. India has moved two destroyers to the area.",
     ("India", "Gulf of Aden")),
])
def test_the_region_is_the_one_region_named_before(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # two regions named before: which one is meant is unknown
    "Ships crowd the Red Sea and the Arabian Sea. Canada has sent three frigates to the region.",
    # only a state named before: "the region" is wider than it
    "Talks failed in Kenya. Canada has sent three frigates to the region.",
    # the region named two sentences before
    "Tensions rose in the Baltic Sea. Ministers met on Friday. Canada has sent three frigates "
    "to the region.",
    # no region named before
    "Canada has sent three frigates to the region, officials said.",
])
def test_the_region_without_one_region_named_before(run, text):
    assert _deploys(run, text) == set()


# --- a force that sets out: "sailed from X aboard a ship bound for Y" deploys it to Y (dev
# conventions D4, "left ports … for" are deployments; d217, d95, d60) --------------------------


@pytest.mark.parametrize("text, expected", [
    ("About 800 Peruvian soldiers sailed from Callao on Friday aboard a chartered freighter "
     "bound for Cyprus.", ("Peru", "Cyprus")),
    ("Two hundred Irish soldiers sailed from Cork for Lebanon on Sunday.", ("Ireland", "Lebanon")),
])
def test_a_force_setting_out_for_a_place_is_deployed_there(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Peruvian marines sail for Cyprus to join peacekeepers",  # a direction only (headline)
    "About 800 Peruvian soldiers sailed from Callao on Friday.",  # no place set out for
    # cargo, not a force
    "A Turkish grain freighter sailed from Odessa aboard a tug bound for Egypt.",
])
def test_no_setting_out_deployment(run, text):
    assert _deploys(run, text) == set()


# --- a capital stands for its state (dev conventions E12), also under its former name:
# "Leopoldville" is the Congo's capital (d212) -------------------------------------------------


def test_a_former_capital_name_stands_for_its_state(run):
    assert ("Sudan", "Democratic Republic of the Congo") in _deploys(
        run, "Sudan flew 400 soldiers to Leopoldville on Monday.")


def test_a_city_that_is_no_capital_stays_a_place(run):
    assert _deploys(run, "Sudan flew 400 soldiers to Elisabethville on Monday.") == {
        ("Sudan", "Elisabethville")}


# --- the sent force's own next clause says where it arrived: "has dispatched troops, and its
# first soldiers landed in X" (d212; like d133's relative "who are expected to reach") ---------


@pytest.mark.parametrize("text, expected", [
    ("Nepal has also sent troops, and its first soldiers arrived in Juba on Tuesday.",
     ("Nepal", "South Sudan")),  # a capital stands for its state (E12)
    ("Fiji dispatched a company of infantry, and the soldiers landed at Honiara airport on "
     "Monday.", ("Fiji", "Solomon Islands")),  # a capital's airport is its state (E12, stop 80)
    ("Uruguay has dispatched 300 soldiers, and they arrived in Goma late on Sunday.",
     ("Uruguay", "Goma")),
])
def test_the_next_clause_names_where_the_sent_force_arrived(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # another force arrived: its own nationality
    "Nepal has also sent troops, and Indian soldiers arrived in Juba on Tuesday.",
    # no force was sent ("sent a letter")
    "Nepal has also sent a letter, and its envoy arrived in Juba on Tuesday.",
    # not an arrival
    "Nepal has also sent troops, and its first soldiers trained in Juba last year.",
])
def test_no_destination_from_another_clause(run, text):
    assert _deploys(run, text) == set()


# --- "rotate" deploys only what is rotated: "Marines rotate through X" is presence, "a battery
# was rotated into X" a deployment (dev gold of d209, d36; d111) -------------------------------


@pytest.mark.parametrize("text, expected", [
    ("A Dutch Patriot battery was rotated into Turkey from Germany last spring.",
     ("Netherlands", "Turkey")),
    ("Canada rotated two frigates into the Black Sea in March.", ("Canada", "Black Sea")),
])
def test_rotating_a_force_into_a_place_deploys_it(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Exercises are held in Guam, where French Marines rotate through Apra Harbor each year.",
    "Spanish troops rotate through Latvia every six months.",
])
def test_a_force_rotating_through_a_place_is_presence(run, text):
    assert _deploys(run, text) == set()


# --- the holder of forces deploys the unit they serve in that is stationed somewhere: "NATO has
# 2,000 troops in X under a battlegroup stationed at Y" (d220; like "has troops stationed in",
# d18, d189) ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The European Union has 600 soldiers in Mali under a battlegroup stationed at Koulikoro.",
     ("European Union", "Koulikoro")),
    # an unlisted name before "camp" names the place with the noun since stop 69 (h-reg1; readable
    # gold keeps "camp" in the mention in 4 files, cuts it in none)
    ("Sweden has about 300 troops in Latvia in a battalion based at the Adazi camp.",
     ("Sweden", "Adazi camp")),
])
def test_the_holder_deploys_the_stationed_unit(run, text, expected):
    assert expected in _deploys(run, text)


def test_the_holders_state_beside_the_units_place(run):
    """The place and its country (dev conventions D1): the state the troops are in too."""
    assert _deploys(run, "The European Union has 600 soldiers in Mali under a battlegroup "
                         "stationed at Koulikoro.") == {("European Union", "Koulikoro"),
                                                        ("European Union", "Mali")}


@pytest.mark.parametrize("text", [
    # a plan: no holding verb
    "The European Union plans a battlegroup stationed at Koulikoro.",
    # the holder has no force: a unit only mentioned
    "The European Union has doubts about a battlegroup stationed at Koulikoro.",
])
def test_no_holder_without_held_forces(run, text):
    assert _deploys(run, text) == set()
