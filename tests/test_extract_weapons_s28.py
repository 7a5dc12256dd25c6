"""Issue 12, stop 28 (h-ent15): agency sub-names and weapon kinds.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest


def _ents(run, text):
    """(class, key or surface) of every mention."""
    mentions, _ = run(text)
    return {(m.cls, m.key or m.lemma) for m in mentions}


# --- a listed organisation's long name after a capital "The" still heads a sub-body ----------


def test_the_long_name_before_a_body_noun_names_the_body(run):
    found = _ents(run, "The United Nations refugee agency said 3,000 people fled the valley.")
    assert ("Agency", "United Nations") not in found
    assert any(cls == "Agency" and "refugee agency" in key for cls, key in found)


def test_the_long_name_alone_stays_the_organisation(run):
    found = _ents(run, "The United Nations said 3,000 people fled the valley.")
    assert ("Agency", "United Nations") in found


# --- a generic kind that only modifies a fitting, a round or a unit names no weapon ----------


def _weapons(run, text):
    return {key for cls, key in _ents(run, text) if cls == "Weapon"}


@pytest.mark.parametrize("text, kind", [
    ("The new patrol ship will have a helicopter deck and a small hangar.", "helicopter"),
    ("The jets were sold without bomb racks, the minister told parliament.", "bomb"),
    ("He signed the accord with a pen made from a rifle cartridge.", "rifle"),
    ("The navy trains its crews in submarine warfare every spring.", "submarine"),
    ("Moscow moved a motor-rifle division to the border last week.", "rifle"),
])
def test_a_kind_modifying_a_fitting_or_unit_is_no_weapon(run, text, kind):
    assert kind not in _weapons(run, text)


def test_the_kind_itself_stays_a_weapon(run):
    assert "helicopter" in _weapons(run, "The frigate will carry two helicopters and a gun.")


# --- a firm before another's designation is the maker; a bureau's own letters stay the name --


def test_a_firm_before_a_designation_is_its_own_company(run):
    found = _ents(run, "Chad flies six Northrop F-5 fighters bought in 1985.")
    assert ("Company", "Northrop Grumman") in found
    assert not any(cls == "Weapon" and key.startswith("Northrop") for cls, key in found)


def test_a_design_bureau_before_its_own_letters_stays_in_the_name(run):
    found = _ents(run, "Chad flies six Sukhoi Su-25 jets bought in 2008.")
    assert not any(cls == "Company" for cls, _ in found)
