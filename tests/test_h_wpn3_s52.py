"""Issue 12, h-wpn3 (stop 52): a kind in apposition to a named system of that kind, or
predicated of one by "be" ("The Karibu, a twin-engine helicopter", "The Simba … is the heaviest
tank"), describes that system (dev README E7: no kind of its own); a kind said of a kind stays
the kind (sentences written for these tests, real spaCy parse).
"""

from __future__ import annotations

import pytest


def _weapons(run, text: str) -> dict[str, str]:
    """{mention text: key} of every Weapon mention."""
    mentions, _ = run(text)
    return {m.span.text: m.key or "" for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text", [
    "Kenya will buy six Karibu helicopters from a Czech firm. The Karibu, a twin-engine "
    "helicopter built in Brno, first flew in 2015.",
    "Kenya has ordered 30 Simba tanks from a Turkish maker. The Simba carries a 120mm gun and is "
    "the heaviest tank in East Africa.",
])
def test_kind_describing_a_named_system_is_that_system(run, text):
    found = _weapons(run, text)
    assert "helicopter" not in found.values() and "tank" not in found.values()


def test_kind_describing_a_kind_stays_the_kind(run):
    text = "Kenya will buy six helicopters. Each is a twin-engine helicopter built in Brno."
    assert "helicopter" in _weapons(run, text).values()
