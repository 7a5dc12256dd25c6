"""Issue 12, stop 60 (s67 h-res3): a firm named back by a national description ("the Dutch
group", "the South Korean company") when no company's phrase named that state: the most
salient company of the nearest sentence that names one. Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_coref5 import _parties


def test_the_italian_group_is_the_firm_its_sentence_named(role_pairs):
    text = ("Peru signed a contract with Fincantieri in May, and Chile ordered two frigates "
            "from the Italian group in June.")
    assert ("Fincantieri", "Chile") in role_pairs(text, unhedged=True)


def test_the_subject_firm_before_the_object_firm(role_pairs):
    text = ("Saab has offered its Gripen to Peru, with radars made by Lockheed Martin. Peru "
            "signed the contract with the Swedish company in May.")
    parties = _parties(role_pairs, text)
    assert "Saab" in parties and "Lockheed Martin" not in parties


def test_a_spokesman_for_the_national_company(role_pairs):
    text = ("Hanwha Aerospace had offered its K9 howitzer, which was developed with Lockheed "
            "Martin. A spokesman for the South Korean company said it had sold 40 howitzers to "
            "Egypt.")
    assert ("Hanwha Aerospace", "Egypt") in role_pairs(text, unhedged=True)


def test_a_national_group_is_no_firm_of_an_earlier_sentence(role_pairs):
    # "the Lebanese group" may be an armed group: a firm named before its sentence is not it
    text = ("Airbus sold two helicopters to Lebanon last year. Iran has sent rockets to the "
            "Lebanese group, Israeli officials said.")
    found = role_pairs(text, unhedged=True)
    assert ("Iran", "Airbus") not in found


def test_two_firms_of_equal_salience_stay_unresolved(role_pairs):
    text = ("Peru bought radars from Thales and trucks from Rheinmetall last year. Peru signed "
            "the contract with the French company in May.")
    assert not _parties(role_pairs, text) & {"Thales", "Rheinmetall"}
