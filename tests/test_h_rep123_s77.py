"""Issue 12, stop 77 (h-rep123): "<event> that/which X blamed on Y" when X is a pronoun or the
event a re-description.

"a wave of bombings that it blamed on Chile": a singular pronoun accuses, the one coreference
finds (the speaker of the reporting verb whose clause holds the relative: "Lindqvist said …,
which he accused of …"); "the sinking of a patrol boat near Arica, an attack that Lima blamed
on Chile": the indefinite apposition re-describes the definite noun before its comma, which
is the event blamed (dev conventions R4, the accuser's claim;
kg.extract.relations.relative_accusations). Sentences written for these tests, none taken
from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # a pronoun accuser: the state the sentence names before it
    ("Peru closed two ports in March, after a wave of bombings that it blamed on Chile.",
     "Peru", "a wave of bombings on Chile"),
    # the event an indefinite apposition re-describes, wherever the parser hangs it
    ("The talks followed the sinking of a Peruvian patrol boat near Arica, an attack that Lima "
     "blamed on Chile.", "Peru", "the sinking of a Peruvian patrol boat near Arica on Chile"),
    # … the outermost definite noun before the comma, not a place inside it
    ("Bolivia recalled its envoy after the shelling of a border post in the Andes, an attack "
     "that it blamed on Chile.", "Bolivia", "the shelling of a border post in the Andes on "
     "Chile"),
    # a pronoun inside what a speaker says stands for the speaker
    ("His lawyer, Tomas Lindqvist, said Berglund had been hired and then dropped by the "
     "Swedish navy, which he accused of lying about the mission.", "Tomas Lindqvist",
     "the Swedish navy of lying about the mission"),
])
def test_pronoun_or_apposed_event_blamed(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # the accused's own denial after a comma is no part of the accusation
    ("Peru closed two ports in March, after a wave of bombings that Lima blamed on Chile, "
     "which denies any role.", "Peru", "which denies"),
])
def test_accused_denial_left_out(claims, text, claimant, fragment):
    assert not any(fragment in s for c, s in claims(text) if c == claimant), claims(text)


@pytest.mark.parametrize(("text", "claimant"), [
    # the one spoken of in the speaker's clause does not accuse
    ("His lawyer, Tomas Lindqvist, said Berglund had been hired and then dropped by the "
     "Swedish navy, which he accused of lying about the mission.", "Berglund"),
])
def test_no_claim_of_the_one_spoken_of(claims, text, claimant):
    _check(claims(text), claimant, None)
