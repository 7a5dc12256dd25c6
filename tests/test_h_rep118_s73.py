"""Issue 12, stop 73 (h-rep118): a "<state>-led" coalition or alliance that speaks is a body of
its own, an Agency named as written, whose claim it is ("the Saudi-led coalition said", dev
gold d1123, d1158), not the leading state's; one that does not speak keeps no entity, its
"<state>-led" the state's mention (stop 54's census). Sentences written for these tests, none
taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _claimants(run, text: str) -> list[tuple[str | None, str]]:
    _, relations = run(text)
    return [(m.key, m.cls) for r in relations if r.relation == "reports"
            for m in r.role("claimant")]


@pytest.mark.parametrize(("text", "name"), [
    ("Two fuel depots near the northern border were destroyed overnight, the Saudi-led "
     "coalition said on Sunday.", "Saudi-led coalition"),
    ("The Saudi-led coalition accuses the rebels of hiding rockets in schools, a charge they "
     "deny.", "Saudi-led coalition"),
    ("The French-led alliance said its helicopters had evacuated forty wounded villagers.",
     "French-led alliance"),
])
def test_a_speaking_led_coalition_is_its_own_claimant(run, text, name):
    found = _claimants(run, text)
    assert (name, "Agency") in found, found
    assert all(cls != "Country" or key not in ("Saudi Arabia", "France")
               for key, cls in found if key != name), found


def test_a_silent_led_coalition_stays_its_states_mention(run):
    mentions, _ = run("Chad sent two hundred soldiers to join the French-led coalition in March.")
    assert not any(m.cls == "Agency" and "coalition" in m.span.text for m in mentions), \
        [(m.span.text, m.key, m.cls) for m in mentions]
    assert any(m.key == "France" for m in mentions), [(m.span.text, m.key) for m in mentions]
