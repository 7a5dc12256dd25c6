"""Issue 12, h-agr18 (stop 56): a contract that its buyer alone concludes ("X ordered the jets
in a deal estimated at …", "X signed a contract worth … for the jets"), where the clause names
no seller, is the article's purchase: the unnamed deal of that buyer and the article's seller
(A1, S2), not one of a state that another clause of the sentence names ("after the United
States cut off arms sales", "in which Sweden had hoped to sell"; dev d123, d201). Sentences
written for these tests, real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_agr8_s50 import _signed
from tests.test_h_agr9_s51 import _agreements

LEAD = ("Chile receives first Mirage jets from France\n\n"
        "SANTIAGO, May 3 - Chile's air force has received the first four of 16 Mirage 2000 "
        "fighters it bought from France, the defence ministry said on Monday. ")


@pytest.mark.parametrize(("clause", "mention"), [
    ("Chile ordered the aircraft in 2019 in a deal estimated at 900 million dollars, after the "
     "United States refused to sell it F-16s.", "deal"),
    ("Chile signed a contract worth about $900 million for the jets in 2019, after a long "
     "contest in which Sweden had hoped to sell it the Gripen.", "contract"),
])
def test_the_buyer_alone_concludes_the_articles_purchase(run, clause, mention):
    text = LEAD + clause
    assert _agreements(run, text).get(mention) == "arms deal (Chile–France)"
    assert ("Chile", "arms deal (Chile–France)") in _signed(run, text)


def test_a_named_seller_keeps_its_own_reading(run):
    # the clause names its seller: the sentence's parties, as before
    text = LEAD + "Chile also signed a contract with Sweden for two radars last year."
    assert _agreements(run, text).get("contract") != "arms deal (Chile–France)"



def test_the_seller_of_the_governed_verb_keeps_its_own_reading(run):
    # "agreed to buy … from Sweden, in a deal": the verb it governs names the seller
    text = LEAD + "In June Chile agreed to buy six radars from Sweden for $90 million, in a deal " \
        "signed in Stockholm by the two defence ministers."
    assert _agreements(run, text).get("deal") != "arms deal (Chile–France)"
