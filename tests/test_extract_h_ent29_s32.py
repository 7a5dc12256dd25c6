"""Issue 12, stop 32 (h-ent29): false entities from capitalised fragments. A name NER cut at a
hyphen runs on through the hyphenated word; "X in Y" after a preposition of place is two
places; a common capitalised word alone names nothing. Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _mentions(run, text: str) -> set[tuple[str, str]]:
    mentions, _ = run(text)
    return {(m.span.text, m.cls) for m in mentions}


# --- a name that NER stopped at a hyphen is the whole hyphenated name (d449, d406, d371) -----

@pytest.mark.parametrize("text, name", [
    ("Trucks used the Pan-American Highway again after the border reopened.",
     "Pan-American Highway"),
    ("The two states quarrelled for years over the Shatt al-Arab waterway.", "Shatt al-Arab"),
])
def test_a_name_cut_at_a_hyphen_is_one_place(run, text, name):
    found = _mentions(run, text)
    assert (name, "Region") in found
    assert not any(t.endswith("-") for t, _ in found)


def test_demonyms_joined_by_a_hyphen_stay_apart(run):
    # both halves are listed: no NER fragment ends in a hyphen, nothing is joined
    found = _mentions(run, "Japanese-American talks on trade resumed in Geneva.")
    assert ("Japanese-American", "Region") not in found


# --- "at X in Y": two places (d458, d299) ---------------------------------------------------

@pytest.mark.parametrize("text, places", [
    ("The frigates will be assembled at Kervanec in Normandy before delivery.",
     {"Kervanec", "Normandy"}),
    ("The jets landed at Tarvolim in Goa after a long ferry flight.", {"Tarvolim", "Goa"}),
])
def test_a_place_in_a_place_is_two_places(run, text, places):
    found = _mentions(run, text)
    assert not any(" in " in t for t, _ in found)
    assert places <= {t for t, _ in found}


def test_a_body_named_for_a_place_stays_one(run):
    found = _mentions(run, "Envoys met the Front for Democracy in Zembla on Monday.")
    assert not ({("Zembla", "Region")} <= found and ("Front for Democracy", "Region") in found)


# --- a common word capitalised alone names nothing (d457, d455, d80, d412) --------------------

@pytest.mark.parametrize("text, word", [
    ("Intelligence officials said the shipment left Odessa last week.", "Intelligence"),
    ("Allied troops entered the valley on Tuesday.", "Allied"),
    ("Congressional critics said the sale would harm the region.", "Congressional"),
    ("Aid reached the town, and Church workers said many families had fled.", "Church"),
])
def test_a_capitalised_common_word_is_no_entity(run, text, word):
    assert word not in {t for t, _ in _mentions(run, text)}


def test_a_listed_name_with_such_a_word_is_kept(run):
    found = _mentions(run, "The United Nations Security Council met in New York.")
    assert any(t.startswith("United Nations") or t == "Security Council" for t, _ in found)


# --- the plural of a system named in the document is that system (d241, d458) ---------------

def test_the_plural_of_a_named_system_is_the_weapon(run):
    text = ("Chile ordered twelve Super Tucano trainers from Embraer in May. Officials said the "
            "Super Tucanos would replace older jets.")
    mentions, _ = run(text)
    assert {m.cls for m in mentions if m.span.text.endswith("Super Tucanos")} == {"Weapon"}
