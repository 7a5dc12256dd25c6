"""Issue 12, round 6: entity recognition that generalises — agreement kinds and naming,
organisations and places from their structure, plural titles (sentences written for these
tests, real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements, _signed  # the same look-ups as round 4


def _named(run, text):
    """Agreement keys, or the surface form where no key was set (a named treaty)."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == "Agreement"}


# --- agreement kinds that any news names -------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Brazil and Sweden signed a licence agreement for the assembly of jets.",
     "licence agreement (Brazil–Sweden)"),
    ("Turkey has a licensing deal with Germany to build the engines locally.",
     "licence agreement (Turkey–Germany)"),
    ("Germany and Poland signed a status of forces agreement last week.",
     "status of forces agreement (Germany–Poland)"),
    ("Japan and India issued a joint communique on Friday.", "joint communique (Japan–India)"),
    ("Chile and Peru signed a memorandum of cooperation on Tuesday.",
     "memorandum of cooperation (Chile–Peru)"),
    ("Kenya and Uganda concluded a basing agreement in Kampala.",
     "basing agreement (Kenya–Uganda)"),
    ("Norway and Finland signed a military cooperation agreement on Monday.",
     "defence cooperation agreement (Norway–Finland)"),
    ("Armenia and Azerbaijan signed a peace agreement in Washington.",
     "peace agreement (Armenia–Azerbaijan)"),
    ("Egypt and Sudan signed a technology transfer agreement for armoured vehicles.",
     "technology transfer agreement (Egypt–Sudan)"),
])
def test_a_kind_of_agreement_with_its_parties_is_a_new_agreement(run, text, key):
    assert key in _agreements(run, text)


@pytest.mark.parametrize("text", [
    # no state here: with two ("in Tokyo and New Delhi") the communique takes them as parties
    "The 1990 joint communique is often quoted by diplomats in both capitals.",
    "Officials said a peace agreement between the two countries was still far off.",
])
def test_a_kind_without_a_signing_or_parties_is_no_agreement(run, text):
    assert _agreements(run, text) == []


# --- a bare agreement word named after its own kind words --------------------------------

@pytest.mark.parametrize("text, key", [
    ("Chile and Bolivia signed a radar agreement in La Paz.", "radar agreement (Chile–Bolivia)"),
    ("Ghana and Togo inked a naval accord on Thursday.", "naval accord (Ghana–Togo)"),
    ("Turkey, Finland and Sweden signed a trilateral memorandum in Madrid.",
     "trilateral memorandum (Turkey–Finland–Sweden)"),
])
def test_a_signed_bare_word_keeps_its_kind_words(run, text, key):
    assert key in _agreements(run, text)


@pytest.mark.parametrize("text, key", [
    ("Chile and Bolivia signed a new agreement in La Paz.", "agreement (Chile–Bolivia)"),
    ("Ghana and Togo signed a separate accord on Thursday.", "agreement (Ghana–Togo)"),
])
def test_a_describing_adjective_is_no_kind(run, text, key):
    assert _agreements(run, text) == [key]


# --- three or more signers ----------------------------------------------------------------

def test_all_the_signers_name_the_agreement(run):
    text = "Estonia, Latvia and Lithuania signed a memorandum on air policing in Riga."
    assert _agreements(run, text) == ["agreement (Estonia–Latvia–Lithuania)"]
    found = _signed(run, text)
    assert {p for p, _ in found} == {"Estonia", "Latvia", "Lithuania"}


def test_a_deal_of_a_sentence_with_three_states_keeps_buyer_and_seller(run):
    found = _agreements(run, "Peru bought tanks from Spain in a deal that worried Chile.")
    assert found == ["arms deal (Peru–Spain)"]


# --- one agreement, several phrases -----------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Ecuador and Peru sign peace treaty. The Treaty of Peace was signed in Brasilia on "
     "Monday by Ecuador and Peru.", "Treaty of Peace"),
    ("Rwanda and Burundi sign border accord. Under the Border Accord of Kigali, patrols "
     "will be shared.", "Border Accord of Kigali"),
])
def test_a_kind_phrase_is_the_named_agreement_that_holds_its_words(run, text, key):
    assert _named(run, text) == {key}


