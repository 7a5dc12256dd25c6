"""Issue 12, stop 33 (h-sup26): a state's service that opens the object of a verb of giving,
which the parser hung on the goods as a modifier (sentences written for these tests, none
taken from a corpus; real spaCy parse): "sold Myanmar's army artillery" (dev d485), "had
given the Fijian army rifles" (dev d413)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the state's possessive opens the object: its service received the goods
    ("Britain, which sold Kenya's army rifles and mortars in the 1970s, declined to comment.",
     ("United Kingdom", "Army (Kenya)")),
    # "the" and the state's adjective open the object
    ("Britain sold the Kenyan army rifles in 1970.", ("United Kingdom", "Army (Kenya)")),
    ("France has given the Malian air force two attack helicopters.",
     ("France", "Air Force (Mali)")),
])
def test_service_opening_the_object(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_service_keeps_the_items(role_pairs):
    text = "Britain sold the Kenyan army rifles in 1970."
    assert ("United Kingdom", "rifle") in role_pairs(text, roles=("supplier", "item"))


def test_service_is_an_entity(run):
    mentions, _ = run("Britain, which sold Kenya's army rifles in the 1970s, declined to comment.")
    assert "Army (Kenya)" in {m.key for m in mentions}


@pytest.mark.parametrize("text", [
    # no article, no possessive: a kind of goods ("army rifles"), the state is their origin
    "Britain sold Kenyan army rifles in 1970.",
    # a "to" names the recipient: the army's own goods
    "Britain sold the Kenyan army rifles to Uganda in 1970.",
])
def test_no_service_recipient(role_pairs, text):
    assert not any(r.startswith("Army") for _, r in role_pairs(text))
