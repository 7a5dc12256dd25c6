"""Issue 12, stop 37 (h-sig30): which agreement a signing is of (sentences written for these
tests, none taken from a corpus; real spaCy parse): an older dated agreement the lead names
("replacing the 1929 treaty") is an aside, so a later "the treaty" is the article's own."""

from __future__ import annotations

from test_challenge_agreements import _observe

LEAD = ("Chile and Peru signed a new treaty of friendship on Monday in Lima, replacing the 1929 "
        "treaty that Lima had long called unjust.\n\n")


def test_dated_older_treaty_is_an_aside(run):
    text = LEAD + ("The foreign ministers, Ana Soto and Luis Vega, put their signatures to the "
                   "30-year treaty after two days of talks.")
    _, signed, _ = _observe(run, text)
    own = "friendship treaty (chile\u2013peru)"
    assert {("ana soto", own), ("luis vega", own)} <= signed
    assert not any(a != own for _, a in signed)


def test_definite_treaty_after_dated_aside_is_the_new_one(run):
    text = LEAD + "The treaty still has to be ratified by the Peruvian congress."
    mentions, _ = run(text)
    keys = {m.span.start: m.key for m in mentions if m.cls == "Agreement"}
    later = text.index("The treaty")
    assert keys[text.index("1929 treaty")] != "friendship treaty (Chile\u2013Peru)"
    assert keys[later + 4] == "friendship treaty (Chile\u2013Peru)"
