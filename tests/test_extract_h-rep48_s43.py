"""Issue 12, stop 43 (s49 h-rep48): an organisation's name that a media noun ends is a news
outlet, whether the noun has two words ("the Lakeland Information Agency", "the Northern
Broadcasting Service") or one ("The Youth Daily"); sentences written for these tests,
none taken from a corpus; real spaCy parse. Each text opens with a headline line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, outlet", [
    ("Visit ends\n\nLUSAKA, May 4 (1979) - The talks ended on Friday, the Lakeland "
     "Information Agency reported.", "Lakeland Information Agency"),
    ("Crowds gather\n\nACCRA, May 4 (1972) - Thousands gathered in the square, the Northern "
     "Broadcasting Service reported.", "Northern Broadcasting Service"),
    ("Talks end\n\nHANOI, May 4 (1980) - The talks had failed, The Youth Daily said on Monday.",
     "Youth Daily"),
    ("Talks end\n\nHANOI, May 4 (1980) - The talks had failed, The Workers' Daily said on "
     "Monday.", "Workers' Daily"),
])
def test_a_name_ending_in_a_media_noun_is_an_outlet_and_the_claimant(run, claims, text,
                                                                       outlet):
    mentions, _ = run(text)
    assert ("MediaOutlet", outlet) in {(m.cls, m.span.text) for m in mentions}, \
        [(m.cls, m.span.text) for m in mentions]
    assert outlet in dict(claims(text)), claims(text)


def test_a_listed_agency_keeps_its_class(run):
    mentions, _ = run("Inspection\n\nVIENNA, May 4 (2003) - The International Atomic Energy "
                      "Agency said its inspectors would return.")
    assert "International Atomic Energy Agency" in {m.key for m in mentions if m.cls == "Agency"}
