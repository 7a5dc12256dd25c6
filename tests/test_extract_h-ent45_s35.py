"""Issue 12, stop 35 (h-ent45): names of places that NER types as a person or an organisation,
or cuts (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text):
    """{mention text: class} of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


# --- a natural feature's noun ends a place's name: falls, a delta, a mountain pass ------------


@pytest.mark.parametrize("text, name", [
    ("Tourists flocked to the Kaieteur Falls after the road was paved.", "Kaieteur Falls"),
    ("Smugglers moved fuel through the Irrawaddy delta for years.", "Irrawaddy delta"),
    ("Pakistani troops held the Khojak pass through the winter.", "Khojak pass"),
])
def test_feature_noun_ends_a_place_name(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_pass_as_a_common_noun_names_no_place(run):
    classes = _classes(run, "The Senegalese colonel showed his pass at the gate on Monday.")
    assert "Region" not in classes.values()


# --- a state's name before a capitalised feature noun names that feature, not the state -------


@pytest.mark.parametrize("text, name", [
    ("Engineers began a second bridge over the Paraguay River near the border last week.",
     "Paraguay River"),
    ("Oil companies cut output in the Congo Basin after the attacks.", "Congo Basin"),
    ("Fishermen along the Senegal River said the floods had ruined their boats.",
     "Senegal River"),
])
def test_state_name_before_a_feature_noun_is_a_place(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) == "Region"
    assert "Country" not in classes.values()


def test_state_name_before_region_stays_the_state(run):
    # "Region" is a state's part, not a feature named after it
    classes = _classes(run, "Troops from Ethiopia entered the Somali Region on Monday.")
    assert classes.get("Ethiopia") == "Country"
