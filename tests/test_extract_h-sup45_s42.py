"""Issue 12, stop 42 (s48 h-sup45): a participle aside set off by commas after a weapon is
read on that weapon, whatever the parser hung it on: ", bought from X," names the weapon's
seller, and a "from" past the aside's closing comma is the purchase's. Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _supplies(run, text: str) -> set[tuple[str, str, str]]:
    """(supplier, recipient or "", item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(s.key or s.lemma, r.key or r.lemma if r else "", i.key or i.lemma)
            for x in rels if x.relation == "supplies"
            for s in x.role("supplier") for r in x.role("recipient") or [None]
            for i in x.role("item")}


def test_aside_hung_on_the_main_verb_describes_the_weapon(run):
    found = _supplies(run, "Navy plan\n\nNorway plans to arm them with Penguin anti-ship "
                           "missiles, bought from the United States, and Aster surface-to-air "
                           "missiles produced by the European group MBDA.")
    assert ("United States", "Norway", "Penguin") in found, found


def test_the_outer_list_after_an_aside_is_not_shared(run):
    found = _supplies(run, "Navy plan\n\nGreece intends to equip the boats with Harpoon "
                           "anti-ship missiles, bought from the United States, and Mistral "
                           "surface-to-air missiles built by the French group MBDA.")
    assert ("United States", "Greece", "Harpoon") in found, found
    assert not {f for f in found if f[0] == "United States" and f[2] == "Mistral"}, found


def test_from_after_the_asides_closing_comma_is_the_purchases(run):
    found = _supplies(run, "Border row\n\nIndia says Nepal bought its Scud missiles, tested "
                           "in May, from China, a claim Kathmandu denies.")
    assert ("China", "Nepal", "Scud") in found, found


def test_an_aside_with_no_seller_gives_no_supply(run):
    found = _supplies(run, "Fleet news\n\nChile plans to fit the corvettes with Harpoon "
                           "missiles, tested in March, and new radars.")
    assert not found, found
