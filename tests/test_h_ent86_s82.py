"""Issue 12, stop 82 (h-ent86): names of bodies and places that relations lost for want of a
mention or a key (organisations.yaml).

- A state's service that kg keys by the template "<Service> (<State>)" ("Oman's navy",
  "Latvia's army", "China's air force") resolves under the service's own name, and the RAAF is
  Australia's air force, keyed as the RAF is ("Air Force (<State>)").
- Bodies news names by their own name or a fixed description: Russia's GRU ("Russian military
  intelligence"), the US Government Accountability Office, the Falkland Islands Government and
  the private military company Executive Outcomes.

Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys
from tests.test_h_rep65_s48 import _keys as _resolved_keys


def _keys(run, text: str) -> dict[str, tuple[str | None, str]]:
    """span text → (key, class) of every mention of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: (m.key, m.cls) for m in mentions}


@pytest.mark.parametrize(("text", "official", "template"), [
    ("MUSCAT, May 4 - Oman's navy said on Monday that a new patrol ship had joined its "
     "fleet.", "Royal Navy of Oman", "Navy (Oman)"),
    ("RIGA, June 2 - Latvia's army said on Friday that it would hold a drill near the "
     "eastern border.", "Latvian Land Forces", "Army (Latvia)"),
    ("BEIJING, July 1 - China's air force said on Sunday that it had flown a long patrol "
     "over the sea.", "People's Liberation Army Air Force", "Air Force (China)"),
    ("BEIJING, July 1 - China's navy said on Sunday that two destroyers had left port for "
     "a drill.", "People's Liberation Army Navy", "Navy (China)"),
])
def test_described_service_keys_under_its_own_name(resolved, text, official, template):
    agencies = _resolved_keys(resolved, text, "Agency")
    assert official in agencies, agencies
    assert template not in agencies, agencies


def test_raaf_is_australias_air_force(run):
    text = "CANBERRA, Aug 3 - The RAAF flew two transport planes to Honiara on Tuesday."
    assert _keys(run, text).get("RAAF") == ("Air Force (Australia)", "Agency")
    assert any(a == "Air Force (Australia)" for a, _ in _deploys(run, text))


@pytest.mark.parametrize(("text", "name", "key"), [
    ("Officials said Russian military intelligence had planned the attack on the ministry's "
     "computers.", "Russian military intelligence", "GRU"),
    ("The two men were officers of the GRU, the prosecutor said on Monday.", "GRU", "GRU"),
    ("The Government Accountability Office said the programme was two years late.",
     "Government Accountability Office", "Government Accountability Office"),
    ("The Falkland Islands Government said it welcomed the talks on fishing.",
     "Falkland Islands Government", "Falkland Islands Government"),
    ("The firm Executive Outcomes trained the new battalion at a camp near the coast.",
     "Executive Outcomes", "Executive Outcomes"),
])
def test_listed_body_is_keyed(run, text, name, key):
    found = _keys(run, text)
    assert found.get(name) == (key, "Agency"), found


def test_gao_as_a_dateline_is_no_audit_office(run):
    found = _keys(run, "GAO, Mali, April 9 - Four helicopters landed at the camp on Tuesday.")
    assert ("Government Accountability Office", "Agency") not in found.values(), found
