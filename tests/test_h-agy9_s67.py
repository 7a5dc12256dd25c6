"""A state's home, economy and maritime ministries are keyed bodies as its defence ministry is
("Nepal's home ministry", "the economy ministry said" in a story of one state), and "the U.S.
Justice Department" is a listed department that keeps its state (issue 12, s67 h-agy9).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _agencies(run, text: str) -> set[tuple[str, str | None]]:
    """(surface text, key) of every Agency mention in ``text``."""
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize(("text", "key"), [
    ("An official of Nepal's home ministry said the border posts would reopen on Monday.",
     "Ministry of Home Affairs (Nepal)"),
    ("Chile's economy ministry approved the export of the patrol boats last year.",
     "Ministry of Economy (Chile)"),
    ("Two ships were sent to the strait, the Greek maritime ministry said on Tuesday.",
     "Ministry of Maritime Affairs (Greece)"),
])
def test_a_state_ministry_by_its_kind(run, text, key):
    assert any(k == key for _, k in _agencies(run, text))


def test_a_bare_home_ministry_is_the_dateline_state_s(run):
    text = ("DHAKA, March 3 - Police detained 40 people after the clashes, the home ministry "
            "said on Friday.")
    assert ("home ministry", "Ministry of Home Affairs (Bangladesh)") in _agencies(run, text)


def test_the_justice_department_keeps_its_state(run):
    text = "The U.S. Justice Department charged three men with smuggling rifle parts to Haiti."
    assert ("U.S. Justice Department", "United States Department of Justice") \
        in _agencies(run, text)


def test_home_before_another_noun_is_no_ministry(run):
    text = "Nepal's home guard units were sent to the flooded districts on Sunday."
    assert not any(k and k.startswith("Ministry of Home Affairs") for _, k in _agencies(run, text))
