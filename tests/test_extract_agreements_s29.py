"""Stop 29, h-agr6: well-known alliances and treaties by their short forms (sentences written
for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements  # the same look-ups as round 4

# --- "the ANZUS alliance" (dev d68, d203) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Canberra said the ANZUS alliance remained the core of its defence policy.",
    "The minister said the ANZUS pact would survive the dispute over port visits.",
])
def test_anzus_short_forms_name_the_treaty(run, text):
    assert "ANZUS" in _agreements(run, text)
