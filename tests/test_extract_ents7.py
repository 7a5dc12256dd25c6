"""Issue 12, h-ents7: entity classes and boundaries from context on unseen wire copy — natural
features NER took for organisations, a feature noun that ends a place's name, the news agency
of a wire dateline, "Radio X" opening a sentence, ships listed after a plural ship noun.

Every sentence was written for these tests (invented places, ships and outlets where the rule
does not need a real one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """(key or lemma) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


def _texts(run, text, cls):
    """Surface texts of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == cls}


# --- a name NER took for an organisation that ends in a feature noun is a place -------------

@pytest.mark.parametrize("text, place", [
    ("Chinese vessels took control of Marlow Shoal in 2014.", "Marlow Shoal"),
    ("Two frigates sailed through the Kessel Channel on Friday.", "Kessel Channel"),
])
def test_a_name_ending_in_a_feature_noun_is_a_place(run, text, place):
    assert place in _texts(run, text, "Region")
    assert place not in _texts(run, text, "Agency") | _texts(run, text, "Person")


def test_a_body_named_after_a_sea_stays_a_body(run):
    # the last word is the body's head, not the feature: "… Sea Fleet", "… Islands Council"
    text = "The Tarrant Islands Council said the vote would go ahead."
    assert "Tarrant Islands Council" not in _texts(run, text, "Region")


# --- a lower-case feature noun after an unlisted place is part of its name ------------------

@pytest.mark.parametrize("text, place", [
    ("Troops crossed the border to guard a dam on the Velka river.", "Velka river"),
    ("Armoured columns moved across the Zarin peninsula overnight.", "Zarin peninsula"),
])
def test_a_feature_noun_after_a_place_joins_its_name(run, text, place):
    assert place in _texts(run, text, "Region")


def test_a_feature_noun_that_modifies_another_noun_is_left_out(run):
    # "the Velka river crossing": the noun phrase's head is "crossing", not the river
    places = _texts(run, "Engineers repaired the Velka river crossing on Monday.", "Region")
    assert "Velka river" not in places


# --- the bracketed name in a wire dateline is the news agency --------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("ORAVIA, March 3 (NPX) - The navy took delivery of two patrol boats on Monday.", "NPX"),
    ("KESTON, Oct 12 (Meridian) - The army said on Friday it had received new rifles.",
     "Meridian"),
])
def test_the_dateline_agency_is_a_news_outlet(run, text, outlet):
    assert outlet in _texts(run, text, "MediaOutlet")


def test_a_bracketed_acronym_outside_a_dateline_is_no_outlet(run):
    text = ("The Velmar Liberation Front (VLF) - a rebel group - said on Monday it had seized "
            "the town.")
    assert "VLF" not in _texts(run, text, "MediaOutlet")


# --- "Radio X" opening a sentence is a news outlet -------------------------------------------

def test_radio_and_a_name_opening_a_sentence_is_an_outlet(run):
    text = 'Radio Kestoria said the troops had "restored order" in the capital.'
    assert "Radio Kestoria" in _texts(run, text, "MediaOutlet")


def test_radio_before_a_common_noun_is_no_outlet(run):
    text = "Radio contact with the patrol boat was lost on Sunday, the navy said."
    assert not _texts(run, text, "MediaOutlet")


# --- names listed after a plural ship noun are ships -----------------------------------------

def test_names_listed_after_a_plural_ship_noun_are_ships(run):
    text = ("The flotilla included the patrol ships Vasily Bykov, Dmitry Rogachev and "
            "Pavel Derzhavin.")
    ships = _of(run, text, "Weapon")
    assert {"Vasily Bykov", "Dmitry Rogachev", "Pavel Derzhavin"} <= ships
    assert not _of(run, text, "Person")


def test_people_listed_after_ships_are_not_ships(run):
    # the list's head is the people, not the ships
    text = "Crews of two frigates met Admiral Jonas Berg and Captain Lena Holt in the port."
    assert not {"Jonas Berg", "Lena Holt"} & _of(run, text, "Weapon")


# --- the portfolio before "Minister" and a rank before a name are no bodies ------------------

@pytest.mark.parametrize("text, person", [
    ("The figure was questioned in cabinet by Finance Minister Ravi Saleh, officials said.",
     "Ravi Saleh"),
    ("An air force spokesman, Air Commodore Edward Okafor, said the jets had arrived.",
     "Edward Okafor"),
])
def test_a_portfolio_or_rank_before_a_name_is_no_agency(run, text, person):
    assert person in _of(run, text, "Person")
    assert not _of(run, text, "Agency")


def test_a_ministry_named_by_its_portfolio_stays_an_agency(run):
    text = "The Finance Ministry said on Monday the budget would be cut."
    assert _of(run, text, "Agency")


def test_a_body_before_its_chief_stays_a_body(run):
    # "chief" is no portfolio: the group is named before its leader
    assert "Wagner" in _texts(run, "Wagner chief Yevgeny Prigozhin said his men had left.",
                              "Agency")


# --- Marines are a service of their state ---------------------------------------------------

def test_marines_after_a_state_are_its_marine_corps(run):
    text = ("Thousands of United States Marines waded ashore on Tuesday. The Marines secured the "
            "airport without meeting resistance.")
    assert _of(run, text, "Agency") == {"Marine Corps (United States)"}


def test_royal_marines_are_not_a_state_service(run):
    text = "Some 3,000 Royal Marines were embarked on requisitioned merchant ships."
    assert "Marine Corps (United Kingdom)" not in _of(run, text, "Agency")


# --- "<Name> Islands" is also "<Name>s"; pycountry's bracketed other name --------------------

@pytest.mark.parametrize("short, label", [
    ("Falklands", "Falkland Islands"), ("Solomons", "Solomon Islands"),
    ("Marshalls", "Marshall Islands"), ("Malvinas", "Falkland Islands"),
])
def test_island_states_and_territories_have_their_short_names(gazetteer, short, label):
    entry = gazetteer.lookup(short)
    assert entry is not None and entry.label == label


def test_the_short_name_is_matched_case_sensitively(run):
    # lower-case "cooks" is a common noun, not the Cook Islands
    assert not _of(run, "The cooks on the frigate were flown home.", "Country")
    assert _of(run, "A frigate sailed to the Falklands in April.", "Region") == {
        "Falkland Islands"}


# --- names listed after a plural place noun, or with a place noun in apposition, are places --

def test_names_listed_after_a_plural_place_noun_are_places(run):
    text = ("Under the accord, Velmar receives the three northern rivers, the Ostra, the Kell and "
            "the Dunay, while the south keeps the rest.")
    assert {"Ostra", "Kell", "Dunay"} <= _of(run, text, "Region")
    assert not {"Ostra", "Kell", "Dunay"} & (_of(run, text, "Person") | _of(run, text, "Agency"))


def test_a_name_with_a_place_noun_in_apposition_is_a_place(run):
    text = "Troops were flown from the capital to Sar Hadid, an airfield near the border."
    assert "Sar Hadid" in _of(run, text, "Region")


def test_a_person_with_a_role_in_apposition_stays_a_person(run):
    text = "The two leaders met Oskar Brandt, an adviser to the president, on Monday."
    assert _of(run, text, "Person") == {"Oskar Brandt"}
    assert not _of(run, text, "Region")


# --- a name that opens a weapon's mention elsewhere is that weapon when it stands alone -----

def _keys(run, text, cls):
    mentions, _ = run(text)
    return [(m.span.text, m.key or m.lemma) for m in mentions if m.cls == cls]


@pytest.mark.parametrize("text, name", [
    ("The army ordered 24 Kestrel self-propelled howitzers last year. The Kestrel, built in "
     "Oravia since 2001, is already used by three armies.", "Kestrel"),
    ("Velmar bought 40 Harrow fighters in 1975. Pilots chose the swing-wing Harrow over its "
     "rival after trials.", "Harrow"),
])
def test_a_system_named_alone_is_the_weapon_named_before(run, text, name):
    weapons = _keys(run, text, "Weapon")
    alone = [k for t, k in weapons if t == name]
    full = [k for t, k in weapons if t.startswith(name + " ")]
    assert alone and full and alone[0] == full[0]
    assert name not in _of(run, text, "Person") | _of(run, text, "Region")


def test_a_firm_that_speaks_is_not_its_product(run):
    text = "The navy ordered 12 Brand patrol boats. Brand said on Monday it would build them."
    assert ("Brand", "Brand") not in {(t, k) for t, k in _keys(run, text, "Weapon")}


# --- a name that context made a Company once is that Company throughout the document --------

def _classes_of(run, text, surface):
    """The classes of the mentions spelt ``surface``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text == surface}


