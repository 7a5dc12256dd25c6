"""Issue 12, stop 79 (h-sup127): a service named inside the object of a verb of giving after
"the" and an adjective ("handed the former Coast Guard cutter X to Y") is no indirect object
when the verb has its own "to" recipient: the service is the goods' former owner, not a second
recipient (relations/supplies.py ``_service_dative``). The dative reading without "to" ("sold
the new Guyana Defence Force rifles", "has given the Fijian army rifles") stays. Sentences
written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest


def _recipients(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "supplies"
            for m in r.role("recipient")}


@pytest.mark.parametrize("text, recipient, former", [
    ("The United States handed over the decommissioned Coast Guard cutter Mellon to the "
     "Ghana Navy on Monday.", "Navy (Ghana)", "Coast Guard (United States)"),
    ("The United States handed the former Coast Guard cutter Morgenthau to Kenya's navy on "
     "Friday.", "Navy (Kenya)", "Coast Guard (United States)"),
])
def test_former_service_in_object_is_no_recipient_beside_to(run, text, recipient, former):
    found = _recipients(run, text)
    assert recipient in found
    assert former not in found


@pytest.mark.parametrize("text, recipient", [
    ("Washington sold the new Guyana Defence Force rifles.", "Guyana Defence Force"),
    ("Moscow has given the Fijian army rifles.", "Army (Fiji)"),
])
def test_service_dative_without_to_stays(run, text, recipient):
    assert recipient in _recipients(run, text)
