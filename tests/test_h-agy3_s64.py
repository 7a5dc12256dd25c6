"""Issue 12, h-agy3 (stop 64): an unlisted name NER took for an organisation is a weapon where
the article states it one (sentences written for these tests, real spaCy parse):

- a military service owns it ("the Peruvian navy's Almirante Grau", "to replace the navy's
  Sea Hawks"), unless it ends in a body's or a unit's word ("the navy's Ninth Fleet");
- a relative clause on its maker says the maker builds or designs it ("Vantor, which builds
  the Tempesta").

A deal's items leave out what they replace ("a contract … for 28 helicopters to replace the
navy's Sea Hawks" buys no Sea Hawks).
"""

from __future__ import annotations

import pytest


def _classes(run, text, name):
    """The classes of the mentions of ``text`` whose words are ``name``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize(("text", "name"), [
    ("The new ship is a larger version of the Peruvian navy's Almirante Grau and will carry "
     "helicopters.", "Almirante Grau"),
    ("Ottawa will buy 20 helicopters to replace the navy's Sea Hawks, the defence minister "
     "said.", "Sea Hawks"),
    ("Vantor, which builds the Tempesta, declined to comment.", "Tempesta"),
])
def test_the_owner_or_the_maker_states_a_weapon(run, text, name):
    assert _classes(run, text, name) == {"Weapon"}


def test_a_unit_the_service_owns_stays_a_body(run):
    text = "A spokesman for the navy's Ninth Fleet said the ships had left port on Monday."
    assert "Weapon" not in _classes(run, text, "Ninth Fleet")


def test_a_deal_buys_no_weapon_its_items_replace(relations):
    text = ("Canada signed a contract with Sikorsky on Tuesday for 28 helicopters to replace "
            "the navy's Sea Hawks.")
    supplies = [roles for rel, roles in relations(text) if rel == "supplies"]
    assert supplies and all(roles["item"] == ["helicopter"] for roles in supplies)
