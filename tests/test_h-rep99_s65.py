"""A government answering its critics (issue 12, stop 65, h-rep99), on sentences written for
this test (not taken from any article or corpus): "the government replied" right after critics
placed in one state ("Critics in <capital>", "<Nationality> opposition deputies") is that
state's, not the dateline's; without such critics the dateline's state still speaks."""

from __future__ import annotations

import pytest

LEAD = ("OSLO, May 3 - Norway handed over two used patrol boats to Estonia on Tuesday at a "
        "ceremony in the port of Bergen.")


def _speakers(claims, text: str, said: str) -> list[str]:
    return [c for c, s in claims(text) if said in s]


@pytest.mark.parametrize("body", [
    " Critics in Tallinn have questioned the cost of the boats. The government replied that "
    "the boats were the cheapest way to patrol the coast.",
    " Estonian opposition deputies have questioned the cost of the boats, but the government "
    "says the boats were the cheapest way to patrol the coast.",
])
def test_government_answering_critics_is_the_critics_state(claims, body):
    text = LEAD + body
    assert _speakers(claims, text, "the boats were") == ["Estonia"], claims(text)


def test_unplaced_critics_leave_the_dateline_state(claims):
    # (guard) critics of no state: the dateline's state speaks, as before
    text = LEAD + (" Critics have questioned the cost of the boats. The government replied "
                   "that the boats were the cheapest way to patrol the coast.")
    assert _speakers(claims, text, "the boats were") == ["Norway"], claims(text)


def test_critics_of_an_earlier_paragraph_do_not_reach(claims):
    # (guard) a paragraph break ends the answer's reach
    text = LEAD + (" Critics in Tallinn have questioned the cost of the boats.\n\nThe "
                   "government replied that the boats were the cheapest way to patrol the "
                   "coast.")
    assert _speakers(claims, text, "the boats were") == ["Norway"], claims(text)
