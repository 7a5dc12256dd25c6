"""Issue 12, stop 67 (s74 h-rep105): a rejection whose object only points back states the
accusation it answers (dev conventions R4) even where the object is the accuser's ("rejected
Kenya's accusation") or the verb adds when or how ("rejected the accusation within hours").
Sentences written for these tests, none taken from a corpus; real spaCy parse.

- A bare "denied it" keeps its own reading (the clause it points to), and a rejection that
  judges ("as baseless") or goes on with a clause of its own is no bare rejection.
"""

from __future__ import annotations

from tests.test_h_rep61_s46 import _statements

ACCUSATION = ("Kenya accused Uganda on Monday of sending troops across the border near Busia. "
              "The two countries have argued over the island for years. ")


def test_a_rejection_with_a_time_phrase_answers_the_accusation(run):
    found = _statements(run, ACCUSATION + "Uganda rejected the accusation within hours.")
    assert "sending troops" in found.get("Uganda", ""), found


def test_a_rejection_of_the_accusers_accusation_answers_it(run):
    found = _statements(run, ACCUSATION + "Uganda rejected Kenya's accusation.")
    assert "sending troops" in found.get("Uganda", ""), found


def test_a_rejection_on_a_day_answers_the_accusation(run):
    found = _statements(run, ACCUSATION + "Uganda denied the charge on Tuesday.")
    assert "sending troops" in found.get("Uganda", ""), found


def test_a_rejection_as_baseless_keeps_its_own_statement(run):
    found = _statements(run, ACCUSATION + "Uganda rejected Kenya's accusation as baseless.")
    assert "sending troops" not in found.get("Uganda", ""), found


def test_a_bare_pronoun_denial_keeps_the_clause_it_points_to(run):
    text = ("Kenyan radio reported that Ugandan troops were massing near the border; the "
            "Ugandan army denied it.")
    found = _statements(run, text)
    assert "massing near the border" in " ".join(found.values()), found
