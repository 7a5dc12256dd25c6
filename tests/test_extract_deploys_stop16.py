"""Issue 12, stop 16: deployment constructions (sentences written for these tests, none taken
from a corpus; real spaCy parse). Each class has a positive and a negative case."""

from __future__ import annotations

import pytest

# --- a place the destination is only near, or a direction, is no destination ---------------


@pytest.mark.parametrize("text, expected", [
    ("France sent 500 soldiers to Gao, a town near Niger.", {("France", "Gao")}),
    ("Norway sent two frigates to waters near Iceland.", set()),
    ("Moscow massed 50,000 troops near Georgia's border.", set()),
    ("Japan sent a destroyer toward Taiwan.", set()),
])
def test_a_place_only_near_or_toward_is_no_destination(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Germany based 400 soldiers near Kaunas.", ("Germany", "Kaunas")),  # "near" on the verb
    ("France sent 500 soldiers to a base near Gao.", ("France", "Gao")),  # an unnamed base
    ("Japan sent a destroyer to Taiwan.", ("Japan", "Taiwan")),
])
def test_a_place_named_as_where_the_force_went_stays(role_pairs, text, expected):
    assert expected in role_pairs(text, "deploys")


# --- the origin's place is not the destination -----------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Russia dispatched three frigates from Sevastopol in Crimea to Syria.",
     {("Russia", "Syria")}),
    # the parser hangs "on the Mediterranean" on the object, beside "from Toulon"
    ("France sent two frigates and a tanker from Toulon on the Mediterranean to Lebanon.",
     {("France", "Lebanon")}),
    # the parser hangs "to Jordan" on the origin's noun
    ("Britain moved two squadrons from bases in Cyprus to Jordan.",
     {("United Kingdom", "Jordan")}),
])
def test_the_origin_is_not_the_destination(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


# --- a region that only describes a state ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Some 300 soldiers from Fiji were sent to the small Pacific nation.",
    "Qatar sent 1,000 soldiers to the Gulf state.",
])
def test_a_region_describing_a_state_is_no_destination(role_pairs, text):
    assert role_pairs(text, "deploys") == set()


def test_a_region_noun_with_its_name_is_a_destination(role_pairs):
    # The entity stage names the place "Gulf region" (a feature noun joins a place's name; the
    # gazetteer keys it the Persian Gulf since s68 h-date2, E13); what this test holds is that
    # the region is still a destination, not a description of a state.
    found = role_pairs("Britain sent 2,000 troops to the Gulf region.", "deploys")
    assert found == {("United Kingdom", "Persian Gulf")}


# --- "there" points back to a place named before ---------------------------------------------


def test_there_points_back_to_the_place_named_before(role_pairs):
    text = "Fighting continued in Mali, and Chad has sent 500 troops there."
    assert role_pairs(text, "deploys") == {("Chad", "Mali")}


def test_there_without_a_place_before_names_nothing(role_pairs):
    assert role_pairs("Chad has sent 500 troops there.", "deploys") == set()


# --- a negated governing verb ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The pact does not oblige German soldiers to be deployed in Lithuania.",
    "The treaty does not require British troops to be stationed in Belize.",
])
def test_a_deployment_under_a_negated_verb_is_none(role_pairs, text):
    assert role_pairs(text, "deploys") == set()


def test_not_hesitating_to_deploy_is_a_deployment(role_pairs):
    assert role_pairs("Germany did not hesitate to send soldiers to Lithuania.", "deploys") == \
        {("Germany", "Lithuania")}


# --- coordinated reduced relatives share their noun ------------------------------------------


def test_the_agent_of_a_coordinated_participle_does_not_deploy(role_pairs):
    text = "Italian marines, trained by British instructors and sent to Kosovo in May, returned."
    assert role_pairs(text, "deploys") == {("Italy", "Kosovo")}


def test_material_flown_in_by_foreign_crews_is_not_their_deployment(role_pairs):
    text = ("The jets, flown in by Russian pilots and now stationed at Bamako airport, were "
            "bought last year.")
    assert role_pairs(text, "deploys") == set()


# --- transitive "pour" -----------------------------------------------------------------------


def test_pouring_troops_into_a_place_deploys_them(role_pairs):
    text = "Turkey poured troops into northern Syria."
    assert role_pairs(text, "deploys") == {("Turkey", "Syria")}


def test_people_pouring_into_a_place_arrive(role_pairs):
    assert role_pairs("Thousands of refugees poured into Jordan on Monday.", "deploys") == set()


# --- "them" standing for a force -------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The soldiers waited at the airport until Britain flew them to Cyprus.",
     ("United Kingdom", "Cyprus")),
    ("Some 300 Dutch marines had trained in Norway for weeks when the Netherlands ordered them "
     "to Kosovo.", ("Netherlands", "Kosovo")),
])
def test_them_standing_for_a_force_is_deployed(role_pairs, text, expected):
    assert expected in role_pairs(text, "deploys")


