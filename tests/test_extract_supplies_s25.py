"""Stop 25 (h-sup8): `supplies` by "induct" — a force takes weapons into service, read like
"receive": "from" names the supplier. Sentences written for this file; pairs follow
tests/corpus/dev/README.md."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

CASES = [
    ("Egypt's army inducted 40 tanks from the United States.",
     {("United States", "Army (Egypt)", ("tank",))}),
    ("Peru inducts French Mirage jets.", {("France", "Peru", ("Mirage",))}),
    # negatives: no material (recruits), no supplier named (passive, SU7), origin only (SU6)
    ("The army inducted 200 new recruits from the villages.", set()),
    ("The jets, built by a state factory, were formally inducted at a ceremony in Lagos.", set()),
    ("Chile inducts US-made Mirage jets.", set()),
]


@pytest.mark.parametrize("text, triples", CASES, ids=[c[0][:48] for c in CASES])
def test_inducted_from(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples


# A headline's nationality on goods is their origin where the story names the seller, a firm or
# a state body (SU6); the headline's title case may tag the adjective a proper noun.
ORIGINS = [
    ("Peru takes delivery of first German Leopard 2 tanks\n\nLIMA, May 3 - The first 20 of 60 "
     "Leopard 2 tanks that Peru bought from the German army's surplus stocks arrived in Callao "
     "on Monday, officials said.\n",
     {("Army (Germany)", "Peru", ("Leopard 2 tank",))}),
    ("Peru receives first Turkish Bayraktar drones\n\nLIMA, May 3 - Peru has taken delivery of "
     "the first of six Bayraktar TB2 drones bought from the Turkish company Baykar, officials "
     "said.\n",
     {("Baykar", "Peru", ("Bayraktar TB2 drone",))}),
    # negative: no seller named in the story, the nationality names the seller (SU6)
    ("Peru receives first Turkish Bayraktar drones\n\nLIMA, May 3 - The drones landed at an air "
     "base near the capital on Monday, officials said.\n",
     {("Turkey", "Peru", ("Bayraktar TB2 drone",))}),
]


@pytest.mark.parametrize("text, triples", ORIGINS, ids=[c[0][:40] for c in ORIGINS])
def test_headline_nationality_is_origin(run, text, triples):
    """Every supply with a recipient (the firm's own line without one is another rule's)."""
    _, rels = run(text)
    assert {t for t in _triples(rels) if t[1] is not None} == triples
