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


@pytest.fixture(scope="module")
def terrain(nlp, gazetteer):
    """Text and a name in it → whether ``_terrain_named`` reads that name, as a "person" NER
    found, for terrain (the word before it as ``_places`` passes it)."""
    from spacy.tokens import Span as SpacySpan

    from kg.extract.refine.place_names import _terrain_named

    def _run(text: str, name: str) -> bool:
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name)
        e = SpacySpan(doc, start, start + 1, label="PERSON")
        return _terrain_named(e, doc[start - 1].lower_, [e], gazetteer.roles)

    return _run


@pytest.mark.parametrize(("text", "name"), [
    # issue 12, h-ent82: NER's "person" after "in the" or "on the" is terrain, a river or a
    # street, as after "across the"
    ("Portugal lets American tankers refuel in the Bermudas each spring.", "Bermudas"),
    ("The two corvettes were fitted out on the Tyne last year.", "Tyne"),
    ("Strikers marched on the Friedrichallee at dawn.", "Friedrichallee"),
])
def test_a_person_after_in_the_or_on_the_is_terrain(terrain, text, name):
    assert terrain(text, name)


def test_a_person_after_a_bare_preposition_is_left_alone(terrain):
    assert not terrain("The minister relied on Halvorsen for advice.", "Halvorsen")
