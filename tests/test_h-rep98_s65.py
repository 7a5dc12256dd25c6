"""Stop 65, h-rep98: a named station owned by someone speaks for itself ("The group's X
television said"), and a UN office named by a body noun is that office ("the UN humanitarian
office said"), not its owner. Sentences written for this test."""

from __future__ import annotations

import pytest

from kg.extract import extract_mentions, extract_relations


@pytest.fixture(scope="module")
def claimants(nlp, rules, gazetteer):
    def _run(text: str) -> list[str]:
        doc = nlp(text)
        ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return [m.span.text for r in extract_relations(doc, "d", rules, ms)
                if r.relation == "reports" for m in r.role("claimant")]

    return _run


@pytest.mark.parametrize("text, station, owner", [
    ("Hezbollah's al-Manar television said the militia had shot down a drone near the port.",
     "al-Manar", "Hezbollah"),
    ("The port was shelled again overnight, Hezbollah's al-Manar television said.",
     "al-Manar", "Hezbollah"),
    ("Hezbollah denied any part in the raid, its al-Manar television said.",
     "al-Manar", None),
])
def test_owned_station_speaks(claimants, text, station, owner):
    found = claimants(text)
    assert station in found
    assert owner is None or owner not in found


def test_unnamed_station_keeps_its_owner(claimants):
    # no station is named: the owner's claim, as before
    assert claimants("Hezbollah's television said the militia had shot down a drone.") == [
        "Hezbollah"]


@pytest.mark.parametrize("text, office", [
    ("The UN humanitarian office said some 40,000 people had left the valley.",
     "UN humanitarian office"),
    ("The U.N. humanitarian office said the road to the camps was closed again.",
     "U.N. humanitarian office"),
])
def test_un_office_is_its_own_speaker(claimants, text, office):
    assert claimants(text) == [office]


def test_bare_un_keeps_the_organisation(claimants):
    assert claimants("The United Nations said some 40,000 people had left the valley.") == [
        "United Nations"]
