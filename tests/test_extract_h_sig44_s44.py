"""Issue 12, stop 44 (s50 h-sig44): "A was the first to sign the treaty. He was followed by B
of X and C of Y": those who followed the first signer in the next sentence signed the same
agreement (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _signed(run, text: str) -> list[tuple[set[str], set[str]]]:
    """(parties, agreements) of every signed relation."""
    _, relations = run(text)
    return [({m.key or m.span.text for m in r.role("party")},
             {m.key or m.span.text for m in r.role("agreement")})
            for r in relations if r.relation == "signed"]


def test_followers_of_the_first_signer_sign(run):
    found = _signed(run, "Austria's foreign minister, Karin Muller, was the first to sign the "
                         "Arms Trade Treaty at the United Nations on Monday. She was followed "
                         "by the envoys of Mexico and of Ireland.")
    assert any({"Mexico", "Ireland"} <= parties and "Arms Trade Treaty" in deals
               for parties, deals in found), found


def test_named_followers_of_the_first_signer_sign(run):
    found = _signed(run, "Mexico and Ireland signed the Arms Trade Treaty in New York on "
                         "Monday. President Enrique Pena Nieto of Mexico was the first to sign. "
                         "He was followed by President Michael Higgins of Ireland.")
    assert any("Michael Higgins" in parties and "Arms Trade Treaty" in deals
               for parties, deals in found), found


def test_followers_of_a_first_arrival_sign_nothing(run):
    found = _signed(run, "Mexico and Ireland signed the Arms Trade Treaty in New York on "
                         "Monday. Foreign Minister Karin Muller of Austria was the first to "
                         "arrive at the hall. She was followed by the envoys of Chile and of "
                         "Peru.")
    assert not any(parties & {"Chile", "Peru"} for parties, _ in found), found
