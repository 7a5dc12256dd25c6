"""Issue 12, stop 29 (h-prec6): false pairs of supplies, deploys and signed, tested on
sentences written for this file (real spaCy parse); the negative cases say what must stay."""

from __future__ import annotations

import pytest


def _pairs(run, text: str, relation: str, role: str, other: str) -> set[tuple[str, str]]:
    """(``role`` key or text, ``other`` key or text) of each ``relation`` found in ``text``."""
    out = set()
    for r in run(text)[1]:
        if r.relation != relation:
            continue
        for a in r.role(role):
            for b in r.role(other):
                out.add((a.key or a.span.text, b.key or b.span.text))
    return out


def _suppliers(run, text: str) -> set[str]:
    return {a for a, _ in _pairs(run, text, "supplies", "supplier", "recipient")}


# --- "from Germany's <firm>": the firm sells, not the state (dev README E9) ---------------
# d359 "Greece orders 170 Leopard tanks from Germany's Krauss-Maffei Wegmann" (a headline
# verb tagged as a noun, read off the words), d397 "Ecuador receives first Cheetah fighters
# from South Africa's Denel" (a headline parsed with the state as the object of "from")

@pytest.mark.parametrize("text, firm, state", [
    ("Greece orders 90 Leopard tanks from Germany's Rheinmetall", "Rheinmetall", "Germany"),
    ("Kenya receives new Gripen fighters from Sweden's Saab\n\nNAIROBI, May 3 - The jets "
     "landed on Monday.", "Saab", "Sweden"),
])
def test_state_owning_firm_is_no_seller(run, text, firm, state):
    found = _suppliers(run, text)
    assert firm in found and state not in found


def test_state_seller_without_firm_stays(run):
    # no firm after the possessive: the state still sells
    assert "Germany" in _suppliers(run, "Greece bought 90 Leopard tanks from Germany last year.")


def test_possessed_goods_keep_their_state(run):
    # "Germany's tanks": a possessive of goods, not of a firm, names the seller as before
    assert "Germany" in _suppliers(run, "Chile received Germany's surplus Leopard tanks in 2007.")
