"""Issue 12, stop 33 (h-coref11): a passive signing whose "by" agent is a plural signer noun
that introduces the signers' names in a list the parser hangs elsewhere ("was signed by the
foreign ministers of the two countries, A of X and B of Y, in the presence of …": dev d449)
(sentences written for this file, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, (party, agreement) pairs present, pairs absent)
CASES = [
    # the people listed after the counted signer noun sign, each with the state after "of"
    ("of-the-two-countries", "Peru and Bolivia signed the Treaty of Lerma on Monday. The Treaty "
     "of Lerma was signed by the foreign ministers of the two countries, Alan Garcia of Peru and "
     "Juan Perez of Bolivia, in the presence of the mediator.",
     {("alan garcia", "treaty of lerma"), ("juan perez", "treaty of lerma")}, set()),
    # a plain list of names after a counted signer noun
    ("two-ministers", "The Treaty of Lerma was signed by the two defence ministers, Alan Garcia "
     "and Juan Perez, at the old palace in Lima.",
     {("alan garcia", "treaty of lerma"), ("juan perez", "treaty of lerma")}, set()),
    # names after the comma that do not follow the signer noun as its list sign nothing
    ("watchers", "The Treaty of Lerma was signed by the foreign ministers, while President "
     "Alan Garcia and President Juan Perez looked on.", set(),
     {("alan garcia", "treaty of lerma"), ("juan perez", "treaty of lerma")}),
    # a list of a size other than the noun counts is not that noun's list (the name right
    # after the comma may still be an apposition of the title: not this rule's)
    ("count-differs", "The Treaty of Lerma was signed by the foreign ministers of the three "
     "countries, Alan Garcia and Juan Perez, in the presence of the mediator.", set(),
     {("juan perez", "treaty of lerma")}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_loose_list_of_a_plural_agent(run, case):
    _, text, present, absent = case
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed
