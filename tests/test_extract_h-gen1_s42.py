"""Issue 12, stop 42 (s48 h-gen1): a bare plural weapon word ("jets", "fighters") that heads
its own noun phrase is the generic kind (dev README E4) unless the article names a system it
refers to (E7), a civil word makes it an airliner, or a "fighters" stands for people.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _weapons(run, text: str) -> list[tuple[str, str]]:
    mentions, _ = run(text)
    return [(m.span.text, m.key or m.lemma) for m in mentions if m.cls == "Weapon"]


def test_bare_plural_jets_are_the_fighter_kind(run):
    for text in ("Border clash\n\nThe ministry said Ruritanian jets had bombed two villages near "
                 "the river on Monday.",
                 "Old ties\n\nMoscow sold the island most of its tanks and jets in the 1970s, "
                 "diplomats said."):
        assert ("jets", "fighter jet") in _weapons(run, text), _weapons(run, text)


def test_supply_of_bare_jets(supply_keys):
    found = supply_keys("Old ties\n\nFrance has supplied the Malagasy army with jets and "
                        "artillery since 1975, officials said.")
    assert ("France", "Army (Madagascar)", "fighter jet") in found, found


def test_civil_or_anaphoric_or_combatant_plurals_are_no_kind(run):
    for text in ("Busy skies\n\nThe airline ordered 20 passenger jets, and private jets "
                 "crowded the airport.",
                 "Air deal\n\nPoland bought 12 MiG-29s in 1995; the last of the 12 jets "
                 "arrived in May.",
                 "Town falls\n\nRebel fighters seized the town, and fighters loyal to the "
                 "colonel fled north."):
        assert not any(key == "fighter jet" for _, key in _weapons(run, text)), \
            _weapons(run, text)


def test_carrier_before_a_named_ship_is_the_kind(run):
    found = _weapons(run, "Fleet moves\n\nThe carrier USS Bunker Hill left the port on Friday "
                          "with three destroyers, the navy said.")
    assert ("carrier", "aircraft carrier") in found, found
    assert not any(key == "aircraft carrier" for _, key in _weapons(
        run, "Parade\n\nThe army showed armoured personnel carriers and trucks."))
