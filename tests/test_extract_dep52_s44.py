"""Issue 12, stop 44 (s50 h-dep52): a force "ordered from" one place "to" another is moved on,
not bought from the state it leaves (sentences written for these tests, none taken from a
corpus; real spaCy parse)."""

from __future__ import annotations


def _supplies(run, text):
    """(supplier, recipient or item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in (*r.role("recipient"), *r.role("item"))}


def test_frigates_ordered_on_to_a_sea_are_not_bought(run):
    assert _supplies(run, "Two frigates were ordered from Japan to the Red Sea on Monday.") \
        == set()


def test_carrier_ordered_on_is_not_bought_from_the_state_it_leaves(run):
    assert _supplies(run, "The aircraft carrier and its escorts had been ordered from "
                     "Singapore to the Arabian Sea, officials said.") == set()


def test_frigates_ordered_from_a_state_are_still_bought(run):
    assert ("Netherlands", "Chile") in _supplies(
        run, "Chile ordered two frigates from the Netherlands.")


def test_jets_ordered_to_replace_old_ones_are_still_bought(run):
    # a "to" infinitive names a purpose, no place the jets go to
    assert ("United States", "Norway") in _supplies(
        run, "Norway has ordered 52 F-35 fighter jets from the United States to replace its "
        "F-16s.")
