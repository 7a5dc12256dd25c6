"""Issue 12, h-agency: organisation entities (Agency, Company) — names cut by a listed name
inside them, acronyms that name a body rather than a place or that spell their name by word
beginnings, makers named by "built by", firms a state possesses, a department named two ways.

Every sentence was written for these tests (invented organisations and firms where the rule
does not need a real one). Negative cases say what must stay as it is."""

from __future__ import annotations

import re

import pytest


def _texts(run, text, cls):
    """Surface texts of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.span.text.strip() for m in mentions if m.cls == cls}


def _keys(run, text, cls):
    """Keys (or lemmas) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


# --- a capitalised weapon kind after "to Ban", "Against", "of" ends a campaign's name --------

@pytest.mark.parametrize("text, name", [
    ("Beatrice Fihn, who heads the International Campaign to Abolish Nuclear Weapons, said "
     "the vote was historic.", "International Campaign to Abolish Nuclear Weapons"),
    ("Campaigners from the Coalition to Stop Cluster Munitions urged the government to sign "
     "the convention.", "Coalition to Stop Cluster Munitions"),
    ("The Committee to Ban Landmines said on Monday that the treaty was being ignored.",
     "Committee to Ban Landmines"),
    ("A spokesman for the Alliance Against Landmines told reporters that mines still killed "
     "children.", "Alliance Against Landmines"),
    ("The Halvan Alliance to Ban Cluster Bombs, a charity in Oslo, welcomed the vote.",
     "Halvan Alliance to Ban Cluster Bombs"),
])
def test_a_capitalised_weapon_kind_ends_a_campaigns_name(run, text, name):
    assert name in _texts(run, text, "Agency")
    # whole words: the sentence's own bare "mines" is the kind `landmine` (E4), not a cut of
    # "Landmines"
    assert not {w for w in _texts(run, text, "Weapon") if re.search(rf"\b{re.escape(w)}\b", name)}


@pytest.mark.parametrize("text, weapon", [
    ("The alliance said it would send Stinger missiles to the border.", "Stinger missiles"),
    ("The Korvan Group agreed to buy cluster munitions from Serbia.", "cluster munitions"),
])
def test_a_weapon_after_an_organisation_in_running_text_stays_a_weapon(run, text, weapon):
    assert weapon in _texts(run, text, "Weapon")


# --- a listed body's name goes on over "of"/"for"/"on" and capitalised words ---------------

@pytest.mark.parametrize("text, name", [
    ("The confidential report by the U.N. Group of Experts was rejected by Kigali.",
     "U.N. Group of Experts"),
    ("The African Union Commission of Inquiry published its findings on Tuesday.",
     "African Union Commission of Inquiry"),
])
def test_a_listed_bodys_name_goes_on_over_of(run, text, name):
    assert name in _texts(run, text, "Agency")


def test_a_place_after_the_linked_words_stays_out_of_the_name(run):
    text = "The U.N. Group of Experts on Somalia said the militias were armed from abroad."
    assert "U.N. Group of Experts" in _texts(run, text, "Agency")
    assert "Somalia" in _texts(run, text, "Country")


# --- an acronym "known as" after a place it does not begin like names the body ------------

@pytest.mark.parametrize("text, acronym, place", [
    ("About 700 peacekeepers from the U.N. mission in Haiti, known as MINUSTAH, patrolled "
     "the capital.", "MINUSTAH", "Haiti"),
    ("Troops from the African Union mission in Somalia, known as AMISOM, guarded the port.",
     "AMISOM", "Somalia"),
    ("The U.N. observer force in Cyprus, known as UNFICYP, patrols the buffer zone.",
     "UNFICYP", "Cyprus"),
])
def test_an_acronym_known_as_after_a_place_is_a_body(run, text, acronym, place):
    assert acronym in _texts(run, text, "Agency")
    assert acronym not in _texts(run, text, "Country") | _texts(run, text, "Region")


def test_an_acronym_of_the_place_itself_stays_the_place(run):
    # "DRC" begins like "Democratic Republic of the Congo": the place's other name
    text = "Fighting spread across the Democratic Republic of the Congo, known as DRC, in May."
    assert "DRC" not in _texts(run, text, "Agency")


# --- an acronym spelled by its words' beginnings is the organisation's other name ----------

@pytest.mark.parametrize("text, full, acronym", [
    ("NATO will deploy 40,000 soldiers under the name Kosovo Force, or KFOR. General Reid, "
     "who commands KFOR, met the Serbian commander.", "Kosovo Force", "KFOR"),
    ("The Kosovo Force entered Pristina on Saturday. Jackson, who commands KFOR, met the "
     "Russian commander at the airport.", "Kosovo Force", "KFOR"),
])
def test_an_acronym_spelled_by_word_beginnings_is_one_body(run, text, full, acronym):
    mentions, _ = run(text)
    keys = {m.span.text.strip(): m.key or m.lemma for m in mentions if m.cls == "Agency"}
    assert full in keys and acronym in keys
    assert keys[acronym] == keys[full]


