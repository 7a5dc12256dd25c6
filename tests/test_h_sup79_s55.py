"""Issue 12, stop 55 (h-sup79): a state's possessive before an unlisted name in a seller's slot
("bought … from Spain's Navalmar", "signed a contract … with Norway's Fjordvik") names a firm,
which supplies; the state is only its home (dev conventions E1, E9, SU1). Sentences written
for these tests, the firms invented; real spaCy parse."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


@pytest.mark.parametrize(("text", "firm"), [
    ("Peru bought four corvettes from Spain's Navalmar Astilleros last year, the navy said.",
     "Navalmar Astilleros"),
    ("Chile has signed a contract worth about 300 million dollars with Norway's Fjordvik-Vard "
     "for two frigates, the defence ministry said.", "Fjordvik-Vard"),
    ("Ghana will take delivery of three patrol boats from Denmark's Skovlund Marine next year.",
     "Skovlund Marine"),
])
def test_state_possessed_name_in_a_sellers_slot_is_a_company(run, text, firm):
    classes = _classes(run, text)
    assert classes.get(firm) == "Company", classes


def test_the_firm_supplies_not_its_state(supply_keys):
    text = "Peru bought four corvettes from Spain's Navalmar Astilleros last year, the navy said."
    suppliers = {s for s, _, _ in supply_keys(text)}
    assert suppliers == {"Navalmar Astilleros"}, suppliers


def test_contract_partner_supplies(supply_keys):
    text = ("Chile has signed a contract worth about 300 million dollars with Norway's "
            "Fjordvik-Vard for two frigates, the defence ministry said.")
    suppliers = {s for s, _, _ in supply_keys(text)}
    assert "Norway" not in suppliers, suppliers
    assert "Fjordvik-Vard" in suppliers, suppliers


@pytest.mark.parametrize(("text", "name"), [
    ("The delegation travelled from Italy's Sardinia to Rome on Monday.", "Sardinia"),
    ("The minister held talks with Norway's Erna Solberg in Oslo on Monday.", "Erna Solberg"),
    ("The envoy negotiated with Norway's Jonas Gahr Store on Monday.", "Jonas Gahr Store"),
])
def test_state_possessed_name_outside_a_sale_is_left_alone(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) != "Company", classes
