"""Issue 12, stop 47 (h-ent76): a lower-case geographic head after an unlisted name — a range
of hills, a boundary line, a tract or a triangle of land — is part of that place's name (E12),
as "the Cunene river" is; so is it after a name with a capital inside ("McKinley") or two
names a hyphen joins ("Durand-Ellis"), which NER may take for a body or a person. Two places
NER cut at the lower-case particles of one place's name ("Unter den Linden", "San Cristobal de
las Casas") are that one place; a coordination stays apart. Sentences
written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _regions(entities) -> set[str]:
    """Labels of the resolved Regions."""
    return {e.label for e in entities if e.cls == "Region"}


@pytest.mark.parametrize(("text", "name"), [
    ("Troops moved into the Garo hills overnight, the army said.", "Garo hills"),
    ("Both armies respect the Durand line, officials said.", "Durand line"),
    ("The rebels hold the Ilemi triangle, a police chief said.", "Ilemi triangle"),
    ("Farmers were evicted from the Tumen tract last year.", "Tumen tract"),
])
def test_a_geographic_head_after_a_name_joins_it(resolved, text, name):
    found = _regions(resolved(text))
    assert name in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("The McKinley line was drawn in 1902.", "McKinley line"),
    ("Kabul has never accepted the Durand-Ellis line as its border.", "Durand-Ellis line"),
])
def test_a_name_with_an_inner_capital_or_a_hyphen_takes_the_head(resolved, text, name):
    found = _regions(resolved(text))
    assert name in found, found


def test_a_bare_line_is_no_place(resolved):
    assert not _regions(resolved("The ministry said the line was cut.")), "a bare noun"


@pytest.mark.parametrize(("text", "name"), [
    ("Crowds gathered in Unter den Linden.", "Unter den Linden"),
    ("Fresh troops were flown into San Cristobal de las Casas, which the rebels had left.",
     "San Cristobal de las Casas"),
])
def test_two_places_cut_at_a_name_particle_are_one(resolved, text, name):
    found = _regions(resolved(text))
    assert name in found, found


def test_places_coordinated_stay_apart(resolved):
    found = _regions(resolved("Rebels held Hpala, Lonkin and Mawhan for a week."))
    assert not any(" and " in name for name in found), found
