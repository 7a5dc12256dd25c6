"""Issue 12, h-cust1 (stop 64): a maker's or seller's customers named in a list are each
supplied (SU9), with the weapon the phrase names (sentences written for these tests, real spaCy
parse):

- "A joins B and C among <maker>'s customers for <weapon>": all three;
- "<maker> said A had joined a list of <weapon> customers that includes B and C": the company
  whose claim counts its customers sells, to A, B and C;
- "<maker> said A was the third export customer for <weapon> after B and C": B and C too, not
  the maker's home ("after Korea's own army").

Regions and unnamed groups are no customers (SU10); customers of no arms give no supply.
"""

from __future__ import annotations


def _supplies(relations, text):
    """(supplier, recipient, items) of each supply ``text`` states."""
    return {(roles["supplier"][0], roles.get("recipient", [None])[0],
             tuple(roles.get("item", [])))
            for rel, roles in relations(text) if rel == "supplies"}


def _recipients(relations, text, supplier):
    return {r for s, r, _ in _supplies(relations, text) if s == supplier}


def test_joining_customers_among_a_makers_customers(relations):
    text = ("Estonia joins Norway and Finland among Hanwha Aerospace's European customers "
            "for the K9 Thunder, the company said.")
    assert {"Estonia", "Norway", "Finland"} <= _recipients(relations, text, "Hanwha Aerospace")


def test_a_list_of_customers_that_includes(relations):
    text = ("Hanwha Aerospace said in a statement that Egypt had joined a growing list of "
            "K9 Thunder customers that includes Poland, Norway and Australia.")
    found = _supplies(relations, text)
    for buyer in ("Egypt", "Poland", "Norway", "Australia"):
        assert any(s == "Hanwha Aerospace" and r == buyer and items
                   for s, r, items in found), buyer


def test_customers_ranked_before_in_the_makers_claim(relations):
    text = ("Hanwha Aerospace said Senegal was the fourth export customer for the K9 Thunder "
            "after South Korea's own army, Poland and Norway.")
    got = _recipients(relations, text, "Hanwha Aerospace")
    assert {"Senegal", "Poland", "Norway"} <= got
    assert "South Korea" not in got


def test_a_region_is_no_customer(relations):
    text = ("Hanwha Aerospace said Egypt had joined a growing list of K9 Thunder customers "
            "that includes Poland and Scandinavia.")
    got = _recipients(relations, text, "Hanwha Aerospace")
    assert "Poland" in got
    assert "Scandinavia" not in got


def test_customers_of_no_arms_are_no_supply(relations):
    text = "Hanwha Aerospace said in a statement that its customers include Poland and Norway."
    assert not _recipients(relations, text, "Hanwha Aerospace")


def test_a_possible_customer_is_no_supply(relations):
    text = ("Hanwha Aerospace said it hoped to sell more K9 Thunder howitzers in Europe, where "
            "Estonia was a possible buyer.")
    assert "Estonia" not in _recipients(relations, text, "Hanwha Aerospace")


def test_a_makers_weapon_customers_include(relations):
    text = ("Hanwha Aerospace said in a statement that its howitzer customers include Poland "
            "and Norway.")
    assert {"Poland", "Norway"} <= _recipients(relations, text, "Hanwha Aerospace")
