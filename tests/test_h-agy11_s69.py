"""An unlisted name before a lower-case site noun — a yard, a sea road, a gas prospect, a farm,
an estate, a plain — names that place, a Region, not the body NER's ORG label would make it
by default ("the <Town> dockyard", "the <Name> seafront"); a yard or a sea road is also named
by its town alone, and a name set beside "a … plain" is a place (issue 12, s69 h-agy11).
Sentences and names written for these tests."""

from __future__ import annotations

import pytest


def _classes(run, text: str, word: str) -> set[str]:
    """Classes of the mentions of ``text`` whose surface holds ``word``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if word in m.span.text}


@pytest.mark.parametrize(("text", "word"), [
    ("The minehunter was handed over at a ceremony at the Dunmarrow dockyard on Tuesday.",
     "Dunmarrow"),
    ("Crowds lined the Vaskerel seafront to watch the frigate sail into the bay.", "Vaskerel"),
    ("The consortium will drill an appraisal well in the Tarvosh prospect next year.",
     "Tarvosh"),
    ("Police said the gunmen had been hiding at the Orlemba farm near the border.", "Orlemba"),
    ("The two leaders met at the Fenwold estate outside the capital.", "Fenwold"),
    ("The canal will water the Zaberon plain, where most of the district's rice is grown.",
     "Zaberon"),
])
def test_a_name_before_a_site_noun_is_a_place(run, text, word):
    assert _classes(run, text, word) == {"Region"}


def test_a_yard_is_also_named_by_its_town(resolved):
    text = "The patrol ship was refitted at the Dunmarrow dockyard before it sailed for Tallinn."
    yards = [e for e in resolved(text) if "Dunmarrow" in e.key]
    assert len(yards) == 1 and yards[0].cls == "Region"
    assert "Dunmarrow" in {yards[0].key, *yards[0].aliases}


def test_a_name_beside_a_plain_is_a_place(run):
    text = "Korvessa, a fertile plain of some 300 square kilometres, lies inside the frontier."
    assert _classes(run, text, "Korvessa") == {"Region"}


def test_a_listed_firm_before_a_site_noun_stays_a_firm(run):
    # guard: a name the gazetteer knows keeps its class ("the <listed firm> dockyard")
    text = "The corvette was completed at the Babcock dockyard in Scotland last spring."
    assert "Region" not in _classes(run, text, "Babcock")
