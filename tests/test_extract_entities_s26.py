"""Issue 12, stop 26 (h-ent10): the class of an unlisted organisation's name from the noun
that describes it (a group noun in apposition, a cause word before "group").

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, str]:
    """span text → class of every mention of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


# --- a group noun that a cause word qualifies names no firm --------------------------------

@pytest.mark.parametrize("text, name", [
    ("The anti-corruption group Verdal Watch said the contract should be cancelled.",
     "Verdal Watch"),
    ("The main opposition group, Al Karim, called the deployment an invasion.", "Al Karim"),
    ("The environmental group Terra Nova said the port would harm the reef.", "Terra Nova"),
])
def test_cause_group_is_an_agency(run, text, name):
    assert _classes(run, text).get(name) == "Agency"


@pytest.mark.parametrize("text, name", [
    ("The deal went to Velmark, a French defence group, last year.", "Velmark"),
    ("The frigates will be built by the shipbuilding group Orvana in Cadiz.", "Orvana"),
])
def test_business_group_stays_a_company(run, text, name):
    assert _classes(run, text).get(name) == "Company"


# --- a name in apposition to a group noun is the group, not a person ----------------------

@pytest.mark.parametrize("text, name", [
    ("Al Karam, the main rebel movement, rejected the ceasefire on Sunday.", "Al Karam"),
    ("The largest Sunni party, Al Nahda, boycotted the vote.", "Al Nahda"),
])
def test_name_in_apposition_to_a_group_noun(run, text, name):
    assert _classes(run, text).get(name) == "Agency"


@pytest.mark.parametrize("text", [
    "The leader of the party, Ahmed Karim, said the vote was rigged.",
    "The rebels, led by a retired colonel, Ahmed Karim, took the airport.",
    "Ahmed Karim, head of the Free Valley Front, a small rebel militia, denied the report.",
])
def test_person_near_a_group_noun_stays_a_person(run, text):
    assert _classes(run, text).get("Ahmed Karim") == "Person"


# --- a name right after a media noun phrase is the outlet ----------------------------------

@pytest.mark.parametrize("text, name", [
    ("She told the Norwegian broadcaster KVX that the base would stay open.", "KVX"),
    ("The order covers 40 drones, the news site Orbis24 said on Monday.", "Orbis24"),
    ("The Tavrian news agency Tavpress, quoting the army, said two tanks were destroyed.",
     "Tavpress"),
])
def test_name_after_a_media_noun_is_an_outlet(run, text, name):
    assert _classes(run, text).get(name) == "MediaOutlet"


def test_title_after_a_media_noun_names_a_person(run):
    classes = _classes(run, "He said on state television President Karim had approved it.")
    assert "MediaOutlet" not in classes.values()


# --- a channel named by a place and a number before a media noun ----------------------------

@pytest.mark.parametrize("text, name", [
    ("The general told Norway 3 radio that the jets would stay until May.", "Norway 3"),
    ("Speaking to Europe 5 television, the minister said the troops would leave.", "Europe 5"),
])
def test_numbered_channel_is_an_outlet(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) == "MediaOutlet"
    assert name.split()[0] not in classes


def test_date_before_a_media_noun_is_no_channel(run):
    classes = _classes(run, "On March 3 television showed the tanks crossing the river.")
    assert "MediaOutlet" not in classes.values()


# --- a bare service as an owner is that service of the story's state ------------------------

def _agency_keys(run, text: str) -> set[str | None]:
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Agency"}


def test_bare_service_as_owner(run):
    keys = _agency_keys(run, "Norway signed a deal for new jets on Monday. The jets will "
                             "replace the air force's ageing F-5 fighters from 2030.")
    assert "Air Force (Norway)" in keys


def test_bare_military_as_owner_is_left_alone(run):
    keys = _agency_keys(run, "Norway signed a deal for new jets on Monday. The purchase "
                             "eased the military's worries about its old fleet.")
    assert not any(k and k.startswith("Armed Forces") for k in keys)


# --- a state or listed body named in full and a capitalised media word: one outlet ----------

@pytest.mark.parametrize("text, name", [
    ("The statement was broadcast by Norway Television on Sunday evening.", "Norway Television"),
    ("The People's Liberation Army Daily said the unit had been honoured.",
     "People's Liberation Army Daily"),
])
def test_listed_name_and_media_word_is_an_outlet(run, text, name):
    assert _classes(run, text).get(name) == "MediaOutlet"


def test_adjective_and_media_word_is_no_outlet(run):
    classes = _classes(run, "Syrian Television said the jets had been shot down.")
    assert "MediaOutlet" not in classes.values()


# --- a lake or a glacier after an unlisted place is part of its name ----------------------

@pytest.mark.parametrize("text, name", [
    ("Troops were flown onto the Rimo glacier in the eastern Karakoram on Monday.",
     "Rimo glacier"),
    ("Both armies agreed to pull back from the Spanggur lake by the end of the month.",
     "Spanggur lake"),
])
def test_feature_noun_after_a_place_joins_its_name(run, text, name):
    assert _classes(run, text).get(name) == "Region"
