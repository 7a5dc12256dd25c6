"""Issue 12, stop 67 (h-agr1): an unnamed agreement keeps the kind its own words give it — a
cooperation agreement its classifying words ("a naval cooperation agreement"), a deal of that
kind named as an agreement — and a hyphened measure ("a 20-year … agreement") is no kind word.
Sentences written for this file (real spaCy parse); names compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe

# (id, text, the agreement's name, names that must not be an agreement)
CASES = [
    ("naval", "Peru and Chile signed a naval cooperation agreement in Lima on Tuesday.",
     "naval cooperation agreement (peru–chile)", {"cooperation agreement (peru–chile)"}),
    ("security", "Ghana and Togo agreed to revive a security cooperation agreement that they "
     "signed in 2004.", "security cooperation agreement (ghana–togo)",
     {"cooperation agreement (ghana–togo)"}),
    ("deal", "Ghana ships gas to Togo under an energy cooperation deal the two governments "
     "concluded in 2010.", "energy cooperation agreement (ghana–togo)",
     {"arms deal (ghana–togo)", "energy cooperation deal (ghana–togo)"}),
    # guards: a hyphened measure and a describing adjective stay out of the kind; a similar
    # agreement with no words of its own keeps the kind of the one before
    ("measure", "Peru and Chile signed a 20-year cooperation agreement in Lima on Tuesday.",
     "cooperation agreement (peru–chile)", {"year cooperation agreement (peru–chile)"}),
    ("new", "Peru and Chile signed a new cooperation agreement in Lima on Tuesday.",
     "cooperation agreement (peru–chile)", {"new cooperation agreement (peru–chile)"}),
]


@pytest.mark.parametrize(("text", "name", "not_names"),
                         [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_an_agreement_keeps_its_own_kind_words(run, text, name, not_names):
    agreements, _, _ = _observe(run, text)
    assert _norm(name) in agreements, agreements
    assert not {_norm(n) for n in not_names} & agreements, agreements
