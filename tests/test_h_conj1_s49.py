"""Issue 12, stop 49 (h-conj1): coordination around the relation's verb.

- "X eased after A sent troops to B and, later, engineers to C": the small model hangs the
  gapped second object ("engineers", with its own "to") on the clause above the verb and leaves
  the verb's "and" without a conjunct; that object's "to" is a destination of the same verb.
- "and Britain's GKN Westland six Super Lynx helicopters": the gapped-clause reading needs the
  gapped supplier found as a firm (GKN Westland, general knowledge), not "Westland" a region.

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


def _supplies(run, text):
    """(supplier, item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("item")}


@pytest.mark.parametrize("text, place", [
    ("The sanctions were lifted after Canada sent troops to Latvia and, later, medics to "
     "Estonia.", "Estonia"),
    ("The quarrel ended once Norway had sent frigates to Iceland and, soon after, engineers to "
     "Lithuania.", "Lithuania"),
])
def test_gapped_object_hung_on_the_clause_above(run, text, place):
    found = _deploys(run, text)
    deployer = next(iter(found))[0] if found else None
    assert deployer is not None and (deployer, place) in found, found


def test_a_dangling_and_before_a_new_clause_adds_no_place(run):
    found = _deploys(run, "The sanctions were lifted after Canada sent troops to Latvia and "
                          "the talks resumed in Estonia.")
    assert not any(p == "Estonia" for _, p in found), found


def test_gapped_supplier_named_with_its_owner(run):
    text = ("Sweden's Saab will deliver 20 Gripen fighters, while Italy's Agusta will provide ten "
            "light helicopters and Britain's GKN Westland six Super Lynx naval helicopters.")
    mentions, _ = run(text)
    assert ("GKN Westland", "Company") in {(m.span.text, m.cls) for m in mentions}
    assert ("GKN Westland", "Super Lynx") in _supplies(run, text)


def test_the_firm_is_no_region(run):
    found = _supplies(run, "Under the deal Britain's GKN Westland will supply eight Super Lynx "
                           "helicopters to the navy.")
    assert ("GKN Westland", "Super Lynx") in found, found