def test_a_second_object_after_a_comma_restates_the_agreement(run):
    text = ("The leaders of Chile, Peru and Bolivia signed an agreement on Monday to share "
            "radar data, a treaty that officials called a model for the region.")
    assert len(set(_agreements(run, text))) == 1


def test_two_objects_joined_by_and_stay_two_agreements(run):
    text = "Chile and Peru signed a security pact and a radar agreement on Monday."
    assert len(set(_agreements(run, text))) == 2


# --- countries written without "the" ---------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("The Democratic Republic of Congo bought drones from Turkey.",
     "Democratic Republic of the Congo"),
    ("Troops from the Republic of Congo crossed the river.", "Republic of the Congo"),
])
def test_a_state_name_without_its_article_is_the_state(run, text, key):
    mentions, _ = run(text)
    assert ("Country", key) in {(m.cls, m.key) for m in mentions}


def test_the_accord_between_two_states_is_theirs(run):
    text = "The accord between Rwanda and the Democratic Republic of Congo was signed in Geneva."
    assert _agreements(run, text) == ["agreement (Rwanda–Democratic Republic of the Congo)"]


# --- plural titles ------------------------------------------------------------------------

def test_plural_title_words_come_from_the_titles(gazetteer):
    words = gazetteer.roles.title_words
    assert {"ministers", "secretaries", "spokesmen", "chiefs"} <= words
    assert ("chiefs", "of", "staff") in gazetteer.roles.titles


@pytest.mark.parametrize("text, people", [
    ("Foreign Ministers Ana Pop and Ion Vasile signed the accord.", {"Ana Pop", "Ion Vasile"}),
    ("Ministers Alberto Diaz and Jorge Ruiz met in Lima.", {"Alberto Diaz", "Jorge Ruiz"}),
    ("Generals Piotr Nowak, Jan Zielinski and Adam Wrona toured the base.",
     {"Piotr Nowak", "Jan Zielinski", "Adam Wrona"}),
])
def test_each_name_after_a_plural_title_is_a_person(run, text, people):
    mentions, _ = run(text)
    found = {m.key or m.lemma for m in mentions if m.cls == "Person"}
    assert people <= found
    assert not any("Minister" in p or "General" in p for p in found)


def test_a_singular_title_does_not_make_a_list_of_people(run):
    mentions, _ = run("Minister Ana Pop and Vasile Enterprises signed the contract.")
    assert "Vasile Enterprises" not in {m.key or m.lemma for m in mentions if m.cls == "Person"}


# --- places from their structure and the place packages -----------------------------------

def _regions(run, text):
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == "Region"}


@pytest.mark.parametrize("text, place", [
    ("A shell landed in the Slovak village of Zbojne on Sunday.", "Zbojne"),
    ("Police closed the roads around the hamlet town of Kresna.", "Kresna"),
])
def test_a_name_after_a_place_noun_of_is_a_place(run, text, place):
    assert place in _regions(run, text)


@pytest.mark.parametrize("text, place", [
    ("The corvettes are assembled at Lorient by the state shipyard.", "Lorient"),
    ("The battalion will be stationed in Punjab from March.", "Punjab"),
    ("The coast guard seized a trawler off Takoradi on Friday.", "Takoradi"),
])
def test_a_known_town_or_region_after_a_place_preposition_is_a_place(run, text, place):
    assert place in _regions(run, text)


@pytest.mark.parametrize("text, places", [
    ("Troops were flown to Goma and Bukavu on Tuesday.", {"Goma", "Bukavu"}),
    ("The army sent soldiers to Marjayoun, Kfar Shouba and other villages.",
     {"Marjayoun", "Kfar Shouba"}),
])
def test_a_name_listed_with_a_place_is_a_place(run, text, places):
    assert places <= _regions(run, text)


@pytest.mark.parametrize("text, place", [
    ("Satellite images showed trucks at the Natanz enrichment site.", "Natanz"),
    ("Inspectors visited the Arak heavy water site in May.", "Arak"),
])
def test_a_name_before_a_place_noun_through_nouns_is_a_place(run, text, place):
    assert place in _regions(run, text)


def test_a_person_after_a_preposition_stays_a_person(run):
    mentions, _ = run("The medal was given to Maria Kowalski and Jan Nowak in Warsaw.")
    people = {m.key or m.lemma for m in mentions if m.cls == "Person"}
    assert {"Maria Kowalski", "Jan Nowak"} <= people
    assert not _regions(run, "The medal was given to Maria Kowalski by the mayor.")


