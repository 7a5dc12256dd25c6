"""Issue 12, h-ent24 (stop 65): class-marked names NER typed wrong, on sentences written for
these tests (invented names, real spaCy parse):

- a well-known movement named by its short name alone ("Polisario") is the listed body;
- a name ending in the capitalised "Island" that opens with a service's words ("Navy Base
  Island") is the place, not a body;
- a name ending in "University" that a preposition of place governs is the venue ("a speech
  at Acme University"), unless the preposition hangs on the body's people ("students at");
- "group" names a firm only with a lower-case word of its trade before it: "the group X said"
  and "the Ruritanian group X" name organisations (as "the rights group X" did before); "the
  shipping group X" stays a firm.
"""

from __future__ import annotations

import pytest


def _classes(run, text, name):
    """The classes of the mentions of ``text`` whose words are ``name``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize("text", [
    "Ruritania says Borduria armed Polisario",
    "Rabat said Polisario fighters had attacked an army post near the border on Sunday.",
])
def test_the_short_name_is_the_movement(run, text):
    assert _classes(run, text, "Polisario") == {"Agency"}


@pytest.mark.parametrize(("text", "name"), [
    ("The frigate was handed over on Friday at Naval Air Station Kestrel Island in Vantor.",
     "Naval Air Station Kestrel Island"),
    ("The crew trained for six weeks at the service's base on Coast Guard Island.",
     "Coast Guard Island"),
])
def test_a_service_named_island_is_a_place(run, text, name):
    assert _classes(run, text, name) == {"Region"}


@pytest.mark.parametrize(("text", "name"), [
    ("The defence secretary said in a speech at the Vantor Defense University that the "
     "threat was growing.", "Vantor Defense University"),
    ("Hundreds of protesters gathered outside Marek Holm University in Zenda on Sunday.",
     "Marek Holm University"),
])
def test_a_university_after_a_place_preposition_is_the_venue(run, text, name):
    assert _classes(run, text, name) == {"Region"}


def test_students_at_a_university_name_the_body(run):
    text = "Students at the Vantor National University said they would call a strike."
    assert _classes(run, text, "Vantor National University") == {"Agency"}


@pytest.mark.parametrize(("text", "name"), [
    ("The rights group Helpwell said the floods had left thousands of families without "
     "shelter.", "Helpwell"),
    ("Lawyers accused the police of abuses, and the group Vocalis said several prisoners had "
     "died in custody.", "Vocalis"),
])
def test_group_without_a_trade_word_names_no_firm(run, text, name):
    assert _classes(run, text, name) == {"Agency"}


def test_a_trade_word_before_group_keeps_the_firm(run):
    text = "The state-run shipping group Marvanta said it would build the ships."
    assert _classes(run, text, "Marvanta") == {"Company"}


def test_a_peoples_word_before_group_names_no_firm(run):
    text = "Jets struck a camp of the Ruritanian group Free Hills Front on Sunday."
    assert "Company" not in _classes(run, text, "Free Hills Front")
