"""Issue 12, h-wpn5 (stop 53): a definite kind with a count, an ordinal, "remaining" or "new"
between its "the" and its noun ("the two frigates", "the first tanks", "the remaining eight
helicopters") points back to the one system of that kind the article has named before it (dev
README E7, harmonised in stop 53: an anaphor is no kind of its own). An indefinite count, a word
that is not a count ("other") and two named systems of that kind leave it the kind (sentences
written for these tests, real spaCy parse).
"""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons

KINDS = ("frigate", "helicopter", "tank", "attack helicopter", "corvette", "destroyer")


def _items(run, text: str) -> set[str]:
    """Keys (or texts) of every supply line's items."""
    _, rels = run(text)
    return {m.key or m.span.text for r in rels if r.relation == "supplies"
            for n, ms in r.roles if n == "item" for m in ms}


@pytest.mark.parametrize(("text", "kind"), [
    ("Chile took delivery of the first of three Talcahuano-class frigates on Monday. The navy "
     "bought the three frigates from a Dutch yard in 2019.", "frigates"),
    ("Peru received the first four of twelve Kestrel-class attack helicopters last week. Russia "
     "is to deliver the remaining eight helicopters next year.", "helicopters"),
    ("Norway has ordered 40 Fjellrev tanks from a German firm. The first tanks will reach the "
     "army in May, the ministry said.", "tanks"),
    ("Ecuador signed for two Manta-class corvettes in March. The second corvette is to be "
     "launched next spring.", "corvette"),
    ("Chile commissioned two Talcahuano-class frigates on Monday. The four frigates were built "
     "in the Netherlands.", "frigates"),
])
def test_counted_or_ordinal_definite_kind_is_the_named_system(run, text, kind):
    found = _weapons(run, text)
    assert kind in found
    assert found[kind] and found[kind] not in KINDS


def test_counted_definite_kind_supplies_the_named_system(run):
    text = ("Ghana took delivery of the first of two Volta-class corvettes on Friday. Ghana "
            "ordered the two corvettes from Damen in 2021 in a deal worth $300 million.")
    assert "corvette" not in _items(run, text)


@pytest.mark.parametrize("text", [
    "Chile took delivery of the first of three Talcahuano-class frigates on Monday. Peru "
    "wants to buy two frigates from Spain.",
    "Chile took delivery of three Talcahuano-class frigates on Monday. The two other frigates "
    "of its fleet are to be retired.",
])
def test_indefinite_or_other_stays_the_kind(run, text):
    assert _weapons(run, text).get("frigates") == "frigate"


def test_two_named_systems_of_the_kind_leave_the_kind(run):
    text = ("The army operates Fjellrev tanks and older Grauwolf tanks. The two tanks will be "
            "replaced by 2030.")
    assert _weapons(run, text).get("tanks") == "tank"
