"""Issue 13, stop 58 (h-perf5): three refinement passes make fewer Tokens and Spans, with the
same output. ``places_named_elsewhere`` finds a place name's first words in the ORTH column's
words (``texts``) instead of a Token per word; ``_listed_names`` and ``_names_listed_with_weapons``
pass over an entity of a label they never change before building its slices. Each is checked
here against the test it replaced, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.named_places import _places, places_named_elsewhere
from kg.extract.refine.names import _listed_names
from kg.extract.refine.weapons import _names_listed_with_weapons
from kg.extract.tokens import texts
from tests.test_h_dep78_s57 import _doc


def _old_starts(doc, ents) -> list[int]:
    """The token indices the old per-token walk tried a place name at (``for t in doc`` with
    ``firsts.get(t.text)``), for the column scan to match."""
    firsts = {name[0] for name in _places(ents)}
    return [t.i for t in doc if t.text in firsts]


CASES = [
    ("Zacapa rebels fled . The army sent 900 troops to Zacapa and Zacapa Valley .",
     [("GPE", 1, "Zacapa")]),
    ("The Gulf was calm . Two frigates patrol the Gulf of Oman near Oman .",
     [("LOC", 0, "Gulf"), ("GPE", 0, "Oman")]),
    ("Rebels hold San Marcos . San Marcos is calm . Troops went to San Marcos Bay .",
     [("GPE", 0, "San Marcos"), ("ORG", 1, "San Marcos")]),
    ("Nothing here names a place .", []),
]


@pytest.mark.parametrize("text, ents", CASES)
def test_place_names_are_tried_where_the_token_walk_tried_them(text, ents):
    doc, spans = _doc(text, ents)
    firsts = {name[0] for name in _places(spans)}
    assert [i for i, w in enumerate(texts(doc)) if w in firsts] == _old_starts(doc, spans)


@pytest.mark.parametrize("text, ents", CASES)
def test_places_named_elsewhere_runs_on_every_case(text, ents):
    doc, spans = _doc(text, ents)
    out = places_named_elsewhere(doc, spans)
    assert [e.start for e in out] == sorted(e.start for e in out)
    assert all(e.label_ in ("GPE", "LOC", "ORG") for e in out)


def test_a_place_at_the_documents_start_is_found_untagged_later():
    """The first token of the document starts a place name: the column scan reaches it (the
    edge test before it is not asked: index -1 is no word before it)."""
    doc, spans = _doc("Kasai fell . Troops were sent to Kasai in May .", [("GPE", 1, "Kasai")])
    out = places_named_elsewhere(doc, spans)
    assert [(e.start, e.label_) for e in out] == [(0, "GPE"), (7, "GPE")]


def test_labels_the_passes_never_change_are_handed_on_as_they_were(gazetteer):
    doc, spans = _doc("Lena Moro met Tarsk Holdings in Kasai .",
                      [("PERSON", 0, "Lena Moro"), ("ORG", 0, "Tarsk Holdings"),
                       ("GPE", 0, "Kasai")])
    # no weapon in the document: the weapons pass hands the list back unchanged
    assert _names_listed_with_weapons(doc, spans, gazetteer.roles) is spans
    out = _listed_names(doc, spans, gazetteer)
    assert len(out) == len(spans) and all(a is b for a, b in zip(out, spans, strict=True))

