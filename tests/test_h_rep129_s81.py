"""Issue 12, stop 81 (h-rep129): a trailing attribution that the parser hangs as the complement
clause of the reporting verb before it ("A said that S, Interfax news agency reported.", "A said
S, the newspaper X reported.") reports the whole clause before its comma
(dev conventions R7, R10: the outlet reports the nested claim too), and the earlier speaker's
statement stops at that comma. Sentences written for these tests, none taken from a corpus;
real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep61_s46 import _statements


@pytest.mark.parametrize(("text", "speaker", "outlet", "said"), [
    ("Daniel Okafor said on Monday that the navy had bought four patrol boats from a Dutch yard, "
     "Interfax news agency reported.", "Daniel Okafor", "Interfax",
     "the navy had bought four patrol boats from a Dutch yard"),
    ("Daniel Okafor said that the navy had bought four patrol boats from a Dutch yard, the "
     "Interfax news agency reported on Friday.", "Daniel Okafor", "Interfax",
     "the navy had bought four patrol boats from a Dutch yard"),
    ("Daniel Okafor said the harbour would reopen once the wreck was cleared from the channel, "
     "the newspaper Le Nouvelliste reported.", "Daniel Okafor", "Le Nouvelliste",
     "the harbour would reopen once the wreck was cleared from the channel"),
])
def test_outlet_after_a_said_clause_reports_the_whole_clause(run, text, speaker, outlet, said):
    found = _statements(run, text)
    assert found.get(outlet, "").startswith(f"{speaker} said"), found
    assert said in found[outlet], found
    assert said in found.get(speaker, ""), found
    assert "reported" not in found[speaker], found


def test_a_clause_with_its_own_object_is_no_trailing_attribution(run):
    # "reported a rise" has an object of its own: the second verb is a claim of its own
    found = _statements(run, "Daniel Okafor said the port was busier than ever, and Interfax "
                        "reported a rise in traffic.")
    assert "Okafor said" not in found.get("Interfax", ""), found

