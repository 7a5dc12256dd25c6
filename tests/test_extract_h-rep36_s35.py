"""Issue 12, stop 35 (h-rep36): a bare "the ministry" that refers back to a minister's
portfolio (sentences written for these tests, none taken from a corpus; real spaCy parse).
"OSLO, … - Defence Minister X said …" … "…, the ministry said": a story that names no ministry
but a minister with one portfolio means that portfolio's ministry of the dateline's state (dev
conventions: "the ministry" fills the role with the named actor; d517). Each text opens with a
headline line (a first sentence is read as a headline)."""

from __future__ import annotations

_STORY = ("Norway picks new trainer jets\n\n"
          "OSLO, May 4 (1981) - Norway will buy 20 trainer jets from Italy, Defence Minister "
          "Olav Berg told reporters on Monday.\n\n")


def test_bare_ministry_is_the_ministers_ministry(claims):
    found = claims(_STORY + "The first aircraft will arrive next spring, the ministry said.")
    assert any(who == "Ministry of Defence (Norway)" and "first aircraft" in statement
               for who, statement in found), found


def test_minister_of_portfolio_names_the_ministry_too(claims):
    found = claims("Norway picks new trainer jets\n\nOSLO, May 4 (1981) - Norway will buy 20 "
                   "trainer jets from Italy, the Minister of Defence, Olav Berg, told reporters "
                   "on Monday.\n\nThe first aircraft will arrive next spring, the ministry said.")
    assert any(who == "Ministry of Defence (Norway)" for who, _ in found), found


def test_two_portfolios_leave_the_ministry_unnamed(claims):
    # negative case: a defence and a foreign minister were named, so "the ministry" is neither
    found = claims("Norway picks new trainer jets\n\nOSLO, May 4 (1981) - Norway will buy 20 "
                   "trainer jets from Italy, Defence Minister Olav Berg said on Monday, and "
                   "Foreign Minister Kari Lund welcomed the deal.\n\nThe first aircraft will "
                   "arrive next spring, the ministry said.")
    assert all(not who.startswith("Ministry of") for who, _ in found), found
