"""Issue 12, stop 21 (h-ent3): entity names and classes on unseen wire copy.

Every sentence was written for these tests (invented names where the rule does not need a real
one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _keys(run, text, cls):
    """(key or lemma) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


# --- "the Australian Federal Police": a police force's name ends in its head word -----------

@pytest.mark.parametrize("text, body", [
    ("Officers of the Australian Federal Police flew to the islands on Friday.",
     "Australian Federal Police"),
    ("The Royal Tarvik Constabulary said two men had been arrested near the border.",
     "Royal Tarvik Constabulary"),
    ("Canadian Federal Police investigators examined the rifles.", "Canadian Federal Police"),
])
def test_a_police_force_is_one_agency(run, text, body):
    assert body in _keys(run, text, "Agency")


@pytest.mark.parametrize("text, state", [
    ("The Kenyan police said the rifles had been seized at the port.", "Kenya"),
    ("Police in Nigeria said the weapons came from a warehouse.", "Nigeria"),
])
def test_a_lower_case_police_is_no_agency(run, text, state):
    assert not _keys(run, text, "Agency")
    assert state in _keys(run, text, "Country")
