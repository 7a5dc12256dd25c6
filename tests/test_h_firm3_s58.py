"""Issue 12, h-firm3 (stop 58): a firm named right after a singular company noun ("the Dutch
company Vosk and …", "the state aircraft maker PT Garuda Dirga Nusantara"), or right before
the noun's phrase in apposition ("Orlo, the Italian energy group and …"), is a Company
named as written, where NER left it untagged or took only its tail (E1). Sentences written for
these tests, the firms invented; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_h_cls1_s54 import _classes


@pytest.mark.parametrize(("text", "name"), [
    ("Rome has licensed the Dutch company Vosk and a British driller in the area.", "Vosk"),
    ("The contract promises a share of the work to the state aircraft maker PT Garuda Dirga "
     "Nusantara, officials said.", "PT Garuda Dirga Nusantara"),
    ("Orlo, the Italian energy group and the largest foreign investor in Tunisia, is among "
     "those likely to gain.", "Orlo"),
    ("Ansel, the Dutch shipbuilder and the oldest yard in the country, won the order.", "Ansel"),
])
def test_a_name_beside_a_company_noun_is_a_company(run, text, name):
    assert _classes(run, text, name) == {"Company"}


@pytest.mark.parametrize(("text", "name"), [
    # a title after the noun names a person of the firm, not the firm
    ("The company Chairman Luigi Bertolaso said the order would bring work to the yard.",
     "Chairman Luigi Bertolaso"),
    # an armed group's noun names no firm
    ("The rebel group Free Valley Army said it had shot down the helicopter.",
     "Free Valley Army"),
])
def test_no_firm_after_a_title_or_an_armed_group(run, text, name):
    assert "Company" not in _classes(run, text, name)


def test_a_listed_state_after_a_company_noun_stays_a_state(run):
    text = "The oil producer Saudi Arabia raised its output on Monday."
    assert _classes(run, text, "Saudi Arabia") == {"Country"}
