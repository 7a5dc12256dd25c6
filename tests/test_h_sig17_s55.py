"""Issue 12, stop 55 (h-sig17): signers listed after a "by" agent's signer noun. "by the heads
of the two delegations, A for X and Sir B for Y": a name may stand for its side and follow an
honorific; "by X's minister of state for foreign affairs, A, and Y's vice foreign minister,
B": each name may have its own title set off by commas (sentences written for these tests,
none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

TREATY = "Treaty of Rivers"
LEAD = f"Peru and Chile signed the {TREATY} on Monday. "


def _signers(run, text: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, a in signed if a == _norm(TREATY)}


def _delegations(count: str, second: str) -> str:
    return (f"The {TREATY} was signed in Lima by the heads of the {count} delegations, "
            f"Miguel Herrera for Peru and {second} for Britain, after a week of talks.")


def test_names_for_their_sides_after_an_honorific(run):
    signers = _signers(run, _delegations("two", "Sir Martin Hale"))
    assert {_norm("Miguel Herrera"), _norm("Martin Hale")} <= signers


def test_names_for_their_sides(run):
    signers = _signers(run, _delegations("two", "Martin Hale"))
    assert {_norm("Miguel Herrera"), _norm("Martin Hale")} <= signers


def test_list_other_than_the_count_adds_no_signer(run):
    assert _norm("Martin Hale") not in _signers(run, _delegations("three", "Martin Hale"))


def _titled(second: str) -> str:
    return (LEAD + "The treaty was signed in the Great Palace by Peru's minister of state "
            f"for external affairs, J.R. Salas, and Chile's {second}, Pedro Munoz, in the "
            "presence of the two presidents.")


def test_each_name_with_its_own_title(run):
    signers = _signers(run, _titled("vice foreign minister"))
    assert {_norm("J.R. Salas"), _norm("Pedro Munoz")} <= signers


def test_own_title_needs_a_signer_noun(run):
    signers = _signers(run, _titled("most famous novelist"))
    assert _norm("Pedro Munoz") not in signers
