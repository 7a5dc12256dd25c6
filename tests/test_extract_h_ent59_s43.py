"""Issue 12, stop 43 (h-ent59): a business that NER takes for an organisation is a Company, not
an Agency, when a list holds it (an airline, a bank, an industrial group) or its name ends in a
carrier's or a works' word ("Air Lines", "Airways", "Factory"); bodies whose names end in
"Bank", "Union" or "International" stay bodies (sentences written for these tests, none taken
from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent58_s43 import _classes


@pytest.mark.parametrize("text, name", [
    ("Nordavia Airways said on Monday that its flights to the capital would resume next week.",
     "Nordavia Airways"),
    ("Officials at Meridian Air Lines said the airliner had strayed off course.",
     "Meridian Air Lines"),
    ("The tanks will be built at the Kovrin Tractor Factory in the east.",
     "Kovrin Tractor Factory"),
])
def test_name_ending_in_a_trade_word_is_a_company(run, text, name):
    assert _classes(run, text, name) == {"Company"}


@pytest.mark.parametrize("text, name", [
    ("The purchase of the radars was financed by a loan from Barclays Bank.", "Barclays Bank"),
    ("Google said it would not bid for the drone contract.", "Google"),
    ("The troops were flown in on chartered Swissair planes.", "Swissair"),
    ("Kraftwerk Union will build two reactors near the coast.", "Kraftwerk Union"),
])
def test_listed_business_is_a_company(run, text, name):
    assert _classes(run, text, name) == {"Company"}


@pytest.mark.parametrize("text, name", [
    ("The loan was arranged by the World Bank after the floods.", "World Bank"),
    ("The African Union approved the plan to send peacekeepers.", "African Union"),
    ("Amnesty International said the shells had been fired from a rebel position.",
     "Amnesty International"),
])
def test_body_ending_in_a_bank_or_union_stays_an_agency(run, text, name):
    assert _classes(run, text, name) == {"Agency"}
