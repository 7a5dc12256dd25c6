"""Issue 12 (h-sign7): signing recall on the readable dev articles' recurring misses, each
construction tested on sentences written for this file (real spaCy parse), with negatives.
Names are compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe

# --- long descriptive titles (d110, d128, d166: the name was cut at "and", "of Anti-…",
# "Governing the …") ---------------------------------------------------------------------------
# (id, text, the agreement's whole name, names that must not be an agreement)
TITLES = [
    ("and-title-words", "Ghana and Togo signed the Agreement on Border Security and Good "
     "Neighbourliness in Accra on Monday.",
     "agreement on border security and good neighbourliness", set()),
    ("and-trade-integration", "Officials said the Accord on Trade Cooperation and Economic "
     "Integration would take effect in May.",
     "accord on trade cooperation and economic integration", set()),
    ("of-hyphened-weapon-and-on-their", "After years of talks over the mines left along their "
     "border, Chile and Peru on Tuesday signed the Convention on the Prohibition of the "
     "Development, Production and Stockpiling of Anti-Personnel Mines and on their "
     "Destruction.", "convention on the prohibition of the development, production and "
     "stockpiling of anti-personnel mines and on their destruction", set()),
    ("gerund-the", "Kenya was the first to sign the Treaty on Principles Governing the Use of "
     "Inland Waters, followed by Uganda.",
     "treaty on principles governing the use of inland waters",
     {"treaty on principles governing"}),
    ("gerund-the-clause-after", "Mali and Niger signed the Charter on Principles Governing the "
     "Sharing of River Waters, which the two leaders called historic.",
     "charter on principles governing the sharing of river waters", set()),
    # negatives: a place after "in the", a clause after "and", a second agreement
    ("in-the-place", "Kenya and Uganda signed the Treaty on Border Security in the Kremlin on "
     "Monday.", "treaty on border security", set()),
    ("and-next-clause", "Ghana signed the Agreement on Border Security on Monday, and Togo "
     "signed it a day later.", "agreement on border security", set()),
]


@pytest.mark.parametrize(("text", "name", "not_names"), [t[1:] for t in TITLES],
                         ids=[t[0] for t in TITLES])
def test_long_titles(run, text, name, not_names):
    agreements, _, _ = _observe(run, text)
    assert _norm(name) in agreements
    assert not {_norm(n) for n in not_names} & agreements


def test_long_title_known_as(run):
    """The whole title reaches the word "known as" hangs on: the two names are one agreement,
    and its signers signed it under either name."""
    _, signed, _ = _observe(run, "Chile's foreign minister Ana Soto was the first to sign the "
                            "Convention on the Prohibition of the Transfer of Anti-Personnel "
                            "Mines and on their Destruction, known as the Lima Convention.")
    assert any(p == "ana soto" for p, _ in signed)
    assert len({a for _, a in signed}) == 1
