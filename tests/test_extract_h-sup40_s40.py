"""Issue 12, stop 40 (h-sup40): a headline's purchase the tagger reads as a noun phrase. Every
sentence was written for this file (none copied from an article); the expected triples follow
tests/corpus/dev/README.md (SU1, SU5, SU6). Each case lists every (supplier, recipient, items)
triple the text states, so a false one fails it too. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

# (text, {(supplier, recipient or None, (items…))}): headlines (no closing stop)
HEADLINES = [
    # "orders" read as a noun: the nationality before the weapons sells them (SU6)
    ("Kenya orders Russian Su-30 fighters despite US warnings", {("Russia", "Kenya", ("Su-30",))}),
    # "signs for" read as a noun phrase: the "from" actor sells (SU1), not its nationality
    ("Peru signs for 12 trainer aircraft from Brazil's Embraer",
     {("Embraer", "Peru", ("trainer aircraft",))}),
    # headlines the verb rules already read stay as they were
    ("Uganda buys Russian helicopters, first in region", {("Russia", "Uganda", ("helicopter",))}),
    ("Kenya orders Chinese K-8 jets after floods", {("China", "Kenya", ("K-8",))}),
    # negatives: an origin is no seller (SU6); a nationality on a common noun names no firm
    ("Nepal receives first Indian-built Dhruv helicopters", set()),
    ("Kenya orders Chinese-made K-8 jets after floods", set()),
    # negatives: no weapons ordered; "signs for" a state is no purchase
    ("Japan orders troops to southern Iraq", set()),
    ("Egypt signs for Italy in Rome talks", set()),
]


@pytest.mark.parametrize("text, triples", HEADLINES, ids=[c[0][:48] for c in HEADLINES])
def test_headline_purchase(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples

