"""Issue 12, stop 32 (h-ent32): a ship named again by its bare name after its prefixed mention
is that ship, also where NER found nothing in the bare name (sentences written for these tests,
real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _keys(run, text, name):
    """The (class, key) pairs of the mentions whose text is ``name``."""
    mentions, _ = run(text)
    return {(m.cls, m.key) for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize("text, name, ship", [
    ("The navy sent the frigate HMS Defiant to the islands on Monday. A second frigate would "
     "relieve the Defiant next month.", "Defiant", "HMS Defiant"),
    ("The frigate HMS Defiant sailed on Monday. Officials said Defiant would reach the islands "
     "on Friday.", "Defiant", "HMS Defiant"),
])
def test_a_bare_name_after_its_prefixed_ship_is_that_ship(run, text, name, ship):
    assert _keys(run, text, name) == {("Weapon", ship)}


def test_the_bare_name_gives_the_supply_its_item(run):
    text = ("The jets will fly from the aircraft carrier HMS Defiant, the ministry said. The "
            "Defiant, which Brazil bought from Britain in 1960, needs a refit.")
    _, rels = run(text)
    items = {m.key for r in rels if r.relation == "supplies" for m in r.role("item")}
    assert "HMS Defiant" in items


@pytest.mark.parametrize("text, name", [
    ("The navy named the frigate HMS Defiant after a ship of 1780. An earlier ship, also named "
     "Defiant, served in the war.", "Defiant"),
    ("The frigate HMS Defiant left port. Farmers near Defiant Bridge watched it sail.",
     "Defiant Bridge"),
])
def test_a_bare_name_inside_another_name_or_after_named_is_not_the_ship(run, text, name):
    assert ("Weapon", "HMS Defiant") not in _keys(run, text, name)


# --- a prefixed ship's name after "as" is a former name of the sentence's other ship ----------

@pytest.mark.parametrize("text, old, ship", [
    ("The carrier HMS Defiant sailed on Monday. The Defiant, which Brazil bought in 1960, was "
     "built during the war as HMS Tenacious.", "HMS Tenacious", "HMS Defiant"),
    ("The corvette, which served for 30 years as the ROKS Hanbit, was renamed BRP Dalisay at "
     "the ceremony.", "ROKS Hanbit", "BRP Dalisay"),
])
def test_a_former_name_after_as_is_the_same_ship(run, text, old, ship):
    assert _keys(run, text, old) == {("Weapon", ship)}


def test_a_ship_compared_with_such_as_keeps_its_own_name(run):
    text = ("The navy retired the frigate HMS Defiant, and ships such as HMS Tenacious will "
            "follow next year.")
    assert ("Weapon", "HMS Defiant") not in _keys(run, text, "HMS Tenacious")


# --- a name after a ship class ("<Name>-class") or "hull" is a ship --------------------------

@pytest.mark.parametrize("text, name", [
    ("Peru retired the Oberon-class Almagro, which it bought from Britain in 1969, last year.",
     "Almagro"),
    ("The carrier was rebuilt from the unfinished Soviet hull Volgar, which a firm bought in 1998.",
     "Volgar"),
])
def test_a_name_after_a_class_or_hull_is_a_ship(run, text, name):
    assert {c for c, _ in _keys(run, text, name)} == {"Weapon"}
