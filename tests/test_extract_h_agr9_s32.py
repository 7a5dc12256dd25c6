"""Issue 12, stop 32, h-agr9: unnamed agreements of a listed kind and long agreement names
(sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements  # the same look-up as round 4

# --- "a government-to-government agreement": a deal of its own kind (d459, d240) -----------

@pytest.mark.parametrize("text, key", [
    ("Peru has received twelve trainer jets. An air force officer said the jets had been "
     "bought from Brazil under a government-to-government agreement.",
     "government-to-government agreement (Peru–Brazil)"),
    ("Kenya and France signed a government-to-government agreement on Monday for six "
     "patrol boats.", "government-to-government agreement (Kenya–France)"),
])
def test_a_government_to_government_agreement_is_a_kind(run, text, key):
    assert key in _agreements(run, text)


def test_the_government_to_government_agreement_is_the_articles_deal(run):
    text = ("Peru signed a $300 million deal with Spain's Navantia for four patrol boats. The "
            "government-to-government agreement was signed in Lima by two ministers.")
    assert not any(k and k.startswith("government-to-government") for k in
                   _agreements(run, text))


# --- goods bought "under a <year> contract with <firm>": the buyer's deal with that firm -----
# (d379, d418)

@pytest.mark.parametrize("text, key", [
    ("Kenya has received six trainer jets. The government paid about $40 million for the "
     "jets under a 2011 agreement with the Italian firm Leonardo, financed by an Italian loan. "
     "Critics said the deal was too costly.", "arms deal (Kenya–Leonardo)"),
    ("Ghana took delivery of four patrol boats on Monday. The boats were supplied under a "
     "2014 contract with Navantia, partly financed by Spanish credit. A newspaper said the "
     "deal had cost more than $100 million.", "arms deal (Ghana–Navantia)"),
])
def test_a_dated_contract_with_a_firm_is_the_buyers_deal(run, text, key):
    assert set(_agreements(run, text)) == {key}
