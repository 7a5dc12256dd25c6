"""Issue 12, h-pol1 (stop 53): a state named as the owner ("Peru's police") or after "the" ("the
Greek police") right before a police noun is that state's national police force, under the
name organisations.yaml lists for the key "Police (<State>)"; a state with no one national
force, a bare demonym, a city's police and a police noun that modifies another stay as they
were (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _keys(run, text):
    """{surface text: key} of the entity mentions of ``text`` that have a key."""
    mentions, _ = run(text)
    return {m.span.text.strip(): m.key for m in mentions if m.key}


@pytest.mark.parametrize(("text", "surface", "state"), [
    ("Washington has given Peru's police six helicopters for the fight against coca growers.",
     "Peru's police", "Peru"),
    ("Stones were thrown at the Greek police outside the embassy on Sunday, witnesses said.",
     "Greek police", "Greece"),
    ("Britain has trained Uganda's police force since 1962, the embassy said.",
     "Uganda's police force", "Uganda"),
    ("The mob scattered when the Serbian police arrived in the village.",
     "Serbian police", "Serbia"),
])
def test_an_owned_or_definite_state_police_is_the_national_force(run, text, surface, state):
    assert _keys(run, text).get(surface) == f"Police ({state})"


@pytest.mark.parametrize(("key", "name"), [
    ("Police (Colombia)", "National Police of Colombia"),
    ("Police (Peru)", "National Police of Peru"),
    ("Police (Fiji)", "Fiji Police Force"),
])
def test_the_key_is_the_listed_force(gazetteer, key, name):
    entry = gazetteer.lookup(key)
    assert entry is not None and entry.label == name and entry.cls == "Agency"


@pytest.mark.parametrize("text", [
    "Peru's police chief said on Monday that the border would stay closed.",  # a modifier
    "The Mexican police arrested two men near the border on Monday.",  # several forces
    "Thai police fired tear gas at the crowd on Monday.",  # no owner, no article
    "The Bangkok police said two men had been arrested.",  # a city's force
])
def test_other_police_phrases_name_no_national_force(run, text):
    assert not any(k.startswith("Police (") for k in _keys(run, text).values())
