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


# --- a name that is itself signed just after: a bare "agreement" fits it (d228, d128, d430) -----

@pytest.mark.parametrize("text, name", [
    ("Sudan's government and the SPLM rebels signed a peace agreement in Nairobi on Monday. The "
     "Machakos Protocol was signed by the foreign minister and the rebel leader.",
     "Machakos Protocol"),
    ("Chile and Argentina signed a border agreement on Friday, the first accord of the two "
     "states in a decade. The two ministers signed the Andes Convention in a tent.",
     "Andes Convention"),
])
def test_a_signed_name_just_after_is_the_bare_agreement(run, text, name):
    assert set(_agreements(run, text)) - {None} == {name}


def test_a_dated_agreement_is_not_the_signed_name(run):
    text = ("Chile and Argentina signed a new treaty on Friday, replacing the 1984 agreement "
            "between them. The two ministers signed the Andes Convention in a tent.")
    assert "agreement (Chile–Argentina)" in _agreements(run, text)


def test_a_name_signed_paragraphs_later_is_another_agreement(run):
    text = ("Chile and Argentina signed an agreement on Friday on border patrols. The ministers "
            "met for two hours. They spoke of trade. They spoke of fishing. Diplomats said "
            "the talks were warm. The patrols begin in May, a year after both states signed "
            "the Andes Convention.")
    keys = _agreements(run, text)
    assert keys[0] != "Andes Convention"
