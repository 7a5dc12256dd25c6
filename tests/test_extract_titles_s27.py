"""Issue 12, stop 27 (h-sup12): a ruler's bare title ("the Shah", "the Emir") after the text
named the person in apposition to it is that person (sentences written for these tests, none
taken from a corpus; real spaCy parse). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _people(run, text):
    """(text, lemma) of each Person mention."""
    mentions, _ = run(text)
    return {(m.span.text, m.lemma) for m in mentions if m.cls == "Person"}


@pytest.mark.parametrize("text, expected", [
    ("The Shah, Mohammad Reza Pahlavi, wants more tanks. Baghdad accused London of arming "
     "the Shah.", ("United Kingdom", "Mohammad Reza Pahlavi")),
    ("The Emir, Sabah al-Ahmad, met the envoy. Iraq accused Britain of arming the Emir.",
     ("United Kingdom", "Sabah al-Ahmad")),
])
def test_the_bare_title_receives_as_the_person_named_with_it(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_the_bare_title_speaks_as_the_person(run):
    text = ("The Shah, Mohammad Reza Pahlavi, met the envoy on Monday. The Shah said Iran "
            "would buy more jets.")
    assert ("Shah", "Mohammad Reza Pahlavi") in _people(run, text)
    _, rels = run(text)
    assert any(m.lemma == "Mohammad Reza Pahlavi" for r in rels if r.relation == "reports"
               for m in r.role("claimant"))


def test_a_title_never_named_in_apposition_stays(run):
    # (a title roles.yaml sole_rulers lists a ruler for, "the Shah" in a story of Iran, is
    # that ruler: tests/test_h_shah1_s66.py)
    assert not _people(run, "The Emir said Kuwait would buy more jets.")


def test_a_title_two_people_are_named_with_stays(run):
    text = ("The Shah, Mohammad Reza Pahlavi, met the envoy. Later the Shah, Reza Karimi, "
            "spoke. The Shah said Iran would buy more jets.")
    assert not any(t == "Shah" for t, _ in _people(run, text))
