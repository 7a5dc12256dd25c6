"""Issue 12, stop 41 (h-sig37): a bare "alliance" that is signed or concluded is the treaty of
alliance ("A and B sign thirty-year alliance"), one formed or joined is no agreement; a passive
"a contract signed with X" without an agent makes X a party (S4 as revised in stop 30); the
Swedish Defence Materiel Administration is an agency of its own; "King X of <State>" after a
dateline is the king, who signs, not his state (sentences written for these tests, none taken
from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def test_headline_alliance_is_the_treaty_named_next(run):
    text = ("Ghana and Togo sign twenty-year alliance in Accra\n\n"
            "ACCRA, March 3 - Ghana and Togo signed the Treaty of Friendship and Mutual "
            "Assistance on Monday, the foreign ministry said.")
    agreements, signed, _ = _observe(run, text)
    treaty = _norm("Treaty of Friendship and Mutual Assistance")
    assert {(_norm("Ghana"), treaty), (_norm("Togo"), treaty)} <= signed
    assert not any(a.startswith("alliance") for a in agreements), agreements


def test_concluded_alliance_of_two_states_is_their_alliance_treaty(run):
    text = "Chile and Peru concluded a military alliance in Lima on Tuesday."
    agreements, signed, _ = _observe(run, text)
    alliance = "alliance treaty (chile–peru)"
    assert alliance in agreements, agreements
    assert {(_norm("Chile"), alliance), (_norm("Peru"), alliance)} <= signed


def test_joined_or_formed_alliance_is_no_agreement(run):
    text = ("Chile and Peru formed an alliance against the smugglers, and Bolivia joined the "
            "alliance a year later.")
    agreements, signed, _ = _observe(run, text)
    assert not any("alliance" in a for a in agreements), agreements
    assert not signed


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


def test_monarch_of_a_state_after_a_dateline_signs_not_his_state(run):
    text = ("AMMAN, June 2 (1970) - King Hussein of Jordan flew to Riyadh and signed a defence "
            "pact with King Faisal of Saudi Arabia.")
    mentions, _ = run(text)
    assert any(m.cls == "Person" and m.span.text == "King Hussein" for m in mentions)
    _, signed, _ = _observe(run, text)
    parties = {p for p, _ in signed}
    assert _norm("King Hussein") in parties
    assert not parties & {_norm("Jordan"), _norm("Saudi Arabia")}, parties
