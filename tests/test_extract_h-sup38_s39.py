"""Issue 12, stop 39 (h-sup38): `supplies` on text kg has not seen. Every sentence was written
for this file (none copied from an article); the expected triples follow
tests/corpus/dev/README.md. Each case lists every (supplier, recipient, items) triple the text
states, so a false one fails it too. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

# (text, {(supplier, recipient or None, (items…))})
HELD = [
    # weapons held through a count or fleet of them: the holder received them
    ("Peru's army still uses a number of AMX-13 tanks bought from France in the 1960s.",
     {("France", "Army (Peru)", ("AMX-13 tank",))}),
    ("The Peruvian army operates dozens of T-55 tanks that the Soviet Union sold in the 1970s.",
     {("Soviet Union", "Army (Peru)", ("T-55 tank",))}),
    # weapons joined "along with" / "together with" to what a holder flies
    ("Indonesia's air force flies F-16 fighters together with Su-27 jets bought from Russia.",
     {("Russia", "Air Force (Indonesia)", ("Su-27",))}),
    # negatives: a noun that is no count of them, or a verb that is no holding
    ("Chile's navy operates the successor of the frigates that Britain sold.",
     {("United Kingdom", None, ("frigate",))}),
    ("Chile's president praised a handful of the tanks that Germany supplied.",
     {("Germany", None, ("tank",))}),
]


@pytest.mark.parametrize("text, triples", HELD, ids=[c[0][:48] for c in HELD])
def test_holder_through_count_or_along_with(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples


# (text, {(supplier, recipient or None, (items…))}): "would" in what a past verb of saying
# reports is the speaker's "will", a fact where a contract or a firm binds the supply
REPORTED_WILL = [
    ("The minister said Moscow would deliver helicopters to the Tajik army under a cooperation "
     "agreement signed on Friday.", {("Russia", "Army (Tajikistan)", ("helicopter",))}),
    ("Officials said Saab would supply Gripen jets to Thailand.",
     {("Saab", "Thailand", ("Gripen",))}),
    # negatives: no contract or firm, a condition, a plan, or no past verb of saying
    ("The minister said Moscow would deliver helicopters to the Tajik army.", set()),
    ("The minister said Moscow would deliver helicopters to the Tajik army if Dushanbe paid.",
     set()),
    ("Officials said Saab would consider supplying Gripen jets to Thailand.", set()),
    ("Officials hoped Saab would supply Gripen jets to Thailand.", set()),
]


@pytest.mark.parametrize("text, triples", REPORTED_WILL, ids=[c[0][:48] for c in REPORTED_WILL])
def test_reported_would_is_will(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples
