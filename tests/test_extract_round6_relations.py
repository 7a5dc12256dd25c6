"""Issue 12, round 6: supply and deployment constructions that generalise (sentences written
for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_round5_relations import _supplies


def _deploys(run, text):
    """(deployer, destination, certainty) by key, else by name (places the gazetteer lacks)."""
    _, rels = run(text)
    return {(d.key or d.lemma, p.key or p.lemma, r.attr("certainty"))
            for r in rels if r.relation == "deploys"
            for d in r.role("deployer") for p in r.role("destination")}

# --- supplies: coordinated recipients, amounts of material -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Saab sold Gripen fighters to Hungary and the Czech Republic.",
     {"Hungary", "Czech Republic"}),
    ("Turkey sold Bayraktar drones to Ukraine, Poland and Morocco.",
     {"Ukraine", "Poland", "Morocco"}),
    ("Brazil delivered Super Tucano aircraft to Chile and Colombia last year.",
     {"Chile", "Colombia"}),
])
def test_each_coordinated_recipient_is_supplied(run, text, expected):
    found = {r for _, r, _ in _supplies(run, text)}
    assert found == expected, found


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Israel sold India $2 billion worth of weapons over five years.", "Israel", "India"),
    ("Germany shipped a package of arms to Lithuania in March.", "Germany", "Lithuania"),
])
def test_an_amount_of_material_is_a_supply(run, text, supplier, recipient):
    assert (supplier, recipient) in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text", [
    "The United States provided $40 billion in loans to Ukraine.",
    # a sum of aid is money (SU11; readable gold d142, d309, d540; h-sup63, stop 47)
    "The United States has provided more than $40 billion in military aid to Ukraine.",
])
def test_an_amount_of_something_else_is_no_supply(run, text):
    assert _supplies(run, text) == set()


# --- deployments: verbs of wider use, passive agents, nouns -----------------------------------


@pytest.mark.parametrize("text, deployer, place", [
    ("Germany based a brigade in Lithuania.", "Germany", "Lithuania"),
    ("Russia rotated fresh units into Belarus.", "Russia", "Belarus"),
    ("The Kremlin has positioned Iskander missiles in Kaliningrad.", "Russia",
     "Kaliningrad Oblast"),
    ("Turkey moved troops into northern Syria on Wednesday.", "Turkey", "Syria"),
])
def test_verbs_of_wider_use_deploy_a_force(run, text, deployer, place):
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text", [
    "Guatemala moved its embassy to Jerusalem in 2018.",
    # (stop 19: "The Spanish contingent is based in Najaf." is a deployment by the dev
    # conventions, tests/test_extract_deploys_stop19.py)
    "The insurer is based in Madrid.",  # a firm, no force
    "Japan and Australia signed an agreement to base troops in Darwin.",  # not yet done
])
def test_verbs_of_wider_use_without_a_force_deploy_nothing(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, deployer, place", [
    ("Some 4,000 Cuban troops were sent to Angola by Havana.", "Cuba", "Angola"),
    ("Two battalions were dispatched to Kosovo by Italy.", "Italy", "Kosovo"),
])
def test_passive_force_with_an_agent_is_a_deployment(run, text, deployer, place):
    _, rels = run(text)
    assert not [r for r in rels if r.relation == "supplies"], rels
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text, deployer, place", [
    ("The deployment of 3,000 US troops to Poland was announced on Friday.", "United States",
     "Poland"),
    ("Russia's deployment of troops to Belarus worried Lithuania.", "Russia", "Belarus"),
    ("The stationing of British jets in Romania began in April.", "United Kingdom",
     "Romania"),
])
def test_deployment_nouns_deploy(run, text, deployer, place):
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text", [
    "The planned deployment of US troops to Poland was criticised.",
    "Moscow denied the deployment of troops to Belarus.",
    "Officials discussed plans for the deployment of French troops in Estonia.",
    "There was no deployment of Russian troops to Serbia.",
])
def test_unrealised_deployment_nouns_deploy_nothing(run, text):
    assert _deploys(run, text) == set()


def test_an_intransitive_force_verb_takes_its_subject_as_the_force(run):
    found = _deploys(run, "Chinese marines moved into a new base in Djibouti.")
    assert {(d, p) for d, p, _ in found} == {("China", "Djibouti")}, found


@pytest.mark.parametrize("text, deployer, place", [
    ("France sent a detachment of special forces to Niger.", "France", "Niger"),
    ("India sent a team of military engineers to Sri Lanka.", "India", "Sri Lanka"),
    ("Russia sent paratroopers to Kazakhstan in January.", "Russia", "Kazakhstan"),
    ("Iran sent its Revolutionary Guards to Syria.", "Iran", "Syria"),
    ("Russia sent two nuclear-capable bombers to Venezuela.", "Russia", "Venezuela"),
])
def test_groups_of_forces_and_force_names_are_deployed(run, text, deployer, place):
    _, rels = run(text)
    assert not [r for r in rels if r.relation == "supplies"], rels
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text", [
    "About 300 Russian troops arrived in Venezuela on Saturday.",  # arrivals: no deployment
    "Two Russian warships arrived in Havana on Wednesday.",
    "Washington will send 500 more troops to Poland, officials said.",  # a plan
])
def test_arrivals_and_plans_are_no_deployments(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, supplier, recipient", [
    ("The first F-16 jets arrived in Ukraine from Denmark in July.", "Denmark", "Ukraine"),
    ("Two more K9 howitzers landed in Estonia from South Korea.", "South Korea", "Estonia"),
])
def test_material_arriving_from_an_actor_is_supplied(run, text, supplier, recipient):
    assert (supplier, recipient) in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text", [
    "A shipment of Iranian drones arrived in Russia in August.",  # origin, no supplier
    "The tanks are expected to arrive in Poland from Germany next year.",  # not yet
])
def test_arrivals_without_a_sender_or_not_yet_supply_nothing(run, text):
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text, deployer, place", [
    ("Sweden bought new missiles. It sent a permanent garrison back to Gotland in 2016.",
     "Sweden", "Gotland"),
    ("Chad pulled out of the mission. Later it sent its troops back into Mali.", "Chad",
     "Mali"),
])
def test_a_destination_after_a_directional_adverb(run, text, deployer, place):
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


def test_a_pronoun_does_not_refer_to_the_phrase_that_holds_it(run):
    # "it" sits in a relative clause on Barkhane's apposition: it cannot be Barkhane
    text = ("France scaled back Barkhane, the counter-terrorism force of some 5,000 troops "
            "that it deployed to the Sahel in 2014.")
    found = {(d, p) for d, p, _ in _deploys(run, text)}
    assert found == {("France", "Sahel")}, found


# --- plans in headlines, passive and recipient-less purchases, deals -------------------------


@pytest.mark.parametrize("text", [
    "Peru to buy 24 Gripen jets from Sweden\n\nThe deal is under discussion.",
    "Canada, Norway and Finland to send howitzers to Estonia\n\nTalks continue.",
])
def test_a_headline_infinitive_is_a_plan(run, text):
    assert _supplies(run, text) == set()


def test_a_headline_in_the_present_is_a_fact(run):
    text = "Peru buys 24 Gripen jets from Sweden\n\nThe deal was signed on Monday."
    assert ("Sweden", "Peru") in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text, expected", [
    ("Ghana said the 20 armoured trucks had been bought from Turkey for its own army.",
     ("Turkey", "Ghana")),
    ("The six helicopters were bought from Russia by Mali in 2021.", ("Russia", "Mali")),
])
def test_a_passive_purchase_names_its_buyer_by_agent_or_beneficiary(run, text, expected):
    assert expected in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text, supplier, item", [
    ("The two frigates ordered from the Fincantieri shipyard will be handed over next year.",
     "Fincantieri", "frigate"),
    ("Howitzers bought from South Korea were shown at the parade.", "South Korea",
     "howitzer"),
])
def test_a_reduced_relative_purchase_names_supplier_and_item(run, text, supplier, item):
    found = {(s, i) for s, _, i in _supplies(run, text)}
    assert any(s and supplier in s and i == item for s, i in found), found


def test_a_purchase_without_material_or_buyer_is_nothing(run):
    assert _supplies(run, "The licences bought from France were renewed.") == set()


@pytest.mark.parametrize("text, supplier, buyer", [
    ("Peru signed a contract with Saab to buy four Gripen jets.", "Saab", "Peru"),
    ("Chile signed a deal worth $90 million with Spain for two batteries of missiles.",
     "Spain", "Chile"),
])
def test_the_with_party_of_a_deal_sells(run, text, supplier, buyer):
    assert (supplier, buyer) in {(s, r) for s, r, _ in _supplies(run, text)}


def test_a_destination_off_a_coast(run):
    found = _deploys(run, "The Pentagon has sent two warships to the waters off Yemen.")
    assert {p for _, p, _ in found} == {"Yemen"}, found


# --- supplier and customer nouns, equipping forces, items only spoken of ----------------------


@pytest.mark.parametrize("text, expected", [
    ("France has become one of India's leading arms suppliers alongside Russia and Israel.",
     {("France", "India"), ("Russia", "India"), ("Israel", "India")}),
    ("Germany is one of the main arms suppliers of Egypt.", {("Germany", "Egypt")}),
    ("China is among Pakistan's main suppliers of arms.", {("China", "Pakistan")}),
])
def test_one_of_the_suppliers_supplies(run, text, expected):
    assert {(s, r) for s, r, _ in _supplies(run, text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia, Britain's biggest arms customer, signed a new deal.",
     {("United Kingdom", "Saudi Arabia")}),
    ("Australia is the largest buyer of American weapons in the region.",
     {("United States", "Australia")}),
    ("Israel's arms exports grew last year, with India and Azerbaijan among its largest "
     "customers.", {("Israel", "India"), ("Israel", "Azerbaijan")}),
])
def test_an_arms_customer_is_supplied(run, text, expected):
    assert {(s, r) for s, r, _ in _supplies(run, text)} == expected


def test_a_customer_of_something_else_is_not_supplied(run):
    assert _supplies(run, "Egypt is one of Airbus's main customers.") == set()


@pytest.mark.parametrize("text, expected", [
    ("The United States has equipped Kenyan soldiers since 2010.", ("United States", "Kenya")),
    ("Turkey has armed Libyan troops since 2019.", ("Turkey", "Libya")),
])
def test_equipping_a_foreign_force_supplies_its_country(run, text, expected):
    assert expected in {(s, r) for s, r, _ in _supplies(run, text)}


def test_equipping_ones_own_force_is_no_supply(run):
    assert _supplies(run, "France equipped its own troops with new rifles.") == set()


@pytest.mark.parametrize("text", [
    "The envoy delivered a protest against the sale of F-16 jets to Turkey.",
    "The minister gave a speech about the Patriot missiles to the parliament.",
])
def test_an_item_only_spoken_of_is_not_supplied(run, text):
    assert not {(s, i) for s, _, i in _supplies(run, text) if s in ("envoy", None)}
    _, rels = run(text)
    assert not [r for r in rels if r.relation == "supplies" and r.trigger in ("delivered",
                                                                               "gave")], rels


@pytest.mark.parametrize("text", [
    "The United States provided military aid, including Javelin missiles, to Ukraine.",
    "Russia delivered the first of four S-400 regiments to India.",
])
def test_items_in_a_list_or_a_part_are_supplied(run, text):
    assert any(i is not None for _, _, i in _supplies(run, text))


def test_an_object_pronoun_prefers_the_clause_subject_before_it(run):
    text = ("Chile bought four Dutch frigates in 2004, and Britain sold it three Type 23 "
            "frigates.")
    found = {(s, r) for s, r, _ in _supplies(run, text)}
    assert ("United Kingdom", "Chile") in found and ("United Kingdom", "Netherlands") \
        not in found, found


# --- relatives, particles, regions, contracted futures ----------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Norway flies F-16 jets, some of which it received from Denmark in the 1990s.",
     ("Denmark", "Norway")),
    ("Chile operates Leopard tanks, most of which it bought from Germany.",
     ("Germany", "Chile")),
])
def test_a_partitive_relative_object_is_its_antecedent(run, text, expected):
    assert expected in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text, expected", [
    ("Israel was one of the few countries that supplied the Chilean army in those years.",
     "Israel"),
    ("France was the country that sold Mirage jets to Peru.", "France"),
])
def test_a_relative_on_a_predicate_noun_acts_for_the_subject(run, text, expected):
    assert expected in {s for s, _, _ in _supplies(run, text)}


@pytest.mark.parametrize("text, expected", [
    ("They joined the frigates that Spain and Italy have deployed off Libya.",
     {("Spain", "Libya"), ("Italy", "Libya")}),
    ("Greece keeps the corvettes that Cyprus had deployed off Lebanon in 2006.",
     {("Cyprus", "Lebanon")}),
])
def test_a_destination_the_parser_took_for_a_particle_object(run, text, expected):
    assert {(d, p) for d, p, _ in _deploys(run, text)} >= expected


@pytest.mark.parametrize("text", [
    "Japan sends minesweepers to the Gulf in its first mission abroad.",
    "Britain sent Typhoon jets to the Baltic region last spring.",
])
def test_an_ambiguous_verb_to_a_region_deploys(run, text):
    _, rels = run(text)
    assert [r for r in rels if r.relation == "deploys"], rels
    assert not [r for r in rels if r.relation == "supplies"], rels


def test_an_infinitive_purpose_is_no_destination(run):
    found = _deploys(run, "France deployed soldiers to guard the Pacific territory's ports.")
    assert not {p for _, p, _ in found} & {"Pacific", "Pacific Ocean"}, found


@pytest.mark.parametrize("text, expected", [
    ("Sweden's Saab will deliver 28 Gripen fighters to Thailand.", ("Saab", "Thailand")),
    ("The navy signed the contract in May, under which Fincantieri will deliver two frigates "
     "to Egypt.", ("Fincantieri", "Egypt")),
    ("Under the package, Germany will supply four corvettes to South Africa.",
     ("Germany", "South Africa")),
])
def test_a_contracted_future_supply_is_a_fact(run, text, expected):
    _, rels = run(text)
    found = [r for r in rels if r.relation == "supplies"]
    assert expected in {(s, r) for s, r, _ in _supplies(run, text)}, found
    assert all(r.attr("certainty") != "hedged" for r in found), found


@pytest.mark.parametrize("text", [
    "France will send Caesar howitzers to Ukraine.",  # a state's promise
    "Saab would deliver Gripen fighters to Thailand if the deal is signed.",
])
def test_an_uncontracted_future_supply_is_a_plan(run, text):
    assert _supplies(run, text) == set()


# --- licences, coordinated prepositions, forces heading somewhere, negotiations ---------------


@pytest.mark.parametrize("text, expected", [
    ("Egypt is buying 40 K9 howitzers that South Korea licenses Egypt's Arab Organization "
     "for Industrialization to build.", ("South Korea", "K9")),
    ("Poland flies the jets that the United States sold Warsaw in 2006.",
     ("United States", None)),
])
def test_a_double_object_relative_supplies_its_antecedent(run, text, expected):
    found = _supplies(run, text)
    supplier, item = expected
    assert any(s == supplier and (item is None or (i or "").startswith(item))
               for s, _, i in found), found


@pytest.mark.parametrize("text, places", [
    ("The United States has stationed thousands of troops at Bagram and at Kandahar airport.",
     {"Bagram", "Kandahar airport"}),
    ("France deployed two companies of soldiers to Mali and to Niger last year.",
     {"Mali", "Niger"}),
])
def test_each_coordinated_preposition_is_a_destination(run, text, places):
    assert {p for _, p, _ in _deploys(run, text)} >= places


@pytest.mark.parametrize("text, expected", [
    ("Peacekeepers sign deal as German troops head to Kabul", ("Germany", "Afghanistan")),
    ("Hundreds of Turkish soldiers headed to Qatar on Friday.", ("Turkey", "Qatar")),
])
def test_a_force_heading_to_a_place_is_deployed(run, text, expected):
    assert expected in {(d, p) for d, p, _ in _deploys(run, text)}


def test_a_person_heading_somewhere_deploys_nothing(run):
    assert _deploys(run, "President Putin headed to Beijing on Monday.") == set()


@pytest.mark.parametrize("text", [
    "Peru is negotiating to buy three more MiG-29s from Russia.",
    "The United States is competing to supply 126 fighter jets to India.",
])
def test_negotiating_or_competing_to_supply_is_a_plan(run, text):
    assert _supplies(run, text) == set()


def test_an_item_that_only_names_a_service_is_not_supplied(run):
    found = _supplies(run, "India has ordered Kilo-class submarine upgrades from Russia.")
    assert not any(i for _, _, i in found), found


# --- claimants: quotes, reporting agencies, a cited source's participle -----------------------


def _claimants_of(run, text, word):
    """Claimants of the claims whose statement contains ``word``."""
    _, rels = run(text)
    return {c.key or c.lemma for r in rels if r.relation == "reports"
            and word in r.attr("statement") for c in r.role("claimant")}


@pytest.mark.parametrize("text", [
    "Japan's defence ministry said the drills were routine. \u201cThis could raise the risk "
    "from China's navy,\u201d it said.",
    "Poland's defence ministry said the jets were ready. \u201cRussia's threat is growing,"
    "\u201d it added.",
])
def test_a_pronoun_after_a_quote_is_not_a_name_inside_it(run, text):
    found = _claimants_of(run, text, "risk") | _claimants_of(run, text, "threat")
    assert found and not found & {"China", "Russia"}, found


@pytest.mark.parametrize("text", [
    "Mali bought helicopters from Russia, the Interfax news agency reported. Mali's army said "
    "the helicopters had arrived. More will follow next year, the agency added.",
    "Chad bought drones from Turkey, the Anadolu news agency reported. Chad's army said the "
    "drones had arrived. More will follow next year, the agency said.",
])
def test_a_reporting_agency_is_the_news_agency_named_before(run, text):
    found = _claimants_of(run, text, "More will follow")
    assert len(found) == 1 and not any("Army" in c for c in found), found


def test_without_a_news_agency_the_agency_is_the_body_named_before(run):
    text = ("Mali's army bought two helicopters on Monday. The agency said the helicopters "
            "had arrived.")
    assert _claimants_of(run, text, "arrived") == {"Army (Mali)"}


def test_a_citing_outlets_participle_belongs_to_the_cited_source(run):
    text = ("\u201cThe drones are ready,\u201d the Reuters news agency quoted a Pentagon "
            "official as saying, adding that Iran had shipped them to Russia.")
    found = _claimants_of(run, text, "shipped them")
    assert "Reuters" not in found, found


# --- weapon coreference -----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Poland ordered 48 F-16 fighter jets in 2003. Under the contract, Lockheed Martin will "
     "deliver the jets by 2008.", ("Lockheed Martin", "F-16 fighter jet")),
    ("Iran bought the S-300 from Russia in 2007. Moscow delivered the system in 2016.",
     ("Russia", "S-300")),
    ("Kenya ordered 33 T-72 tanks last year. Ukraine shipped the tanks in September.",
     ("Ukraine", "T-72")),
])
def test_a_definite_generic_weapon_noun_is_the_weapon_named_before(run, text, expected):
    supplier, item = expected
    found = {(s, i) for s, _, i in _supplies(run, text)}
    assert any(s == supplier and (i or "").startswith(item) for s, i in found), found


@pytest.mark.parametrize("text", [
    # another head: the jets are not the tanks
    "Kenya ordered 33 T-72 tanks last year. Ukraine shipped the jets in September.",
    # a modified noun names its own kind
    "Kenya ordered 33 T-72 tanks last year. Ukraine shipped the new jets in September.",
])
def test_a_weapon_noun_of_another_kind_is_not_the_weapon_named_before(run, text):
    found = {i for _, _, i in _supplies(run, text)}
    assert not any((i or "").startswith("T-72") for i in found if i), found


# --- two objects, named suppliers among allies, transported forces -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("The Czech Republic has handed Ukraine dozens of T-72 tanks.",
     ("Czech Republic", "Ukraine", "T-72")),
    ("Slovakia gave Ukraine thirteen MiG-29 fighter jets.", ("Slovakia", "Ukraine", "MiG-29")),
])
def test_recipient_and_item_as_two_objects(run, text, expected):
    supplier, recipient, item = expected
    assert any(s == supplier and r == recipient and (i or "").startswith(item)
               for s, r, i in _supplies(run, text))


@pytest.mark.parametrize("text, expected", [
    ("Ukraine has received about 300 tanks from its Western allies, including Germany and "
     "Poland.", {"Germany", "Poland"}),
    ("Kyiv received howitzers from several partners such as France and Denmark.",
     {"France", "Denmark"}),
])
def test_named_suppliers_among_a_group(run, text, expected):
    found = {s for s, _, _ in _supplies(run, text)}
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Russia flew two Tu-160 bombers to Venezuela in 2018.", ("Russia", "Venezuela")),
    ("Britain airlifted 600 paratroopers to Kabul.", ("United Kingdom", "Afghanistan")),
    ("Helicopters ferried US troops to the airport in Port-au-Prince.", ("United States",
                                                                          "Haiti")),
])
def test_transported_forces_are_deployed(run, text, expected):
    assert expected in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text", [
    "President Putin flew to Beijing on Monday.",
    "Russian jets flew over Syria on Tuesday.",
])
def test_flying_without_a_force_object_deploys_nothing(run, text):
    assert _deploys(run, text) == set()


# --- possibilities and passive accusations ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Lockheed Martin could deliver the jets to Taiwan by 2026.",
    "Britain may send troops to Estonia next year.",
    "The howitzers might be shipped to Ukraine in May.",
])
def test_a_possibility_is_no_event(run, text):
    assert _supplies(run, text) == set() and _deploys(run, text) == set()


@pytest.mark.parametrize("text", [
    "Iran may have sent drones to Russia last year.",
    "Britain might have deployed troops to Estonia in secret.",
])
def test_a_possible_past_is_a_hedged_event(run, text):
    _, rels = run(text)
    found = [r for r in rels if r.relation in ("supplies", "deploys")]
    assert found and all(r.attr("certainty") == "hedged" for r in found), found


@pytest.mark.parametrize("text, expected", [
    ("Iran was accused of supplying drones to Russia.", ("Iran", "Russia")),
    ("Belarus has been accused of selling rifles to Sudan.", ("Belarus", "Sudan")),
])
def test_the_accused_of_a_passive_accusation_supplies(run, text, expected):
    assert expected in {(s, r) for s, r, _ in _supplies(run, text)}


@pytest.mark.parametrize("text", [
    "Seoul insists it has sent no weapons to Ukraine.",
    "Japan has deployed no troops to the Gulf.",
])
def test_a_negated_object_is_no_event(run, text):
    assert _supplies(run, text) == set() and _deploys(run, text) == set()


def test_a_statement_around_its_reporting_clause_keeps_its_spaces(run):
    _, rels = run("The sale, Taiwan's defence ministry said, would strengthen its defences.")
    (claim,) = [r for r in rels if r.relation == "reports"]
    assert claim.attr("statement") == "The sale would strengthen its defences"


# --- narrowed descriptions --------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("India's defence ministry bought submarines. India signed contracts for six Scorpene "
     "submarines, the defence ministry said.", "Ministry of Defence (India)"),
    ("Chile's air force bought F-16 jets from the Netherlands. The first of those planes will "
     "arrive next month, the air force said.", "Air Force (Chile)"),
])
def test_a_description_narrowed_by_a_common_noun_finds_its_body(run, text, expected):
    _, rels = run(text)
    found = {c.key for r in rels if r.relation == "reports" for c in r.role("claimant")}
    assert found == {expected}, found


def test_a_narrowed_description_needs_a_body_with_that_word(run):
    text = ("Russia's foreign ministry protested on Monday. The sale went ahead, the defence "
            "ministry said.")
    _, rels = run(text)
    found = {c.key for r in rels if r.relation == "reports" and "went ahead" in
             r.attr("statement") for c in r.role("claimant")}
    assert found == set(), found
