"""Issue 12, stop 29 (h-ent17): entity naming that generalises (sentences written for these
tests, real spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """(key or surface form) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


# --- a sited body of a state whose English name takes "the" ---------------------------------

@pytest.mark.parametrize("text, body", [
    ("The American embassy in Lima said the helicopters had been delivered on time.",
     "Embassy of the United States (Lima)"),
    ("Britain's embassy in Bogota confirmed that the patrol boats had arrived.",
     "Embassy of the United Kingdom (Bogota)"),
    ("The Dutch consulate in Houston declined to comment on the frigate deal.",
     "Consulate of the Netherlands (Houston)"),
    ("The Chilean embassy in Quito said the sale of the jets had not been approved.",
     "Embassy of Chile (Quito)"),
])
def test_a_sited_body_names_its_state_as_english_writes_it(run, text, body):
    assert body in _of(run, text, "Agency")
