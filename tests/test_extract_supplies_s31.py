"""Issue 12, stop 31 (h-sup20): converse supplies (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations


def _pairs(run, text, roles=("supplier", "recipient")):
    """(first role, second role) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role(roles[0]) for b in r.role(roles[1])}


# --- "took delivery of ships that Brunei ordered from BAE": another buyer's seller ---------


def test_a_seller_in_another_states_purchase_clause_sells_to_that_state(run):
    text = "Peru's navy took delivery of two frigates that Chile ordered from Navantia in 2001."
    pairs = _pairs(run, text)
    assert ("Navantia", "Chile") in pairs
    assert not any(s == "Navantia" and r != "Chile" for s, r in pairs)


def test_the_takers_own_purchase_clause_still_names_its_seller(run):
    text = "Peru's navy took delivery of two frigates that Peru ordered from Navantia in 2001."
    assert any(s == "Navantia" and "Peru" in r for s, r in _pairs(run, text))
