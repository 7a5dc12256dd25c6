"""Stop 25 (h-sup9): a state's armed service named by a bare description as the recipient of a
supply ("sold jets to the air force", "sold the navy two frigates") is the buying state's
service (E17), not the seller's. Sentences written for this file; pairs follow
tests/corpus/dev/README.md."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

CASES = [
    # "to the air force" after a verb of giving: the story's state (its headline's subject)
    ("Peru buys more jets\n\nLIMA, May 3 - Peru has ordered more jets. France has sold 12 "
     "Mirage fighters to the air force, officials said.\n",
     {("France", "Air Force (Peru)", ("Mirage",))}),
    # an indirect object the parser hangs on the object ("the navy two frigates")
    ("Peru buys more ships\n\nLIMA, May 3 - Britain sold the navy two frigates last year, "
     "officials said.\n",
     {("United Kingdom", "Navy (Peru)", ("frigate",))}),
    # the seller's own state is never the buyer: a story about the seller names no recipient
    ("Russia sells more tanks\n\nMOSCOW, May 3 - Russia sold 20 T-72 tanks to the army, "
     "officials said.\n",
     {("Russia", None, ("T-72 tank",)), ("Russia", None, ("tank",))}),
]


@pytest.mark.parametrize("text, triples", CASES, ids=[c[0][:30] for c in CASES])
def test_service_recipient(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples


def test_service_not_made_where_no_goods(run):
    """Objects that receive no goods stay no mention: "joined the army", money given."""
    ms, _ = run("Peru buys tanks\n\nLIMA, May 3 - He joined the army in 1990. A law gives the "
                "armed forces 10 percent of the copper earnings.\n")
    assert not [m for m in ms if m.cls == "Agency"]


# A bare service that is a subject where the story names that service of several states is
# the story's buyer's: the state after "to" behind a headline's verb of giving, else the
# headline's subject (E17).
SUBJECTS = [
    ("Peruvian army takes delivery of first tanks\n\nLIMA, May 3 - The Peruvian army has "
     "received 20 tanks taken from US Army stocks. The army is also receiving 12 Tiger "
     "helicopters from Airbus Helicopters, officials said.\n",
     ("Airbus Helicopters", "Army (Peru)")),
    ("Russia sells first tanks to Peru\n\nMOSCOW, May 3 - Russia's army handed 20 tanks over "
     "to Peru. Peru's army had asked for them. The army received 12 Mi-17 helicopters from "
     "Ukraine last year, officials said.\n",
     ("Ukraine", "Army (Peru)")),
]


@pytest.mark.parametrize("text, pair", SUBJECTS, ids=[c[0][:30] for c in SUBJECTS])
def test_subject_service_of_the_buyer(run, text, pair):
    _, rels = run(text)
    assert pair in {(t[0], t[1]) for t in _triples(rels)}