# --- names in context: compass words, dating demonyms, short names, bodies, shipyards ------

def _pairs(run, text):
    mentions, _ = run(text)
    return {(m.cls, m.key or m.lemma) for m in mentions}


@pytest.mark.parametrize("text, place", [
    ("The South Atlantic route is busy in winter.", "South Atlantic"),
    ("Fishing fleets crowd the North Sea every spring.", "North Sea"),
])
def test_a_compass_word_before_a_name_is_no_state(run, text, place):
    found = _pairs(run, text)
    assert ("Region", place) in found
    assert not any(cls == "Country" for cls, _ in found)


@pytest.mark.parametrize("text", [
    "The factory has made tractors since the Soviet era.",
    "Prices rose sharply in the post-Soviet years.",
    "The castle dates from Ottoman times.",
])
def test_a_demonym_that_dates_names_no_state(run, text):
    assert not any(cls == "Country" for cls, _ in _pairs(run, text))


def test_a_demonym_before_people_still_names_the_state(run):
    assert ("Country", "Soviet Union") in _pairs(run, "Soviet troops left Hungary in 1991.")


@pytest.mark.parametrize("text, full", [
    ("The ministry hired the Dutch firm Vandermolen Logistics in May. Vandermolen has denied "
     "any wrongdoing.", "Vandermolen Logistics"),
    ("Kestrel Dynamics won the order. A spokesman said Kestrel would deliver in June.",
     "Kestrel Dynamics"),
])
def test_the_first_word_of_a_company_name_alone_is_the_company(run, text, full):
    mentions, _ = run(text)
    keys = [(m.cls, m.key or m.lemma) for m in mentions if full.split()[0] in m.span.text]
    assert len(keys) == 2 and len(set(keys)) == 1 and keys[0][0] == "Company", keys


def test_a_person_sharing_no_company_word_is_left_alone(run):
    found = _pairs(run, "Kestrel Dynamics won the order, Anna Berg said.")
    assert ("Person", "Anna Berg") in found


@pytest.mark.parametrize("text, body", [
    ("Oleg Petrov, director of the Institute for Defence Studies and Technologies, said so.",
     "Institute for Defence Studies and Technologies"),
    ("The Centre for Naval Analysis and Systems published the figures.",
     "Centre for Naval Analysis and Systems"),
])
def test_a_body_named_for_its_subject_is_no_company(run, text, body):
    assert ("Agency", body) in _pairs(run, text)


def test_a_plain_company_name_is_still_a_company(run):
    assert ("Company", "Nordvik Technologies") in _pairs(
        run, "Nordvik Technologies won a radar order from Norway.")


# --- units, titles inside names, variant designations, plural names ---------------------

@pytest.mark.parametrize("text, unit", [
    ("Troops of the 82nd Airborne Division landed at dawn.", "82nd Airborne Division"),
    ("The 3rd Mechanised Brigade was sent to the frontier.", "3rd Mechanised Brigade"),
    ("Soldiers from the 1st Marine Regiment guarded the port.", "1st Marine Regiment"),
])
def test_an_ordinal_begins_a_unit_name(run, text, unit):
    assert ("Agency", unit) in _pairs(run, text)


def test_an_ordinal_before_other_words_makes_no_unit(run):
    found = _pairs(run, "The 3rd Mechanised Brigade and the 4th convoy left on Monday.")
    assert not any(key.startswith("4th") for _, key in found)


@pytest.mark.parametrize("text, person", [
    ("The army chief, Lieutenant General Pierre Moreau, resigned on Friday.", "Pierre Moreau"),
    ("Rear Admiral Ines Carvalho inspected the fleet.", "Ines Carvalho"),
])
def test_a_title_inside_a_name_is_cut_off(run, text, person):
    found = _pairs(run, text)
    assert ("Person", person) in found
    assert not any(cls == "Agency" for cls, _ in found)


@pytest.mark.parametrize("text", [
    "Algeria received 14 Su-30MK2 fighters in 2019.",
    "Two Su-30MK2 jets landed in Hanoi.",
])
def test_a_variant_with_a_digit_is_its_listed_system(run, text):
    assert ("Weapon", "Su-30") in _pairs(run, text)


