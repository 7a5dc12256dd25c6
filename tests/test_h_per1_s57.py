"""An unlisted full name NER took for an organisation or a place is a person as the subject
of a verb whose clause calls it "he"/"his"/"she"/"her" or has "whose" on it (issue 12,
stop 57, h-per1). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ents8 import _entities


def _classes(run, gazetteer, text: str) -> dict[str, str]:
    return {key: e.cls for key, e in _entities(run, gazetteer, text).items()}


@pytest.mark.parametrize(("text", "name"), [
    ("Ruben Okafor put his signature to the treaty for Nigeria.", "Ruben Okafor"),
    ("Elena Varga Stoica told reporters that her government would sign the accord.",
     "Elena Varga Stoica"),
    ("U Thant, whose party lost the vote, said he backed the pact.", "U Thant"),
])
def test_a_full_name_with_a_persons_cue_is_a_person(run, gazetteer, text, name):
    classes = _classes(run, gazetteer, text)
    assert classes.get(name) == "Person", classes


@pytest.mark.parametrize(("text", "name"), [
    ("Lockheed Martin said it would deliver the jets to Poland in 2027.", "Lockheed Martin"),
    ("Greece's Hellenic Navy said it would take the frigates next year.", "Hellenic Navy"),
    ("The Varna Group told the minister that his order would be late.", "Varna Group"),
])
def test_a_body_without_a_persons_cue_is_no_person(run, gazetteer, text, name):
    assert _classes(run, gazetteer, text).get(name) != "Person"
