"""Issue 12, h-agy3 (stop 53): a sub-national place before "government" names that place's own
government, the Agency "Government of <place>", while a state's government stays the state
(sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _keys(run, text):
    """(key, class) of every entity mention of ``text``: its key, else its words."""
    mentions, _ = run(text)
    return {(m.key or m.span.text, m.cls) for m in mentions}


@pytest.mark.parametrize(("text", "place"), [
    ("Troops were flown to Montreal at the request of the Quebec government on Friday.",
     "Quebec"),
    ("Catalonia's regional government said on Tuesday that it would boycott the ceremony.",
     "Catalonia"),
    ("The Scotland government protested against the base, officials in Edinburgh said.",
     "Scotland"),
    ("London sent more soldiers after the Northern Ireland government asked for help.",
     "Northern Ireland"),
])
def test_a_sub_national_place_before_government_is_its_government(run, text, place):
    assert (f"Government of {place}", "Agency") in _keys(run, text)


def test_a_state_government_stays_the_state(run):
    keys = _keys(run, "The Canadian government said the Spanish government had agreed.")
    assert not any(k.startswith("Government of") for k, _ in keys)


def test_a_place_no_state_holds_is_left_alone(run):
    keys = _keys(run, "The Gaza government said the crossing would stay closed.")
    assert not any(k.startswith("Government of") for k, _ in keys)


@pytest.mark.parametrize("name", ["Front de Liberation du Quebec", "Surete du Quebec"])
def test_a_listed_place_ending_a_body_name_after_a_particle_keeps_the_name(run, name):
    text = f"Two men were arrested on Monday. Police said the {name} had planned the attack."
    keys = _keys(run, text)
    assert not any(k.endswith(" du") for k, _ in keys)
    assert any(k.endswith(name) for k, cls in keys if cls == "Agency")
