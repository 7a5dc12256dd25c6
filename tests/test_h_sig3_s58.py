"""Issue 12, stop 58 (h-sig3): a headline that names several agreements speaks of the lead's
first one with its first agreement only; the others stay agreements of their own, so that a
later sentence that signs one of them reaches it (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

TWO = ("Norway, Chile sign naval pact alongside extradition treaty\n\n"
       "OSLO, May 3 - Norway and Chile signed a naval cooperation agreement on Monday "
       "that opens their ports to each other's warships, together with an extradition treaty "
       "that Santiago had sought for years.\n\n"
       "The justice ministers, Kari Holm and Luis Vera, put their names to the extradition "
       "treaty. Officials said the naval agreement would take effect in June.")

ONE = ("Norway, Chile sign naval pact\n\n"
       "OSLO, May 3 - Norway and Chile signed a naval cooperation agreement on Monday "
       "that opens their ports to each other's warships.\n\n"
       "The ministers, Kari Holm and Luis Vera, put their names to the pact in the capital.")


def _agreement_of(run, text: str, signer: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {a for p, a in signed if p == _norm(signer)}


def test_a_second_headline_agreement_stays_its_own(run):
    agreements, _, _ = _observe(run, TWO)
    assert any("extradition" in a for a in agreements)
    assert any("naval" in a or "cooperation" in a for a in agreements)


def test_signers_of_the_second_agreement_reach_it(run):
    found = _agreement_of(run, TWO, "Kari Holm")
    assert found and all("extradition" in a for a in found)


def test_a_lone_headline_agreement_is_still_the_leads(run):
    agreements, _, _ = _observe(run, ONE)
    assert len({a for a in agreements if "(" in a}) == 1
    assert _agreement_of(run, ONE, "Kari Holm") == _agreement_of(run, ONE, "Luis Vera") != set()
