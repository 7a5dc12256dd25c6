"""Issue 12, stop 73 (h-sig38): a relative clause whose signer is a pronoun, "the accord they
signed in 1991", "an agreement that they signed": the "they" repeats the plural subject of the
clause the agreement hangs from, as its object or the object of one of its prepositions (the
subject a counted plural, "The two countries", or a "They" that repeats the sentence before's
"the two sides"); a "they" whose clause has no plural party as its subject gives nothing
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

TREATY = "Treaty of Rivers"


def _signers(run, text: str, agreement: str = TREATY) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, a in signed if a == _norm(agreement)}


def test_zero_relative_they_after_a_preposition_repeats_the_counted_subject(run):
    text = ("Norway and Chile signed a fisheries pact in Oslo on Monday. The two countries "
            "already share patrol data on each other's fleets for boats crossing the "
            f"ocean, under the {TREATY} they signed in 1987.")
    assert {_norm("Norway"), _norm("Chile")} <= _signers(run, text)


def test_that_they_on_an_object_repeats_a_they_told_by_the_sides(run):
    text = ("Peru and Ecuador agreed on Monday to reopen their embassies within a month, "
            "ending a long rupture.\n\nUnder the statement the two sides will respect each "
            "other's borders and refrain from backing rebels. They also promised to revive "
            f"the {TREATY} that they signed in 1998 but had left unused for years.")
    assert {_norm("Peru"), _norm("Ecuador")} <= _signers(run, text)


def test_they_whose_clause_subject_is_no_party_gives_nothing(run):
    text = ("Peru and Ecuador held talks in Lima on Monday. Critics of both governments "
            f"attacked the {TREATY} they signed in 1998.")
    assert not _signers(run, text) & {_norm("Peru"), _norm("Ecuador")}


def test_they_after_one_named_state_gives_nothing(run):
    text = ("Peru already shares patrol data with its neighbours under the "
            f"{TREATY} they signed in 1998.")
    assert _norm("Peru") not in _signers(run, text)
