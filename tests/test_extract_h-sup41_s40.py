"""Issue 12, stop 40 (h-sup41): the government or military an arming verb names as its
object. Every sentence was written for this file (none copied from an article); the expected
triples follow tests/corpus/dev/README.md. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

# (text, {(supplier, recipient or None, (items…))}): a place or nationality names the state
NAMED = [
    ("Moscow armed the Kabul government.", {("Russia", "Afghanistan", ())}),
    ("Tehran kept arming the Damascus government.", {("Iran", "Syria", ())}),
    # negatives: a government of no named state, a supply with no arming verb and no material
    ("Moscow armed the new government.", set()),
    ("Moscow praised the Kabul government.", set()),
]


@pytest.mark.parametrize("text, triples", NAMED, ids=[c[0][:48] for c in NAMED])
def test_named_government_armed(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples


# the story's one buyer: "a government"/"a military" a clause describes is the buyer's
BUYER = ("France sold Rafale jets to Egypt. Critics said France was arming a government that "
         "jails its opponents.")
MILITARY = ("Russia sold tanks to Peru. The Peruvian military paraded them in Lima. Activists "
            "accused Moscow of arming a military with a record of abuses.")


def test_indefinite_government_is_the_buyer(run):
    _, rels = run(BUYER)
    assert ("France", "Egypt", ()) in _triples(rels)
    assert _triples(rels) <= {("France", "Egypt", ()), ("France", "Egypt", ("Rafale",))}


def test_indefinite_military_is_the_buyers_service(run):
    _, rels = run(MILITARY)
    assert ("Russia", "Armed Forces (Peru)", ()) in _triples(rels)


def test_indefinite_military_armed_with_weapons_names_no_buyer(run):
    """"arming a military with tanks": the "with" names material, nothing describes the noun."""
    _, rels = run("France sold Rafale jets to Egypt. Italy was arming a military with tanks.")
    assert not {(s, r) for s, r, _ in _triples(rels) if s == "Italy"} - {("Italy", None)}
