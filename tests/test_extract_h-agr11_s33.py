"""Issue 12, stop 33 (h-agr11): agreements named by the field they cover (sentences written
for these tests, none taken from a corpus; real spaCy parse): after the article's treaty, "a
separate fisheries treaty", "the trade agreement", "a long-term credit agreement" is another
agreement, "<kind> (<A>–<B>)" (dev A1/A3: d446, d447, d469), while "the arms treaty" or "the
border treaty" that an earlier agreement's words name stays that one."""

from __future__ import annotations

import pytest


def _agreements(run, text):
    """The keys of the Agreement mentions, by key, else by name."""
    mentions, _ = run(text)
    return [m.key or m.lemma for m in mentions if m.cls == "Agreement"]


def _signed(run, text):
    """(party, agreement) pairs of the signed relations."""
    _, relations = run(text)
    return {(p.key or p.span.text, a.key or a.lemma) for r in relations
            if r.relation == "signed" for p in r.role("party") for a in r.role("agreement")}


@pytest.mark.parametrize("text, expected", [
    ("Chile and Argentina signed a peace treaty on Monday. Foreign ministers Juan Perez and "
     "Carlos Gomez also put their names to a separate fisheries treaty on the same day.",
     "fisheries treaty (Chile–Argentina)"),
    ("Ghana and Togo signed a defence pact on Friday. Under the trade agreement, Ghana will "
     "also buy cotton from its neighbour.", "trade agreement (Ghana–Togo)"),
    ("Peru and Bolivia signed a friendship treaty in Lima. Peru already sells Bolivia "
     "fertiliser under a long-term credit agreement signed in March.",
     "long-term credit agreement (Peru–Bolivia)"),
])
def test_field_agreement_is_its_own(run, text, expected):
    found = _agreements(run, text)
    assert expected in found
    assert found[0] != expected  # the article's treaty keeps its own node


def test_field_treaty_is_signed_and_is_an_aside(run):
    text = ("Chile and Argentina signed a peace treaty on Monday. Foreign ministers Juan Perez "
            "and Carlos Gomez also put their names to a separate fisheries treaty on the same "
            "day. The treaty ends a dispute of forty years.")
    found = _agreements(run, text)
    assert found[-1] == found[0] != "fisheries treaty (Chile–Argentina)"
    assert ("Juan Perez", "fisheries treaty (Chile–Argentina)") in _signed(run, text)


@pytest.mark.parametrize("text", [
    # goods are no field: the arms treaty is the named one
    "Peru signed the Lima Arms Treaty with Chile in May. Under the arms treaty, both sides "
    "will cut their stocks.",
    # an earlier agreement written with the same field noun is that one
    "Chile and Argentina signed a border treaty on Monday. Under the border treaty, both "
    "armies will leave the glacier.",
])
def test_field_word_of_an_earlier_agreement_refers_back(run, text):
    found = _agreements(run, text)
    assert len(found) == 2 and found[0] == found[1]
