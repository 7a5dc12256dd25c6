"""Issue 12, h-ent2 (stop 20): entity classes and names on unseen wire copy.

Every sentence was written for these tests (invented names where the rule does not need a real
one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _keys(run, text, cls):
    """(key or lemma) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


# --- "Department of …" is a state's body, whatever trade word ends the name ----------------

@pytest.mark.parametrize("text, body", [
    ("The jets will arrive in May, the Department of National Defense said on Friday.",
     "Department of National Defense"),
    ("Officials of the Department of Defence confirmed that two frigates had sailed.",
     "Department of Defence"),
    ("Under the deal, which the Department of Homeland Defense signed in March, Velmar "
     "will deliver radars.", "Department of Homeland Defense"),
])
def test_a_department_of_a_trade_word_is_an_agency(run, text, body):
    assert body in _keys(run, text, "Agency")
    assert body not in _keys(run, text, "Company")


@pytest.mark.parametrize("text, firm", [
    ("Hanwha Defense will build the howitzers in Changwon.", "Hanwha Defense"),
    ("The contract went to Korvane Defense, a shipbuilder based in Busan.", "Korvane Defense"),
])
def test_a_firm_ending_in_a_trade_word_stays_a_company(run, text, firm):
    assert firm in _keys(run, text, "Company")