def test_an_acronym_that_spells_no_body_stays_apart(run):
    text = "The Kosovo Force took over the town. The OSCE sent observers to the border."
    mentions, _ = run(text)
    keys = {m.span.text.strip(): m.key or m.lemma for m in mentions if m.cls == "Agency"}
    assert keys.get("OSCE") != keys.get("Kosovo Force")


# --- the capitalised words after the "by" of a making verb are the maker --------------------

@pytest.mark.parametrize("text, firm", [
    ("The trainers, built by the Karachi Aircraft Complex at Risalpur, were handed over on "
     "Monday.", "Karachi Aircraft Complex"),
    ("The patrol boats were designed by the Orvik Naval Complex in Bergen.",
     "Orvik Naval Complex"),
    ("The rifles, made by Fabrique Nationale Herstal, arrived by sea.",
     "Fabrique Nationale Herstal"),
])
def test_the_agent_of_a_making_verb_is_a_company(run, text, firm):
    assert firm in _texts(run, text, "Company")


@pytest.mark.parametrize("text, not_firm", [
    ("The destroyers were built by the Navy at its own yards.", "Navy"),
    ("The aircraft were built by the French in Toulouse.", "French"),
    ("The missiles were designed by Ivan Petrov in the 1970s.", "Ivan Petrov"),
])
def test_a_state_body_people_or_a_person_after_built_by_is_no_company(run, text, not_firm):
    assert not {c for c in _texts(run, text, "Company") if not_firm in c}


# --- a company noun after a name that ends in a business suffix stays out of it ------------

def test_a_company_noun_after_a_suffixed_name_stays_out(run):
    text = "Bofvik, which belongs to the Halvard Industries group, said the order was secure."
    assert "Halvard Industries" in _texts(run, text, "Company")
    assert "Halvard Industries group" not in _texts(run, text, "Company")


# --- a firm named elsewhere in the story is no body of the state that possesses it ---------

def test_a_possessed_firm_named_a_firm_elsewhere_is_a_company(run):
    text = ("Oslo signed a contract on Monday with Sweden's Karvik for four patrol boats. "
            "Karvik, a Swedish defence company, will build them at its yard in Gothenburg.")
    assert "Karvik" in _texts(run, text, "Company")
    assert not {k for k in _keys(run, text, "Agency") if "Karvik" in k}
    assert "Sweden" in _keys(run, text, "Country")


def test_a_possessed_body_with_no_firm_context_stays_the_states(run):
    text = ("Officials said on Monday that Russia's FSB had arrested two men near the border. "
            "The men were questioned for hours.")
    assert not {c for c in _texts(run, text, "Company") if "FSB" in c}


# --- a defence department is the state's Department of Defence, named either way ----------

def test_a_defence_department_named_two_ways_is_one_body(run):
    text = ("Canberra chose the gun after trials run by Australia's Department of Defence. "
            "A spokesman for the Australian defence department said the first guns would "
            "arrive in 2025.")
    keys = _keys(run, text, "Agency")
    assert "Department of Defence (Australia)" in keys
    assert "Ministry of Defence (Australia)" not in keys


def test_a_defence_ministry_stays_a_ministry(run):
    text = "Russia's defence ministry said the drills had ended."
    assert "Ministry of Defence (Russia)" in _keys(run, text, "Agency")


# --- capitalised words and "and" before an organisation's name begin that name -------------

@pytest.mark.parametrize("text, name", [
    ("Members of the South African Transport and Allied Workers Union declined to handle "
     "its cargo.", "South African Transport and Allied Workers Union"),
    ("The Kenyan Port and Dock Workers Union called a strike on Monday.",
     "Kenyan Port and Dock Workers Union"),
])
def test_words_and_and_before_a_union_begin_its_name(run, text, name):
    assert name in _texts(run, text, "Agency")
    assert not {a for a in _texts(run, text, "Agency") if a != name and a in name}


@pytest.mark.parametrize("text, first, second", [
    ("Fighting between Hamas and Islamic Jihad broke out in Gaza.", "Hamas", "Islamic Jihad"),
    ("Britain and the European Union signed the accord.", "Britain", "European Union"),
])
def test_two_named_actors_joined_by_and_stay_two(run, text, first, second):
    mentions, _ = run(text)
    texts = {m.span.text.strip() for m in mentions}
    assert first in texts and second in texts


# --- a listed group's name before a capitalised "… Province" names its branch --------------

@pytest.mark.parametrize("text, name", [
    ("A suicide bomber from Islamic State Khorasan Province attacked the airport gate.",
     "Islamic State Khorasan Province"),
    ("The Islamic State Sinai Province said it had shot down the helicopter.",
     "Islamic State Sinai Province"),
])
def test_a_listed_groups_province_is_its_branch(run, text, name):
    assert name in _texts(run, text, "Agency")


def test_a_province_that_modifies_a_noun_is_no_branch(run):
    text = "NATO Kandahar Province commanders met on Monday."
    assert "NATO" in _texts(run, text, "Agency")
    assert not {a for a in _texts(run, text, "Agency") if "Province" in a}
