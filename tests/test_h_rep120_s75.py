"""Issue 12, stop 75 (h-rep120): the named outlet that carries a speaker's words, "published by"
or "broadcast by" it, reports them too (dev conventions R7, stop 57's census), also where the
parser hangs the participle on the reporting verb or reads it as a noun
(kg.extract.relations.reports._carrying_outlets). Sentences written for these tests, none taken
from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _claimants(relations, text: str) -> set[str]:
    return {c for rel, roles in relations(text) if rel == "reports"
            for c in roles.get("claimant", [])}


@pytest.mark.parametrize(("text", "outlet"), [
    # a participle after a first one, hung on the verb: "dated … and published … by X"
    ("In a letter, dated March 2011 and published on Friday by the newspaper Le Monde, "
     "General Omar Haddad accused the army of hiding the missiles.", "Le Monde"),
    ("In a speech, delivered in May and published on Tuesday by Der Spiegel, Chancellor Erik "
     "Lund said the frigates would be sold to Chile.", "Der Spiegel"),
    # "interview broadcast" read as a compound noun that keeps its "by"
    ("In an interview broadcast on Monday by Al Jazeera, General Omar Haddad said the brigade "
     "had crossed into the valley.", "Al Jazeera"),
])
def test_outlet_that_published_or_broadcast_the_words_reports_them(relations, text, outlet):
    found = _claimants(relations, text)
    assert outlet in found, found
    assert len(found) == 2, found  # the speaker stays a claimant


@pytest.mark.parametrize("text", [
    # guards: "on" an outlet is the medium (stop 57's census), "with" an outlet is R7's
    # interview, and "asked by" an outlet only puts the question
    "In a speech broadcast on Monday on Al Jazeera, General Omar Haddad said the brigade had "
    "crossed into the valley.",
    "In an interview with Al Jazeera on Monday, General Omar Haddad said the brigade had "
    "crossed into the valley.",
    "Asked on Monday by Al Jazeera, General Omar Haddad said the brigade had crossed into the "
    "valley.",
])
def test_outlet_as_medium_or_questioner_is_no_claimant(relations, text):
    found = _claimants(relations, text)
    assert found == {"Omar Haddad"}, found
