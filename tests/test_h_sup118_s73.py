"""Issue 12, stop 73 (h-sup118): goods marked as a state's armed service's before ("took over
two former US Coast Guard cutters", a headline's "takes over three former Italian navy
corvettes") come from that service, their former owner, where no other seller is named
(relations/former_owners.py; relations.yaml ``former_owner_words``, read by both stages); a
service before unmarked goods stays no seller, and a "from" seller still sells (sentences
written for these tests; real spaCy parse).
"""

from __future__ import annotations

import pytest


def _supplies(run, text: str) -> list[tuple[set[str], set[str]]]:
    _, rels = run(text)
    return [({m.key or m.lemma for m in r.role("supplier")},
             {m.key or m.lemma for m in r.role("recipient")})
            for r in rels if r.relation == "supplies"]


def _sellers(run, text: str) -> set[str]:
    return {s for sellers, _ in _supplies(run, text) for s in sellers}


@pytest.mark.parametrize("text, seller, buyer", [
    ("Ghana took over two former US Coast Guard cutters at a ceremony last week.",
     "Coast Guard (United States)", "Ghana"),
    ("Kenyan navy takes over second former U.S. Coast Guard cutter",
     "Coast Guard (United States)", "Navy (Kenya)"),
    ("Nigeria takes over three former Italian navy corvettes",
     "Navy (Italy)", "Nigeria"),
])
def test_former_service_sells_what_is_taken_over(run, text, seller, buyer):
    found = _supplies(run, text)
    assert any(seller in s and buyer in b for s, b in found), found


def test_headline_former_service_is_no_bare_state(run):
    assert "Italy" not in _sellers(run, "Nigeria takes over three former Italian navy corvettes")


def test_unmarked_service_goods_name_no_seller(run):
    assert "Coast Guard (United States)" not in _sellers(
        run, "Ghana took over two US Coast Guard cutters at a ceremony last week.")


def test_a_from_seller_still_sells(run):
    sellers = _sellers(run, "Ghana took over two former US Coast Guard cutters from the "
                            "United States last week.")
    assert "United States" in sellers and "Coast Guard (United States)" not in sellers, sellers
