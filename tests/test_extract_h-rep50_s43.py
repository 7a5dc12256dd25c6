"""Issue 12, stop 43 (s49 h-rep50): a political party named by its members' plural ("the
Greens", "the Social Democrats") or by their adjective before a noun of its members
("Communist deputies", "the Liberal opposition") is an Agency of the story's state and the
claimant of what they say; sentences written for these tests, none taken from a corpus; real
spaCy parse. Each text opens with a headline line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, party", [
    ("Frigate sale criticised\n\nBERLIN, May 4 (2011) - The Greens said the frigate sale "
     "broke the export rules.", "Greens (Germany)"),
    ("Tank deal debated\n\nVIENNA, May 4 (2003) - The Social Democrats said the tanks would "
     "cost far more than the government admitted.", "Social Democrats (Austria)"),
    ("Jet purchase\n\nROME, May 4 (1985) - Communist deputies said the jets were a waste of "
     "public money.", "Communists (Italy)"),
])
def test_a_party_named_by_its_members_is_the_claimant(run, claims, text, party):
    mentions, _ = run(text)
    assert ("Agency", party) in {(m.cls, m.key) for m in mentions}, \
        [(m.cls, m.key, m.span.text) for m in mentions]
    assert party in dict(claims(text)), claims(text)


def test_a_later_mention_is_the_same_party(run):
    mentions, _ = run("Arms exports\n\nSTOCKHOLM, May 4 (1990) - The Liberals criticised the "
                      "sale. Liberal lawmakers said the rules had been broken.")
    assert {m.key for m in mentions if m.cls == "Agency"} == {"Liberals (Sweden)"}


@pytest.mark.parametrize("text", [
    "Golf course\n\nLONDON, May 4 (1999) - The greens were watered before the tournament began.",
    "Budget\n\nPARIS, May 4 (1975) - The socialists in the crowd sang as the minister spoke.",
])
def test_lower_case_party_words_name_no_party(run, text):
    mentions, _ = run(text)
    assert not [m for m in mentions if m.cls == "Agency"], \
        [(m.cls, m.key, m.span.text) for m in mentions]


def test_a_state_adjective_that_opens_the_name_is_part_of_it(run, claims):
    text = ("Navy sails\n\nSYDNEY, May 4 (1991) - The Australian Democrats said the cabinet "
            "should have asked the senate first.")
    mentions, _ = run(text)
    assert ("Australian Democrats", "Democrats (Australia)") in {
        (m.span.text, m.key) for m in mentions if m.cls == "Agency"}
    assert "Democrats (Australia)" in dict(claims(text)), claims(text)


def test_the_full_name_of_the_story_keys_the_short_one(run):
    mentions, _ = run("Vote\n\nLISBON, May 4 (1986) - The Socialists said the bases could stay. "
                      "The ruling Popular Socialist Movement holds most seats in parliament.")
    assert "Popular Socialist Movement" in {m.key for m in mentions
                                               if m.span.text == "Socialists"}


def test_a_party_plural_before_a_title_is_the_party(run):
    # stop 65 (h-agy6): readable gold marks "Greens leader X" as the party 3:1, as it marks
    # the adjective's "Liberal leader X"; the person is still named
    mentions, _ = run("Treaty criticised\n\nCANBERRA, May 4 (2006) - Greens leader Anna Marsh "
                      "said the treaty was a mistake.")
    assert [m.span.text for m in mentions if m.cls == "Agency"] == ["Greens"], \
        [(m.cls, m.key, m.span.text) for m in mentions]
    assert "Anna Marsh" in {m.span.text for m in mentions if m.cls == "Person"}


def test_a_side_in_a_war_is_no_party(run):
    mentions, _ = run("Truce\n\nSEOUL, May 4 (1952) - Prisoners held by the Communists will "
                      "be freed, officials said.")
    assert not [m for m in mentions if m.cls == "Agency"], \
        [(m.cls, m.key, m.span.text) for m in mentions]
