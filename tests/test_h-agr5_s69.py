"""Issue 12, stop 69 (h-agr5): a generic agreement kind whose parties neither its sentence nor
a signing clause names, and which is plural ("members are bound by defence agreements") or a
tie between states ("raised relations to a comprehensive strategic partnership"), names no
agreement: no readable gold keys an `Agreement` by a bare kind. A singular treaty kind of no
named parties stays its kind (its mentions name a bloc's pact).

Sentences written for this file (real spaCy parse).
"""

from __future__ import annotations

import pytest


def _agreement_keys(run, text: str) -> list[str]:
    """The keys of the text's Agreement mentions."""
    mentions, _ = run(text)
    return [m.key for m in mentions if m.cls == "Agreement"]


@pytest.mark.parametrize("text", [
    # a tie raised to a kind, no deal signed
    "Ghana and Togo held talks in Lome on Monday. The two leaders later raised ties to a "
    "comprehensive strategic partnership.",
    # a plural kind of no named parties
    "Senegal sent troops to Gambia in January. Officials said members were bound by defence "
    "agreements to help one another.",
])
def test_plural_or_tie_kind_without_parties_is_no_agreement(run, text):
    keys = _agreement_keys(run, text)
    assert "defence agreement" not in keys, keys
    assert "Treaty on Comprehensive Strategic Partnership" not in keys, keys


def test_singular_kind_without_parties_stays(run):
    """Guard: one treaty of a bloc whose parties are not named stays its kind."""
    keys = _agreement_keys(run, "Nine states of the region sign defence treaty in the capital")
    assert keys == ["Mutual Defence Treaty"], keys


def test_kind_with_parties_in_its_sentence_stays(run):
    """Guard: the sentence names both parties, so the kind is their agreement."""
    keys = _agreement_keys(run, "Ghana and Togo signed a defence agreement in Accra on Friday.")
    assert keys == ["defence agreement (Ghana\u2013Togo)"], keys
