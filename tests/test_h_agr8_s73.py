"""Issue 12, stop 73 (h-agr8): an indefinite deal marked as another one ("in a separate deal
signed last March", "together with a separate deal to refit …") that the rules keyed to the
deal the article named before it, of the same parties, is a deal of its own (A3), and its
signers signed that one. Sentences written for this file (real spaCy parse); names compared as
`kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe

# (id, text, the article's deal, the separate deal, its signer)
SEPARATE = [
    ("verb", "Chile orders corvettes from Saab\n\nChile signed a contract with Saab for four "
     "corvettes in 2019. Chile has also bought six Gripen fighters from Saab in a separate "
     "deal signed last March, officials said.",
     "arms deal (Chile–Saab)", "separate arms deal (Chile–Saab)", "chile"),
    ("infinitive", "Kenya buys patrol boats\n\nKenya signed the $300 million contract with "
     "Damen for the patrol boats in 2018, together with a separate deal to refit its older "
     "vessels and to buy spare engines.",
     "arms deal (Kenya–Damen)", "separate arms deal (Kenya–Damen)", "kenya"),
]


@pytest.mark.parametrize(("text", "first", "separate", "signer"),
                         [pytest.param(*c[1:], id=c[0]) for c in SEPARATE])
def test_a_separate_deal_of_the_same_parties_is_its_own(run, text, first, separate, signer):
    agreements, signed, _ = _observe(run, text)
    assert {_norm(first), _norm(separate)} <= agreements, agreements
    assert (signer, _norm(separate)) in signed, signed
    assert (signer, _norm(first)) in signed, signed


# guards: a first deal marked "separate" keeps its own name; an unmarked later word, or a
# description of the deal ("called the treaty a separate deal"), is still the article's deal
GUARDS = [
    ("first", "Chile orders corvettes from Saab\n\nChile signed a separate deal with Saab for "
     "four corvettes in 2019.", "corvette deal (Chile–Saab)"),
    ("unmarked", "Chile orders corvettes from Saab\n\nChile signed a contract with Saab for "
     "four corvettes in 2019. The defence minister signed the deal in Stockholm.",
     "arms deal (Chile–Saab)"),
    ("described", "Ghana and Togo sign pact\n\nGhana and Togo signed a border treaty in March. "
     "Critics called the treaty a separate deal that left out Benin.",
     "border agreement (Ghana–Togo)"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(*c[1:], id=c[0]) for c in GUARDS])
def test_no_separate_deal_where_none_is_marked_after_another(run, text, name):
    agreements, _, _ = _observe(run, text)
    assert agreements == {_norm(name)}, agreements
