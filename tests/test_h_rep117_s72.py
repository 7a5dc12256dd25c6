"""Issue 12, stop 72 (h-rep117): a reported clause's subject that an aside hands to the
reporting verb as its object ("said the medics, first flown in …, would stay …") stays in
the statement (R1 the reported clause as written). Sentences written for these tests, none
taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep61_s46 import _statements


@pytest.mark.parametrize(("text", "speaker", "subject"), [
    ("Police spokesman Ivo Marten said the medics, first flown in on May 3 to help treat "
     "injured miners, would stay as long as they were needed.", "Ivo Marten", "the medics,"),
    ("Kenya's health minister, Grace Wanjiru, said twelve people, among them three nurses, "
     "had been wounded.", "Grace Wanjiru", "twelve people,"),
])
def test_an_aside_after_the_subject_keeps_the_subject(run, text, speaker, subject):
    found = _statements(run, text)
    assert found.get(speaker, "").startswith(subject), found


def test_a_plain_clause_is_unchanged(run):
    text = "Kenya's health minister, Grace Wanjiru, said twelve people had been wounded."
    found = _statements(run, text)
    assert found.get("Grace Wanjiru") == "twelve people had been wounded", found


def test_a_date_is_no_subject(run):
    text = ("Kenya's health minister, Grace Wanjiru, said on Monday, after visiting the "
            "clinic, had been wounded.")
    found = _statements(run, text)
    assert "Monday" not in found.get("Grace Wanjiru", ""), found
