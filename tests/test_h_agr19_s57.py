"""Issue 12, h-agr19 (stop 57): an unnamed cooperation agreement keeps the words that classify
it, as the text words them (A1: "a naval cooperation agreement" is "naval cooperation agreement
(<A>–<B>)", "a military training and cooperation agreement" keeps both nouns joined by "and").
Dev d836, d876, d955. (The helper's "B, with which A signed" party reading fixed d955 alone and
was left out by the lead under the rule of two.) Sentences written for these tests, real spaCy
parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_agr8_s50 import _signed
from tests.test_h_agr9_s51 import _agreements


@pytest.mark.parametrize(("words", "kind"), [
    ("a naval cooperation agreement", "naval cooperation agreement"),
    ("a security cooperation agreement", "security cooperation agreement"),
    ("a military training and cooperation agreement",
     "military training and cooperation agreement"),
    ("a trade and cooperation agreement", "trade and cooperation agreement"),
    ("a cooperation agreement", "cooperation agreement"),  # no words: the kind's label
    ("a new cooperation agreement", "cooperation agreement"),  # "new" classifies nothing
])
def test_cooperation_agreement_keeps_its_words(run, words, kind):
    text = f"Chile and Peru signed {words} on Monday in Lima."
    assert f"{kind} (Chile–Peru)" in _agreements(run, text).values()
    assert ("Peru", f"{kind} (Chile–Peru)") in _signed(run, text)


def test_relative_signing_keeps_the_words(run):
    text = ("Chile and Peru agreed on Monday to restore trade links. They also undertook to "
            "revive a security cooperation agreement that they signed in 2001.")
    assert "security cooperation agreement (Chile–Peru)" in _agreements(run, text).values()


def test_other_kinds_keep_their_reading(run):
    found = _agreements(run, "Chile and Peru signed a joint defence agreement on Monday.")
    assert found.get("joint defence agreement") == "joint defence agreement (Chile–Peru)"
    found = _agreements(run, "Chile and Peru signed a defence cooperation agreement on Monday.")
    assert found.get("defence cooperation agreement") == \
        "defence cooperation agreement (Chile–Peru)"
