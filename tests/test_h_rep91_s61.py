"""Issue 12, stop 61 (s68 h-rep91): the outlet of a trailing "…, X quoted him as saying."

"<clause>, the state news agency X quoted him as saying.": the parser hangs the citing verb on
the clause before it (as its conjunct or its complement), so the verb had no clause of its own
and its subject, the outlet that carries the words, got no claim (dev gold d973, d1006; R7).
The outlet now states what comes before the comma that sets off its name. Sentences written for
these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # the citing verb parsed as the conjunct of the clause's verb
    ("Peru recalled its ambassador on Monday. President Jorge Ruiz flew home from a summit "
     "abroad and called the raid a shameful act unworthy of a neighbour, the state news agency "
     "Andina quoted him as saying.", "Andina", "a shameful act unworthy of a neighbour"),
    # the citing verb parsed as the complement of the speaker's "said"
    ("Kenya closed the border on Monday. Otieno said he hoped the two armies would now pull "
     "back so that the shelling stopped, the Kenyan newspaper Daily Nation quoted him as "
     "saying.", "Daily Nation", "the two armies would now pull back"),
    ("Peru recalled its ambassador on Monday. Ruiz said the raid was a cowardly crime, the "
     "state news agency Andina quoted him as saying.", "Andina", "the raid was a cowardly crime"),
])
def test_trailing_outlet_carries_the_words(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    # no clause with a subject of its own before the comma: nothing said before the outlet
    ("Kenya closed the border on Monday. In Nairobi on Tuesday, the Kenyan newspaper Daily "
     "Nation quoted him as saying.", "Daily Nation"),
])
def test_no_clause_before_the_outlet(claims, text, claimant):
    _check(claims(text), claimant, None)


def test_clause_after_saying_is_still_the_statement(claims):
    # "quoted X as saying that …" keeps its own clause, not the words before the comma
    found = claims("Peru recalled its ambassador on Monday. The talks ended on Monday, and the "
                   "news agency Andina quoted the minister as saying that the border would "
                   "reopen in May.")
    _check(found, "Andina", "the border would reopen in may")
    assert not any("talks ended" in s.lower() for c, s in found if c == "Andina"), found


def test_quote_before_the_citing_verb_keeps_its_word_order(claims):
    # a quote with a stranded preposition ("the tasks that X has focused on") is parsed
    # non-projectively: its words still come out in the order they were written
    found = claims("Peru recalled its ambassador on Monday. \u201cCheap drones are one of the "
                   "tasks that the general has focused on,\u201d the news agency Andina cited "
                   "an official as saying.")
    stated = [s for _, s in found if "drones" in s.lower()]
    assert stated and all("that the general has focused on" in s for s in stated), found
