"""Issue 12, stop 66 (h-sup104): a headline's nationality on goods that the body says a named
firm sold to the same buyer is their origin, not a seller (SU6;
kg/extract/relations/supplies.py, ``_origin_supplier`` and ``_without_superseded_origins``):
also where a title-cased headline tags the adjective a proper-noun modifier, and where the
headline names only the kind ("submarines") of the firm's named system ("Type 214
submarines"). Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest

from kg.extract.relations.supplies import _generic_kind


def test_a_title_cased_nationality_is_origin_where_the_firm_sold(supply_pairs):
    found = supply_pairs(
        "Peru takes delivery of first French Mirage 50 fighters\n\n"
        "LIMA, May 3 - Dassault Aviation has delivered four Mirage 50 fighters to Peru "
        "under a contract signed last year, the air force said on Tuesday.")
    assert ("France", "Peru") not in found
    assert any(s.startswith("Dassault") and r == "Peru" for s, r in found)


def test_a_bare_kind_in_the_headline_is_the_firm_s_named_system(supply_pairs):
    found = supply_pairs(
        "Colombia's navy receives first of two German submarines\n\n"
        "KIEL, May 3 - ThyssenKrupp Marine Systems handed over the first of two Type 209 "
        "submarines to the Colombian navy at its yard on Monday, the company said.")
    assert not any(s == "Germany" for s, _ in found)


def test_guard_the_nationality_sells_where_no_firm_is_named(supply_pairs):
    found = supply_pairs(
        "Peru takes delivery of first French Mirage 50 fighters\n\n"
        "LIMA, May 3 - The jets arrived at the Chiclayo base today, the air force said.")
    assert ("France", "Peru") in found


@pytest.mark.parametrize("key, kind", [
    ("Type 209/1400 submarine", "submarine"),
    ("Leopard 2 tank", "tank"),
    ("Mirage 50", ""),       # ends in a number
    ("submarine", ""),       # itself generic
    ("field gun", ""),       # no proper name
])
def test_generic_kind(key, kind):
    assert _generic_kind(key) == kind


def test_guard_a_state_body_selling_its_own_ships_keeps_the_state(supply_pairs):
    found = supply_pairs(
        "Chile takes over first of two used Dutch frigates\n\n"
        "VALPARAISO, May 3 - Chile agreed last year to buy two Karel Doorman-class frigates "
        "from the Dutch navy for about 200 million euros.")
    assert ("Netherlands", "Chile") in found
