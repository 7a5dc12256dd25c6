"""Issue 12, h-firm2 (stop 57): a capitalised name that NER leaves untagged, or takes for a
place it cannot find, right before "shipyard" names the firm whose yard it is (E1); a known
town there stays a place (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_cls1_s54 import _classes


@pytest.mark.parametrize(("text", "name"), [
    ("Under a contract signed in March, the Kessler-Vaart shipyard in Bremen will build two "
     "corvettes for the Ghanaian navy.", "Kessler-Vaart shipyard"),
    ("Norway's Ostergaard shipyard is building three patrol boats for the coast guard.",
     "Ostergaard shipyard"),
    ("The frigate was handed over at a ceremony at the state-owned Lianhe-Dongfang shipyard "
     "on Friday.", "Lianhe-Dongfang shipyard"),
])
def test_a_firm_name_before_shipyard_is_a_company(run, text, name):
    assert _classes(run, text, name) == {"Company"}


def test_a_known_town_before_shipyard_is_no_company(run):
    # "Lisbon" tagged as a place and known as a city: where the yard is, not a firm
    text = "The tanker was repaired at the Lisbon shipyard last year."
    assert _classes(run, text, "Lisbon shipyard") == set()
