"""Issue 12, stop 38 (s44 h-sd1): supplies against deployments, converse purchases and
relative clauses (sentences written for these tests, none taken from a corpus; real spaCy
parse); the dev articles each construction came from are named at its test."""

from __future__ import annotations

from tests.test_extract_carrying_s30 import _supplies
from tests.test_extract_deploys_stop19 import _deploys


def _items(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, m.key or m.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for m in r.role("item")}


def test_weapons_sent_across_a_border_into_a_state_are_deployed(run):
    # (dev d571) the sender's own tanks entering a territory
    text = "Iraq has sent about 300 tanks across the border into eastern Syria to back the rebels."
    assert ("Iraq", "Syria") in _deploys(run, text)
    assert not _supplies(run, text)


def test_weapons_sent_to_a_state_stay_a_supply(run):
    # negative control: a hand-over goes "to" its recipient
    text = "Germany has sent 40 tanks to Poland."
    assert ("Germany", "Poland") in _supplies(run, text)
    assert not _deploys(run, text)


def test_armour_moved_by_a_relative_clause_subject(run):
    # (dev d571) "armour" is an armoured force; the relative clause's antecedent moves it
    text = "Turkey, which has moved armour to northern Cyprus, warned Athens on Monday."
    assert ("Turkey", "Cyprus") in _deploys(run, text)


def test_amount_of_troops_kept_stationed_in_a_state(run):
    # (dev d570) "keeps tens of thousands of troops stationed in": the keeper deploys them
    text = ("France, which keeps thousands of troops stationed in its zone of Austria, "
            "opposed the plan.")
    assert ("France", "Austria") in _deploys(run, text)


def test_speaker_glued_to_the_seller_is_no_seller(run):
    # (dev d576) the parser takes the speaker after the comma for the head of the "from"
    # phrase, or for its conjunct
    for tail in (".", ", making it a big buyer."):
        text = ("Greece has agreed to buy 40 Mirage 2000 fighters from France's Dassault-Breguet, "
                "Defence Minister Andreas Papandreou announced today" + tail)
        found = _supplies(run, text)
        assert any("Dassault" in s for s, r in found if r == "Greece"), found
        assert not any("Papandreou" in s for s, _ in found), found


def test_nationality_of_the_deal_names_the_seller(run):
    # (dev d576) headline: "X buys Y in first big French fighter deal"
    text = "Chile buys 18 Gripen jets in first big Swedish fighter deal"
    assert ("Sweden", "Chile") in _supplies(run, text)


def test_the_buyers_own_nationality_on_the_deal_sells_nothing(run):
    # negative control: the deal's adjective names the buyer
    text = "Chile bought 18 Gripen jets from Sweden in a Chilean arms deal."
    assert ("Chile", "Chile") not in _supplies(run, text)
    assert ("Sweden", "Chile") in _supplies(run, text)


def test_parts_bought_from_a_state_that_the_subject_acts_with(run):
    # (dev d576) "kept flying its aircraft with spare parts bought from China"
    text = ("Cuba has kept flying its old MiG jets with spare parts bought from Vietnam, "
            "diplomats said.")
    assert ("Vietnam", "Cuba") in _supplies(run, text)


def test_capability_of_a_supplied_weapon_is_no_item(run):
    # (dev d573) "missile systems able to carry nuclear warheads": a capability
    text = "Russia has handed Belarus Iskander missile systems able to carry nuclear warheads."
    found = _items(run, text)
    assert ("Russia", "nuclear warhead") not in found
    assert any(s == "Russia" for s, _ in found)


def test_parts_built_for_a_foreign_aircraft_supply_nothing(run):
    # (dev d580) subcontract work: "builds parts for the Hornet and for other American aircraft"
    text = ("Lockheed will place work with Turkish firms, among them the state maker TAI, which "
            "will build parts for the F-16 and for other American aircraft, officials said.")
    assert not any(r == "United States" for _, r in _supplies(run, text))


def test_weapons_a_state_replaces_were_supplied_to_it(run):
    # (dev d576) "Cairo's effort to replace the MiG-21 fighters that the Soviet Union supplied"
    text = "It marks Lima's effort to replace the Mirage jets that France supplied in the 1980s."
    assert ("France", "Peru") in _supplies(run, text)
    text = "Peru plans to replace the Mirage jets that France supplied in the 1980s."
    assert ("France", "Peru") in _supplies(run, text)


def test_weapons_a_state_criticises_were_not_supplied_to_it(run):
    # negative control: not a verb of holding or replacing
    text = "Chile criticised the Mirage jets that France supplied to Peru in the 1980s."
    assert ("France", "Chile") not in _supplies(run, text)


def test_weapons_replaced_by_a_pronoun_subject_have_no_recipient(run):
    # (dev d520) "They will replace M41 tanks that the United States supplied": "they" may be
    # the new weapons, not a holder
    text = ("Brazil bought Leopard tanks from Belgium. They will replace M24 tanks that the "
            "United States supplied in the 1950s.")
    assert not any(s == "United States" for s, _ in _supplies(run, text))
