"""Issue 12, stop 53 (s60 h-rep72): claimants named by a role and a body. Sentences written
for these tests, none taken from a corpus; real spaCy parse.

- "a spokesman for the UN mission in Haiti said", "the head of the observer mission in
  Georgia said", "a spokesman for the Kenyan defence headquarters said": one who speaks for a
  definite body speaks for that body (dev R6), not for the organisation, state or place that
  only qualifies or places it. Where kg did not recognise the body there is no claimant
  rather than a wrong one.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep66_s49 import _claimants


@pytest.mark.parametrize("text, wrong", [
    ("About 300 Nepalese soldiers had reached the northern town by Friday, a spokesman for "
     "the UN mission in Haiti said.", "United Nations"),
    ("A spokesman for the Kenyan defence headquarters said the troops would stay until "
     "March.", "Kenya"),
    ("The head of the international observer mission in Georgia accused the militias of "
     "shelling the village.", "Georgia"),
])
def test_a_speaker_for_an_unrecognised_definite_body_is_not_its_qualifier(run, text, wrong):
    assert wrong not in _claimants(run, text)


@pytest.mark.parametrize("text, speaker", [
    # a named body speaks for itself
    ("A spokesman for the French embassy said the export had been approved.",
     "Embassy of France"),
    # a named person in apposition speaks
    ("The head of the UN mission, Anna Lind, said the troops had arrived.", "Anna Lind"),
])
def test_a_named_speaker_or_body_still_speaks(run, text, speaker):
    found = _claimants(run, text)
    assert any(speaker in f for f in found), found