@pytest.mark.parametrize("text, key", [
    ("Chile ordered two Scorpene submarines. The Scorpenes will be built in Spain.",
     "Scorpene submarine"),
    ("Peru bought Kestrel drones last year. The Kestrels fly from Lima.", "Kestrel"),
])
def test_the_plural_of_a_named_system_is_that_system(run, text, key):
    mentions, _ = run(text)
    assert {m.key or m.lemma for m in mentions if m.cls == "Weapon"} == {key}


def test_a_leading_part_of_a_company_name_is_the_company(run):
    mentions, _ = run("The order went to Kaveri Dock Ltd in Chennai. Kaveri Dock built two "
                      "boats.")
    keys = {m.key or m.lemma for m in mentions if m.cls == "Company"}
    assert keys == {"Kaveri Dock Ltd"}


# --- NER's places that are people, and places that ran on ------------------------------

@pytest.mark.parametrize("text, person", [
    ("President Kwame Osei's government wants new frigates.", "Kwame Osei"),
    ("Governor Lina Haddad's office denied the report.", "Lina Haddad"),
])
def test_a_name_with_a_possessive_after_a_title_is_a_person(run, text, person):
    assert ("Person", person) in _pairs(run, text)


def test_a_surname_used_alone_is_the_person_not_a_place(run):
    found = _resolved_keys(run, "Spokesman Omar al-Tikriti said the jets had landed. The "
                           "order was approved last week, Tikriti told reporters.")
    assert found.get("Omar al-Tikriti") == "Person"
    assert "Tikriti" not in found


def _resolved_keys(run, text):
    from kg.extract.gazetteer import default_gazetteer
    from kg.graph.resolve import resolve
    from kg.model import DocExtraction, Document

    mentions, rels = run(text)
    doc = Document("doc_" + "0" * 16, "t.txt", "t.txt", text, "0" * 64, "t")
    ents = resolve([DocExtraction(doc, tuple(mentions), tuple(rels))],
                   default_gazetteer()).entities
    return {k: e.cls for k, e in ents.items()}


@pytest.mark.parametrize("text, place", [
    ("Warships have patrolled the Gulf for decades.", "Gulf"),
    ("Tankers waited in the Red Sea for weeks.", "Red Sea"),
])
def test_a_place_ends_before_a_lower_case_phrase(run, text, place):
    found = _pairs(run, text)
    assert any(cls == "Region" and key == place for cls, key in found)
    assert not any(" for " in key for _, key in found)


def test_an_international_airport_is_one_place(run):
    assert ("Region", "Kotoka international airport") in _pairs(
        run, "The plane landed at Kotoka international airport in Accra.")


# --- kinds inside kinds, peoples, bodies and weapon words -------------------------------

@pytest.mark.parametrize("text, key", [
    ("Peru and Chile signed a framework agreement on defence cooperation in Lima.",
     "framework agreement (Peru–Chile)"),
    ("Ghana and Togo signed a framework agreement on military cooperation.",
     "framework agreement (Ghana–Togo)"),
])
def test_the_first_kind_of_a_nested_phrase_names_it(run, text, key):
    assert _agreements(run, text) == [key]


@pytest.mark.parametrize("text", [
    "Leaders of the indigenous Mapuche people rejected the plan.",
    "Elders of the Hazara minority met the governor.",
])
def test_a_name_before_people_is_no_actor(run, text):
    found = _pairs(run, text)
    assert not any(cls in ("Person", "Agency") for cls, _ in found)


def test_a_person_before_other_words_stays_a_person(run):
    assert ("Person", "Maria Lopez") in _pairs(run, "Maria Lopez said the talks had failed.")


@pytest.mark.parametrize("text, pair", [
    ("Japan sent two minesweepers to the Gulf.", ("Weapon", "minesweeper")),
    ("Chile bought 18 combat jets from the Netherlands.", ("Weapon", "fighter jet")),
    ("The Maritime Self-Defence Force sent a destroyer.",
     ("Agency", "Japan Maritime Self-Defense Force")),
])
def test_general_weapon_words_and_bodies(run, text, pair):
    assert pair in _pairs(run, text)


def test_a_listed_alliance_named_like_a_treaty_is_the_alliance(run):
    assert _resolved_keys(run, "The Warsaw Pact was dissolved in 1991.") == {
        "Warsaw Pact": "Agency"}


