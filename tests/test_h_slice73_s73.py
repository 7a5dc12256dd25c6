"""Sellers named inside a purchase's list of examples (issue 12, stop 73, h-slice73).

Where a purchase's own "from" names no actor ("from several countries", "from European air
forces", or none: "bought abroad"), each "from" inside its example list (", among them …",
", including …") sells the examples written before it, since the previous one
(`relations/example_sellers.py`); the parser may hang such a list inside an adverbial clause of
the purchase. A holder that "has relied for years on" weapons bought from a seller bought them,
where the parser hangs "on" on the phrase before. Sentences written for this file.
"""

from __future__ import annotations


def _supplies(relations, text: str) -> set[tuple[str, str, str]]:
    return {(s, r, i) for rel, roles in relations(text) if rel == "supplies"
            for s in roles["supplier"] for r in roles.get("recipient", []) or ["-"]
            for i in roles.get("item", [])}


def test_among_them_list_names_a_seller_after_each_part(relations):
    found = _supplies(relations, "Ghana has bought weapons from several suppliers, among them "
                                 "Mirage jets from France and T-72 tanks from Russia.")
    assert ("France", "Ghana", "Mirage jets") in found, found
    assert ("Russia", "Ghana", "T-72 tank") in found, found
    assert ("France", "Ghana", "T-72 tank") not in found, found


def test_list_after_an_adverbial_clause_is_the_purchase_own(relations):
    found = _supplies(relations, "Kampala has purchased weapons from many states since the "
                                 "insurgents captured the Gulu Hill barracks in June, among them "
                                 "Galil rifles and Shaldag patrol boats from Israel and mortars "
                                 "from China.")
    assert ("Israel", "Uganda", "Galil rifles") in found, found
    assert ("China", "Uganda", "mortar") in found, found
    assert ("Israel", "Uganda", "mortar") not in found, found


def test_one_from_after_two_examples_sells_both(relations):
    found = _supplies(relations, "Angola rebuilt its army in the 1990s with weapons bought "
                                 "abroad, including Mi-24 gunships and T-55 tanks from Bulgaria "
                                 "and Romania.")
    for seller in ("Bulgaria", "Romania"):
        assert (seller, "Angola", "T-55 tanks") in found, found
        assert (seller, "Angola", "Mi-24 gunships") in found, found


def test_holder_relying_on_ships_bought_from_listed_sellers(relations):
    found = _supplies(relations, "Chile's air force has relied for years on used jets bought from "
                                 "European air forces, including F-16 fighters from the "
                                 "Netherlands and Mirage jets from Belgium.")
    assert ("Netherlands", "Air Force (Chile)", "F-16 fighter jet") in found, found
    assert ("Belgium", "Air Force (Chile)", "Mirage") in found, found
    assert ("Netherlands", "Air Force (Chile)", "Mirage") not in found, found


def test_purchase_with_its_own_seller_keeps_it(relations):
    # (guard: the purchase's own seller still sells the examples)
    found = _supplies(relations, "Egypt has bought most of its arms from the United States, "
                                 "including F-16 jets from Lockheed Martin.")
    assert ("United States", "Egypt", "F-16 fighter jet") in found, found


def test_examples_without_sellers_name_none(relations):
    # (guard: no seller named anywhere)
    assert _supplies(relations, "Morocco has bought weapons from several countries, including "
                                "T-72 tanks and Mirage jets.") == set()
