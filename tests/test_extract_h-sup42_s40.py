"""Issue 12, stop 40 (h-sup42): "the emirates", a state styled in the plural, as the buyer of a
purchase (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def test_the_emirates_buy_as_the_state_named_before(supply_keys):
    text = ("The United Arab Emirates signed a deal for 40 F-16 jets on Monday. "
            "The emirates also ordered 20 Mirage 2000 jets from Dassault Aviation in 2001.")
    assert ("Dassault Aviation", "United Arab Emirates", "Mirage 2000") in supply_keys(text)


def test_the_emirates_mean_no_other_gulf_state(supply_keys):
    # "the emirates" is the federation's style: not Qatar, the state named last
    text = ("Qatar signed a deal for 24 Rafale jets on Monday. "
            "The emirates ordered 20 Mirage 2000 jets from Dassault Aviation in 2001.")
    assert not any(r == "Qatar" for _, r, _ in supply_keys(text))
