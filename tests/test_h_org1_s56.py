"""Issue 12, h-org1 (stop 56): a name no place list holds that NER tagged a place is an
organisation (Agency) in every mention when one mention states it an organised body: an
organised noun in apposition ("Marovia, the guerrilla movement") or a verb of speech it is the
subject of ("Marovia told reporters"). A listed place, a place noun in apposition, and members
named after a place ("Marovia rebels") stay places. Sentences written for these tests, real spaCy
parse."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent58_s43 import _classes


@pytest.mark.parametrize("text", [
    "Talks with Marovia, the guerrilla movement, collapsed on Monday.",
    "Marovia told reporters that the truce would hold.",
])
def test_an_unlisted_name_stated_a_body_is_an_organisation(run, text):
    assert _classes(run, text, "Marovia") == {"Agency"}


def test_every_mention_of_the_name_follows_the_statement(run):
    text = ("Talks with Marovia, the guerrilla movement, collapsed on Monday. Marovia later "
            "said it would return.")
    assert _classes(run, text, "Marovia") == {"Agency"}


@pytest.mark.parametrize("text, name", [
    ("Marovia, the town on the river, was quiet on Monday.", "Marovia"),
    ("Troops moved into Marovia, and Marovia rebels said they had lost the town.", "Marovia"),
    ("Talks with Kirundo, the guerrilla movement, collapsed on Monday.", "Kirundo"),
])
def test_places_stay_places(run, text, name):
    assert _classes(run, text, name) == {"Region"}


def test_an_organisation_stated_so_becomes_a_claimant(claims):
    text = ("Talks with Marovia, the guerrilla movement, collapsed on Monday. Marovia told "
            "reporters that the truce would hold.")
    assert any(c[0] == "Marovia" for c in claims(text))
