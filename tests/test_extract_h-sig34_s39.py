"""Issue 12, stop 39 (h-sig34): a signing by a counted group in a relative clause whose "that"
the parser leaves outside it ("the declaration that the two governments adopted", read as
"that" + "governments adopted" hung on the plural): the group's states sign the agreement the
clause describes, not the sentence's first agreement (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _observe


def test_that_relative_of_two_governments_signs_the_described_agreement(run):
    text = ("Chile and Peru signed a fisheries agreement in Lima on Monday. The agreement builds "
            "on a joint declaration that the two governments adopted in March, when the Chilean "
            "president visited the city.")
    _, signed, _ = _observe(run, text)
    declaration = [a for p, a in signed if a.startswith("joint declaration")]
    assert declaration, signed
    assert {p for p, a in signed if a == declaration[0]} == {"chile", "peru"}


def test_zero_relative_without_that_still_signs(run):
    text = ("Ghana and Togo have grown closer. The troops crossed under a defence pact the two "
            "countries signed in 2019.")
    _, signed, _ = _observe(run, text)
    assert {p for p, _ in signed} == {"ghana", "togo"}


def test_that_clause_with_an_object_is_no_relative_signing(run):
    text = ("Chile and Peru signed a fisheries agreement in May. Officials said that the two "
            "governments signed it quickly.")
    _, signed, _ = _observe(run, text)
    assert {p for p, _ in signed} == {"chile", "peru"}
