"""Issue 12, stop 55 (h-sig18): a plural signer told by a pronoun stands for the signers of a
signing told before it. "… five days after they had signed X": a "they" that signs inside a
clause repeats the plural subject of the clause it hangs from (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

TREATY = "Treaty of Rivers"


def _signers(run, text: str, agreement: str = TREATY) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, a in signed if a == _norm(agreement)}


def test_they_in_a_later_clause_repeats_the_counted_subject(run):
    text = ("President Carlos Ortega and Pedro Munoz, leader of the rebel movement, signed a "
            "peace accord in Lima on Tuesday. The two men put their signatures to the accord "
            f"before a large crowd, five days after they had signed the {TREATY} in Cusco.")
    assert {_norm("Carlos Ortega"), _norm("Pedro Munoz")} <= _signers(run, text)


def test_they_in_a_when_clause_repeats_the_listed_subject(run):
    text = ("The loans were granted under a pledge that Foreign Minister Anna Berg and "
            "Defence Minister Tomas Lund put in writing last year, when they signed the "
            f"{TREATY} in Oslo.")
    assert {_norm("Anna Berg"), _norm("Tomas Lund")} <= _signers(run, text)


def test_they_after_one_named_subject_stays_unresolved(run):
    text = f"Anna Berg said on Monday that they had signed the {TREATY} in Oslo."
    assert _norm("Anna Berg") not in _signers(run, text)
