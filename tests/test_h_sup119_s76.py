"""Issue 12, stop 76 (h-sup119): a supplier named by a pronoun ("it has sold …", "that it had
sent …") whose antecedent coreference missed (sentences written for these tests; real spaCy
parse):

- the sentence before joins two main clauses with "and": the later clause's subject is as
  salient as the first one's, so the pronoun takes the nearer of the two ("The air force retired
  its jets, and Denmark has been looking for buyers. It has sold …": Denmark, not the air force);
  a nationality that only modifies the later subject ("the South Korean equipment") is no actor;
- a that-clause joined to an earlier that-clause of the same verb continues that clause's
  subject ("X said that Iran was seeking …, and that it had supplied …": Iran, not X); not where
  the earlier clause ranks its subject with a copula ("… that Greece was the first country to
  …, and that it hoped to sell …": the speaker).
"""

from __future__ import annotations

import pytest


def _suppliers(run, text: str) -> set[str]:
    _, rels = run(text)
    return {s.key or s.lemma for rel in rels if rel.relation == "supplies"
            for s in rel.role("supplier")}


@pytest.mark.parametrize("text, seller, body", [
    ("The Danish air force grounded its oldest F-16 fighters last year, and Denmark has been "
     "looking for buyers for the jets since then. It has already sold six F-16 fighters to "
     "Romania.", "Denmark", "Air Force (Denmark)"),
    ("The Belgian navy retired two frigates in 2019, and Belgium has been trying to find a buyer "
     "for them. It sold both frigates to Bulgaria in March.", "Belgium", "Navy (Belgium)"),
    ("The Spanish army took its last Leopard 2A4 tanks out of service, and Spain offered them for "
     "sale. It has sold forty Leopard 2A4 tanks to Turkey.", "Spain", "Army (Spain)"),
])
def test_the_later_main_subject_sells(run, text, seller, body):
    sellers = _suppliers(run, text)
    assert seller in sellers, sellers
    assert body not in sellers, sellers


def test_the_later_main_subject_delivers(run):
    sellers = _suppliers(run, "Poland signed a deal with Lockheed Martin for F-35 jets, and "
                              "Lockheed Martin will train the pilots. It will deliver the first "
                              "jets in 2026.")
    assert "Poland" not in sellers, sellers


@pytest.mark.parametrize("text, seller, speaker", [
    ("The Foreign Office said in June that North Korea was trying to obtain fighter jets from "
     "Moscow, and that it had sent Russia millions of artillery shells.", "North Korea",
     "Foreign Office"),
    ("The State Department said on Monday that Belarus was seeking to buy Su-30 fighters from "
     "Russia, and that it had supplied Moscow with tanks and artillery.", "Belarus",
     "United States Department of State"),
])
def test_a_parallel_that_clause_keeps_its_subject(run, text, seller, speaker):
    sellers = _suppliers(run, text)
    assert seller in sellers, sellers
    assert speaker not in sellers, sellers


def test_a_ranked_subject_leaves_the_speaker(coref_keys):
    assert coref_keys("Dassault said in a statement that Greece was the first European country "
                      "to buy the Rafale, and that it hoped to sell the jet to other NATO "
                      "members.", "it") == ["Dassault Aviation"]
