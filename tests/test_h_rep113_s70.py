"""Issue 12, stop 70 (s77 h-rep113): "citing X" adds X as a claimant of what is reported
(dev conventions R10) where X is named inside the cited phrase. Sentences written for these
tests, none taken from a corpus; real spaCy parse.

- A "citing …" that closes the sentence after a comma, which the parser hangs on the reported
  clause's verb, cites for the reporting verb ("X reported that …, citing NATO documents").
- An assessment is a source ("citing an assessment by NATO", "citing a NATO assessment").
"""

from __future__ import annotations

import pytest

from tests.test_h_rep61_s46 import _statements


@pytest.mark.parametrize(("text", "source", "said"), [
    # the closing "citing" the parser hangs on the reported clause
    ("The newspaper Kommersant reported that the army had paid 200 million dollars for the "
     "jets, citing NATO documents.", "NATO", "the army had paid 200 million dollars"),
    # an assessment, by a body or with the body's name before it
    ("The jets had cost 300 million dollars, Kommersant reported, citing an assessment by "
     "NATO.", "NATO", "The jets had cost 300 million dollars"),
    ("The jets had cost 300 million dollars, Kommersant reported, citing a NATO assessment.",
     "NATO", "The jets had cost 300 million dollars"),
])
def test_the_cited_body_claims_too(run, text, source, said):
    found = _statements(run, text)
    assert source in found, found
    assert said in found[source], found
    assert "citing" not in found[source], found


def test_the_outlet_keeps_its_claim_without_the_aside(run):
    found = _statements(run, "The newspaper Kommersant reported that the army had paid 200 "
                             "million dollars for the jets, citing NATO documents.")
    assert "the army had paid 200 million dollars for the jets" in found.get("Kommersant", "")
    assert "citing" not in found["Kommersant"], found


def test_a_closing_reason_names_no_claimant(run):
    found = _statements(run, "Kommersant reported that the minister had resigned, citing "
                             "NATO's role in the war.")
    assert set(found) == {"Kommersant"}, found
