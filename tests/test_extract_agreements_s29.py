"""Stop 29, h-agr6: well-known treaties by their short forms (sentences written
for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements, _signed  # the same look-ups as round 4

# --- "the armistice": Korea's where North Korea is named (dev d216, d287) ------------------

def test_armistice_of_a_text_naming_north_korea_is_the_korean_armistice(run):
    text = ("Sweden is sending 200 officers to Korea under the armistice signed last month. "
            "The armistice was signed at Panmunjom by a general for North Korea.")
    assert set(_agreements(run, text)) == {"Korean Armistice Agreement"}


def test_armistice_signed_by_named_generals(run):
    text = ("Pyongyang accepted the truce. The armistice, which ended the fighting, was signed "
            "on Monday by General John Doe for the United Nations Command and General Kim Ho "
            "for North Korea.")
    assert {a for _, a in _signed(run, text)} == {"Korean Armistice Agreement"}


@pytest.mark.parametrize("text", [
    # a modifier: the talks are no agreement
    "Norway and Denmark were named by the two sides in the armistice talks.",
    # another war's armistice: not Korea's
    "Egypt said the armistice with Israel still held.",
])
def test_other_armistices_are_not_the_korean_one(run, text):
    assert "Korean Armistice Agreement" not in _agreements(run, text)


def test_dated_armistice_agreement_keeps_its_kind(run):
    text = "Israel said the 1949 armistice agreement with Egypt was void."
    assert any(k and k.startswith("armistice agreement (") or k == "1949 armistice agreement"
               for k in _agreements(run, text))
