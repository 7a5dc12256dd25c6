"""Issue 12, stop 67 (h-head2): a headline's singular leader's title qualified by a state
("<State>'s president signs", "<Nationality> leader says", "Former <Nationality> PM says") is
the person the lines below name with that title for that state, not the state (sentences
written for these tests, none taken from a corpus; real spaCy parse). A plural title and a
title nobody below holds for that state stay the state's."""

from __future__ import annotations

import pytest


def _headline_actors(run, text: str, relation: str, role: str) -> set[str]:
    """The keys (or texts) in ``role`` of the ``relation`` mentions of the headline."""
    _, rels = run(text)
    end = text.index("\n")
    return {m.key or m.span.text for r in rels if r.relation == relation
            and r.sentence.start < end for m in r.role(role)}


@pytest.mark.parametrize("text, relation, role, person, state", [
    # a possessed title signs: the president the lead names for that state
    ("Peru's president signs border accord with Ecuador\n\nLIMA, March 3 - Peru's President "
     "Carlos Mendoza signed a border accord with Ecuador on Tuesday.",
     "signed", "party", "Carlos Mendoza", "Peru"),
    # "leader" with a nationality: any leader's title held for that state
    ("Chilean leader says floods killed 40 people\n\nSANTIAGO, June 2 - Chile's President Ana "
     "Fuentes said on Monday that floods had killed 40 people in the south.",
     "reports", "claimant", "Ana Fuentes", "Chile"),
    # an abbreviation written out, past the word "Former"
    ("Former Greek PM says Turkish jets violated airspace\n\nATHENS, May 9 - Former Greek "
     "prime minister Nikos Andreou said Turkish jets had violated Greek airspace 40 times.",
     "reports", "claimant", "Nikos Andreou", "Greece"),
])
def test_headline_title_is_its_holder(run, text, relation, role, person, state):
    actors = _headline_actors(run, text, relation, role)
    assert person in actors and state not in actors


def test_plural_title_stays_the_state(run):
    # "Peruvian leaders": no one holder, the state signs (the gold's plural headlines)
    text = ("Peruvian leaders sign border accord with Ecuador\n\nLIMA, March 3 - Peru's "
            "President Carlos Mendoza signed a border accord with Ecuador on Tuesday.")
    assert "Peru" in _headline_actors(run, text, "signed", "party")


def test_title_held_for_another_state_stays(run):
    # the one president named below is Ecuador's: Peru's is unnamed, so Peru signs
    text = ("Peru's president signs border accord with Ecuador\n\nLIMA, March 3 - Ecuador's "
            "President Carlos Mendoza signed a border accord with Peru on Tuesday.")
    actors = _headline_actors(run, text, "signed", "party")
    assert "Peru" in actors and "Carlos Mendoza" not in actors