def test_them_standing_for_weapons_is_supplied(run):
    _, rels = run("Hungary bought 40 tanks from Germany and sent them to Ukraine in March.")
    assert not [r for r in rels if r.relation == "deploys"], rels
    assert any(r.relation == "supplies" and r.trigger == "sent" for r in rels), rels


# --- a statement inside a denial -------------------------------------------------------------


def test_what_a_denial_states_instead_is_asserted(role_pairs):
    text = ("Kenya denied that it had sent combat troops into Somalia, saying only that it had "
            "dispatched a few hundred military trainers to Kismayo.")
    assert role_pairs(text, "deploys") == {("Kenya", "Kismayo")}


def test_what_a_denial_denies_is_not_asserted(role_pairs):
    assert role_pairs("Kenya denied that it had sent combat troops to Somalia.", "deploys") == set()


# --- an intransitive deploying verb with a force subject -------------------------------------


def test_a_force_that_deployed_is_deployed_by_its_nationality(role_pairs):
    assert role_pairs("Italian and Spanish troops redeployed to Herat in May.", "deploys") == \
        {("Italy", "Herat"), ("Spain", "Herat")}


def test_a_force_without_a_nationality_deploys_nothing(role_pairs):
    assert role_pairs("The soldiers deployed to Niger last week.", "deploys") == set()


# --- "inside" a state ------------------------------------------------------------------------


def test_a_force_deployed_inside_a_state_is_deployed_there(role_pairs):
    assert role_pairs("Turkey has deployed tanks and troops inside Syria.", "deploys") == \
        {("Turkey", "Syria")}


def test_ordering_troops_inside_a_state_home_deploys_nothing(role_pairs):
    assert role_pairs("Ethiopia ordered its troops inside Somalia home.", "deploys") == set()


# --- a bare number standing for the force counted before it ----------------------------------


def test_a_number_standing_for_a_counted_force_is_deployed(role_pairs):
    text = "Britain, which already has 900 soldiers in Estonia, is sending another 800 there."
    assert role_pairs(text, "deploys") == {("United Kingdom", "Estonia")}


def test_a_number_standing_for_counted_weapons_deploys_nothing(role_pairs):
    text = "Germany has delivered 14 tanks to Ukraine and will send another 10 to Poland."
    assert role_pairs(text, "deploys") == set()


# --- an agreement to deploy is a promise -----------------------------------------------------


def test_agreeing_to_station_a_force_is_no_deployment(role_pairs):
    text = "Greece has agreed to station a Patriot battery in Saudi Arabia."
    assert role_pairs(text, "deploys") == set()
    assert role_pairs("Greece stationed a Patriot battery in Saudi Arabia.", "deploys") == \
        {("Greece", "Saudi Arabia")}


# --- ordering a deployment -------------------------------------------------------------------


def test_ordering_the_deployment_of_a_force_deploys_it(role_pairs):
    text = "President Bush ordered the deployment of 20,000 more troops to Iraq."
    assert role_pairs(text, "deploys") == {("Bush", "Iraq")}


@pytest.mark.parametrize("text", [
    "Bush did not order the deployment of troops to Iraq.",
    "The parliament approved the deployment of 500 troops to Mali.",  # a vote, not a sending
])
def test_a_deployment_not_ordered_is_none(role_pairs, text):
    assert role_pairs(text, "deploys") == set()


# --- the first place in the text, and the place it lies in -----------------------------------


def test_the_first_place_named_and_the_sea_it_lies_in(role_pairs):
    text = "China has deployed fighter jets on Woody Island in the South China Sea."
    assert role_pairs(text, "deploys") == {("China", "Woody Island"), ("China", "South China Sea")}


def test_a_date_after_the_destination_adds_no_place(role_pairs):
    assert role_pairs("Britain deployed 400 troops to Estonia in January.", "deploys") == \
        {("United Kingdom", "Estonia")}


# --- a described subject's name in apposition ------------------------------------------------


@pytest.mark.parametrize("text", [
    "The U.N. mission, MINUSMA, has deployed 300 troops to Kidal.",
    "The U.N. mission in Mali, MINUSMA, has deployed 300 troops to Kidal.",
])
def test_the_named_apposition_of_the_subject_deploys(role_pairs, text):
    assert role_pairs(text, "deploys") == {("MINUSMA", "Kidal")}


def test_a_subject_without_an_apposition_deploys_itself(role_pairs):
    assert role_pairs("The UN mission has deployed 300 troops to Kidal.", "deploys") == \
        {("United Nations", "Kidal")}
