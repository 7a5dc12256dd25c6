"""Issue 12, stop 44 (s50 h-rep52): "X's office said" with X named earlier by full name, or
X after an honorific ("Mr X's office"): the office is the Agency that speaks and the person
stays a Person; sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest


def _texts(run, text, cls):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == cls}


def _claimants(run, text):
    _, relations = run(text)
    return {m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text, office, person", [
    ("Chancellor Ingrid Valdemar met the Danish envoy on Monday. Mr Valdemar's office said "
     "Norway would not sell the frigates.", "Mr Valdemar's office", "Valdemar"),
    ("Dr Okonkwo's office said Ghana had ordered two patrol boats from France.",
     "Dr Okonkwo's office", "Okonkwo"),
])
def test_an_honorific_is_part_of_the_office(run, text, office, person):
    assert office in _texts(run, text, "Agency")
    assert person in _texts(run, text, "Person")  # the holder stays named
    assert office in _claimants(run, text)


@pytest.mark.parametrize("text, office", [
    ("President Tomas Mirabeau visited Quito on Monday. Mirabeau's office said Ecuador would "
     "buy six helicopters from Brazil.", "Mirabeau's office"),
    ("Prime Minister Lars Oskarsen arrived in Oslo. Oskarsen's office declined to say whether "
     "Norway had approved the sale.", "Oskarsen's office"),
])
def test_the_office_of_a_surname_named_before(run, text, office):
    assert office in _texts(run, text, "Agency")
    assert office not in _texts(run, text, "Person")


def test_a_first_name_left_bare_names_the_office(run):
    text = ("Prime Minister Tesfaye Bekele flew to Nairobi on Monday. Tesfaye's office said "
            "Ethiopia would buy four transport planes from Italy.")
    assert "Tesfaye's office" in _texts(run, text, "Agency")
    assert "Tesfaye's office" in _claimants(run, text)
