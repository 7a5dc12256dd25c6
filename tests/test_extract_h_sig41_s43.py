"""Issue 12 (h-sig41, stop 43): a passive signing by a verb other than "sign" whose subject
is a definite word for the agreement just named ("The document was inked by A and B", d669,
d607), on sentences written for this file (real spaCy parse), with near-misses. Names are
compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

LEAD = "Kenya and Ghana signed a defence cooperation agreement in Nairobi on Friday. "


def _signed(run, text: str) -> set[tuple[str, str]]:
    """(party, agreement) of the text's asserted signings."""
    return _observe(run, text)[1]


@pytest.mark.parametrize("second", [
    "The document was inked at State House by Kenyan Defence Minister Aden Duale and "
    "Ghanaian Defence Minister Dominic Nitiwul.",
    "The text was initialled at State House by Kenyan Defence Minister Aden Duale and "
    "Ghanaian Defence Minister Dominic Nitiwul.",
])
def test_passive_on_the_document_signs_the_agreement_named(run, second):
    found = _signed(run, LEAD + second)
    deal = {a for _, a in found}
    assert len(deal) == 1  # the one agreement of the first sentence, signed by both ministers
    assert {p for p, _ in found} >= {"aden duale", "dominic nitiwul"}


@pytest.mark.parametrize("second", [
    # a verb that needs the agreement as its object: "adopted" is a vote, no signing
    "The text was adopted in Accra by the Ghanaian parliament in March.",
    # a pronoun: "it" is left to the verbs that read it already
    "It was inked at State House by Kenyan Defence Minister Aden Duale.",
    # papers of another kind, not the agreement
    "The handover documents were inked at State House by Kenyan Defence Minister Aden Duale.",
])
def test_passive_near_misses_sign_nothing_more(run, second):
    found = _signed(run, LEAD + second)
    assert {p for p, _ in found} <= {"kenya", "ghana"}
