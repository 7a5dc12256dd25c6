"""Issue 12, h-agr20 (stop 59): an acronym before "alliance" names that alliance's treaty, an
Agreement, as it already did before "pact" or "treaty" (patterns.yaml): "the ANZUS alliance"
(dev d68, d203; d797's "ANZUS treaty" follows once the acronym is no organisation elsewhere).
An organisation's own alliance ("the NATO alliance") stays the organisation. Sentences written
for these tests, real spaCy parse.
"""

from __future__ import annotations

import pytest


def _classes(run, text, name):
    """The classes of the mentions of ``text`` whose span is ``name``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text == name}


@pytest.mark.parametrize("text", [
    "CANBERRA, May 3 - Washington warned on Tuesday that the ABCUS alliance could not survive "
    "a ban on visits by nuclear-armed warships.",
    "The envoy said the arms sale proved the strength of the ABCUS alliance, the treaty that "
    "has bound the three states since 1962.",
])
def test_an_acronym_alliance_is_an_agreement(run, text):
    assert _classes(run, text, "ABCUS") == {"Agreement"}


def test_the_treaty_after_the_alliance_is_that_agreement(run):
    mentions, _ = run("The envoy said the arms sale proved the strength of the ABCUS alliance, "
                      "the treaty that has bound the three states since 1962.")
    keys = {m.span.text: m.key for m in mentions if m.cls == "Agreement"}
    assert keys.get("treaty") == "ABCUS"


@pytest.mark.parametrize(("text", "name"), [
    ("BRUSSELS, May 3 - Poland said on Tuesday that the NATO alliance would defend its eastern "
     "border.", "NATO"),
    ("BRUSSELS, May 3 - Poland said on Tuesday that the Atlantic alliance would defend its "
     "eastern border.", "Atlantic alliance"),
])
def test_no_agreement_for_an_organisation_or_a_plain_word(run, text, name):
    assert "Agreement" not in _classes(run, text, name)
