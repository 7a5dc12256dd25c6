"""Issue 12, stop 48 (s55 h-sup66): "bought … from X" in a relative or reduced clause. The
parser may hang a relative clause on the wrong noun of its antecedent's phrase: on a noun in a
prepositional phrase that names no weapon ("the 30 Lynx helicopters already in service, which
Norway bought from Britain"), or on an apposition that describes a named weapon ("HMNZS Otago,
a frigate that New Zealand bought from Britain"), where the named weapon was bought too.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key or s.span.text, r.key or r.span.text if r else None)
            for rel in relations if rel.relation == "supplies"
            for s in rel.role("supplier") for r in (rel.role("recipient") or (None,))}


def _items(run, text):
    _, relations = run(text)
    return {m.span.text for rel in relations if rel.relation == "supplies"
            for m in rel.role("item")}


def test_relative_clause_hung_on_a_noun_in_the_weapons_phrase(run):
    text = ("Oslo will retire 12 of the 30 Lynx helicopters already in service, which Norway "
            "bought from Britain in 1981.")
    assert ("United Kingdom", "Norway") in _supplies(run, text)
    assert "Lynx helicopters" in _items(run, text)


def test_relative_clause_hung_on_a_phrase_of_the_verb(run):
    text = ("The minister said the navy would retire the 12 Lynx helicopters still in service, "
            "which Norway bought from Britain in 1981.")
    assert ("United Kingdom", "Norway") in _supplies(run, text)


def test_relative_clause_on_an_apposition_also_sells_the_named_weapon(run):
    text = ("The new ship replaces HMNZS Otago, a Leander-class frigate that New Zealand bought "
            "from Britain in 1960.")
    items = _items(run, text)
    assert {"HMNZS Otago", "Leander-class frigate"} <= items, items


def test_relative_clause_on_the_weapon_noun_is_unchanged(run):
    text = "Chile still flies the F-16 jets that it bought from the Netherlands in 2006."
    assert ("Netherlands", "Chile") in _supplies(run, text)


def test_relative_clause_on_a_named_place_sells_no_weapon(run):
    pairs = _supplies(run, "Britain also keeps frigates at the naval base of Duqm, which it "
                           "has leased from Oman since 2018.")
    assert ("Oman", "United Kingdom") not in pairs, pairs
