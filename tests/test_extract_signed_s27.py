"""Issue 12, stop 27 (h-sig10): signing constructions, tested on sentences written for this
file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, signed pairs present, signed pairs absent)
PAIRS = [
    # a passive signing's "by" agent is a title whose person the parser hangs elsewhere: the
    # person named right after the comma that closes the title signs (d356, d256)
    ("agent-title-apposition", "Oman agreed to buy 12 F-16 jets from the United States. The "
     "deal, valued at about $1.4 billion, was signed in Muscat by the armed forces chief of "
     "staff, Sheikh Ahmed al-Harthi, and by US officials.",
     {("ahmed al-harthi", "arms deal (oman–united states)")}, set()),
    ("agent-title-apposition-stray", "Peru ordered four patrol boats from Navantia. The "
     "contract was signed at a ceremony in the capital by the ministry's secretary-general, "
     "Jorge Salas, and Navantia's chief executive, Ricardo Dominguez.",
     {("jorge sala", "arms deal (peru–navantia)")}, set()),
    # a name after the comma that is the subject of a clause of its own ("…, X said") is the
    # speaker, not the title's holder
    ("agent-title-speaker", "Chile ordered six frigates from Spain. The contract was signed "
     "in Madrid by the defence minister, John Smith said on Monday.",
     set(), {("john smith", "arms deal (chile–spain)")}),
    ("agent-title-speaker-honorific", "Chile ordered six frigates from Spain. The contract was "
     "signed in Madrid by the defence minister, Sheikh Ahmed al-Harthi told reporters.",
     set(), {("ahmed al-harthi", "arms deal (chile–spain)")}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())
