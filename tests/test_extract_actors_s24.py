"""Issue 12, stop 24 (h-ent7): the names of actors that claim, sign and speak.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

# --- the descriptive name wires give well-known bodies: "the UN refugee agency" = UNHCR -----


@pytest.mark.parametrize("text", [
    "The United Nations refugee agency said 5,000 people had crossed the river on Monday.",
    "The UN refugee agency warned that the camps were full.",
    "Aid workers from the U.N. refugee agency counted the families at the border.",
])
def test_the_un_refugee_agency_is_unhcr(run, text):
    assert "UNHCR" in _keys(run, text, "Agency")


def test_the_united_nations_alone_stays_the_united_nations(run):
    text = "The United Nations said 5,000 refugees had crossed the river on Monday."
    keys = _keys(run, text, "Agency")
    assert "United Nations" in keys and "UNHCR" not in keys
