"""Issue 12, stop 29 (h-ent19): a bare singular "the warship" after a ship of the document is
that ship, no mention of the generic kind (dev README rule E7), tested on sentences written for
this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _weapons(run, text: str) -> dict[str, str]:
    """Each Weapon mention's text → the key it resolves to."""
    mentions, _ = run(text)
    return {m.span.text: m.key or m.lemma or m.span.text for m in mentions if m.cls == "Weapon"}


# (id, text, the text of the "warship" mention, True when it keeps the generic kind)
CASES = [
    # after a kind of warship named by its model (d01)
    ("after-kind", "Naval Group delivered a Gowind multi-mission corvette to the Peruvian navy "
     "in May. Lima wanted the warship in service before the regatta in August.",
     "warship", False),
    # after a ship's name that a ship noun introduces (d393)
    ("after-name", "A fishing boat sank after a collision with the destroyer Aldebaran near "
     "Callao. The navy says the fishermen steered into the warship's path.",
     "warship", False),
    # no ship before it: the generic kind stays
    ("first", "The warship docked in Callao on Monday, the navy said.", "warship", True),
    # a modifier makes it no bare anaphor
    ("modified", "Peru bought two frigates from Italy last year. The navy now wants the largest "
     "warship in the region.", "warship", True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_warship_anaphor(run, case):
    _, text, mention, generic = case
    weapons = _weapons(run, text)
    found = next((k for t, k in weapons.items() if t.lower() == mention), None)
    assert found is not None, weapons
    assert (found == "warship") is generic, weapons
