"""Issue 12, round 8: entity rules that generalise — named systems by their name, outlets by
their head word, firms by their deeds and suffixes (sentences written for these tests, real
spaCy parse; invented names, none from the frozen test splits)."""

from __future__ import annotations

import pytest

from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document


def _of(run, text, cls):
    """(key or lemma) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


# --- a named system is named by its name, whatever kind words follow ---------------------

@pytest.mark.parametrize("text, weapon", [
    ("Peru ordered 12 Vortex attack helicopters from Italy.", "Vortex"),
    ("The army fired two Borak-2 ballistic missiles on Monday.", "Borak-2"),
    ("Ghana bought six Sea Falcon naval helicopters.", "Sea Falcon"),
    ("The air force flies eight Kestrel lead-in trainers.", "Kestrel"),
    ("Rebels used Tarsa armed drones against the convoy.", "Tarsa"),
])
def test_a_named_system_is_its_name(run, text, weapon):
    assert weapon in _of(run, text, "Weapon")


@pytest.mark.parametrize("text, weapon", [
    ("Chile ordered two Tamarin-class corvettes.", "Tamarin-class corvette"),
    ("Egypt bought four Type 214 submarines.", "Type 214 submarine"),
    ("Morocco ordered 40 Altay tanks.", "Altay tank"),
    ("The army received 18 105mm howitzers.", "105mm howitzer"),
])
def test_ship_classes_tanks_and_calibres_keep_their_noun(run, text, weapon):
    assert weapon in _of(run, text, "Weapon")


def test_two_kind_words_for_one_system_make_one_name(run):
    text = ("Peru flies Vortex attack helicopters. The Vortex gunships were bought in 2010.")
    assert _of(run, text, "Weapon") == {"Vortex"}


def test_fighters_after_a_groups_name_are_no_weapon(run):
    assert not _of(run, "Zarvan Front fighters attacked the town of Kedra.", "Weapon")


def test_the_kind_of_a_named_system_is_its_broader_node(run, gazetteer):
    mentions, _ = run("Iran shipped Borak-2 ballistic missiles to Syria.")
    doc = Document("doc_0000000000000001", "1.txt", "1.txt", "", "0" * 64, "t")
    r = resolve([DocExtraction(doc, tuple(mentions), ())], gazetteer)
    assert r.entities["Borak-2"].broader == "ballistic missile"


@pytest.mark.parametrize("text, weapon", [
    ("Cyprus ordered S-300PMU-2 batteries from Russia.", "S-300"),
    ("The army will buy 20 K9 Thunder self-propelled howitzers.", "K9 howitzer"),
])
def test_variants_and_type_names_keep_the_listed_system(run, text, weapon):
    assert weapon in _of(run, text, "Weapon")


# --- news outlets by their head word ----------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("The Valparaiso Chronicle said the frigates would be sold.", "Valparaiso Chronicle"),
    ("The sale was first reported by the Harbour Examiner.", "Harbour Examiner"),
    ("The general told Radio Norte that the troops would stay.", "Radio Norte"),
    ("According to the Daily Sentinel, the navy wants two more ships.", "Daily Sentinel"),
])
def test_an_outlet_named_by_its_head_word(run, text, outlet):
    assert outlet in _of(run, text, "MediaOutlet")


def test_a_capital_inside_an_outlets_name_is_not_the_state(run):
    assert "Chile" not in _of(run, "The Santiago Herald said the jets had arrived.", "Country")


def test_a_head_word_inside_a_longer_name_is_no_outlet(run):
    text = "The UN Observer Mission in Georgia said the convoy had left."
    assert not _of(run, text, "MediaOutlet")


# --- firms ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, firm", [
    ("Spain's Norvik will build the four patrol ships.", "Norvik"),
    ("Britain's Calder and Sweden's Saab will deliver the radars.", "Calder"),
])
def test_a_state_firm_that_does_business_is_a_company(run, text, firm):
    assert firm in _of(run, text, "Company")
    assert not any(firm in a for a in _of(run, text, "Agency"))


def test_a_state_body_that_speaks_stays_an_agency(run):
    assert "Security Service of Ukraine" in _of(run, "Ukraine's SBU said it had seized drones.",
                                                "Agency")


@pytest.mark.parametrize("text, firm", [
    ("The missiles are made by Harpoon Systems in Ohio.", "Harpoon Systems"),
    ("Boeing Defense will deliver the first tanker next year.", "Boeing Defense"),
])
def test_a_listed_name_before_a_business_suffix_is_a_firm(run, text, firm):
    assert firm in _of(run, text, "Company")


# --- unknown names the tagger calls nouns; plurals; legal forms ----------------------------

def test_a_capitalised_word_before_a_listed_kind_names_a_system(run):
    text = "Chile ordered four Tarvos submarines from Spain. Navantia will build the Tarvoses."
    mentions, _ = run(text)
    weapons = {(m.span.text, m.key or m.lemma) for m in mentions if m.cls == "Weapon"}
    assert ("Tarvos submarines", "Tarvos submarine") in weapons
    assert not any(m.cls == "Region" for m in mentions)


@pytest.mark.parametrize("text", [
    "In May helicopters arrived at the base.",
    "Brazilian Army helicopters landed near the border.",
    "Chile Buys New Submarines From Spain",
])
def test_no_system_named_by_a_month_a_body_or_a_headline_word(run, text):
    assert all(w.islower() for w in _of(run, text, "Weapon"))


def test_a_firm_without_its_legal_form_is_the_same_firm(run, gazetteer):
    mentions, _ = run("Corvan Marine Ltd won the contract. Corvan Marine will build the boats.")
    doc = Document("doc_0000000000000002", "2.txt", "2.txt", "", "0" * 64, "t")
    r = resolve([DocExtraction(doc, tuple(mentions), ())], gazetteer)
    assert [e.key for e in r.entities.values() if e.cls == "Company"] == ["Corvan Marine Ltd"]


def test_a_title_case_headline_names_the_system_as_the_body_does(run):
    text = "Egypt Receives First Vortex Jets\n\nEgypt received six Vortex fighter jets on Monday."
    assert _of(run, text, "Weapon") == {"Vortex"}


@pytest.mark.parametrize("text, firm", [
    ("Velmark, a French defence company, will build the ships.", "Velmark"),
    ("Tessaro's chief executive said the plant would open in May.", "Tessaro"),
])
def test_what_the_sentence_says_of_a_name_makes_it_a_firm(run, text, firm):
    assert firm in _of(run, text, "Company")


@pytest.mark.parametrize("text, weapon", [
    ("Peru will buy six Tarvos-class diesel-electric submarines.", "Tarvos-class submarine"),
    ("Egypt ordered two Norvik multi-mission frigates.", "Norvik frigate"),
])
def test_a_ship_class_is_named_by_its_class_and_ship_noun(run, text, weapon):
    assert weapon in _of(run, text, "Weapon")


@pytest.mark.parametrize("text, kind", [
    ("The air force wants twelve supersonic fighters.", "fighter jet"),
    ("Police seized rocket-propelled grenade launchers at the port.",
     "rocket-propelled grenade launcher"),
    ("The rebels received MANPADS from abroad.", "man-portable air defence system"),
    ("The navy bought four trainer jets.", "trainer aircraft"),
])
def test_general_weapon_kinds(run, text, kind):
    assert kind in _of(run, text, "Weapon")


# --- commands abroad; untagged places -------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("US Forces Japan said the drills would start in May.", "US Forces Japan"),
    ("The radar is run by United States Forces Korea and the navy.",
     "United States Forces Korea"),
])
def test_a_command_named_after_its_host_is_one_agency(run, text, body):
    assert body in _of(run, text, "Agency")


@pytest.mark.parametrize("text, place", [
    ("Two companies are stationed in Velkara near the border.", "Velkara"),
    ("The battery was moved to Dorvik last week.", "Dorvik"),
    ("A convoy was ambushed between Gao and Tessavit, the army said.", "Tessavit"),
])
def test_an_untagged_name_where_a_place_stands_is_a_place(run, text, place):
    assert place in _of(run, text, "Region")


# --- a capitalised service named alone ---------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("LIMA, May 3 (Reuters) - The Navy has sent two frigates to the Pacific coast, officials "
     "said.", "Navy (Peru)"),
    ("The Chilean navy bought two frigates. The Navy said they would arrive in May.",
     "Navy (Chile)"),
])
def test_a_capitalised_service_alone_is_the_documents_service(run, text, body):
    assert body in _of(run, text, "Agency")


def test_a_lower_case_service_alone_is_no_agency(run):
    assert not _of(run, "The navy said the ships would arrive in May.", "Agency")


def test_an_island_a_force_is_deployed_on_is_a_place(run):
    assert "Velmos" in _of(run, "Greece deployed the missiles on Velmos last year.", "Region")


# --- a kind that only modifies a noun names no weapon --------------------------------------

@pytest.mark.parametrize("text", [
    "Brazil has stepped up missile and drone production.",
    "Chile needs more artillery ammunition, the minister said.",
    "Peru denied buying ballistic missile technology.",
])
def test_a_kind_that_modifies_a_noun_is_no_weapon(run, text):
    assert not _of(run, text, "Weapon")


def test_drone_attacks_still_name_drones(run):
    assert "drone" in _of(run, "Drone attacks hit the port of Odesa.", "Weapon")
