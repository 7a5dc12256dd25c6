"""Issue 12, stop 57 (s64 h-rep81): an outlet a named speaker's words go out "on" is no claimant.

"In a broadcast on Radio X, the president said …" gave the station as a claimant beside the
speaker. Stop 57's census (h-split12, 8:2) reads the outlet as the medium there, like "told
X" (R7): the speaker only; "carried by"/"broadcast by" X still gives the outlet too, and an
outlet whose broadcast names no speaker still reports.
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

CASES = [
    # the outlet as medium, a named speaker: the speaker only
    ("broadcast_on_named_radio_no_outlet",
     "In a broadcast on Kabul radio, President Najib said the convoy had crossed the river.",
     "Kabul radio", None),
    ("broadcast_on_named_radio_speaker",
     "In a broadcast on Kabul radio, President Najib said the convoy had crossed the river.",
     "Najib", "convoy had crossed the river"),
    ("late_broadcast_on_radio_no_outlet",
     "In a late broadcast on Kabul radio on Sunday, the Afghan government said two brigades "
     "had reached the border.", "Kabul radio", None),
    # no speaker named ("officials" unqualified give none): the outlet still reports
    ("broadcast_on_radio_no_speaker",
     "In a broadcast on Kabul radio, officials said the convoy had crossed the river.",
     "Kabul radio", "convoy had crossed"),
    # the outlet as agent: the outlet too (R7's "according to")
    ("statement_broadcast_by_outlet",
     "President Najib said in a statement broadcast by Kabul radio that the convoy had crossed "
     "the river.", "Kabul radio", "convoy had crossed"),
    ("statement_carried_by_agency",
     "In a statement carried by the Tass news agency, the Soviet defence ministry said the "
     "convoy had crossed the river.", "Tass", "convoy had crossed"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in CASES])
def test_claimant(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