# --- company or state as a contract's party ---------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Chile agreed to buy two corvettes from the Spanish shipbuilder Navantia. The contract "
     "is worth 600 million euros, Chilean officials said.", "arms deal (Chile–Navantia)"),
    ("Peru will buy radars from Germany's Hensoldt. The contract was approved on Monday by "
     "Peru's congress.", "arms deal (Peru–Hensoldt)"),
])
def test_a_company_named_with_its_home_state_is_the_contract_party(run, text, key):
    assert key in _agreements(run, text)


def test_a_partnership_of_states_keeps_the_states(run):
    text = ("Chile and Spain agreed a defence partnership on Monday, and Chile will buy two "
            "corvettes from the Spanish shipbuilder Navantia.")
    found = _agreements(run, text)
    assert "defence partnership (Chile–Spain)" in found


# --- organisations from their structure; acronyms defined in brackets ---------------------

@pytest.mark.parametrize("text, body", [
    ("Fighters of the Front for the Liberation of Cabinda attacked a convoy in Angola.",
     "Front for the Liberation of Cabinda"),
    ("The Council for Peace and Security met in Addis Ababa.", "Council for Peace and Security"),
    ("Leaders of the Movement for Democracy in Liberia met the envoy.",
     "Movement for Democracy in Liberia"),
])
def test_an_organisation_word_with_for_or_of_begins_a_name(run, text, body):
    assert ("Agency", body) in _pairs(run, text)


def test_an_organisation_word_before_lower_case_words_makes_no_name(run):
    found = _pairs(run, "The council for the region met on Monday.")
    assert not any(cls == "Agency" for cls, _ in found)


@pytest.mark.parametrize("text, full, acronym", [
    ("The Union of Sahel Gunsmiths (USG) said sales had doubled. The USG is based in Niamey.",
     "Union of Sahel Gunsmiths", "USG"),
    ("The Movement for Democracy in Liberia (MODEL) signed the accord. MODEL said it would "
     "disarm.", "Movement for Democracy in Liberia", "MODEL"),
])
def test_an_acronym_defined_in_brackets_is_the_name_everywhere(run, text, full, acronym):
    mentions, _ = run(text)
    uses = [(m.cls, m.key or m.lemma) for m in mentions if m.span.text == acronym]
    assert len(uses) == 2 and set(uses) == {("Agency", full)}, uses


def test_an_acronym_not_defined_stays_apart(run):
    mentions, _ = run("The Union of Sahel Gunsmiths said sales had doubled. NATO disagreed.")
    assert {m.key for m in mentions if m.span.text == "NATO"} == {"NATO"}


# --- continents named by their adjective; a lease; a state where it happens --------------

@pytest.mark.parametrize("text, region", [
    ("European leaders met in Brussels on Monday.", "Europe"),
    ("Several Asian navies joined the exercise.", "Asia"),
    ("Latin American governments protested.", "Latin America"),
])
def test_a_continent_adjective_is_the_region(run, text, region):
    assert ("Region", region) in _pairs(run, text)


def test_a_lease_noun_is_an_agreement_but_the_verb_is_not(run):
    assert _agreements(run, "Russia handed a submarine to India under a ten-year lease.") == [
        "lease agreement (Russia–India)"]
    assert _agreements(run, "India plans to lease two submarines from Russia.") == []


def test_a_state_where_a_deal_is_signed_is_no_party(run):
    text = "Ghana and the rebels signed a ceasefire agreement in Togo's capital on Monday."
    assert not any("Togo" in k for k in _agreements(run, text))


# --- aircraft that carry or watch are equipment ------------------------------------------

@pytest.mark.parametrize("text", [
    "The US delivered two C-130J transport planes to Ghana.",
    "Air defences shot down a Tu-214 reconnaissance plane over the sea.",
])
def test_a_transport_or_reconnaissance_plane_is_no_weapon(run, text):
    assert not any(cls == "Weapon" for cls, _ in _pairs(run, text))


def test_a_fighter_aircraft_and_a_reconnaissance_drone_stay_weapons(run):
    found = _pairs(run, "Russia sold Su-30 fighter aircraft and reconnaissance drones to Peru.")
    assert {("Weapon", "Su-30"), ("Weapon", "drone")} <= found


# --- ships named like people, towns NER took for organisations, plural designations -------

