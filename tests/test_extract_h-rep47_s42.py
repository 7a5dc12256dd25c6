"""Issue 12, stop 42 (s48 h-rep47): of a state whose name is also a given name ("Jordan",
"Georgia", "Chad") only that name waits for spaCy's NER; its demonym ("Jordanian officials
said"), which NER tags NORP, names the state like any other (sentences written for these
tests, none taken from a corpus; real spaCy parse). Each text opens with a headline line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, state", [
    ("Missiles offered\n\nAMMAN, May 4 (1984) - Moscow offered Amman a package of missiles. "
     "Jordanian officials said the offer would be studied.", "Jordan"),
    ("Patrol boats sold\n\nTBILISI, May 4 (2009) - France sold two patrol boats to Georgia. "
     "Georgian officials said the boats would arrive in June.", "Georgia"),
    ("Troops sent\n\nBANGUI, May 4 (2013) - Chad sent 400 soldiers to Bangui. Chadian "
     "officials said the troops would stay until the elections.", "Chad"),
])
def test_an_ambiguous_states_demonym_names_the_claimant(claims, text, state):
    found = claims(text)
    assert state in dict(found), found


def test_a_demonym_names_the_states_army(run):
    mentions, _ = run("Tanks bought\n\nAMMAN, May 4 (1984) - The Jordanian army bought 40 "
                      "tanks from Britain.")
    assert "Army (Jordan)" in {m.key for m in mentions}, [m.key for m in mentions]


def test_the_given_name_itself_still_defers_to_ner(run):
    mentions, _ = run("Visit ends\n\nLONDON, May 4 (1990) - Michael Jordan said the tour "
                      "would end on Friday.")
    assert "Jordan" not in {m.key for m in mentions}, [m.key for m in mentions]
