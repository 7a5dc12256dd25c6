"""Issue 12, stop 77 (h-slice77): a bank of the seabed. "Bank" ends a lender's name and a sea
feature's alike; an unlisted name ending in it is the place (`Region`, E12) where the text uses
it as one: governed by a place preposition, the goal of a verb of moving forces, or before a
place noun (roles feature_org_heads). A lender stays a body: a lender's word in the name
(bank_words) or a body's people before the preposition ("an analyst at …"). Sentences written
for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, str]:
    """Surface → class of every mention of ``text``."""
    mentions, _ = run(text)
    return {text[m.span.start:m.span.end]: m.cls for m in mentions}


@pytest.mark.parametrize("text, name", [
    ("Two coast guard cutters shadowed a trawler near Kestrel Bank on Friday.", "Kestrel Bank"),
    ("The standoff began at Varda Bank, where the fishing fleet had anchored for a week.",
     "Varda Bank"),
    ("The navy sent two corvettes to the Harrow Bank after the survey ship was turned away.",
     "Harrow Bank"),
    ("Fishermen complained that the treaty gave away most of the Ostend Bank area.",
     "Ostend Bank"),
])
def test_sea_bank_used_as_a_place_is_a_region(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) == "Region", classes


@pytest.mark.parametrize("text, name", [
    ("An analyst at Harlow Bank said the loan would be repaid within ten years.", "Harlow Bank"),
    ("Officials at Harlow Bank said the money had been transferred on Monday.", "Harlow Bank"),
    ("The minister held talks at the Central Bank on the cost of the frigates.", "Central Bank"),
    ("The frigates were paid for with a loan from Harlow Bank.", "Harlow Bank"),
])
def test_lender_stays_a_body(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) != "Region", classes
