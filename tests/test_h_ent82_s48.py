"""Issue 12, stop 48 (h-ent82): an unlisted adjective NER took for a nationality before a
lower-case feature noun ("the Iberian peninsula", "the Anatolian plateau") names that feature
(E12), as "the Sinai peninsula" does; a listed demonym stays its state's. Sentences written
for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _regions(entities) -> set[str]:
    """Labels of the resolved Regions, folded to lower case."""
    return {e.label.lower() for e in entities if e.cls == "Region"}


@pytest.mark.parametrize(("text", "name"), [
    ("Refugees crossed the Iberian peninsula on foot last winter.", "iberian peninsula"),
    ("Drought has spread across the Anatolian plateau, farmers said.", "anatolian plateau"),
])
def test_an_adjective_before_a_feature_noun_names_a_place(resolved, text, name):
    found = _regions(resolved(text))
    assert name in found, found


def test_a_listed_demonym_before_a_plain_noun_is_no_place(resolved):
    assert not _regions(resolved("Iberian farmers protested on Monday.")), "no feature noun"
