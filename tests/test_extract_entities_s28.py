"""Issue 12, stop 28 (h-ent14): entities other than agreements.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

# --- well-known outlets by their listed names ------------------------------------------------


@pytest.mark.parametrize("text, key", [
    ("Pravda wrote on Tuesday that the border guards had fired first.", "Pravda"),
    ("In a report carried by Prensa Latina, Havana rejected the charge.", "Prensa Latina"),
    ("The minister told the TVN24 channel that no troops would be sent.", "TVN24"),
    ("A commander told the Afghan Islamic Press that the road was closed.",
     "Afghan Islamic Press"),
    ("The Times of London said on Friday that the talks had failed.", "The Times"),
])
def test_listed_outlets_are_media(run, text, key):
    assert key in _keys(run, text, "MediaOutlet")
