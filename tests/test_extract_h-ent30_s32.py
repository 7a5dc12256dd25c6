"""Stop 32 (h-ent30): a bare service ("the navy", "the armed forces") that is a subject, in a
sentence naming no state before it, is the story's own state's (E17): a state named only
after it in its sentence ("signed a contract with Chile's …", "accused Peru of …") is another
party, not its owner. Sentences written for this file."""

from __future__ import annotations

import pytest

CASES = [
    # a date before the service, the other party's state after it
    ("Ecuador buys frigate\n\nQUITO, May 3 - Officials confirmed the order on "
     "Monday. In 2001 the navy signed a contract with Chile's "
     "state shipyard for a frigate, officials said.\n", "Navy (Ecuador)"),
    # a speaker before the service, an accused state after it
    ("Ecuador rulers defend crackdown\n\nQUITO, May 3 - Dozens died in the clashes on "
     "Monday. Admiral Perez said the armed forces had "
     "acted to stop a plot and accused Peru of arming the rebels.\n", "Armed Forces (Ecuador)"),
]


@pytest.mark.parametrize("text, key", CASES, ids=[c[0][:30] for c in CASES])
def test_subject_service_of_the_story(run, text, key):
    ms, _ = run(text)
    assert key in {m.key for m in ms if m.cls == "Agency"}


def test_state_before_the_service_still_owns_it(run):
    """A state named before the bare service in its sentence stays its owner."""
    ms, _ = run("Ecuador buys frigate\n\nQUITO, May 3 - Chile said the navy would sell a "
                "frigate to Peru.\n")
    assert "Navy (Ecuador)" not in {m.key for m in ms if m.cls == "Agency"}
