"""Issue 12, stop 77 (h-sup121): aid received with no sum, goods or other material named
("receives American military aid") is money (SU11), so its nationality names no seller; aid
with its goods listed or arms conjoined stays a supply (sentences written for these tests;
real spaCy parse).
"""

from __future__ import annotations

import pytest


def _supplies(run, text: str) -> list[tuple[set[str], set[str]]]:
    _, rels = run(text)
    return [({s.key or s.lemma for s in rel.role("supplier")},
             {r.key or r.lemma for r in rel.role("recipient")})
            for rel in rels if rel.relation == "supplies"]


@pytest.mark.parametrize("text, origin", [
    ("Jordan, which receives more British military aid than any other state in the region, "
     "objected to the plan.", "United Kingdom"),
    ("Kenya receives American military aid as a partner in the fight against piracy.",
     "United States"),
])
def test_unmeasured_aid_names_no_seller(run, text, origin):
    found = _supplies(run, text)
    assert not any(origin in sellers for sellers, _ in found), found


@pytest.mark.parametrize("text, seller", [
    ("Jordan receives British military aid, including Challenger tanks.", "United Kingdom"),
    ("Kenya received British aid and arms last year.", "United Kingdom"),
    ("Mali receives Russian helicopters as its ties with Paris fray.", "Russia"),
])
def test_aid_with_goods_still_supplies(run, text, seller):
    found = _supplies(run, text)
    assert any(seller in sellers for sellers, _ in found), found
