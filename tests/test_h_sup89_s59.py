"""Issue 12, stop 59 (h-sup89): "signed a contract worth $X to supply Y with Z": the parser
hangs the deal's infinitive on the sum or on "worth", not on the deal noun; the signer bound
by the contract supplies, as in "signed a contract to supply" (sentences written for these
tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's state exporter Ukrspetsexport has signed a contract worth about $50 million "
     "to supply Kenya with 100 T-72 tanks, a newspaper said.", ("Ukrspetsexport", "Kenya")),
    ("The missile maker MBDA had signed a contract worth 100 million euros to supply Chile "
     "with MILAN anti-tank missiles.", ("MBDA", "Chile")),
    ("The Canadian Commercial Corporation has signed a contract with Peru worth about $2 "
     "billion over ten years to supply armoured vehicles, the minister said.",
     ("Canadian Commercial Corporation", "Peru")),
])
def test_signer_of_contract_worth_sum_supplies(run, text, expected):
    assert expected in _supplies(run, text)


@pytest.mark.parametrize("text", [
    "Ukrspetsexport is seeking a contract worth about $50 million to supply Kenya with 100 "
    "T-72 tanks.",
    "Kenya rejected a contract worth about $50 million to supply it with 100 T-72 tanks.",
    "The minister said the budget, worth about $50 million to supply the army with new "
    "rifles, was approved.",
])
def test_no_signed_contract_no_supply(run, text):
    assert not _supplies(run, text)
