"""Issue 12, stop 49 (h-ent83): where a name NER does not know starts and ends (a group's
regional branch named "<group> in the <Region>", two names sharing a plural head, a numbered
unit of four words before its division; a party with a possessive stays whole), on
sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _names(run, text: str, cls: str) -> set[str]:
    """The surface texts of the ``cls`` mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == cls}


@pytest.mark.parametrize("text, name", [
    ("Raids by the Islamic State in the Greater Sahara emptied three villages.",
     "Islamic State in the Greater Sahara"),
    ("Gunmen loyal to al-Qaeda in the Arabian Peninsula seized the port.",
     "al-Qaeda in the Arabian Peninsula"),
])
def test_group_branch_is_one_agency(run, text, name):
    assert name in _names(run, text, "Agency"), _names(run, text, "Agency")


def test_group_in_a_listed_country_stays_the_group(run):
    agencies = _names(run, "Cells of the Islamic State in the Philippines were broken up.",
                      "Agency")
    assert not any(" in the " in a for a in agencies), agencies


def test_coordinated_names_share_their_plural_head(run):
    regions = _names(run, "The navy sent two patrol boats to the Andaman and Nicobar Islands "
                          "on Friday.", "Region")
    assert "Andaman and Nicobar Islands" in regions, regions


def test_peoples_party_stays_whole(run):
    agencies = _names(run, "The opposition Republican People's Party of the former premier "
                           "walked out.", "Agency")
    assert "Republican People's Party" in agencies, agencies


def test_numbered_unit_of_four_words_before_its_division(run):
    agencies = _names(run, "About 4,000 soldiers of the 2nd Armored Brigade Combat Team, 1st "
                           "Infantry Division, will be sent to Lithuania.", "Agency")
    assert "2nd Armored Brigade Combat Team" in agencies, agencies
    assert "1st Infantry Division" in agencies, agencies


def test_two_listed_island_groups_stay_apart(run):
    regions = _names(run, "The jets will patrol the sea around the Balearic and Canary Islands.",
                     "Region")
    assert "Balearic and Canary Islands" not in regions, regions
