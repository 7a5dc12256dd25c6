"""Issue 12, s71 (h-sup115): a reduced passive the parser reads as an active clause with the
weapons for subject ("The units, SA-8 launchers supplied to Angola by the Soviet Union, had
been moved …"): the "by" actor supplies the weapons to the "to" actor (SU7; dev d362, d519).
A "by" phrase naming no actor, a maker's participle (origin, SU6) and a hyphenated maker
("Soviet-built") make no supply. Sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The units, SA-8 launchers supplied to Angola by the Soviet Union, had been "
                 "moved south last year, officials said.", ("Soviet Union", "Angola"),
                 id="supplied"),
    pytest.param("The batteries, SA-8 launchers sold to Libya by the Soviet Union, were moved "
                 "to the coast in March.", ("Soviet Union", "Libya"), id="sold"),
])
def test_the_by_actor_supplies_the_weapons_subject(role_pairs, text, expected):
    assert expected in role_pairs(text)
    assert (expected[0], "9K33 Osa") in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text", [
    pytest.param("The batteries, SA-8 launchers shipped to Libya by sea, were moved to the "
                 "coast in March.", id="by-no-actor"),
    pytest.param("The batteries, SA-8 launchers sold to Libya by the dozen, were moved to the "
                 "coast in March.", id="by-a-count"),
    pytest.param("The units, SA-8 launchers built by the Soviet Union, had been moved south "
                 "last year.", id="maker-participle"),
    pytest.param("The batteries, Soviet-built SA-8 launchers used by Libya, were moved to the "
                 "coast in March.", id="hyphenated-maker"),
])
def test_no_supplier_without_a_giving_actor(role_pairs, text):
    # guards: "by" names no actor, a builder is origin (SU6), "-built" names a maker
    assert not role_pairs(text) and not role_pairs(text, roles=("supplier", "item"))
