"""Issue 12, stop 80 (h-ent82): a town that a wire dateline names stays that town beside an air
base named for it ("KORAT, Thailand, … - … landed at the Korat air base"): the dateline and a
bare "Korat" of the story are the town, a `Region` of its own, and the base phrase is the base
(dev README E12, stop 79's (3)); so does a naval base since stop 80 (h-gold80) and a military or
army base since stop 81 (h-gold81). An air base in a story with no such dateline stays one place.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _regions(entities: list) -> set[str]:
    """The resolved Regions' labels, in lower case (the scorer's matching ignores case)."""
    return {e.label.lower() for e in entities if e.cls == "Region"}


@pytest.mark.parametrize(("text", "town", "base"), [
    ("Thailand receives first Swedish jets\n\n"
     "KORAT, Thailand, March 3 (2011) - The first three Gripen fighters landed at the Korat "
     "air base on Thursday after a flight from Sweden, the Thai air force said.\n\n"
     "The jets will fly with a squadron at Korat that guards the northeast.",
     "Korat", "Korat Air Base"),
    ("Chile gets used F-16 jets\n\n"
     "ANTOFAGASTA, Chile, May 9 (2006) - Six F-16 fighters bought from the Netherlands reached "
     "the Antofagasta air base on Tuesday, the Chilean air force said.",
     "Antofagasta", "Antofagasta Air Base"),
])
def test_a_dateline_town_stays_apart_from_its_air_base(resolved, text, town, base):
    found = _regions(resolved(text))
    assert town.lower() in found, found
    assert base.lower() in found, found


def test_an_air_base_with_no_dateline_town_takes_the_bare_name(resolved):
    text = ("Thailand receives first Swedish jets\n\n"
            "The first three Gripen fighters landed at the Korat air base on Thursday, the Thai "
            "air force said. The jets will fly with a squadron at Korat.")
    found = _regions(resolved(text))
    assert found == {"korat air base"}, found


def test_a_naval_base_beside_its_dateline_town_stays_apart_too(resolved):
    # stop 80 (h-gold80): a lower-case "<X> naval base" takes the suffix label like an air base
    text = ("Navy hands over patrol boat\n\n"
            "SATTAHIP, Thailand, June 2 (2012) - The navy handed over a patrol boat to the "
            "Cambodian navy at the Sattahip naval base on Saturday, officials said.")
    found = _regions(resolved(text))
    assert {"sattahip", "sattahip naval base"} <= found, found


def test_an_army_base_beside_its_dateline_town_is_a_place_apart(resolved):
    # dev conventions E12 as decided in stop 81: a lower-case "<X> army base" takes the suffix
    # label, as air and naval bases do, and the dateline keeps the town (until stop 81 the two
    # were one place)
    text = ("Troops arrive for exercise\n\n"
            "TAPA, Estonia, June 2 (2017) - Some 800 British soldiers arrived at the Tapa army "
            "base on Saturday for a NATO exercise, officials said.")
    found = _regions(resolved(text))
    assert {"tapa", "tapa army base"} <= found, found
