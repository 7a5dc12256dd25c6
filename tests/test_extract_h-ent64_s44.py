"""Whose legislature a bare "parliament" is when its sentence names other states only as
modifiers or among others, or has "in" after it with no place; a listed maker before another
firm's designation that one weapon pattern took whole (issue 12, h-ent64). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver
from kg.inputs.years import latest_year
from kg.model import DocExtraction, Document


def _entities(run, gazetteer, text: str) -> set[tuple[str, str]]:
    """(key, class) of every entity ``text`` resolves to as one document."""
    mentions, relations = run(text)
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text))
    resolver = Resolver(gazetteer)
    resolver.add(DocExtraction(doc, tuple(mentions), tuple(relations)))
    return {(e.key, e.cls) for e in resolver.entities.values()}


@pytest.mark.parametrize(("text", "state"), [
    # the sentence names a state only as a modifier: the dateline's
    ("LUSAKA, March 2 (1994) - Zambia has bought six transport planes.\n\n"
     "The defence minister told parliament that French pilots would train the crews.",
     "Zambia"),
    # the dateline's state among others
    ("ACCRA, May 9 (2001) - Ghana has ordered four patrol boats.\n\n"
     "The minister told parliament the boats would guard Ghana's waters and its border "
     "with Togo.", "Ghana"),
    # "in" a manner, no place (a state whose legislature kg/data does not name: a listed one,
    # such as Norway's Storting, takes the key "Parliament (Norway)" as its alias)
    ("HELSINKI, June 4 (2012) - Finland will buy three patrol boats.\n\n"
     "The opposition said the cabinet had kept parliament in the dark about the price.",
     "Finland"),
])
def test_a_bare_parliament_is_the_datelines_states(run, gazetteer, text, state):
    assert (f"Parliament ({state})", "Agency") in _entities(run, gazetteer, text)


def test_other_states_without_the_datelines_leave_parliament_unresolved(run, gazetteer):
    text = ("ACCRA, May 9 (2001) - Ghana has ordered four patrol boats.\n\n"
            "The minister told parliament that Nigeria and Togo had asked for the same boats.")
    assert not any(cls == "Agency" and key.startswith("Parliament")
                   for key, cls in _entities(run, gazetteer, text))


def test_a_listed_maker_before_another_designation_is_a_company(run, gazetteer):
    found = _entities(run, gazetteer,
                      "Thailand wants to buy eight Northrop F-5 jets from the United States.")
    assert ("Northrop Grumman", "Company") in found
    assert ("F-5", "Weapon") in found


def test_a_bureau_whose_initials_open_the_designation_stays_in_the_name(run, gazetteer):
    found = _entities(run, gazetteer, "Vietnam wants to buy eight Sukhoi Su-30 jets.")
    assert ("Su-30", "Weapon") in found
    assert not any(cls == "Company" for _, cls in found)
