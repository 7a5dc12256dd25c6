"""Issue 12, stop 49 (s56 h-sup67): the items of a supply named in an example list outside the
verb's own arguments: ", among them A and B" (the parser makes the list a second object of
"among" or the head "among them" hangs on), "such as A", and an "including" list that closes
the phrase of a relative clause's antecedent ("the US weapons it has ordered, including …"),
which the parser hangs above the clause. Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations


def _items(run, text, supplier):
    _, relations = run(text)
    return {(i.key or i.span.text) for rel in relations if rel.relation == "supplies"
            if any((s.key or s.span.text) == supplier for s in rel.role("supplier"))
            for i in rel.role("item")}


def test_among_them_list_after_a_sum_names_the_items(run):
    items = _items(run, "Officials said that Russia had sold Algeria arms worth several "
                        "billion dollars, among them Su-30 fighters and T-90 tanks.", "Russia")
    assert {"Su-30", "T-90 tank"} <= items, items


def test_among_them_after_a_received_kind_names_the_items(run):
    items = _items(run, "Syria has received some 300 combat aircraft from the Soviet Union, "
                        "among them MiG-23 interceptors, the report said.", "Soviet Union")
    assert any("MiG-23" in i for i in items), items


def test_among_other_things_is_no_list(run):
    items = _items(run, "France sold Chile Exocet missiles, among other things, in 1980.",
                   "France")
    assert any("Exocet" in i for i in items), items


def test_including_after_a_relative_clause_names_its_items(run):
    items = _items(run, "Poland has complained of delays in the US weapons it has ordered, "
                        "including Patriot missiles and HIMARS rocket launchers.",
                   "United States")
    assert "HIMARS" in items, items


def test_what_a_listed_item_is_for_is_no_item(run):
    items = _items(run, "Korea buys most of its arms from the United States, among them "
                        "Harpoon missiles and the SPY-1 radar for its frigates.", "United States")
    assert any("Harpoon" in i for i in items) and not any("frigate" in i for i in items), items


def test_a_name_apposed_to_a_resolved_noun_is_the_recipient(run):
    _, relations = run("Moscow signed a defence pact with Hanoi in 2015, when its premier "
                       "visited, and has since sold Su-30 jets to Thailand's neighbour Laos "
                       "as well.")
    pairs = {(s.key or s.span.text, r.key or r.span.text) for rel in relations
             if rel.relation == "supplies" for s in rel.role("supplier")
             for r in rel.role("recipient")}
    assert ("Russia", "Laos") in pairs, pairs
