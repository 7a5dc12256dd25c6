"""Issue 12, stop 41 (s47 h-rep45): who claims when a sentence opens with a place and its
speaker is "a government spokesman" (sentences written for these tests, none taken from a
corpus; real spaCy parse). "In <capital>, a government spokesman said" reads as "a government
spokesman in <capital> said": the capital's state speaks, not the state coreference gives the
bare "government" (the one named last). Each text opens with a headline line."""

from __future__ import annotations


def test_opening_capital_names_the_government_spokesman(claims):
    found = claims("Pilots denied\n\nTEL AVIV, June 3 (1971) - Israel said foreign pilots were "
                   "flying patrols over Syria. In Damascus, a government spokesman denied that "
                   "any foreign pilot had flown a combat mission.")
    said = dict(found)
    assert set(said) == {"Israel", "Syria"}, found
    assert "any foreign pilot had flown a combat mission" in said["Syria"], found


def test_opening_capital_as_the_trailing_place(claims):
    opening = claims("Cargo seized\n\nLONDON, May 3 (1981) - Britain said a freighter had been "
                     "stopped at sea. In Bonn, a government spokesman said customs officers "
                     "were examining its cargo.")
    trailing = claims("Cargo seized\n\nLONDON, May 3 (1981) - Britain said a freighter had been "
                      "stopped at sea. A government spokesman in Bonn said customs officers "
                      "were examining its cargo.")
    assert [who for who, _ in opening] == ["United Kingdom", "West Germany"], opening
    assert [who for who, _ in trailing] == [who for who, _ in opening], trailing


def test_government_spokesman_for_a_party_is_not_the_place(claims):
    found = claims("Cargo seized\n\nLONDON, May 3 (1981) - Britain said a freighter had been "
                   "stopped at sea. In Bonn, a government spokesman for the Greens said the "
                   "search was unlawful.")
    assert "West Germany" not in dict(found), found
