"""h-sig24 (issue 12, stop 66): a passive signing whose "by" agent is a plural signer noun
followed by ", among them A and B" names A and B as signing (S3); each listed item gives the
person it names before any "for"/"of" phrase, a relative clause on an item names nobody, and a
list after a phrase of circumstance is no list of signers (sentences written for these tests,
real spaCy parse; dev d649, d805, d1125)."""

from __future__ import annotations

import pytest

HEAD = "Leaders meet in Lisbon\n\n"


def _parties(relations, text: str) -> list[list[str]]:
    """The parties of each `signed` line of the Treaty of Lisbon."""
    return [roles["party"] for rel, roles in relations(HEAD + text) if rel == "signed"
            and "Treaty of Lisbon" in roles.get("agreement", [])]


@pytest.mark.parametrize("text", [
    # heads of delegations sign, not their sides
    "The Treaty of Lisbon was signed at the Belem Palace by the heads of the five delegations, "
    "among them Karl Meyer for the Liberal Front and Hans Bauer for the Green Alliance.",
    # "including" opens the list too
    "The Treaty of Lisbon was signed on Friday by the leaders of the six rebel movements, "
    "including Karl Meyer of the Liberal Front and Hans Bauer of the Green Alliance.",
])
def test_the_listed_people_sign_not_their_sides(relations, text):
    assert _parties(relations, text) == [["Karl Meyer", "Hans Bauer"]]


def test_a_relative_clause_on_a_listed_signer_names_nobody(relations):
    found = _parties(relations, "The Treaty of Lisbon was signed on the last day of the "
                     "summit by heads of state and government, among them the host, "
                     "Portugal's President Paul Roth, who took over the chair from Otto "
                     "Weber, and Spain's Prime Minister Jan Vogel.")
    assert found == [["Paul Roth", "Jan Vogel"]]


def test_guard_examples_of_witnesses_do_not_sign(relations):
    found = _parties(relations, "The Treaty of Lisbon was signed by the foreign ministers in "
                     "the presence of several envoys, among them Otto Weber.")
    assert not any("Otto Weber" in parties for parties in found)
