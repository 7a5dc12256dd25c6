"""Issue 12, stop 30 (h-prec9): false supplies of a verb of giving whose second object is no
material, tested on sentences written for this file (real spaCy parse); the negative cases say
what must stay."""

from __future__ import annotations

import pytest


def _supplies(run, text: str) -> set[tuple[str, str]]:
    """(supplier, recipient) of each supply found in ``text`` (recipient "" when none)."""
    out = set()
    for r in run(text)[1]:
        if r.relation != "supplies":
            continue
        for a in r.role("supplier"):
            for b in r.role("recipient") or [None]:
                out.add((a.key or a.span.text, "" if b is None else b.key or b.span.text))
    return out


# --- "gave X <no material>": a guarantee, a deadline (d287, d411) -------------------------

@pytest.mark.parametrize("text", [
    "Washington and Manila signed a defence treaty on Monday, giving President Maria Lopez the "
    "security guarantee she had asked for.",
    "General Omar Khan on Sunday gave President Maria Lopez 48 hours to withdraw her forces "
    "from the border.",
    "Brazil on Friday gave President Maria Lopez two days to hand over the captured officers.",
    # a sum of aid is money (SU11; readable gold d142, d309, d540; h-sup63, stop 47)
    "The United States gave Israel $40 billion in military aid.",
])
def test_given_non_material_is_no_supply(run, text):
    assert not _supplies(run, text)


@pytest.mark.parametrize("text, pair", [
    ("France sold Egypt 24 Rafale jets.", ("France", "Egypt")),
    ("Britain gave Kenya the ships in 2001.", ("United Kingdom", "Kenya")),
    ("Russia sold Iran last year.", ("Russia", "Iran")),
    ("Iran gave Hezbollah the rockets it had asked for.", ("Iran", "Hezbollah")),
    ("Germany handed Ukraine dozens of tanks in two days.", ("Germany", "Ukraine")),
])
def test_given_material_stays(run, text, pair):
    assert pair in _supplies(run, text)