@pytest.mark.parametrize("text, ship", [
    ("Peru also bought the former aircraft carrier Admiral Kuznetsov.", "Admiral Kuznetsov"),
    ("The navy commissioned the frigate General Belgrano in May.", "General Belgrano"),
])
def test_a_ship_named_after_an_officer_is_one_weapon(run, text, ship):
    found = _pairs(run, text)
    assert ("Weapon", ship) in found
    assert not any(cls == "Person" for cls, _ in found)


@pytest.mark.parametrize("text, place", [
    ("The handover took place at a shipyard in Bolshoy Kamen on Monday.", "Bolshoy Kamen"),
    ("The jets are based at Nova Gorica near the border.", "Nova Gorica"),
])
def test_a_bare_name_after_in_or_at_is_a_place(run, text, place):
    assert ("Region", place) in _pairs(run, text)


def test_an_organisation_after_in_keeps_its_class(run):
    found = _pairs(run, "He has worked in Hanwha Aerospace for years.")
    assert ("Company", "Hanwha Aerospace") in found


def test_a_plural_of_a_designation_family_is_that_system(run):
    mentions, _ = run("Peru bought 18 MiG-29 fighters from Belarus. The MiGs were delivered "
                      "in two batches.")
    assert {m.key or m.lemma for m in mentions if m.cls == "Weapon"} == {"MiG-29"}


@pytest.mark.parametrize("text, ship", [
    ("The Varyag, which will be renamed INS Vikrant, was built in Kiev.", "Varyag"),
    ("The Kasatka was handed over and renamed HMAS Ballarat in June.", "Kasatka"),
])
def test_a_ship_renamed_with_a_ship_prefix_is_one_weapon(run, text, ship):
    mentions, _ = run(text)
    found = {(m.cls, m.key or m.lemma) for m in mentions}
    assert {(cls, key) for cls, key in found if cls != "Country"} == {("Weapon", ship)}, found


# --- "the treaty", "the pact": the last agreement written with that word ------------------

@pytest.mark.parametrize("text, key", [
    ("Peru and Chile signed a peace treaty in May. Peru also signed a $2 billion deal with "
     "France for jets. The treaty ended a long dispute.", "peace agreement (Peru–Chile)"),
    ("Kenya and Somalia signed a security pact in March. Kenya later bought drones from "
     "Turkey in a $50 million deal. The pact covers border patrols.",
     "security pact (Kenya–Somalia)"),
])
def test_a_specific_anaphor_refers_to_the_agreement_of_its_word(run, text, key):
    mentions, _ = run(text)
    last = [m for m in mentions if m.cls == "Agreement"][-1]
    assert last.key == key


def test_the_deal_refers_to_the_last_deal(run):
    mentions, _ = run("Peru and Chile signed a peace treaty in May. Peru also signed a $2 "
                      "billion deal with France for jets. The deal includes training.")
    last = [m for m in mentions if m.cls == "Agreement"][-1]
    assert last.key == "arms deal (Peru–France)"


# --- a name that qualifies a group noun is the group --------------------------------------

@pytest.mark.parametrize("text, group", [
    ("The opposition UFDR coalition called for calm in Bangui.", "UFDR"),
    ("Commandos of the JW Formoza special forces unit trained in Gdansk.", "JW Formoza"),
    ("said Maria Nowak of the Freedom and Labour party in Krakow.", "Freedom and Labour"),
    ("Ghana sent troops as part of a regional force, ECOMOG, in Monrovia.", "ECOMOG"),
])
def test_a_name_before_or_beside_a_group_noun_is_the_group(run, text, group):
    assert ("Agency", group) in _pairs(run, text)


@pytest.mark.parametrize("text", [
    "The Chinese party delegation met officials in Pyongyang.",
    "Russian forces entered the city on Monday, officials in Kyiv said.",
])
def test_a_demonym_before_a_group_noun_names_no_group(run, text):
    assert not any(cls == "Agency" for cls, _ in _pairs(run, text))


@pytest.mark.parametrize("text, place", [
    ("The two presidents met at Bratislava Castle on Thursday.", "Bratislava Castle"),
    ("The ceremony was held at the Brest Fortress in Belarus.", "Brest Fortress"),
])
def test_a_castle_or_fortress_is_one_place(run, text, place):
    found = _pairs(run, text)
    assert ("Region", place) in found
    assert not any(cls == "Country" and key == "Slovakia" for cls, key in found)
