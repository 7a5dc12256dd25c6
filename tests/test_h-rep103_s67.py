"""A speaker beside its apposed title or description (issue 12, stop 67, h-rep103), on
sentences written for this test (not taken from any article or corpus): "…, and its
secretary-general, <Name>, said …", "the group's spokesman, <Name>, claimed …" and "…, a
spokesman for the <body>, <Name>, said." give the named person (dev conventions R6), however
the parser hangs the name; a description that reports itself, or a list, names no such
speaker."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("The alliance has refused to recognise the junta, and its secretary-general, Jens "
     "Stoltenberg, said the coup was unacceptable.", "the coup was unacceptable",
     "Jens Stoltenberg"),
    ("The rebels have rejected the truce, and the group's spokesman, Ahmed Salah, claimed by "
     "radio that 500 fighters were ready.", "500 fighters were ready", "Ahmed Salah"),
])
def test_title_then_name_speaks(claims, speakers, text, said, speaker):
    assert speakers(text, said) == [speaker], claims(text)


def test_trailing_named_spokesman_speaks(claims, speakers):
    text = ("The drones came from Iranian factories near Isfahan, a spokesman for the Joint "
            "Staff, Colonel Lee Sung-jun, said.")
    assert speakers(text, "The drones came from") == ["Lee Sung-jun"], claims(text)


def test_name_then_description_speaks(claims, speakers):
    text = ("Navantia, the state-owned shipbuilder that built both ships at Ferrol, said it "
            "was ready to help maintain them in Australia.")
    assert speakers(text, "ready to help") == ["Navantia"], claims(text)


def test_reporting_aside_is_no_description(claims):
    # (guard) "the ministry said" is a speaker of its own, not the name's apposition
    text = "Tanzania, the defence ministry said, has denied buying the jets."
    said = [c for c, s in claims(text) if s.startswith("Tanzania has denied")]
    assert said == ["Ministry of Defence (Tanzania)"], claims(text)


def test_list_before_description_keeps_all(claims, speakers):
    # (guard) a list is no single name: every member speaks, as before
    text = "Britain, France and Germany, the three European signatories, said the deal was dead."
    assert sorted(speakers(text, "the deal was dead")) == [
        "France", "Germany", "United Kingdom"], claims(text)
