"""Issue 12, h-plc2 (stop 52): "the Gulf of Thailand" is one place (Region) even where the
gazetteer tags the state after "of" first and NER keeps only "the Gulf" (dev d273, d847);
sentences written for these tests, real spaCy parse."""

from __future__ import annotations

import pytest


def _places(nlp, text):
    return {(e.text.removeprefix("the "), e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize("text, place, state", [
    ("Fishing boats were seized by the navy in the Gulf of Thailand on Monday.",
     "Gulf of Thailand", "Thailand"),
    ("The talks were held on an island in the Gulf of Panama last week.",
     "Gulf of Panama", "Panama"),
    ("Two frigates patrolled the Gulf of Finland after the incident.",
     "Gulf of Finland", "Finland"),
])
def test_feature_of_a_listed_state_is_one_place(nlp, text, place, state):
    found = _places(nlp, text)
    assert any(name == place for name, _ in found)
    assert all(name != state and name != "Gulf" for name, _ in found)


def test_listed_feature_keeps_its_own_entry(nlp):
    doc = nlp("The destroyer sailed across the Sea of Japan to the port.")
    assert ("Sea of Japan", "Region") in [(e.ent_id_, e.label_) for e in doc.ents]


def test_state_after_of_without_a_feature_head_stays_a_state(nlp):
    names = {e.text for e in nlp("The Government of Thailand bought two frigates.").ents}
    assert "Thailand" in names or any("Thailand" in n for n in names)
