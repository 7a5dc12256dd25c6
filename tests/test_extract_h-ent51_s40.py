"""Issue 12, stop 40 (h-ent51): names hyphened to an izafe particle ("X-e-Y") are one name.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys


@pytest.mark.parametrize("text, name", [
    ("Police blamed Harkat-ul-Ansar for the bombing of the market.", "Harkat-ul-Ansar"),
    ("The minister said Jaish-e-Mohammed fighters had crossed the line at night.",
     "Jaish-e-Mohammed"),
    ("Hundreds of Jamaat-e-Islami workers marched through the old city.", "Jamaat-e-Islami"),
    ("Tehrik-i-Taliban and Lashkar-e-Jhangvi were banned on Monday.", "Lashkar-e-Jhangvi"),
])
def test_an_izafe_name_is_one_group(run, text, name):
    agencies = _keys(run, text, "Agency")
    assert name in agencies, agencies
    first = name.split("-")[0]
    assert first not in _keys(run, text, "Person") | agencies  # no cut half


def test_a_persons_name_running_on_stays_a_person(run):
    # a given name before it: NER's person span runs past the hyphened words and is kept
    text = "General Mohammad Zia-ul-Haq met the envoy in the capital."
    assert "Mohammad Zia-ul-Haq" in _keys(run, text, "Person")
    assert "Zia-ul-Haq" not in _keys(run, text, "Agency")


def test_a_listed_person_by_a_shorter_name(run):
    text = "Foreign Minister Javad Zarif told reporters in Vienna that talks would go on."
    assert "Mohammad Javad Zarif" in _keys(run, text, "Person")
