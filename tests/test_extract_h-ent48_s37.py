"""Issue 12, stop 37 (h-ent48): typing names no list holds (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _classes(run, text):
    """{mention text: class} of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


# --- the former Yugoslavia ----------------------------------------------------------------


def test_former_yugoslavia_is_a_region(run):
    mentions, _ = run("Peacekeepers have served in the former Yugoslavia since 1992.")
    assert [(m.span.text, m.cls) for m in mentions] == [("former Yugoslavia", "Region")]


def test_bare_yugoslavia_stays_the_state(run):
    assert _classes(run, "Yugoslavia bought the tanks in 1985.").get("Yugoslavia") == "Country"
