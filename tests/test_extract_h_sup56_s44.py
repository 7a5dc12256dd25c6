"""Issue 12, stop 44 (s51 h-sup56): a reduced relative "weapons supplied by X" on an umbrella
word (no item) is a supply to who holds, carries or arms with the weapons; sentences written
for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key, r.key, tuple(sorted(i.key for i in rel.role("item"))))
            for rel in relations if rel.relation == "supplies"
            for s in rel.role("supplier") for r in rel.role("recipient")}


@pytest.mark.parametrize("text, supplier, recipient", [
    # carried by a named group: the carriers received them
    ("Hamas's fighters carry weapons supplied by Iran, Israeli officials said.", "Iran", "Hamas"),
    # held by an army that uses them
    ("Syria's army uses weapons supplied by Russia in the north.", "Russia", "Army (Syria)"),
    # the state that arms a third party with them received them first
    ("Kenya has begun arming its police with weapons sold by Israel.", "Israel", "Kenya"),
])
def test_umbrella_weapons_go_to_their_holder(run, text, supplier, recipient):
    assert (supplier, recipient, ()) in _supplies(run, text)


def test_a_named_item_carried_goes_to_its_carrier(run):
    assert ("Iran", "Hezbollah", ("rifle",)) in _supplies(
        run, "Hezbollah fighters carry rifles supplied by Iran.")


@pytest.mark.parametrize("text", [
    # criticising weapons is no holding
    "The critics condemned weapons supplied by France.",
    # camps used to arm someone: no armer named
    "Officials said border camps are being used to arm rebels with weapons sent by Libya.",
])
def test_no_holder_no_recipient(run, text):
    _, relations = run(text)
    assert not [m for rel in relations if rel.relation == "supplies"
                for m in rel.role("recipient")]
