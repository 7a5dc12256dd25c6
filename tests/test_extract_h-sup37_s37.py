"""Issue 12, stop 37 (h-sup37): supplies with gaps, passives and noun subjects (sentences
written for these tests, none taken from a corpus; real spaCy parse); the dev articles each
construction came from are named at its test."""

from __future__ import annotations

from tests.test_extract_carrying_s30 import _supplies


def _items(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, m.key or m.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for m in r.role("item")}


def test_gapped_purchase_with_its_from_on_the_first_from(run):
    # (dev d559) the parser hangs the second "from" on the first one; the first seller is a
    # firm
    text = "Malaysia has also bought Scorpion light tanks from Alvis and F-16 fighters from Russia."
    assert _supplies(run, text) == {("Alvis", "Malaysia"), ("Russia", "Malaysia")}
    found = _items(run, text)
    assert ("Russia", "F-16 fighter jet") in found
    assert ("Alvis", "Scorpion") in found
    assert ("Alvis", "F-16 fighter jet") not in found


def test_object_pronoun_of_a_coordinated_clause_takes_up_the_first_recipient(run):
    # (dev d550) "it" is the state the first clause delivered to, not its subject
    text = "Paris has delivered Caesar howitzers to Kyiv, and Rome has given it Ariete tanks."
    found = _supplies(run, text)
    assert ("Italy", "Ukraine") in found
    assert ("Italy", "France") not in found


def test_possessive_after_an_aid_subject_is_the_first_recipient(run):
    # (dev d547) "Soviet aid … equipped its army": the aid owns no army
    text = ("Japan has supplied Laos with rice for years, and American aid has equipped its "
            "army with tanks.")
    assert ("United States", "Laos") in _supplies(run, text)


def test_possessive_after_a_state_subject_stays_its_own(run):
    # negative control: a state subject equips its own army
    text = "Japan supplied Peru with rice, and Russia has equipped its army with tanks."
    found = _supplies(run, text)
    assert not any(s == "Russia" for s, _ in found), found


def test_firms_contracted_delivery_goes_to_the_articles_buyer(run):
    # (dev d556, d557) "the British Aircraft Corporation will supply …" after the buyer's order
    text = ("Peru ordered 12 Mirage 2000 fighters from France in May. Under the deal, Thales "
            "will supply 20 Crotale missiles.")
    found = _supplies(run, text)
    assert ("Thales", "Peru") in found
    assert ("Thales", "Crotale") in _items(run, text)


def test_firms_delivery_without_one_buyer_keeps_no_recipient(run):
    # negative control: two buyers before, no single contract buyer
    text = ("Peru ordered 12 Mirage 2000 fighters from France, and Chile bought Leopard tanks "
            "from Germany. Thales will supply 20 Crotale missiles.")
    assert not any(s == "Thales" and r in ("Peru", "Chile") for s, r in _supplies(run, text))


def test_raised_passive_with_a_firm_agent(run):
    # (dev d556) "… is to be supplied by the Raytheon company": the agent supplies the subject
    # of "is", under the contract the article is about
    text = ("Kuwait ordered 40 Hawk jets from Britain in March. The missiles for the jets are "
            "to be supplied by the Raytheon company.")
    found = _supplies(run, text)
    assert ("Raytheon", "Kuwait") in found


def test_states_promise_stays_a_plan(run):
    # negative control: a state's "will supply" is no contracted delivery (SU3)
    text = "Peru ordered 12 Mirage 2000 fighters from France. Spain will supply 20 tanks."
    assert not any(s == "Spain" for s, _ in _supplies(run, text))



def test_firms_transfer_of_no_weapon_gets_no_buyer(run):
    # negative control (dev d35): technology named, no weapon: no recipient is supplied
    text = ("Peru ordered 12 Mirage 2000 fighters from France. Thales will transfer the "
            "technology Peru needs to build radars.")
    assert not any(s == "Thales" for s, _ in _supplies(run, text))