def test_a_firm_named_by_context_once_is_a_firm_throughout(run):
    text = ("Velmar will lend the plane's maker, Corvane, 75 million dollars. Corvane's chairman, "
            "Ian Holt, confirmed the loan in New York.")
    assert _classes_of(run, text, "Corvane") == {"Company"}


def test_a_longer_body_named_after_the_firm_keeps_its_class(run):
    text = ("The plane's maker, Corvane, confirmed the loan. The Corvane Foundation said it "
            "welcomed the deal.")
    assert "Corvane Foundation" in _texts(run, text, "Agency")


# --- a one-word "person" the document also uses as a state is that state --------------------

def test_a_state_named_like_a_person_is_the_state_the_document_names(run):
    text = ("French troops were moved from bases in Chad to Bamako. Chad, which is not a member "
            "of the bloc, later sent 2,000 troops to Niger.")
    assert _classes_of(run, text, "Chad") == {"Country"}


def test_a_person_with_a_states_name_stays_a_person(run):
    text = ("Chad Miller, a lawyer, said the deal was illegal. Miller told reporters in Chad that "
            "he would appeal.")
    assert "Chad Miller" in _texts(run, text, "Person")


# --- a name before "federation" or "union" is a group's ---------------------------------------

def test_a_name_before_federation_is_a_group(run):
    text = "Students of the Kessan federation staged sit-ins at the airport on Saturday."
    assert "Kessan" in _texts(run, text, "Agency")
    assert not _texts(run, text, "Person")


