"""A prosecutor's or an ombudsman's office written before a name ("Prosecutor X Y",
"Ombudswoman X Y") is a title that NER glues to the name: roles.yaml ``name_titles`` cuts it
off, so the person is the name alone and one node (issue 12, s71 h-ent41). Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _people(run, text: str) -> set[str]:
    """The surface texts of the Person mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ombudswoman Iris Marin said the displacement was the worst in years.", "Iris Marin"),
    ("Ombudsman Peter Smith said the report had been delayed.", "Peter Smith"),
    ("Prosecutor Alberto Nisman, who led the inquiry for a decade, accused the militia.",
     "Alberto Nisman"),
    ("Public Prosecutor Juan Perez filed charges against the two officers.", "Juan Perez"),
])
def test_an_office_before_a_name_is_cut_off(run, text, name):
    people = _people(run, text)
    assert name in people
    assert not any(p != name and p.endswith(name) for p in people)


def test_a_royal_title_stays_in_the_name(run):
    assert "Prince Charles" in _people(run, "Prince Charles visited the air base on Monday.")


def test_a_bare_office_names_no_one(run):
    assert not _people(run, "The prosecutor said the case against the officers was closed.")
