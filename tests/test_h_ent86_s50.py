"""Issue 12, stop 50 (h-ent86): a name before "reactor" or "nuclear complex" is the site, a
place (Region), not the body or person NER takes it for (sentences written for these tests,
none taken from a corpus; real spaCy parse). The branch's two other rules (a name keyed once
adopting its key elsewhere; "X fighters" of a named front) did not meet the rule of two and
were dropped in review."""

from __future__ import annotations

import pytest


def _classes(resolved, text: str) -> dict[str, str]:
    return {e.key: e.cls for e in resolved(text)}


@pytest.mark.parametrize("text", [
    "VIENNA, June 2 - Inspectors visited the Karsun reactor on Monday, the agency said.",
    "VIENNA, June 2 - Inspectors left the Karsun nuclear complex on Monday, the agency said.",
])
def test_name_before_a_reactor_is_a_place(resolved, text):
    classes = _classes(resolved, text)
    karsun = {k: c for k, c in classes.items() if k.startswith("Karsun")}
    assert karsun and set(karsun.values()) == {"Region"}, classes
