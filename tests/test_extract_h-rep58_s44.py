"""Outlets named before a media noun at a sentence's start (issue 12, stop 44, h-rep58), on
sentences written for this test (invented participants, not taken from any article or
corpus): a common noun capitalised only as the first word ("State television said", "Army
radio said") is no outlet's name by itself."""

from __future__ import annotations

import pytest

LEAD = "Troops fired on a crowd in the capital of Ruritania on Tuesday. "


def _outlets(run, text: str) -> list[str]:
    mentions, _ = run(LEAD + text)
    return [m.span.text for m in mentions if m.cls == "MediaOutlet"]


@pytest.mark.parametrize("text", [
    "State television said the soldiers had fired only in self-defence.",
    "Government radio said the curfew would be lifted on Friday.",
])
def test_listed_unnamed_outlet_names_no_outlet(run, claims, text):
    assert _outlets(run, text) == [], _outlets(run, text)
    found = claims(LEAD + text)
    assert not any(c in ("State", "Government") for c, _ in found), found


def test_common_noun_outlet_is_named_with_its_noun(run, claims):
    text = "Army radio said the garrison had been told to stay in its barracks."
    assert _outlets(run, text) == ["Army radio"], _outlets(run, text)
    assert ("Army radio", "the garrison had been told to stay in its barracks") \
        in claims(LEAD + text), claims(LEAD + text)


def test_proper_name_before_radio_keeps_its_name(run):
    text = "Solano radio said the garrison had surrendered."
    assert _outlets(run, text) == ["Solano"], _outlets(run, text)
