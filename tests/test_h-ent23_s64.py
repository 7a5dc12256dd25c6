"""Weapon naming (issue 12, stop 64, h-ent23), on sentences written for this test (invented
states and deals, not taken from any article or corpus): the MQ-9B's own names, SeaGuardian
and SkyGuardian (and their plurals), keep the MQ-9 system (E3: a variant keeps its system);
a maker's name before a kind noun with no designation ("Sukhoi fighters") is the kind
`fighter jet`, not a system of its own nor a firm (dev conventions E3)."""

from __future__ import annotations

import pytest


def _weapons(resolved, text: str) -> dict[str, str]:
    """Mention form → the key of the Weapon node it ends in."""
    return {a: e.key for e in resolved(text) if e.cls == "Weapon" for a in (e.key, *e.aliases)}


def _classes(resolved, text: str) -> dict[str, str]:
    return {a: e.cls for e in resolved(text) for a in (e.key, *e.aliases)}


@pytest.mark.parametrize("text, form", [
    ("Ruritania will receive six SeaGuardian drones for its coast guard next spring.",
     "SeaGuardian drones"),
    ("Borduria flies four SkyGuardians along its eastern border, officials said.",
     "SkyGuardians"),
    ("Ruritania ordered eight MQ-9B SkyGuardian drones from the maker last year.",
     "SkyGuardian drones"),
])
def test_guardian_names_keep_the_mq9(resolved, text, form):
    weapons = _weapons(resolved, text)
    assert weapons.get(form) == "MQ-9 Reaper", weapons


def test_plural_guardian_name_is_no_body(resolved):
    classes = _classes(resolved, "The ministry said eight SkyGuardians would go to the navy.")
    assert classes.get("SkyGuardians") == "Weapon", classes


@pytest.mark.parametrize("text, form", [
    ("By Monday the ministry said Sukhoi fighter jets had been moved to an air base near the "
     "frontier.", "Sukhoi fighter jets"),
    ("Ruritania, which has ordered Sukhoi fighters and tanks from Russia, denied the report.",
     "Sukhoi fighters"),
])
def test_maker_and_kind_noun_is_the_kind(resolved, text, form):
    weapons = _weapons(resolved, text)
    assert weapons.get(form) == "fighter jet", weapons
    assert "Sukhoi" not in _classes(resolved, text)


def test_maker_with_a_designation_keeps_the_system(resolved):
    # guard: the document names the system, so the maker's jets are that system
    text = ("Borduria buys Sukhoi jets\n\nBorduria has bought ten Sukhoi Su-30 fighter jets "
            "from Russia, its defence minister said.")
    weapons = _weapons(resolved, text)
    assert weapons.get("Sukhoi jets") == "Su-30", weapons


def test_maker_with_other_words_keeps_its_own_key(resolved):
    # guard: words that are no kind noun between the maker and the head keep the old key
    weapons = _weapons(resolved, "Ruritania retired its old Boeing transport jets last year.")
    assert weapons.get("Boeing transport jets", "") != "fighter jet", weapons
