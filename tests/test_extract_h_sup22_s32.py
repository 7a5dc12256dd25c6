"""Issue 12, stop 32 (h-sup22): supply forms (sentences written for these tests, none taken
from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

# --- "flies X bought from A, along with Y from B and C": the sellers of the joined weapons ---


@pytest.mark.parametrize("text, expected", [
    ("Peru already flies Mirage 2000 fighters bought from France in the 1980s, along with "
     "MiG-29 fighters from Belarus.", {("Belarus", "Peru"), ("France", "Peru")}),
    ("Kenya operates F-5 fighters bought from Jordan, along with Hawk trainers from Britain "
     "and Canada.", {("United Kingdom", "Kenya"), ("Canada", "Kenya"), ("Jordan", "Kenya")}),
])
def test_weapons_along_with_a_purchase_have_their_own_sellers(role_pairs, text, expected):
    assert expected <= role_pairs(text)


def test_the_joined_weapons_go_to_their_own_seller_only(role_pairs):
    text = ("Peru already flies Mirage 2000 fighters bought from France in the 1980s, along with "
            "MiG-29 fighters from Belarus.")
    items = role_pairs(text, roles=("supplier", "item"))
    assert ("Belarus", "MiG-29") in items
    assert ("France", "MiG-29") not in items


@pytest.mark.parametrize("text", [
    # (no seller in the joined phrase, no material in it)
    "Peru already flies Mirage 2000 fighters bought from France, along with its own trainers.",
    "Peru operates Mirage 2000 fighters bought from France, along with pilots from Belarus.",
])
def test_no_seller_without_a_from_phrase_on_weapons(role_pairs, text):
    assert "Belarus" not in {a for a, _ in role_pairs(text)}


# --- "sent Stinger missiles to UNITA": an upper-case name the parser reads as an infinitive ---


@pytest.mark.parametrize("text, expected", [
    ("Cuba has supplied the army with rifles, while Zaire has sent mortars to UNITA since 1985.",
     ("Zaire", "UNITA")),
    ("Pretoria gave the army trucks, while Zaire has sent mortars to UNITA since 1985.",
     ("Zaire", "UNITA")),
])
def test_an_upper_case_name_after_to_receives(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_a_real_infinitive_names_no_recipient(role_pairs):
    text = "Libya sent rockets to arm the rebels last year."
    assert not any(b == "arm" for _, b in role_pairs(text))
