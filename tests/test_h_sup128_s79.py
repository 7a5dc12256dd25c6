"""Issue 12, stop 79 (h-sup128): a person who signs a contract for goods ("Defence Minister A
signed a contract with B for …", "… which A signed with B's chief executive C") signs for a
state or firm and is no party to the supply the deal makes (relations/signed.py
``_dealing_for``): the state or firm his title names in the sentence stands in for him, else
he is left out. A person who supplies or buys outside a signed deal stays a party. Sentences
written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest


def _people(run, text: str) -> set[str]:
    """Every Person filling a supplier or recipient role of a supplies mention."""
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "supplies"
            for role in ("supplier", "recipient") for m in r.role(role) if m.cls == "Person"}


@pytest.mark.parametrize("text", [
    # the buyer's minister signs; his state is named only in the sentences before
    "Austria buys French howitzers\n\nVIENNA, May 3 - Austria has ordered 20 Caesar howitzers "
    "from the French firm Nexter, the defence ministry said.\n\nDefence Minister Karl Brenner "
    "signed a contract with Nexter in March for the first twelve guns.\n",
    # a minister and a firm's chief sign the contract: neither is a party
    "Portugal buys Swiss trainers\n\nLISBON, June 2 - Portugal has placed an order worth 90 "
    "million euros with the Swiss manufacturer Pilatus Aircraft for six PC-21 trainers, the "
    "Ministry of Defence said on Monday.\n\nThe contract, which Minister for Defence Paul Walsh "
    "signed in Lisbon yesterday with Pilatus chief executive Hans Meier, also includes a flight "
    "simulator and spares.\n",
])
def test_contract_signer_is_no_supplies_party(run, text):
    assert not _people(run, text)


def test_signers_titled_state_stands_in(role_pairs):
    text = "Chilean Defence Minister Jorge Fuentes signed a contract with Saab for 12 Gripen " \
           "fighters on Tuesday."
    pairs = role_pairs(text)
    assert ("Saab", "Chile") in pairs
    assert not any(b == "Jorge Fuentes" for _, b in pairs)


@pytest.mark.parametrize("text, pair", [
    ("Peru signed a contract with Saab for 12 Gripen fighters.", ("Saab", "Peru")),
    # people who supply or buy outside a signed deal stay parties
    ("Liberian warlord Charles Taylor supplied the rebels of the RUF with rifles and mortars, "
     "the court found.", ("Charles Taylor", "RUF")),
    ("Venezuelan President Hugo Chavez has bought 24 Su-30 fighters from Russia.",
     ("Russia", "Hugo Chavez")),
])
def test_other_supplies_stay(role_pairs, text, pair):
    assert pair in role_pairs(text)
