"""Issue 12, stop 30 (h-ent23): a listed name is found whole in its sentence (sentences written
for these tests, real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """(key or surface form) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


@pytest.mark.parametrize("text, cls, name", [
    # a long hyphenated firm's name, and its acronym
    ("The fighters were bought under a contract with the China National Aero-Technology Import "
     "and Export Corporation (CATIC) in 2009.",
     "Company", "China National Aero-Technology Import and Export Corporation"),
    ("Officials said CATIC would deliver the trainers next spring.",
     "Company", "China National Aero-Technology Import and Export Corporation"),
])
def test_a_listed_name_is_found_whole(run, text, cls, name):
    assert name in _of(run, text, cls)
