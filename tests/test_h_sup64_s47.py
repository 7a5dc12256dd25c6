"""Issue 12, stop 47 (s54 h-sup64): a passive transfer or purchase made under a contract
(SU7) goes to the deal's buyer: the subject of the deal's relative clause of signing ("under
a contract that Peru signed with X"), or else, where the sentence names the selling firms and
no recipient, the one state the article's supplies went to before, where the sentence names
that state or a body of it (SU2: "the recipient by the contract when the sentence leaves it
out"; d418's gold: none where the sentence does not name it); every firm the contract was
signed with sells.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key or s.span.text, r.key or r.span.text if r else None)
            for rel in relations if rel.relation == "supplies"
            for s in rel.role("supplier") for r in (rel.role("recipient") or (None,))}


def test_delivered_under_a_contract_with_firms_goes_to_the_prior_buyer(run):
    pairs = _supplies(run, "Ecuador has received six Mirage jets from France. The jets were "
                           "delivered under a contract signed last year with Dassault and "
                           "Thales, the Ecuadorean air force said.")
    assert ("Dassault Aviation", "Ecuador") in pairs, pairs
    assert ("Thales", "Ecuador") in pairs, pairs


def test_ordered_from_a_firm_under_a_contract_goes_to_the_prior_buyer(run):
    pairs = _supplies(run, "Greece took delivery of its first Leopard tanks from Germany last "
                           "week. The tanks were ordered in 2003 from Krauss-Maffei Wegmann "
                           "under a contract worth 1.7 billion euros, Greek officials said.")
    assert ("Krauss-Maffei Wegmann", "Greece") in pairs, pairs


def test_bought_under_a_contract_a_state_signed_goes_to_the_signer(run):
    pairs = _supplies(run, "The two frigates were bought under a contract that Peru signed "
                           "with Fincantieri.")
    assert ("Fincantieri", "Peru") in pairs, pairs


def test_no_prior_buyer_where_the_sentence_does_not_name_it(run):
    pairs = _supplies(run, "Ecuador has received six Mirage jets from France. The jets were "
                           "delivered under a contract signed last year with Dassault.")
    assert ("Dassault Aviation", None) in pairs, pairs
    assert ("Dassault Aviation", "Ecuador") not in pairs, pairs


def test_no_prior_buyer_where_supplies_went_to_several_states(run):
    pairs = _supplies(run, "France sold jets to Peru, and Chile bought tanks from Germany. The "
                           "jets were delivered under a contract signed with Dassault.")
    assert ("Dassault Aviation", None) in pairs, pairs
    assert not {p for p in pairs if p[0] == "Dassault Aviation" and p[1]}, pairs


def test_a_paying_government_is_no_signer(run):
    pairs = _supplies(run, "Greece took delivery of its first Leopard tanks from Germany last "
                           "week. The tanks were ordered in 2003 from Krauss-Maffei Wegmann "
                           "under a contract, of which the German government agreed to pay a "
                           "third, Greek officials said.")
    assert ("Krauss-Maffei Wegmann", "Greece") in pairs, pairs
    assert ("Krauss-Maffei Wegmann", "Germany") not in pairs, pairs
