"""Issue 12, h-ents8: places on unseen wire copy — world regions by compass point and their
adjectives, and a site named with its lower-case place noun ("the Velmor air base") that is
also the bare name's ("Velmor").

Every sentence was written for these tests (invented sites where the rule does not need a real
one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document
from tests.test_extract_agency import _keys


def _entities(run, gazetteer, text):
    """The resolved entities of one document made of ``text``."""
    doc = Document("doc_00000000000000e8", "e8.txt", "e8.txt", text, "0" * 64, "t")
    mentions, _ = run(text)
    return resolve([DocExtraction(doc, tuple(mentions), ())], gazetteer).entities


# --- world regions by compass point, in any case, and their adjectives ----------------------

@pytest.mark.parametrize("text, region", [
    ("The minister said the pact was a turning point for eastern Africa.", "East Africa"),
    ("Poland was the first country in eastern Europe to buy the jet.", "Eastern Europe"),
    ("Moscow and its East European allies met in Sofia on Monday.", "Eastern Europe"),
    ("Ten West European leaders gathered in Lisbon for the summit.", "Western Europe"),
    ("The frigate will patrol the coast of West Africa until June.", "West Africa"),
    ("Troops have been based in the Nordic country since 2017.", "Scandinavia"),
])
def test_a_world_region_by_compass_point(run, text, region):
    assert region in _keys(run, text, "Region")


def test_the_continent_alone_stays_the_continent(run):
    # "eastern Africa" is the region, not the continent plus a word; "Africa" alone is Africa
    assert "East Africa" not in _keys(run, "Aid flights reached Africa on Monday.", "Region")
    assert "Africa" not in _keys(run, "Rebels crossed into eastern Africa in May.", "Region")


def test_a_regional_adjective_inside_a_body_name_is_no_region(run):
    # the adjective opens the name of a body the gazetteer lists, which wins
    text = "Leaders of the Economic Community of West African States met in Abuja."
    assert "West Africa" not in _keys(run, text, "Region")


# --- a site named with a lower-case place noun is also named by its bare name ---------------

@pytest.mark.parametrize("text, site, bare", [
    ("The jets landed at the Velmor air base on Tuesday.", "Velmor air base", "Velmor"),
    ("Marines are stationed at the Hadrin military base near the coast.",
     "Hadrin military base", "Hadrin"),
    ("Two transport planes touched down at Kessavo airport after dawn.",
     "Kessavo airport", "Kessavo"),
])
def test_a_site_with_its_place_noun_is_also_its_bare_name(run, gazetteer, text, site, bare):
    ents = _entities(run, gazetteer, text)
    node = [e for e in ents.values() if e.cls == "Region" and bare in {e.key} | e.aliases]
    assert len(node) == 1
    assert site in {node[0].key} | node[0].aliases


def test_the_bare_name_beside_the_site_is_one_node(run, gazetteer):
    text = ("The jets landed at the Velmor air base on Tuesday. Velmor lies 40 kilometres "
            "from the border.")
    ents = _entities(run, gazetteer, text)
    named = [e for e in ents.values() if "Velmor" in {e.key} | e.aliases]
    assert len(named) == 1


def test_a_capitalised_place_noun_is_no_bare_site(run, gazetteer):
    # "Marlow City" is a name of its own: "Marlow" does not name it
    ents = _entities(run, gazetteer, "Rebels seized Marlow City on Friday, officials said.")
    assert not any("Marlow" in e.aliases for e in ents.values())


# --- a name right after a media noun phrase of two or more words is a news outlet -----------

@pytest.mark.parametrize("text, outlet", [
    ("The official news agency VELTA said the talks had failed.", "VELTA"),
    ("The state news agency KESNA said the jets had landed.", "KESNA"),
    ("A statement carried by the official news agency KORAN said two jets were lost.", "KORAN"),
])
def test_a_name_after_a_news_agency_phrase_is_an_outlet(run, text, outlet):
    mentions, _ = run(text)
    outlets = {m.span.text for m in mentions if m.cls == "MediaOutlet"}
    assert outlet in outlets
    assert outlet not in {m.span.text for m in mentions if m.cls == "Agency"}


def test_a_name_after_the_agency_phrase_and_a_verb_is_no_outlet(run):
    # the name is the reported subject, not the agency's name
    mentions, _ = run("The official news agency said Velmor had been shelled overnight.")
    assert "Velmor" not in {m.span.text for m in mentions if m.cls == "MediaOutlet"}


# --- a one-word "person" before a plural noun of a people's members is that people ----------

@pytest.mark.parametrize("text, people", [
    ("The army said it was pursuing Hutu militias across the border.", "Hutu"),
    ("Hundreds fled after clashes between Zarani and Lendu militias in the north.", "Lendu"),
])
def test_a_people_before_its_members_is_no_person(run, text, people):
    assert people not in _keys(run, text, "Person")


def test_a_surname_before_a_member_noun_stays_the_person(run):
    # "Joseph Kony" is named in full: "Kony" elsewhere is still he
    text = "Joseph Kony fled north in March, and Kony rebels later raided the town."
    mentions, _ = run(text)
    assert "Kony" in {m.span.text for m in mentions if m.cls == "Person"}


# --- an ordinal before a unit name headed by "Unit" is part of the name ---------------------

@pytest.mark.parametrize("text, unit", [
    ("Marines from the 24th Marine Expeditionary Unit landed at dawn.",
     "24th Marine Expeditionary Unit"),
    ("The 31st Marine Expeditionary Unit sailed from Okinawa on Monday.",
     "31st Marine Expeditionary Unit"),
])
def test_an_ordinal_opens_a_unit_name(run, text, unit):
    assert unit in _keys(run, text, "Agency")
    assert unit.split(" ", 1)[1] not in _keys(run, text, "Agency")


def test_a_name_before_a_weapon_kind_stays_the_weapon(run):
    # "Wing" is no organisation head: "Wing Loong" names a drone
    assert "Wing Loong" in _keys(run, "Egypt operates Wing Loong drones.", "Weapon")


# --- a name NER ended on "of" and a demonym goes on through the capitalised words after it ---

@pytest.mark.parametrize("text, body", [
    ("A spokesman for the Movement of Malian Democrats denied the report.",
     "Movement of Malian Democrats"),
    ("The Alliance of Sudanese Patriots said it would fight on.", "Alliance of Sudanese Patriots"),
])
def test_a_name_cut_at_a_demonym_goes_on(run, text, body):
    mentions, _ = run(text)
    assert any(m.span.text.endswith(body) and m.cls == "Agency" for m in mentions)
    assert not any(m.cls == "Weapon" for m in mentions)  # "Patriots" is no missile here


def test_patriots_after_no_demonym_stay_missiles(run):
    text = "The ministry of Poland said Patriots bought from the United States had arrived."
    assert "Patriot air defence system" in _keys(run, text, "Weapon")


# --- a storm's name is no person or organisation --------------------------------------------

@pytest.mark.parametrize("text, storm", [
    ("Both countries helped rebuild after Cyclone Gita in 2018.", "Cyclone Gita"),
    ("Typhoon Haiyan killed thousands in 2013.", "Typhoon Haiyan"),
    ("Aid arrived after Tropical Storm Agatha hit the coast.", "Tropical Storm Agatha"),
])
def test_a_storm_is_no_actor(run, text, storm):
    mentions, _ = run(text)
    assert storm not in {m.span.text for m in mentions}


def test_the_typhoon_jet_stays_a_weapon(run):
    text = "Kuwait ordered 28 Eurofighter Typhoon jets from the consortium."
    assert "Eurofighter Typhoon" in _keys(run, text, "Weapon")


def test_the_atlantic_alliance_is_nato_and_the_ocean_stays_a_place(run):
    text = "The treaty admitted the republic to the Atlantic alliance in May."
    assert "NATO" in _keys(run, text, "Agency")
    assert "NATO" not in _keys(run, "Two frigates crossed the Atlantic in May.", "Agency")


# --- a state's service before its aircraft: both stay, neither swallows the other ----------

@pytest.mark.parametrize("text, service, aircraft", [
    ("A Royal Kavarian Air Force P-3 Orion surveillance plane flew over the islands.",
     None, "P-3 Orion"),
    ("A Royal Australian Air Force P-8 Poseidon patrol aircraft flew over the strait.",
     "Air Force (Australia)", "P-8 Poseidon"),
    ("An Indian Navy P-8I Neptune aircraft landed at the base on Friday.",
     "Navy (India)", "P-8I Neptune"),
])
def test_a_service_before_its_aircraft(run, text, service, aircraft):
    assert aircraft in _keys(run, text, "Weapon")
    if service is not None:
        assert service in _keys(run, text, "Agency")


# --- a listed system's name before a legal form not in title case is its maker --------------

@pytest.mark.parametrize("text", [
    "Eurofighter GmbH said on Tuesday it would deliver the first jets in 2026.",
    "The jets will be built by Eurofighter GmbH, a consortium of three firms.",
])
def test_a_system_name_with_a_legal_form_is_a_firm(run, text):
    mentions, _ = run(text)
    assert "Eurofighter GmbH" in {m.span.text for m in mentions if m.cls == "Company"}


def test_the_system_alone_stays_a_weapon(run):
    assert "Eurofighter Typhoon" in _keys(run, "Kuwait ordered 28 Eurofighter jets.", "Weapon")
