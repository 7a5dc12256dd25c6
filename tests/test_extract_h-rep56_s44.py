"""Issue 12, stop 44 (s50 h-rep56): a person who qualifies a named body ("the ZANU party of
X", "X's self-styled junta" where kg types no word of the name) leads it; the body, not he,
speaks, and where kg does not know the body there is no claimant rather than the leader.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def test_the_body_of_a_person_speaks_not_the_person(claims):
    text = ("Talks rejected\n\nLUSAKA, May 4 (1977) - The rival UNITA movement of Jonas "
            "Savimbi said on Tuesday that the talks in Luanda were a trap.")
    found = {c for c, _ in claims(text)}
    assert "UNITA" in found, claims(text)
    assert "Jonas Savimbi" not in found


@pytest.mark.parametrize("subject, body, leader", [
    ("The ZANU party of Robert Mugabe", "ZANU", "Robert Mugabe"),
    ("The FRELIMO movement of Samora Machel", "FRELIMO", "Samora Machel"),
])
def test_a_party_of_its_leader_speaks(claims, subject, body, leader):
    text = (f"Talks rejected\n\nMAPUTO, May 4 (1977) - {subject} said on Tuesday that the talks in "
            "Geneva had failed.")
    found = {c for c, _ in claims(text)}
    assert body in found and leader not in found, claims(text)


def test_a_person_who_speaks_still_speaks(claims):
    text = ("Talks rejected\n\nLUSAKA, May 4 (1977) - Jonas Savimbi, the leader of UNITA, "
            "said on Tuesday that the talks in Luanda were a trap.")
    assert "Jonas Savimbi" in {c for c, _ in claims(text)}, claims(text)
