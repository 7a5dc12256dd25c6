"""Issue 12, stop 34 (h-sig22): a headline whose plural signing verb the parser reads as a
compound modifier of the agreement noun ("A's government and B sign peace accords in C"),
sentences written for these tests (real spaCy parse); dev d448."""

from __future__ import annotations

from test_challenge_agreements import _observe

from kg.extract.relations.signed import _compound_signing


def _sign(nlp, text):
    return next(t for t in nlp(text) if t.lower_ == "sign")


def test_compound_reading_of_a_headline_sign(nlp):
    # the parser hangs "sign" on "accords" as a compound: a signing with no subject of its own
    assert _compound_signing(_sign(nlp, "Kenya's government and UNITA sign peace accords in "
                                        "Portugal"))
    # a verb with its subject is no compound reading
    assert not _compound_signing(_sign(nlp, "Sudan and Chad sign peace accords in Libya"))


def test_state_of_a_government_in_a_headline_list(run):
    _, signed, _ = _observe(run, "Kenya's government and UNITA sign Bicesse Accords in Portugal")
    assert {("kenya", "bicesse accord"), ("unita", "bicesse accord")} <= signed


def test_government_without_a_state_names_no_signer(run):
    _, signed, _ = _observe(run, "The government and Zambia sign peace accords in Dodoma\n\n"
                            "DODOMA, May 3 - Zambia signed the Dodoma Accords on Friday.")
    assert all(p != "government" for p, _ in signed)
