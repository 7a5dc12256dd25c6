"""Issue 12, stop 52 (h-sup75, from h-sup72 and h-sup74): the supplied weapon as the antecedent
of a relative clause the small model misparses: the clause hung on the main verb with "that"
kept as its object; the clause on the nearer of two conjuncts, that one with a determiner of its
own; "that" taken for a content clause's mark after a weapon noun. Every sentence was written
for this file (none copied from an article); the expected triples follow
tests/corpus/dev/README.md. Each case lists every (supplier, recipient, items) triple the text
states, so a false one fails it too. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

# (text, {(supplier, recipient or None, (items…))})
CASES = [
    # a relative clause the parser hangs on the main verb, "that" kept as the inner object
    ("The helicopters replace Mi-8s that Russia delivered to Ecuador in 2009.",
     {("Russia", "Ecuador", ("Mi-8s",))}),
    ("The navy will replace T-43s that the Soviet Union gave to Indonesia in the 1960s.",
     {("Soviet Union", "Indonesia", ("t-43s",))}),
    # a conjunct with a determiner of its own is the clause's one antecedent, wherever the
    # parser hung the clause (on the first conjunct, or on the second with the list)
    ("The new tanks will replace ageing American M48s and the Leopard 1A1s that Chile bought "
     "from the Netherlands in 1998.",
     {("Netherlands", "Chile", ("Leopard 1 tank",))}),
    ("The jets will replace ageing British Hunters and the Mirage 5s that Ecuador bought from "
     "France in 1977.",
     {("France", "Ecuador", ("Mirage 5",))}),
    ("The navy will replace ageing Lynx helicopters and the Sea King helicopters that Pakistan "
     "bought from Britain in 1975.",
     {("United Kingdom", "Pakistan", ("Sea King",))}),
    # "that" parsed as the mark of a content clause with no object of its own
    ("The Wasp helicopter is British. The Brazilian navy already operates Wasps that it bought "
     "from Britain in the 1970s, before the junta stopped most purchases abroad in 1977.",
     {("United Kingdom", "Navy (Brazil)", ("Wasp",))}),
    # negatives: a content clause's "that"; a relative clause of no supply; no determiner, the
    # clause holds for the list
    ("Officials said that Germany sold tanks to Poland in 2020.",
     {("Germany", "Poland", ("tank",))}),
    ("The army will retire the jets that it flew for decades.", set()),
    ("The minister told parliament that Greece had given up none of its claims.", set()),
    ("The army will retire the tanks and howitzers that Poland ordered from Germany.",
     {("Germany", "Poland", ("tank", "howitzer"))}),
    ("Officials told the navy that it bought the frigates from Britain in 1990.",
     {("United Kingdom", None, ("frigate",))}),
]


@pytest.mark.parametrize("text, triples", CASES, ids=[c[0][:48] for c in CASES])
def test_misparsed_relative_supplies(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples
