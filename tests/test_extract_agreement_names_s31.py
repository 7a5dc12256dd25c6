"""Issue 12, stop 31, h-agr8: an unnamed agreement mention that is the document's named
agreement (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements

# --- a naming verb gives the agreement just signed its name (d427, d350) ----------------------

@pytest.mark.parametrize("text, name", [
    ("The government of Peru and the rebel front signed an accord on Monday to end the war. "
     "Diplomats call the document the Huallaga Valley Peace Accord.",
     "Huallaga Valley Peace Accord"),
    ("Chile and Argentina signed a border agreement on Friday. The two foreign ministers signed "
     "the pact, named the Andes Friendship Agreement after the mountains they share.",
     "Andes Friendship Agreement"),
])
def test_a_name_given_by_a_naming_verb_is_the_signed_agreement(run, text, name):
    assert set(_agreements(run, text)) - {None} == {name}  # (the name itself has no key)


def test_a_called_name_of_another_agreement_stays_apart(run):
    # the name holds no word of the signed one's mentions: no evidence they are one
    text = ("Chile and Argentina signed a border pact on Friday. Critics call the old rules the "
            "Santiago Protocol.")
    assert "border pact (Chile–Argentina)" in _agreements(run, text)
