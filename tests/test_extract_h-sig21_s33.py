"""Issue 12, stop 33 (h-sig21): agreements joined to the one signed (sentences written for
this file, none taken from a corpus; real spaCy parse): "put their signatures to the treaty
and to an exchange of notes", "signed the accord and an exchange of notes" (dev d467)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

NOTES = "exchange of notes (chile\u2013peru)"

# (id, text, (party, agreement) pairs present, pairs absent)
CASES = [
    # a conjoined "to" of a signature verb: the same signers sign the second text
    ("to-and-to", "Chile and Peru signed the Treaty of Lima on Monday. Foreign Ministers Jan "
     "Kowalski and Peter Novak put their signatures to the treaty and to an exchange of notes "
     "on how the water will be shared.",
     {("jan kowalski", "treaty of lima"), ("jan kowalski", NOTES), ("peter novak", NOTES)},
     set()),
    # the second object of the same "to"
    ("to-and", "Chile and Peru signed the Treaty of Lima on Monday. Foreign Ministers Jan "
     "Kowalski and Peter Novak put their names to the treaty and an exchange of notes on how "
     "the water will be shared.",
     {("jan kowalski", NOTES), ("peter novak", NOTES)}, set()),
    # a conjoined object of "signed"
    ("signed-and", "Chile and Peru signed the Treaty of Lima and an exchange of notes on how "
     "the water will be shared.",
     {("chile", "treaty of lima"), ("chile", NOTES), ("peru", NOTES)}, set()),
    # negatives: an agreement that a joined verb (not the signing) takes is not signed
    ("verb-and", "Ghana signed the Volta Basin Accord on Monday and criticised the Rio Pact.",
     {("ghana", "volta basin accord")}, {("ghana", "rio pact")}),
    ("names-verb-and", "Foreign Ministers Jan Kowalski and Peter Novak put their names to the "
     "Volta Basin Accord and praised the Rio Pact.", {("jan kowalski", "volta basin accord")},
     {("jan kowalski", "rio pact"), ("peter novak", "rio pact")}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_agreements_joined_to_the_one_signed(run, case):
    _, text, present, absent = case
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed


# "the two men" as a signing subject, the signers named several sentences before
FAR = ("Chile and Peru signed the Treaty of Lima on Monday. The treaty was signed by Chile's "
       "ambassador, Jan Kowalski, and by Peru's foreign minister, Peter Novak, at the palace. "
       "Under the treaty, Peru may buy rifles through Chilean ports. Officials in Santiago said "
       "Chile had already sold guns to Peru. President Juan Perez told parliament the treaty "
       "threatened nobody, adding that it would last. The two men also put their names to a "
       "separate trade and commerce treaty on the same day.")
TRADE = "trade and commerce treaty (chile\u2013peru)"


def test_two_men_are_the_last_signers(run):
    _, signed, _ = _observe(run, FAR)
    assert {("jan kowalski", TRADE), ("peter novak", TRADE)} <= signed, signed
    assert ("juan perez", TRADE) not in signed


def test_two_men_not_three_signers(run):
    # negative: the last signing names three people, not two: "the two men" stays unresolved
    text = FAR.replace("and by Peru's foreign minister, Peter Novak,",
                       "by Peru's foreign minister, Peter Novak, and by Anna Nowak,")
    _, signed, _ = _observe(run, text)
    assert not {p for p, a in signed if a == TRADE}, signed


@pytest.mark.parametrize("text, present, absent", [
    # the name set off by commas after an unnamed "to" object is the agreement signed
    ("Foreign Ministers Jan Kowalski and Peter Novak put their names to a general statement "
     "of principles, the Lima Declaration, and the president added his signature as a "
     "witness.", {("jan kowalski", "lima declaration"), ("peter novak", "lima declaration")},
     set()),
    # negative: what follows the comma is no agreement: no text signed is made up
    ("Foreign Ministers Jan Kowalski and Peter Novak put their names to a general statement "
     "of principles, the officials said.", set(),
     {("jan kowalski", "lima declaration")}),
])
def test_name_after_the_to_object(run, text, present, absent):
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed
    if not present:
        assert not signed, signed
