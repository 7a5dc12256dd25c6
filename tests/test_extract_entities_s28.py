"""Issue 12, stop 28 (h-ent14): entities other than agreements.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

# --- well-known outlets by their listed names ------------------------------------------------


@pytest.mark.parametrize("text, key", [
    ("Pravda wrote on Tuesday that the border guards had fired first.", "Pravda"),
    ("In a report carried by Prensa Latina, Havana rejected the charge.", "Prensa Latina"),
    ("The minister told the TVN24 channel that no troops would be sent.", "TVN24"),
    ("A commander told the Afghan Islamic Press that the road was closed.",
     "Afghan Islamic Press"),
    ("The Times of London said on Friday that the talks had failed.", "The Times"),
])
def test_listed_outlets_are_media(run, text, key):
    assert key in _keys(run, text, "MediaOutlet")


# --- named operations: a name NER missed, several words, "Operation X" -----------------------


def _agency_texts(run, text):
    """The surface texts of the Agency mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize("text, name", [
    ("London will command the operation, code-named Silent Orchard, and sent 300 marines.",
     "Silent Orchard"),
    ("The bloc approved the mission, code-named Harbour of Hope, on Tuesday.",
     "Harbour of Hope"),
    ("About 900 soldiers stay in the region under Operation Kestrel, the ministry said.",
     "Operation Kestrel"),
])
def test_named_operations_are_agencies(run, text, name):
    assert name in _agency_texts(run, text)


@pytest.mark.parametrize("text", [
    "Operation of the old dam resumed on Monday, the ministry said.",
    "The operation, called off in May, cost the army dearly.",
])
def test_no_operation_without_a_name(run, text):
    assert not _agency_texts(run, text)


# --- "the 2nd Battalion, Parachute Regiment": a regiment NER left in pieces ------------------


@pytest.mark.parametrize("text, name", [
    ("Men of the 3rd Battalion, Highland Regiment, landed at dawn on Tuesday.",
     "3rd Battalion, Highland Regiment"),
    ("Two companies of the 2nd Battalion, 4th Queen Mary's Own Mountain Rifles flew in.",
     "2nd Battalion, 4th Queen Mary's Own Mountain Rifles"),
])
def test_battalion_and_regiment_are_one_unit(run, text, name):
    assert name in _agency_texts(run, text)


def test_a_list_of_battalions_stays_a_list(run):
    texts = _agency_texts(run, "The 4th Battalion, the 5th Battalion and the 6th Battalion left.")
    assert "4th Battalion" in texts and "5th Battalion" in texts


# --- "Labour" beside "the Labour Party": an unlisted party's short name -----------------------


@pytest.mark.parametrize("text", [
    "The opposition Reform Party said it would scrap the deal. A Reform spokesman called it waste.",
    "The Reform opposition said the ships cost too much. The Reform Party will cancel the order.",
])
def test_a_partys_short_name_is_the_party(run, text):
    mentions, _ = run(text)
    keys = {m.key or m.lemma for m in mentions if m.cls == "Agency"}
    assert keys == {"Reform Party"}


def test_a_word_of_a_party_name_in_another_name_stays(run):
    mentions, _ = run("The Green Party met in Bonn. Green Mountain Holdings bought the site.")
    assert not any(m.span.text == "Green Mountain Holdings" and m.key == "Green Party"
                   for m in mentions)


# --- "the Anzac frigate" beside "Anzac-class frigates": one ship class ------------------------


def _weapon_keys(run, text):
    """Keys (or lemmas) of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text", [
    "The navy ordered three Tasman-class frigates in May. The first Tasman frigate sails in 2030.",
    "The navy ordered three Tasman-class frigates in May. Two Tasman-class ships will follow.",
])
def test_a_class_named_twice_is_one_weapon(run, text):
    keys = _weapon_keys(run, text)
    assert len(keys) == 1 and "Tasman-class frigate" in keys


def test_another_name_before_a_ship_stays(run):
    keys = _weapon_keys(run, "The navy ordered three Tasman-class frigates. The Otago frigate "
                             "will be retired next year.")
    assert "Otago frigate" in keys or "Otago" in keys


# --- "Te Kaha" after "HMNZS Te Kaha": a named ship without its prefix -------------------------


def _weapon_texts_keys(run, text):
    """(surface text, key or lemma) of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {(m.span.text, m.key or m.lemma) for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text", [
    "The navy commissioned HMNZS Aroha Nui on Friday. Aroha Nui will sail to Fiji in May.",
    "They struck HMS Relentless, the minister said. The carrier Relentless was not damaged.",
])
def test_a_ships_bare_name_is_the_ship(run, text):
    found = _weapon_texts_keys(run, text)
    bare = next(k for t, k in found if t in ("Aroha Nui", "Relentless"))
    assert bare.startswith(("HMNZS", "HMS"))


def test_another_ship_also_named_so_stays_apart(run):
    found = _weapon_texts_keys(run, "The Orca will be renamed INS Vayu. An earlier boat, also "
                                    "named Vayu, served from 1970.")
    assert not any(t == "Vayu" and k == "INS Vayu" for t, k in found)


# --- older spellings of capitals: "Peking", "Ulan Bator" name their states ---------------------


@pytest.mark.parametrize("text, key", [
    ("Peking accused the border guards of opening fire first.", "China"),
    ("Moscow signed a friendship treaty with Ulan Bator in 1966.", "Mongolia"),
])
def test_old_capital_spellings_name_the_state(run, text, key):
    assert key in _keys(run, text, "Country")
