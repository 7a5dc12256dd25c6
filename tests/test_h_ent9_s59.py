"""Issue 12, stop 59 (h-ent9): a party's adjective before a noun of its officers or its
government ("Opposition Liberal defence critic X", "the Conservative government of X",
"Liberal members of parliament") mentions that party, an Agency (dev d796 (6), d982 (35));
not a side's adjective ("the Communist government" is a state's), and not an adjective before
other nouns. Sentences written for these tests, none taken from a corpus; real spaCy parse.
Each text opens with a headline line."""

from __future__ import annotations

import pytest


def _parties(mentions) -> set[tuple[str, str]]:
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize("text, form", [
    ("Frigates ordered\n\nOTTAWA, May 4 (2009) - Opposition Liberal defence critic Mary Stone "
     "said the frigates were too costly.", "Liberal"),
    ("Frigates ordered\n\nOTTAWA, May 4 (2009) - Tom Reed, the Conservative foreign affairs "
     "critic, said the frigates were too costly.", "Conservative"),
    ("Jets bought\n\nOTTAWA, May 4 (2012) - The Conservative government of Adam Hale bought "
     "the jets last year.", "Conservative"),
    ("Jets bought\n\nOTTAWA, May 4 (1996) - Liberal members of parliament asked for a vote on "
     "the jets.", "Liberal"),
    ("Helicopters cancelled\n\nOTTAWA, May 4 (1994) - The new government cancelled the "
     "helicopters that its Conservative predecessor had ordered.", "Conservative"),
    ("Troops withdrawn\n\nPARIS, May 4 (1979) - The Socialist leader Jean Morel asked the "
     "government to bring the troops home.", "Socialist"),
])
def test_a_party_adjective_before_its_officer_is_the_party(run, text, form):
    mentions, _ = run(text)
    assert any(t == form for t, _ in _parties(mentions)), \
        [(m.cls, m.key, m.span.text) for m in mentions]


def test_the_party_is_keyed_by_the_story_state(run):
    mentions, _ = run("Jets bought\n\nOTTAWA, May 4 (2012) - The Conservative government of "
                      "Adam Hale bought the jets. Liberal members of parliament objected.")
    assert {("Conservative", "Conservatives (Canada)"), ("Liberal", "Liberals (Canada)")} \
        <= _parties(mentions), [(m.cls, m.key, m.span.text) for m in mentions]


@pytest.mark.parametrize("text", [
    # a side's adjective: the state's government, no party
    "Talks\n\nHANOI, May 4 (1975) - The Communist government said the talks would go on.",
    # the adjective before another noun ("estimates"): no officer after it
    "Budget\n\nOTTAWA, May 4 (2001) - Conservative estimates put the government's bill higher.",
    # a verb between: no portfolio before the officer
    "Vote\n\nOTTAWA, May 4 (2001) - Liberal voters said the government had failed them.",
])
def test_no_party_without_an_officer_noun(run, text):
    mentions, _ = run(text)
    assert not [m for m in mentions if m.cls == "Agency"], \
        [(m.cls, m.key, m.span.text) for m in mentions]


def test_a_party_labelled_government_speaks_for_no_party(run, claims):
    text = ("Tanks\n\nLISBON, May 4 (2005) - The Socialist government says the brigade must "
            "be able to defend the national territory.")
    mentions, _ = run(text)
    assert ("Socialist", "Socialists (Portugal)") in _parties(mentions)
    assert "Socialists (Portugal)" not in dict(claims(text)), claims(text)
