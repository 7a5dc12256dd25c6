"""Issue 12, stop 33 (h-agr10): unnamed agreements (sentences written for these tests, none
taken from a corpus; real spaCy parse): an exchange of notes or letters that goes with a
treaty is an agreement of its own, "exchange of notes (<A>–<B>)" (dev A1/A3: d446, d467),
while "that exchange of letters" refers back to the article's last agreement (d176)."""

from __future__ import annotations

import pytest


def _agreements(run, text):
    """The keys of the Agreement mentions, by key, else by name."""
    mentions, _ = run(text)
    return [m.key or m.lemma for m in mentions if m.cls == "Agreement"]


@pytest.mark.parametrize("text, expected", [
    ("Chile and Argentina signed a border treaty in Santiago on Monday. The foreign ministers "
     "also put their names to an exchange of notes on the use of the lakes.",
     "exchange of notes (Chile–Argentina)"),
    ("Ghana and Togo signed a fisheries treaty on Friday. An exchange of letters, signed at "
     "the same time, commits the two governments to share patrol data.",
     "exchange of letters (Ghana–Togo)"),
])
def test_exchange_of_notes_is_an_agreement(run, text, expected):
    assert expected in _agreements(run, text)


def test_that_exchange_of_letters_refers_back(run):
    found = _agreements(run, "Oman invoked its defence agreement with Britain on Monday. "
                             "Under that exchange of letters Britain must help the sultanate.")
    assert not any(k.startswith("exchange of letters") for k in found)
    assert found.count(found[0]) == len(found)


def test_exchange_of_prisoners_is_no_agreement(run):
    assert _agreements(run, "Chile and Argentina agreed on an exchange of prisoners.") == []
