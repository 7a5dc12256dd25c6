"""Issue 12, stop 34 (h-rep31): a "that" clause after an adverbial of a reporting verb ("told
well-wishers at the quay that Poland was defending …", "told the chancellor in a telephone
call that Warsaw would not stand aside"), which the parser hangs on the adverbial's noun as a
relative clause with "that" as its object or subject, is what the speaker says when the
clause has a named or described subject of its own (dev d491, d403, d267, d194).
Sentences written for these tests, none taken from a corpus."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker, words", [
    # "that" read as the object of a clause whose object is "the freedom …"
    ('Prime Minister Jan Kowalski told well-wishers at the quay that Poland was defending '
     '"the freedom of all small nations".', "Jan Kowalski", "Poland was defending"),
    ("Silva told sailors at the quay that Brazil had kept its word.", "Silva",
     "Brazil had kept its word"),
    # "that" read as a second subject beside the clause's own
    ("Foreign Minister Jan Kowalski told Chancellor Olaf Weber in a telephone call that Warsaw "
     "would not stand aside.", "Jan Kowalski", "Warsaw would not stand aside"),
])
def test_late_that_clause_read_as_relative(claims, text, speaker, words):
    found = claims(text)
    assert any(speaker in claimant and words in statement for claimant, statement in found)
    assert all(statement not in ("sailors", "well-wishers") for _, statement in found)


def test_relative_clause_with_pronoun_subject_is_no_statement(claims):
    # "the conference that he attended": a true relative clause, no statement of the speaker
    found = claims("Defence Minister Jan Kowalski told reporters at the conference that he "
                   "attended on Monday.")
    assert all("he attended" not in statement for _, statement in found)
