"""Issue 12, stop 41 (h-sig37): a passive "a contract signed with X" without an agent makes X a
party (S4 as revised in stop 30); the Swedish Defence Materiel Administration is an agency of
its own (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def test_contract_signed_with_a_firm_makes_the_firm_a_party(run):
    text = ("Kenya is buying four patrol boats from Italy. The first boat was handed to the "
            "Kenyan navy on Friday under a contract signed with Fincantieri in 2019.")
    _, signed, _ = _observe(run, text)
    assert signed == {(_norm("Fincantieri"), "arms deal (kenya–italy)")}


def test_swedish_procurement_agency_signs_not_sweden(run):
    text = ("Thailand is buying six trainer jets from Sweden. The jets were delivered on Monday "
            "under a contract signed with the Swedish Defence Materiel Administration in 2015.")
    mentions, _ = run(text)
    agency = [m for m in mentions if m.key == "Swedish Defence Materiel Administration"]
    assert agency and agency[0].cls == "Agency"
    _, signed, _ = _observe(run, text)
    assert {p for p, _ in signed} == {_norm("Swedish Defence Materiel Administration")}
