"""Issue 12, stop 76 (h-slice76): named things NER gives the wrong class. A river's or an
estuary's name opened by the English "River" ("the River Plate", "the River Orwell") is a
place (`Region`, E12), not the body NER takes it for; Vosper Thornycroft, a British warship
builder that NER reads as a person's name, is a `Company` (E1) and so a supplier (SU1).
Sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, str]:
    """Surface → class of every mention of ``text``."""
    mentions, _ = run(text)
    return {text[m.span.start:m.span.end]: m.cls for m in mentions}


@pytest.mark.parametrize("text, name", [
    ("Two gunboats now guard the River Plate against smugglers from the north.", "River Plate"),
    ("Uruguay and Argentina share the River Plate, whose fisheries both navies patrol.",
     "River Plate"),
])
def test_river_name_is_a_place(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) == "Region", classes


def test_river_in_a_body_name_stays_a_body(run):
    text = "The River Plate Commission said the channel would be dredged next year."
    assert _classes(run, text).get("River Plate") != "Region", _classes(run, text)


def test_warship_builder_is_a_company(run):
    text = "The corvettes, designed by Vosper Thornycroft in Southampton, cost $90 million."
    classes = _classes(run, text)
    assert classes.get("Vosper Thornycroft") == "Company", classes


def test_warship_builder_is_the_supplier(run):
    text = "Brazil ordered six frigates from Vosper Thornycroft in 1970."
    _, rels = run(text)
    suppliers = [(m.span.text, m.cls) for r in rels if r.relation == "supplies"
                 for name, ms in r.roles if name == "supplier" for m in ms]
    assert ("Vosper Thornycroft", "Company") in suppliers, suppliers
