"""Issue 12, stop 58 (s65 h-rep85): "X put the figure/toll/number at N" is X's estimate.

kg read "put … at <number>" as a claim (s26 h-rep6) but missed two forms of it: a word
bounding the number in place of "at" ("put the figure closer to 30,000", "puts the toll above
20,000", "… nearer 20,000"), and "put it at N" where "it" stands for a quantity named before
("the number of dead was higher, and the party put it at 70"), whose statement the gold
writes with that quantity. Sentences written for these tests, none taken from a corpus; real
spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # a bound in place of "at"
    ("Lima says 8,000 of its troops are on the border; UN officials put the figure closer to "
     "12,000.", "United Nations", "the figure closer to 12,000"),
    ("The ministry says 900 people have died, while the World Bank puts the toll above 3,000.",
     "World Bank", "the toll above 3,000"),
    ("Chilean intelligence officials put the figure nearer 5,000.", "Chile",
     "the figure nearer 5,000"),
    ("Peruvian officials put the cost of the frigates below $400 million.", "Peru",
     "cost of the frigates below $400 million"),
    # "put it at": the quantity named before, with what it is of
    ("Doctors said the number of dead was higher, and the World Bank put it at more than 90.",
     "World Bank", "the number of dead at more than 90"),
    ("The price was not disclosed, but the World Bank put it at about $30 million.",
     "World Bank", "price at about $30 million"),
    ("Chilean engineers estimate the cost at $2 billion, while the Peruvian government has "
     "put it at about $1 billion.", "Peru", "the cost at about $1 billion"),
])
def test_put_figure_is_a_claim(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    # a bound word with no number after it: a place, not an estimate
    ("Peru put its frigates near the coast after the raid.", "Peru"),
    ("Chile put the army under civilian control in 1990.", "Chile"),
    ("The World Bank put the loan above other projects.", "World Bank"),
    # a comma or a verb between the object and the bound: not the object's figure
    ("Peru put its troops on alert, near 4,000 of them.", "Peru"),
])
def test_no_figure_no_claim(claims, text, claimant):
    _check(claims(text), claimant, None)
