"""Issue 12, stop 58 (h-sig5): a signing reaches every agreement a companion preposition joins
to it ("signed a series of agreements, including a memorandum … and an accord …", "sign
naval pact alongside extradition treaty", "signed a pact …, together with a treaty"), not only
the first (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

SERIES = ("President Ana Silva of Chile and Peru's president, Jorge Moreno, held talks in Lima "
          "on Monday. Silva and Moreno signed a series of agreements on Tuesday, including a "
          "memorandum of understanding on fisheries and an accord on building a new port in "
          "Callao.")

HEADLINE = ("Norway, Chile sign naval pact alongside extradition treaty\n\n"
            "OSLO, May 3 - Norway and Chile signed a naval cooperation agreement on Monday "
            "that opens their ports to each other's warships.")

TOGETHER = ("Norway and Chile signed a naval cooperation agreement on Monday, together with an "
            "extradition treaty.")


def _signed_by(run, text: str, signer: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {a for p, a in signed if p == _norm(signer)}


def test_including_reaches_each_listed_agreement(run):
    for signer in ("Silva", "Moreno"):  # (as the sentence names them; resolution joins later)
        found = _signed_by(run, SERIES, signer)
        assert any("memorandum" in a for a in found), found
        assert any("accord" in a for a in found), found


def test_headline_alongside_signs_both(run):
    for signer in ("Norway", "Chile"):
        found = _signed_by(run, HEADLINE, signer)
        assert any("extradition" in a for a in found), found
        assert any("cooperation" in a for a in found), found


def test_together_with_signs_both(run):
    found = _signed_by(run, TOGETHER, "Norway")
    assert any("extradition" in a for a in found), found
    assert any("cooperation" in a for a in found), found


def test_including_on_another_verb_signs_nothing(run):
    # the treaty listed under "remain in force" is no signing of this text
    text = ("Chile signed a fisheries agreement with Peru on Monday. Several accords, including "
            "a 1990 border treaty between Chile and Peru, remain in force.")
    found = _signed_by(run, text, "Chile")
    assert not any("border" in a or a.startswith("agreement (") for a in found), found


def test_including_goods_is_no_agreement(run):
    text = "Chile signed contracts worth $2 billion with Acme on Monday, including radars."
    _, signed, _ = _observe(run, text)
    assert not any("radar" in a for _, a in signed)
