"""News outlets named by their context (issue 12, stop 32, h-med1), on sentences written for
this test (invented outlets and places, not taken from any article): a city before a paper's
noun with the paper's name after it ("the Lisbon daily Morning Lantern") is where the paper
is, and the name is the outlet and the claimant; a name described by an appositive media noun
("X, the magazine that …, said") is an outlet."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


def _mentions(run, text: str) -> list[tuple[str, str]]:
    """(text, class) of every mention of ``text``."""
    mentions, _ = run(text)
    return [(m.span.text, m.cls) for m in mentions]


# --- "the <city> daily <Name>": the name after the noun is the outlet, the city a place -----
CITY_PAPER = [
    ("daily_two_words", "The Lisbon daily Morning Lantern put the cost at 90 million euros.",
     "Morning Lantern", "Lisbon", "the cost at 90 million euros"),
    ("newspaper_title_word", "The Nairobi newspaper National Beacon reported that the army "
     "had bought six helicopters.", "National Beacon", "Nairobi",
     "the army had bought six helicopters"),
    ("weekly_the", "The Madrid weekly The Sentinel, quoting navy officers, reported that two "
     "frigates had been ordered.", "The Sentinel", "Madrid", "two frigates had been ordered"),
]


@pytest.mark.parametrize(("text", "outlet", "city", "fragment"),
                         [c[1:] for c in CITY_PAPER], ids=[c[0] for c in CITY_PAPER])
def test_city_paper(run, claims, text, outlet, city, fragment):
    found = _mentions(run, text)
    assert (outlet.removeprefix("The "), "MediaOutlet") in found, found
    assert not any(t == city and c == "MediaOutlet" for t, c in found), found
    _check(claims(text), outlet, fragment)


NOT_CITY_PAPER = [
    # no name after the noun: the capitalised words before it stay the outlet
    ("name_before", "The Lisbon Lantern newspaper reported that the army had bought six "
                    "helicopters.", "Lisbon Lantern"),
    # after a broadcaster's noun a title word opens a person's name, not the outlet's
    ("broadcast_title", "Speaking on Lisbon television President Ramos said the army had "
                        "bought six helicopters.", "President Ramos"),
]


@pytest.mark.parametrize(("text", "words"), [c[1:] for c in NOT_CITY_PAPER],
                         ids=[c[0] for c in NOT_CITY_PAPER])
def test_not_city_paper(run, text, words):
    found = _mentions(run, text)
    if words == "Lisbon Lantern":
        assert (words, "MediaOutlet") in found, found
    else:
        assert not any(words in t and c == "MediaOutlet" for t, c in found), found


# --- "X, the magazine that first disclosed …, said": an appositive media noun -------------
APPOSED = [
    ("magazine_that", "Officials put the number at six, while Harbour Review and Naval "
     "Digest, the magazine that first disclosed the sale, said there were at least eight.",
     "Harbour Review and Naval Digest", "there were at least eight"),
    ("newspaper_participle", "The Lantern, a newspaper read mainly in the south, reported "
     "that four patrol boats had arrived.", "The Lantern", None),
]


@pytest.mark.parametrize(("text", "outlet", "fragment"), [c[1:] for c in APPOSED],
                         ids=[c[0] for c in APPOSED])
def test_apposed_outlet(run, claims, text, outlet, fragment):
    found = _mentions(run, text)
    assert (outlet.removeprefix("The "), "MediaOutlet") in found, found
    if fragment:  # (the parser reads "a newspaper read …" as a clause: no claim there yet)
        _check(claims(text), outlet, fragment)


NOT_APPOSED = [
    # the media noun speaks for itself: the name before it is no outlet
    ("newspaper_said", "The frigates were built by Orlov Works, the newspaper reported on "
                       "Monday, citing navy officers.", "Orlov Works"),
    # the media noun only modifies the head of the apposition
    ("newspaper_publisher", "Pavel Orlov, the former newspaper publisher who became "
                            "president, said the army would fight.", "Pavel Orlov"),
]


@pytest.mark.parametrize(("text", "words"), [c[1:] for c in NOT_APPOSED],
                         ids=[c[0] for c in NOT_APPOSED])
def test_not_apposed(run, text, words):
    found = _mentions(run, text)
    assert (words, "MediaOutlet") not in found, found
