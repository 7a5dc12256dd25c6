"""Issue 12, stop 42 (s48 h-rep46): what a speaker calls something runs on past the noun it
is called (sentences written for these tests, none taken from a corpus; real spaCy parse). In
"called the treaty a scheme to …" or "what the ministry called a warning to …" the parser
hangs the predicate's infinitive or prepositional phrase on "called"; the statement keeps it.
Each text opens with a headline line."""

from __future__ import annotations


def test_infinitive_after_the_object_predicate(claims):
    found = claims("Treaty signed\n\nOSLO, May 4 (1961) - Norway and Denmark signed a naval "
                   "treaty. Radio Moscow called the treaty a plot to revive German militarism "
                   "and to tie Norway to American war plans.")
    said = dict(found)
    assert "Radio Moscow" in said, found
    assert "a plot to revive German militarism and to tie Norway to American war plans" in \
        said["Radio Moscow"], found


def test_prepositional_phrase_after_the_object_predicate(claims):
    found = claims("Troops sent\n\nLONDON, May 4 (1979) - Britain flew 400 soldiers to Belize "
                   "on Monday in what the Foreign Office called a warning to Guatemala against "
                   "any move on the colony.")
    said = dict(found)
    assert "a warning to Guatemala against any move on the colony" in " ".join(
        said.values()), found


def test_date_after_the_predicate_stays_out(claims):
    found = claims("Treaty signed\n\nOSLO, May 4 (1961) - Norway and Denmark signed a naval "
                   "treaty. Radio Moscow called the treaty a provocation on Friday.")
    said = dict(found)
    assert "Radio Moscow" in said, found
    assert "provocation" in said["Radio Moscow"] and "Friday" not in said["Radio Moscow"], found


# "Administration officials said", "a senior administration official told reporters": a bare
# "administration" is the US government (relations.yaml executive_states; dev conventions R5)
def test_administration_officials_are_the_united_states(claims):
    found = claims("Jets offered\n\nCARACAS, May 4 (1981) - Venezuela asked the United States "
                   "for 24 fighters. Administration officials said the sale would not upset "
                   "the balance of power in the region.")
    said = dict(found)
    assert "United States" in said, found
    assert "the sale would not upset the balance of power" in said["United States"], found


def test_trailing_senior_administration_official(claims):
    found = claims("Pact signed\n\nMANILA, May 4 (1991) - The Philippines signed a base "
                   "accord with the United States. The accord does not commit American troops "
                   "to the islands' defence, a senior administration official told reporters.")
    assert ("United States", "The accord does not commit American troops to the islands' "
            "defence") in found, found


def test_qualified_administration_is_not_washington(claims):
    found = claims("Pact signed\n\nDILI, May 4 (2000) - The United States pledged aid to East "
                   "Timor. The interim administration said the aid would arrive in June. The "
                   "Dili administration said the money had not been paid.")
    assert ("East Timor", "the money had not been paid") in found, found
    assert "United States" not in dict(found), found
