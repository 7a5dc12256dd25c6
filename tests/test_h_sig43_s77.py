"""Issue 12, stop 77 (h-sig43): signers listed in a shape the parser breaks are all parties.
"A's President B and C's President D signed", "…, and A's Minister for Defence, B, signed":
the parser hangs the first name on a title as an apposition, which the subject's list now
reads (not inside a clause of the subject's own); "was signed by the three foreign ministers:
A of X, B of Y, who …, and C of Z": a list after a colon, with a relative clause on one
name, is the "by" agent's list; "by the two commissioners of …, A of X and B of Y":
commissioners are signer nouns (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _signers(run, text: str) -> set[str]:
    return {party for party, _ in _observe(run, text)[1]}


def test_first_titled_signer_hung_as_an_apposition(run):
    text = ("Liberia and Guinea signed a peace accord.\n\nLiberia's President Ahmad Tejan "
            "Sirleaf and rebel leader Foday Kamara signed an agreement on Saturday to end a "
            "long civil war.")
    signers = _signers(run, text)
    assert {_norm("Ahmad Tejan Sirleaf"), _norm("Foday Kamara")} <= signers


def test_a_name_inside_the_subjects_own_clause_signs_nothing(run):
    text = ("Liberia and Guinea signed a peace accord.\n\nLiberia's President Ahmad Tejan "
            "Sirleaf, who met Guinea's leader, Moussa Kamara, on Sunday, signed the accord on "
            "Saturday.")
    signers = _signers(run, text)
    assert _norm("Ahmad Tejan Sirleaf") in signers
    assert _norm("Moussa Kamara") not in signers


def test_a_colon_list_of_signers_with_a_relative_clause(run):
    text = ("Norway, Portugal and Belgium signed a fisheries treaty in Oslo on Friday.\n\nThe "
            "treaty was signed at the royal palace by the three foreign ministers: Tomas Berg "
            "of Norway, Elena Costa of Portugal, who also chairs the council, and Pieter Vos "
            "of Belgium.")
    signers = _signers(run, text)
    assert {_norm("Tomas Berg"), _norm("Elena Costa"), _norm("Pieter Vos")} <= signers


def test_commissioners_listed_in_apposition_sign(run):
    text = ("The United States and Mexico signed a water-sharing agreement on Tuesday.\n\nThe "
            "agreement was signed by the two commissioners of the joint water commission, "
            "Mark Hale of the United States and Jorge Ruiz of Mexico, at a ceremony in El Paso.")
    signers = _signers(run, text)
    assert {_norm("Mark Hale"), _norm("Jorge Ruiz")} <= signers


def test_a_signers_aide_named_in_a_whose_phrase_signs_nothing(run):
    text = ("Chile and Peru signed a fisheries agreement on Monday.\n\nThe agreement was "
            "signed at the palace by President Ana Rojas and Prime Minister Luis Mendoza, "
            "whose army chief, General Pablo Vera, attended the ceremony.")
    signers = _signers(run, text)
    assert _norm("Pablo Vera") not in signers
