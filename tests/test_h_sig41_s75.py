"""Issue 12, stop 75 (h-sig41): a deal signed in a relative clause whose subject is a
collective description of the article's pair: "the X Pact, which the two countries signed in
1975" (the parser may hang "the two countries" on the pact, the "which" on the plural), "the
treaty they signed with C" where "they" repeats a passive's plural subject ("the two
neighbours are bound by …"), and "a memorandum of intent that the two governments signed",
a deal of its own kind (sentences written for these tests, none taken from a corpus; real
spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

TREATY = "Treaty of Rivers"


def _signers(run, text: str, agreement: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, a in signed if a == _norm(agreement)}


def test_comma_which_the_two_countries_signed(run):
    text = ("Chile and Peru held talks in Lima on Friday. The two ministers also discussed the "
            "Border Pact, which the two countries signed in 1975, and a row over fishing rights.")
    assert {_norm("Chile"), _norm("Peru")} <= _signers(run, text, "Border Pact")


def test_they_repeats_a_passive_plural_subject(run):
    text = ("Norway and Iceland signed a fisheries pact in Oslo on Monday. The two neighbours "
            f"are already bound by the {TREATY} they signed with Denmark in 1951.")
    assert {_norm("Norway"), _norm("Iceland")} <= _signers(run, text, TREATY)


def test_they_after_one_passive_state_gives_nothing(run):
    text = f"Norway is already bound by the {TREATY} they signed with Denmark in 1951."
    assert _norm("Norway") not in _signers(run, text, TREATY)


def test_memorandum_of_intent_is_a_deal_of_its_own(run):
    text = ("Portugal and Brazil signed a shipping pact in Lisbon on Monday. The pact replaces a "
            "memorandum of intent that the two governments signed in 1990, which had set no "
            "targets.")
    deal = "memorandum of intent (Portugal–Brazil)"
    assert {_norm("Portugal"), _norm("Brazil")} <= _signers(run, text, deal)
