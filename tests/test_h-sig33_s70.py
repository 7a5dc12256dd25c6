"""Issue 12, stop 70 (h-sig33): the later signers of a passive "by" list that the parser hangs
outside the list are signers too (S3: the people named as signing are the parties).

1. "…, and the head of the X Authority, C": C, set by the parser in apposition to the body of
   the signer noun's "of", signs (not the body).
2. "by A, the secretary of X, and B, the …'s adviser": B, joined by the parser to another verb,
   signs.

Guards: a name that is the subject of a clause of its own ("…, and B said"), and a witness
named "in the presence of" a title, sign nothing. Sentences written for this file (real
spaCy parse).
"""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

LEAD = "Chile, Peru and Bolivia agreed on Monday to share the waters of the Lauca river. "


def _signers(run, text: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, _ in signed}


def test_name_apposed_to_a_title_body_signs(run):
    text = LEAD + ("The memorandum was signed by Chile's foreign minister, Ana Torres, Peru's "
                   "water minister, Luis Vargas, and the head of the Bolivian Water Authority, "
                   "Carlos Mendoza, with bankers looking on.")
    signers = _signers(run, text)
    assert {_norm("Ana Torres"), _norm("Luis Vargas"), _norm("Carlos Mendoza")} <= signers, \
        signers


def test_name_after_an_apposed_title_signs(run):
    text = LEAD + ("The deal was set out in a joint statement signed after three days of talks "
                   "by Ana Torres, the secretary of Chile's National Defence Council, and Luis "
                   "Vargas, the republic's security adviser.")
    signers = _signers(run, text)
    assert {_norm("Ana Torres"), _norm("Luis Vargas")} <= signers, signers


def test_name_with_a_clause_of_its_own_does_not_sign(run):
    """Guard: "…, and B said …": B speaks, he does not sign."""
    text = LEAD + ("The memorandum was signed by Ana Torres, the secretary of Chile's National "
                   "Defence Council, and Luis Vargas said on Tuesday that Peru would follow.")
    signers = _signers(run, text)
    assert _norm("Luis Vargas") not in signers, signers


def test_witness_of_a_title_body_does_not_sign(run):
    """Guard: the holder of a title named "in the presence of" is a witness."""
    text = LEAD + ("The memorandum was signed by Chile's foreign minister, Ana Torres, in the "
                   "presence of the head of the Bolivian Water Authority, Carlos Mendoza.")
    signers = _signers(run, text)
    assert _norm("Carlos Mendoza") not in signers, signers
