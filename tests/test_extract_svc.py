"""Issue 12, h-svc: state bodies named after "its", demonym variants, naval ship prefixes and
ships renamed from a plural class, and unlisted names before a weapon phrase.

Every sentence was written for these tests (invented weapon and ship names where the rule does
not need a real one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _mentions(run, text, cls):
    """(surface text, key) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == cls}


def _texts(run, text, cls):
    return {t for t, _ in _mentions(run, text, cls)}


# --- a state body after "its" that acts is the body of the state its clause is about ---------

@pytest.mark.parametrize("text, mention, key", [
    # the one state that is the subject, among several named before "its"
    ("Chile, which borders Peru and Bolivia, has no aircraft carrier, but its navy patrols "
     "the whole Pacific coast.", "its navy", "Navy (Chile)"),
    # the subject of the sentence before; a sited body keeps its city
    ("Portugal protested on Friday. Its embassy in Madrid said the report was false.",
     "Its embassy in Madrid", "Embassy of Portugal (Madrid)"),
    # an object too (E17 in any position: the dev gold's census of stop 54, h-split3)
    ("Ghana has been modernising its navy for a decade.", "its navy", "Navy (Ghana)"),
])
def test_its_body_is_the_subject_states(run, text, mention, key):
    assert (mention, key) in _mentions(run, text, "Agency")


@pytest.mark.parametrize("text", [
    "Norway said its military was ready.",  # "its military": no body
    "Peru sold jets to Chile, and its military ambitions grew.",  # a modifier, no body
    "Kenya and Uganda agreed on the plan, and its army will lead the force.",  # two subjects
])
def test_its_body_needs_a_subject_and_one_state(run, text):
    assert not any(t.lower().startswith("its ") for t in _texts(run, text, "Agency"))


# --- demonym variants -------------------------------------------------------------------

@pytest.mark.parametrize("word, state", [
    ("Ecuadorean", "Ecuador"), ("Salvadorean", "El Salvador"), ("Azeri", "Azerbaijan"),
    ("Papua New Guinean", "Papua New Guinea"), ("Solomon Islanders", "Solomon Islands"),
    ("Belarusians", "Belarus"),
])
def test_demonym_variants_name_their_state(run, word, state):
    text = f"{word} officials met the envoys in the capital on Monday."
    assert (word, state) in _mentions(run, text, "Country")


# --- naval ship prefixes; ships renamed from a plural class -------------------------------

@pytest.mark.parametrize("text, ship", [
    ("The frigate HMNZS Te Mana sailed for the Gulf on Monday.", "HMNZS Te Mana"),
    ("The BRP Andres Bonifacio joined the exercise.", "BRP Andres Bonifacio"),
    ("The patrol boat HMPNGS Moresby Star was handed over in Cairns.", "HMPNGS Moresby Star"),
])
def test_a_naval_prefix_opens_a_ships_name(run, text, ship):
    assert ship in _texts(run, text, "Weapon")
    assert not {t for t in _texts(run, text, "Person") if t in ship}


def test_ships_renamed_from_a_plural_class_are_ships_of_their_own(run):
    text = ("The two Kilo-class submarines, renamed BNS Dhaka and BNS Sylhet, were bought "
            "from Russia.")
    found = _mentions(run, text, "Weapon")
    keys = {key for t, key in found if t.startswith("BNS ")}
    assert {t for t, _ in found} >= {"BNS Dhaka", "BNS Sylhet"}
    assert not any(key and "class" in key for key in keys)


def test_a_singular_ship_renamed_keeps_one_name(run):
    # "The Nerpa, … renamed INS Chakra": one boat, two names
    found = _mentions(run, "The Nerpa, which will be renamed INS Chakra, was leased to India.",
                      "Weapon")
    assert ("INS Chakra", "Nerpa") in found


# --- an unlisted name NER took for an organisation before a weapon phrase ------------------

@pytest.mark.parametrize("text, weapon", [
    ("The army of Wakanda bought Kestrel infantry fighting vehicles from a Swiss firm.",
     "Kestrel infantry fighting vehicles"),
    ("The navy bought Thornbird jump jets from a Swiss firm.", "Thornbird jump jets"),
    ("The regiment will receive Marlin armoured recovery vehicles next year.",
     "Marlin armoured recovery vehicles"),
])
def test_a_name_before_a_weapon_phrase_is_the_weapon(run, text, weapon):
    assert weapon in _texts(run, text, "Weapon")


@pytest.mark.parametrize("text, word", [
    ("Toyota vehicles were seen near the border.", "Toyota"),  # trucks, no weapon
    ("The Korean gun was chosen over the German one.", "Korean"),  # a nationality
])
def test_no_weapon_from_a_make_of_truck_or_a_nationality(run, text, word):
    assert not any(word in t for t in _texts(run, text, "Weapon"))


# --- a service of a name two states share, once the document names one of them in full ------

@pytest.mark.parametrize("text, mention, key", [
    ("Rwanda denied helping rebels in the Democratic Republic of Congo. The rebels were "
     "integrated into the Congolese army under a peace deal.", "Congolese army",
     "Army (Democratic Republic of the Congo)"),
    ("The Republic of the Congo bought two patrol boats, and the Congolese navy will man them.",
     "Congolese navy", "Navy (Republic of the Congo)"),
])
def test_a_shared_demonym_service_is_the_named_states(run, text, mention, key):
    assert (mention, key) in _mentions(run, text, "Agency")


def test_a_shared_demonym_service_with_both_states_named_is_no_agency(run):
    text = ("The Republic of the Congo and the Democratic Republic of the Congo met, and the "
            "Congolese army was put on alert.")
    assert not any("Congolese" in t for t in _texts(run, text, "Agency"))
