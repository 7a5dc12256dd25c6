"""Issue 12, stop 77 (h-rep122): a headline's bare "B denies role" after "A blames B for <an
event>" denies a part in the event the accusation names after "for", as it already did after
"accuses B of <an event>" (dev conventions R4, the negated clause;
kg.extract.relations.answered_claims.denied_part). Sentences written for these tests, none
taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _denials(run, text: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    return {(m.key or m.span.text, r.attr("statement") or "") for r in rels
            if r.relation == "reports" and r.attr("certainty") == "denied"
            for m in r.role("claimant")}


@pytest.mark.parametrize(("text", "denial"), [
    ("Peru blames Chile for border shelling; Santiago denies role\n\n"
     "LIMA, May 3 - Peru said on Monday that two posts had been hit.",
     ("Chile", "Chile had no role in the border shelling")),
    ("Kenya blames Somalia for spate of bombings; Mogadishu denies involvement\n\n"
     "NAIROBI, May 3 - The police said four people had died.",
     ("Somalia", "Somalia had no involvement in the spate of bombings")),
    # the accused listed with another: the denier alone had no part
    ("Niger blames Mali and Chad for raid on mine; Bamako denies role\n\n"
     "NIAMEY, May 3 - The army said so on Monday.",
     ("Mali", "Mali had no role in the raid on mine")),
])
def test_denied_role_after_blame_for_names_the_event(run, text, denial):
    assert denial in _denials(run, text), _denials(run, text)


@pytest.mark.parametrize("text", [
    # "for" after a verb that accuses no one names no event the denier had a part in
    "Ghana calls for talks on border; Lome denies role\n\nACCRA, May 3 - The talks may start soon.",
    "Ghana thanks Togo for help in crisis; Lome denies role\n\nACCRA, May 3 - The crisis is over.",
])
def test_for_after_other_verbs_names_no_event(run, text):
    assert not any(s.startswith("Togo had no role") for _, s in _denials(run, text)), \
        _denials(run, text)
