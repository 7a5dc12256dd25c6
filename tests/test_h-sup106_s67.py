"""Issue 12, stop 67 (h-sup106): a headline's nationality on goods a named firm sold stays the
seller where the article also names that state itself selling the same kind to the same buyer
(SU6's "receives Russian jets"; kg/extract/relations/confirmed_sellers.py, used by
``_without_superseded_origins``); and a year the text only names is a lower bound, so a story
that names the successor state itself ("Russia") beside an older year reads its era names
("Russian", "Moscow") as the successor (kg/graph/eras.py). Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import datetime as dt

from test_eras import _mentions

from kg.graph.eras import era_keys
from kg.inputs.years import latest_year
from kg.model import Document


def _headline_sellers(run, text: str) -> set[tuple[str, str]]:
    """(supplier, recipient) of the supplies the headline (the first sentence) states."""
    _, rels = run(text)
    return {(s.key or s.lemma, r.key or r.lemma) for x in rels
            if x.relation == "supplies" and x.sentence.start == 0
            for s in x.role("supplier") for r in x.role("recipient")}


BODY = ("LIMA, May 3 - The first four Gripen fighters that Peru bought from Sweden landed at "
        "the Chiclayo base on Tuesday.\n\n"
        "Saab, the Swedish manufacturer, has delivered four Gripen fighters to Peru under "
        "the deal, the air force said.")


def test_the_body_s_state_seller_keeps_the_headline_nationality(run):
    found = _headline_sellers(run, "Peru receives first Swedish Gripen fighters\n\n" + BODY)
    assert ("Sweden", "Peru") in found


def test_a_service_buyer_is_its_state_for_the_confirmation(run):
    found = _headline_sellers(
        run, "Peruvian air force receives first Swedish Gripen fighters\n\n"
        + BODY.replace("to Peru under", "to the Peruvian air force under"))
    assert any(s == "Sweden" and "Peru" in r for s, r in found)


def test_guard_another_kind_from_the_state_does_not_confirm(run):
    found = _headline_sellers(
        run, "Peru receives first French Mirage jets\n\n"
        "LIMA, May 3 - Dassault Aviation has delivered the first four Mirage jets to Peru "
        "under a contract signed last year, the air force said.\n\n"
        "France has also sold Peru AMX-13 light tanks.")
    assert ("France", "Peru") not in found


def _doc(text: str, date: dt.date | None = None) -> Document:
    return Document("d", "d.txt", "d.txt", text, "0", "t", date=date,
                    year_named=latest_year(text))


def test_a_named_year_is_a_lower_bound_beside_the_successor(gazetteer):
    text = ("Russia will send Russian tanks to Peru to repay a debt the Soviet Union ran up "
            "in 1990.")
    mentions, keys = _mentions(text, {"Russia": "Russia", "Russian": "Soviet Union",
                                      "Soviet Union": "Soviet Union"})
    out = era_keys(gazetteer, _doc(text), mentions, keys)
    assert out[mentions[1].span] == "Russia"


def test_guard_a_dated_story_keeps_its_era(gazetteer):
    text = ("Russia will send Russian tanks to Peru to repay a debt the Soviet Union ran up "
            "in 1990.")
    mentions, keys = _mentions(text, {"Russia": "Russia", "Russian": "Soviet Union",
                                      "Soviet Union": "Soviet Union"})
    out = era_keys(gazetteer, _doc(text, dt.date(1989, 5, 1)), mentions, keys)
    assert out[mentions[1].span] == "Soviet Union"
