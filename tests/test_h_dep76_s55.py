"""Issue 12, stop 55 (h-dep76): a force setting out "for" a place by a phrasal verb of departure
("took off … for", dev conventions D4) and materiel that sets out with its crew ("helicopters
had left for X") are deployments (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Four Italian fighter jets took off from Aviano for Lithuania on Tuesday.",
     ("Italy", "Lithuania")),
    ("Two of the Spanish transport aircraft took off from Zaragoza for Mali.", ("Spain", "Mali")),
    ("French Rafale jets have taken off from the carrier Charles de Gaulle for Syria.",
     ("France", "Syria")),
    ("Belgian combat helicopters left for Niger on Monday.", ("Belgium", "Niger")),
])
def test_crewed_materiel_setting_out_is_deployed(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "President Macron's plane took off from Paris for Beijing.",  # a person's own plane
    "The Polish jets did not take off for Lithuania.",  # negated
    "The French fighter jets will take off for Estonia next week.",  # planned
    "The Danish aircraft took off from Aalborg on Monday.",  # no place set out for
    "The Dutch minister took off for Indonesia on Monday.",  # no force
])
def test_no_deployment_setting_out(run, text):
    assert _deploys(run, text) == set()
