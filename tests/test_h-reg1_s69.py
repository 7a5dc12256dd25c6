"""A place named with a lower-case head noun after an unlisted name ("the Acme farm", "the Acme
plain", "the Acme industrial zone") is one Region with the noun in its name, as readable gold
writes it (11 files to 0); a name after an indefinite article ("a <city> hotel") names no such
place (issue 12, s69 h-reg1). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _regions(run, text: str) -> set[str]:
    """Surface text of every Region mention in ``text``."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Region"}


@pytest.mark.parametrize(("text", "place"), [
    ("Police said the gunmen were arrested at the Morvanti farm, which belongs to a local "
     "businessman.", "Morvanti farm"),
    ("Farmers of the Tessaloupe plain complained that the canal would take their water.",
     "Tessaloupe plain"),
    ("The deal lets the company explore the Varkoun prospect, which lies south of the new line.",
     "Varkoun prospect"),
    ("The two leaders met at the Belcourt estate outside the capital for three days of talks.",
     "Belcourt estate"),
    ("The rebels had been trained in camps near the Tazirbo oasis, officials said.",
     "Tazirbo oasis"),
    ("A tanker was placed under the Velmar bridge and jets were sent over the area.",
     "Velmar bridge"),
    ("The treaty was signed at the Orlovac hotel in the hills above the capital.",
     "Orlovac hotel"),
    ("The men were taken by truck to the Kwangmak camp in the south.", "Kwangmak camp"),
])
def test_a_name_before_a_place_noun_keeps_the_noun(run, text, place):
    assert place in _regions(run, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Soldiers were accused of crossing into the Tormalin forest reserve last month.",
     "Tormalin forest reserve"),
    ("It barred South Korean workers from the Kumdong industrial zone.",
     "Kumdong industrial zone"),
    ("The ministers signed the pact at the Rendana presidential palace on Friday.",
     "Rendana presidential palace"),
])
def test_a_kind_word_may_stand_before_the_noun(run, text, place):
    assert place in _regions(run, text)


def test_a_name_after_an_indefinite_article_is_no_place_name(run):
    regions = _regions(run, "The envoys met in a Geneva hotel on Monday.")
    assert "Geneva hotel" not in regions
    assert not any("temple" in r for r in _regions(
        run, "Protesters gathered outside a Druze temple in the north."))