# --- a person's name NER cut before a town's word goes on through it -------------------------

def test_a_name_cut_before_a_capitals_word_is_one_person(run):
    text = ("Left-wing groups protested, and Senator Miriam Defensor Santiago said the agreement "
            "should have gone to the Senate.")
    assert "Miriam Defensor Santiago" in _texts(run, text, "Person")
    assert not _of(run, text, "Country")


def test_a_person_before_a_place_in_another_role_stays_apart(run):
    text = "Prime Minister Anthony Eden told London that he would not resign."
    assert _texts(run, text, "Person") == {"Anthony Eden"}


# --- a capital's name after a ship noun names a ship -----------------------------------------

def test_a_capital_after_a_ship_noun_is_a_ship(run):
    text = ("Troops were embarked on requisitioned merchant vessels, including the liner "
            "Canberra, the ministry said.")
    assert "Canberra" in _texts(run, text, "Weapon")
    assert not _of(run, text, "Country")


def test_a_capital_elsewhere_stays_its_state(run):
    assert _of(run, "The minister flew to Canberra on Monday.", "Country") == {"Australia"}


# --- kinds of artillery by role or mount; a unit named after its arm names no weapon --------

@pytest.mark.parametrize("text, kind", [
    ("The cargo held rifles, machine guns and light artillery made in Oravia.",
     "light artillery"),
    ("The government sent coastal artillery and helicopters to the naval base.",
     "coastal artillery"),
    ("Oravia will buy self-propelled howitzers to replace its older field guns.",
     "self-propelled howitzer"),
    ("Oravia will buy self-propelled howitzers to replace its older field guns.", "field gun"),
])
def test_artillery_by_role_is_its_own_kind(run, text, kind):
    assert kind in _of(run, text, "Weapon")


def test_an_artillery_regiment_is_no_weapon(run):
    text = "Velmar has sent an artillery regiment to the border."
    assert "artillery" not in _of(run, text, "Weapon")


# --- a town NER gave an odd label (LANGUAGE, PRODUCT) after a place preposition --------------

@pytest.mark.parametrize("text, place", [
    ("The freighter loaded its cargo at Stettin before sailing for the Caribbean.", "Stettin"),
    ("Two destroyers were sent from Severomorsk to the Barents Sea on Monday.", "Severomorsk"),
    ("The minister is the former governor of Punjab and a retired general.", "Punjab"),
])
def test_a_town_with_an_odd_ner_label_after_a_place_preposition_is_a_place(run, text, place):
    assert place in _texts(run, text, "Region")


# --- cultural worlds and strategic regions are places -----------------------------------------

@pytest.mark.parametrize("text, region", [
    ("The sale would hurt Velmar's standing in the Arab world, analysts said.", "Arab world"),
    ("The cartoons caused anger across the Muslim world last year.", "Muslim world"),
    ("Oravia has stepped up air patrols in the High North since March.", "High North"),
])
def test_worlds_and_strategic_regions_are_regions(run, text, region):
    assert region in _of(run, text, "Region")


# --- a place NER named with an organisation's head word is a body; "the X area" is a place ---

def test_a_place_ending_in_an_organisation_head_is_a_body(run):
    text = "Opposition Green Alliance lawmakers argued that the money should go to hospitals."
    assert "Green Alliance" in _texts(run, text, "Agency")
    assert not _texts(run, text, "Region")


def test_a_name_before_area_is_a_place(run):
    assert "Velka" in _texts(run, "Soldiers patrolled the Velka area on Sunday.", "Region")


# --- a possessor NER took into a party's name is cut off --------------------------------------

def test_a_possessor_inside_a_partys_name_is_cut_off(run):
    text = "The minister rejected criticism from members of Lula's Workers' Party on Monday."
    assert _texts(run, text, "Agency") == {"Workers' Party"}


def test_a_possessor_before_a_longer_partys_name_is_cut_off_too(run):
    text = "Members of Rahman's National Unity Party walked out of the session."
    assert "National Unity Party" in _texts(run, text, "Agency")


def test_lower_case_marines_are_troops_of_their_state(run):
    text = "Italian marines moved into a new base near the border."
    assert not _of(run, text, "Agency")
    assert "Italy" in _of(run, text, "Country")
