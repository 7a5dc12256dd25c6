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


@pytest.mark.parametrize("text, claimant, statement", [
    ("Toll rises\n\nKABUL, May 4 (1995) - The health ministry put the toll at 54, including 11 "
     "children, while aid workers said it was higher.", "ministry",
     "the toll at 54, including 11 children"),
    ("Clash in the north\n\nKABUL, May 4 (1992) - The interior ministry put the number of "
     "dead at 75, among them 20 women.", "ministry", "the number of dead at 75, among them 20 "
     "women"),
])
def test_a_breakdown_after_a_put_at_figure_is_part_of_the_estimate(claims, text, claimant,
                                                                   statement):
    found = claims(text)
    assert any(claimant in who.lower() and said == statement for who, said in found), found


def test_a_figure_without_a_breakdown_ends_at_the_figure(claims):
    found = claims("Toll rises\n\nKABUL, May 4 (1995) - The health ministry put the toll at 54, "
                   "and aid workers said it was higher.")
    assert any(said == "the toll at 54" for _, said in found), found
