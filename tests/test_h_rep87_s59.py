"""Issue 12, stop 59 (s66 h-rep87): an accusation written as a relative clause on the accused.

"Bolivia, which Peru has long accused of stirring unrest", "a government that Chile accuses of
sponsoring terrorism", "attacks on tankers, which Peru blamed on Bolivia": kg took such a
clause for a reporting verb that only names its noun ("the waters it claims") and gave no
claim. The accuser's claim is the accusation, the accused as the text names it (dev
conventions R4, R10). Sentences written for these tests, none taken from a corpus; real spaCy
parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Bolivia, which Peru has long accused of stirring unrest among its miners, did not "
     "comment.", "Peru", "Bolivia of stirring unrest among its miners"),
    ("He said the deal tied the country to a government that Chile accuses of sponsoring "
     "terrorism.", "Chile", "a government of sponsoring terrorism"),
    ("Chile stayed out of the coalition formed after attacks on tankers last year, which Peru "
     "blamed on Bolivia.", "Peru", "attacks on tankers last year on Bolivia"),
    ("Bolivia, which Peru accuses of arming the rebels, denied the report.", "Peru",
     "Bolivia of arming the rebels"),
])
def test_relative_accusation_is_the_accusers_claim(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    # the relative pronoun is the accuser, not the accused: its claim is the subject's own
    ("Peru, which accused Bolivia of arming the rebels, recalled its ambassador.", "Bolivia"),
    # a pronoun accuser: whom it stands for is not in the sentence
    ("Rights groups criticised Lima for backing the Bolivian government, which they accuse "
     "of jailing opponents.", "Bolivia"),
    # no charge after the verb: nothing is said of the noun
    ("The officers whom Peru blamed were later released.", "Peru"),
])
def test_no_relative_accusation(claims, text, claimant):
    _check(claims(text), claimant, None)
