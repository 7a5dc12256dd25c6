"""Issue 12, deploys recall round 3 (h-dep6): tolerant argument finding for deployments
(sentences written for these tests, none taken from a corpus; real spaCy parse). Each
construction has paraphrases (other verbs, names, word order) and a negative case."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Iran warned Moscow against sending arms to Damascus, where Russian forces have been "
     "deployed since 2015.", {("Russia", "Syria")}),
    ("The minister flew to Djibouti, where French troops have been stationed since 1977.",
     {("France", "Djibouti")}),
    ("Officials met in Estonia, where Britain has deployed 900 soldiers.",
     {("United Kingdom", "Estonia")}),
    ("Liberia, to which Nigeria sent troops in 1990, held elections.", {("Nigeria", "Liberia")}),
    ("Mali, into which France poured troops in 2013, is unstable.", {("France", "Mali")}),
    # no deployment in the clause; an origin is no destination
    ("The talks took place in Geneva, where the delegates signed the accord.", set()),
    ("Ghana, from which Nigeria sent troops, protested.", set()),
])
def test_a_relative_clause_deploys_to_the_place_it_describes(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("New Zealand and Australian forces were sent to Tonga in 2006.",
     {("New Zealand", "Tonga"), ("Australia", "Tonga")}),
    ("Canada and British troops were deployed to Latvia.",
     {("Canada", "Latvia"), ("United Kingdom", "Latvia")}),
    ("The Netherlands and Belgian troops have been deployed to Lithuania.",
     {("Netherlands", "Lithuania"), ("Belgium", "Lithuania")}),
    ("New Zealand and its allies were sent to Tonga.", set()),  # no force named
])
def test_the_nationality_of_a_force_coordinated_with_a_state_deploys_too(role_pairs, text,
                                                                         expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # (the Marines, a service named by its members' plural, deploy as the service in an
    # agentless passive since stop 66's D3: tests/test_h-dep101_s66.py)
    ("The United States sent 300 U.S. Marines to Norway in January. The Marines are stationed "
     "at the Vaernes military base.",
     {("United States", "Norway"), ("Marine Corps (United States)", "Vaernes military base")}),
    ("Washington and Canberra agreed on the rotation of U.S. Marines. The United States said "
     "the Marines were deployed to Darwin.", {("Marine Corps (United States)", "Darwin")}),
])
def test_a_states_own_military_body_as_the_force_is_deployed_by_the_state(role_pairs, text,
                                                                          expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Angola said South African troops were still deployed in its southern province of "
     "Cunene.", {("South Africa", "Cunene"), ("South Africa", "Angola")}),
    ("Russia deployed troops to Poland's eastern city of Rzeszow.",
     {("Russia", "Rzeszow"), ("Russia", "Poland")}),
    ("Ukraine said Russian troops had been moved into its eastern region of Donbas.",
     {("Russia", "Donbas"), ("Russia", "Ukraine")}),
])
def test_the_state_owning_the_province_of_a_destination_is_a_destination(role_pairs, text,
                                                                         expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("The move was the largest transfer of American forces to Europe since the Cold War.",
     {("United States", "Europe")}),
    ("The movement of 2,000 Russian troops into Belarus alarmed NATO.", {("Russia", "Belarus")}),
    ("The airlift of Belgian paratroopers to Kinshasa began on Monday.",
     {("Belgium", "Democratic Republic of the Congo")}),
    # material or people who are no force: a supply or nothing, no deployment
    ("The transfer of F-16 jets to Ukraine began in August.", set()),
    ("The movement of refugees into Poland continued.", set()),
])
def test_a_transfer_noun_of_a_force_is_a_deployment(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("France sent jets. Mirage fighter jets based in Chad would fly missions over the town, "
     "the French defence ministry said.", {("France", "Chad")}),
    ("Britain is helping. Typhoon jets stationed in Cyprus will patrol the area, the British "
     "Ministry of Defence said.", {("United Kingdom", "Cyprus")}),
    # officials are no military body: they may speak of another state's forces
    ("Britain is helping. Typhoon jets stationed in Cyprus will patrol the area, British "
     "officials said.", set()),
])
def test_a_reduced_relative_reported_by_a_states_military_is_its_deployment(role_pairs, text,
                                                                              expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Japanese troops arrived in Samawah, a town in Muthanna province. The Netherlands has "
     "stationed about 1,100 marines in the province since last summer.",
     {("Netherlands", "Muthanna")}),
    ("Fighting flared in the city of Gao last week. France sent 500 more troops to the city "
     "on Monday.", {("France", "Gao")}),
    ("The island of Gotland lies in the Baltic Sea. Sweden stationed 150 soldiers on the "
     "island in 2016.", {("Sweden", "Gotland")}),
    # no place named as such before
    ("Sweden stationed 150 soldiers on the island in 2016.", set()),
])
def test_the_province_names_again_the_place_last_described_as_one(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tensions date back to 1958, when Eisenhower landed Marines near Beirut.",
     {("Eisenhower", "Lebanon")}),
    ("Britain landed commandos on South Georgia in April.", {("United Kingdom", "South Georgia")}),
    ("France landed paratroopers in Kolwezi to rescue hostages.", {("France", "Kolwezi")}),
    ("Relations soured in 2014, when Russia moved troops into Crimea.", {("Russia", "Crimea")}),
    # intransitive landing is an arrival; a contract landed is won
    ("Italian marines landed at Tyre on Sept 2.", set()),
    ("Lockheed landed a contract to supply jets to Poland.", set()),
])
def test_transitive_landing_of_a_force_is_a_deployment(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("India airlifts troops to Maldives", {("India", "Maldives")}),
    ("Pakistan stations troops in Saudi Arabia", {("Pakistan", "Saudi Arabia")}),
    ("Britain flies Harrier jets and troops to Belize", {("United Kingdom", "Belize")}),
    ("Japan, South Korea send warships to Gulf", {("Japan", "Gulf"), ("South Korea", "Gulf")}),
    ("France, Germany send troops to Mali", {("France", "Mali"), ("Germany", "Mali")}),
    # a state only near another's border is outside it
    ("Russia masses troops near Ukraine border", set()),
])
def test_headline_parse_errors_still_read_the_deployment(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Italian contingent in Lebanon, deployed in 2006, numbers 1,000.", {("Italy", "Lebanon")}),
    ("The British battalion in Estonia, deployed in 2017, has 900 soldiers.",
     {("United Kingdom", "Estonia")}),
    # a verb of movement names where the force went, not where it was
    ("The troops in Germany were moved last year.", set()),
])
def test_a_stationed_force_without_a_place_of_its_own_stays_where_it_is(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    ("Italy is dispatching about 500 infantrymen, who are expected to reach Beirut on "
     "Thursday.", {("Italy", "Lebanon")}),
    ("Britain dispatched a frigate, which reached the Gulf on Monday.",
     {("United Kingdom", "Gulf")}),
    ("Fighting raged in the city of Gao. France is sending 300 paratroopers, who are expected "
     "to reach the city on Friday.", {("France", "Gao")}),
    # cargo is no force; a clause that names no arrival names no destination
    ("France is sending 300 tonnes of food, which will arrive in Bamako on Friday.", set()),
    ("France is sending 300 paratroopers, who trained in Chad.", set()),
])
def test_a_sent_forces_own_clause_says_where_it_arrives(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
