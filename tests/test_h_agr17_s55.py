"""Issue 12, h-agr17 (stop 55): an agreement named only by a kind that is one only where it is
signed (agreements.yaml `signing`: a declaration, a joint communique, a ceasefire, a cessation
of hostilities), signed by people the clause does not name ("The two presidents signed a
declaration", "The two leaders put their names to a joint communique", "they had signed a
definitive cessation of hostilities"), is "<kind> (<A>–<B>)" (A1): the parties of the
article's last agreement where its name has two, else the article's two parties (dev d907,
d586, d906). Sentences written for these tests, real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_agr8_s50 import _signed
from tests.test_h_agr9_s51 import _agreements

LEAD = ("ACCRA, May 3 - President John Mahama of Ghana and President Faure Gnassingbe of Togo "
        "met in Accra on Monday to end a quarrel over their border. ")


@pytest.mark.parametrize(("clause", "mention", "kind"), [
    ("The two presidents signed a declaration at the state house, pledging to reopen the "
     "crossing.", "declaration", "declaration"),
    ("The two leaders put their names to a joint communique at the state house.",
     "joint communique", "joint communique"),
    ("The two men signed a ceasefire at the state house.", "ceasefire", "ceasefire"),
])
def test_counted_people_sign_a_signing_kind(run, clause, mention, kind):
    found = _agreements(run, LEAD + clause)
    assert found.get(mention) == f"{kind} (Ghana–Togo)"
    assert ("John Mahama", f"{kind} (Ghana–Togo)") in _signed(run, LEAD + clause)


def test_they_signed_a_cessation_of_hostilities_of_the_last_agreement(run):
    text = ("MAPUTO, Aug 6 - President Jose Nyusi of Mozambique and Carlos Momade, leader of "
            "the rebel movement Renamo, signed a peace agreement, Zambia's foreign ministry "
            "said. The two men "
            "put their signatures to the document in Maputo, five days after they had signed a "
            "definitive cessation of hostilities in the mountains.")
    found = _agreements(run, text)
    new = found.get("definitive cessation of hostilities")
    assert new is not None and new.startswith("cessation of hostilities (")
    # a later "the deal" is still the peace agreement, not the aside
    found = _agreements(run, text + " Under the deal, the rebels will hand in their guns.")
    assert found.get("the deal") != new


@pytest.mark.parametrize("clause", [
    "The two presidents will sign a declaration at the state house.",  # a plan
    "The two presidents did not sign a declaration at the state house.",  # negated
    "The two presidents read a declaration at the state house.",  # no signing
    "The two presidents agreed on a ceasefire at the state house.",  # not a ceasefire's signing
])
def test_no_signing_no_agreement(run, clause):
    keys = _agreements(run, LEAD + clause).values()
    assert not any(k and k.endswith("(Ghana–Togo)") for k in keys)


def test_named_signers_keep_their_own_reading(run):
    text = LEAD + "Ghana and Togo signed a declaration at the state house."
    assert _agreements(run, text).get("declaration") == "declaration (Ghana–Togo)"
