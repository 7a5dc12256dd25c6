"""A state's transport and irrigation ministries are keyed bodies as its defence ministry is
("<state>'s irrigation ministry", "the <demonym> transport ministry"), and one that speaks is
the claimant, not its state (issue 12, s69 h-agy10). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _agencies(run, text: str) -> set[tuple[str, str | None]]:
    """(surface text, key) of every Agency mention in ``text``."""
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize(("text", "key"), [
    ("An engineer of Iraq's irrigation ministry said the barrage would be closed in May.",
     "Ministry of Irrigation (Iraq)"),
    ("The Latvian transport ministry suspended the flights of the cargo airline on Friday.",
     "Ministry of Transport (Latvia)"),
])
def test_a_state_ministry_by_its_kind(run, text, key):
    assert any(k == key for _, k in _agencies(run, text))


def test_the_ministry_that_speaks_is_the_claimant(relations):
    text = ("An official of Iraq's irrigation ministry said the dam would release more water "
            "next month.")
    claimants = {k for rel, roles in relations(text) if rel == "reports"
                 for k in roles.get("claimant", ())}
    assert "Ministry of Irrigation (Iraq)" in claimants
    assert "Iraq" not in claimants


def test_transport_before_another_noun_is_no_ministry(run):
    text = "Iraq's transport aircraft flew the relief goods to Basra on Sunday."
    assert not any(k and k.startswith("Ministry of Transport") for _, k in _agencies(run, text))
