"""Stop 44 (s51 h-sup55): named systems coordinated before a shared kind noun ("IRIS-T and
Patriot systems", "Su-27 and Su-30 fighters") are each an item of the supply, wherever the
parser hangs the first one (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations


def _items(supply_keys, text: str) -> set[str]:
    return {i for _, _, i in supply_keys(text)}


def test_the_member_before_a_named_kind_phrase_is_an_item_too(supply_keys):
    text = ("Air defence sent\n\nParis has delivered IRIS-T and Patriot systems to Warsaw, "
            "ministers said.")
    items = _items(supply_keys, text)
    assert {"IRIS-T", "Patriot air defence system"} <= items, supply_keys(text)


def test_the_first_of_two_named_models_sharing_a_noun(supply_keys):
    text = "Jets bought\n\nVietnam has also bought Su-27 and Su-30 fighters from Moscow."
    keys = supply_keys(text)
    assert ("Russia", "Vietnam", "Su-30") in keys, keys
    assert any(s == "Russia" and r == "Vietnam" and i.lower() == "su-27" for s, r, i in keys), keys


def test_a_named_system_with_its_kind_noun_stays_one_item(supply_keys):
    text = "Trainers bought\n\nGhana has bought K-8 trainer jets from Beijing."
    assert _items(supply_keys, text) == {"K-8"}, supply_keys(text)
