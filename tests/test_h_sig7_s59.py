"""Issue 12, stop 59 (h-sig7): a signing that names its agreement back ("the document", "which
also signed") takes the article's signed agreement, not a background one named after it
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _observe
from test_h_sig5_s58 import _signed_by

BACKGROUND = ("LIMA, May 3 - Ecuador and Colombia signed a fisheries accord on Monday that "
              "carries out the last clauses of the 1942 Treaty of Quito. The foreign ministers, "
              "Ana Rios and Tomas Vidal, put their signatures to the document.")

ALSO = ("Norway and Chile signed the Treaty on Clear Skies in Oslo on Friday. Officials said the "
        "flights would check the cuts required by the Treaty on Conventional Forces. Estonia, "
        "which also signed, said its quota was too small.")

TWO = ("Chile and Peru signed a border agreement and a treaty of friendship on Monday. "
       "The two documents were signed in Lima by Foreign Minister Jorge Moreno and his "
       "Peruvian counterpart, Luis Ortega.")


def test_document_is_the_signed_accord_not_the_background_treaty(run):
    for signer in ("Ana Rios", "Tomas Vidal"):
        found = _signed_by(run, BACKGROUND, signer)
        assert found and not any("quito" in a for a in found), found


def test_also_signed_is_the_signed_treaty(run):
    found = _signed_by(run, ALSO, "Estonia")
    assert any("clear skie" in a for a in found), found
    assert not any("conventional" in a for a in found), found


def test_one_document_takes_one(run):
    text = TWO.replace("The two documents were", "The document was")
    found = _signed_by(run, text, "Jorge Moreno")
    assert len(found) == 1, found


def test_several_signed_keep_the_last_named(run):
    # two agreements signed before: "the document" stays the one named last
    text = ("Chile and Peru signed a border agreement on Monday. Chile and Bolivia signed a "
            "trade pact on Tuesday. Foreign Minister Jorge Moreno put his signature to the "
            "document.")
    found = _signed_by(run, text, "Jorge Moreno")
    assert any("pact" in a or "bolivia" in a for a in found), found


def test_no_signing_before_keeps_the_last_named(run):
    text = ("The 1942 Treaty of Quito fixed the border. Ana Rios and Tomas Vidal put their "
            "signatures to the document on Monday.")
    _, signed, _ = _observe(run, text)
    assert any("quito" in a for _, a in signed), signed
