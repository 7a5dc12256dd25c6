"""Issue 12, stop 58 (s65 h-med1): a name that "Press Service" or "News Service" ends is an outlet.

"the Kurdish Press Service reported": NER tags the name ORG and its last word "Service" made
it a body (Agency), so the outlet's report had an Agency as claimant. After a word of its own,
"Press Service" and "News Service" (roles.yaml ``outlet_service_words``) end a news outlet's
name; a state's or a body's own press office ("the Presidential Press Service", roles.yaml
``press_office_words``) stays a body. Sentences written for these tests, none taken from a
corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _names(run, text: str) -> list[tuple[str, str]]:
    """(span text, class) of every mention of ``text``."""
    return [(m.span.text, m.cls) for m in run(text)[0]]


def _claimants(run, text: str) -> list[tuple[str, str]]:
    """(span text, class) of every claimant of a report in ``text``."""
    return [(m.span.text, m.cls) for r in run(text)[1] if r.relation == "reports"
            for m in r.role("claimant")]


@pytest.mark.parametrize(("text", "name"), [
    ("The rebels shelled the border post overnight, the Kurdish Press Service reported on "
     "Tuesday.", "Kurdish Press Service"),
    ("The Oromo Press Service said the army had moved two brigades to the north.",
     "Oromo Press Service"),
    ("The navy will buy four corvettes, Copley News Service reported.", "Copley News Service"),
    ("The army shelled the villages, according to Inter Press Service.", "Inter Press Service"),
])
def test_service_ends_an_outlet(run, text, name):
    assert (name, "MediaOutlet") in _names(run, text)
    assert (name, "MediaOutlet") in _claimants(run, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Presidential Press Service said the leaders had signed a pact.",
     "Presidential Press Service"),
    ("The Kremlin Press Service said the president had met the envoy.", "Kremlin Press Service"),
    ("The Defence Ministry Press Service said two jets were lost.",
     "Defence Ministry Press Service"),
    ("The National Security Service said the spies were arrested.", "National Security Service"),
])
def test_press_office_stays_a_body(run, text, name):
    found = _names(run, text)
    assert (name, "Agency") in found, found
    assert all(c != "MediaOutlet" for _, c in found), found
