"""Issue 12, stop 28 (h-ent16): lower-case legislatures and services as mentions of a state's
body, and the words that say a bare "parliament" is another body than the state's.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest


def _keys(run, text: str) -> dict[str, str | None]:
    """span text → key of every mention."""
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions}


# --- a word before "parliament" that makes it a region's or a body yet to be formed --------

@pytest.mark.parametrize("text", [
    "The rebels will take seats in an interim parliament, officials in Nepal said on Monday.",
    "The governor, elected by the regional parliament last week, said Russia's troops were "
    "welcome.",
    "The state parliament in Bavaria voted against the plan, German officials said.",
])
def test_other_legislature_is_no_state_parliament(run, text):
    assert "parliament" not in _keys(run, text)


@pytest.mark.parametrize("text, key", [
    ("LIMA, May 3 - The defence minister told parliament on Tuesday that Peru would buy "
     "twelve jets.", "Parliament (Peru)"),
    ("The new parliament in Lima voted for the purchase, Peru's defence minister said.",
     "Parliament (Peru)"),
])
def test_state_parliament_stays(run, text, key):
    assert _keys(run, text).get("parliament") == key


# --- of several states in the sentence, the one that is a subject owns "parliament" --------

@pytest.mark.parametrize("text, key", [
    ("Norway has kept two frigates off the coast of Libya, the defence minister told "
     "parliament on Tuesday.", "Parliament (Norway)"),
    ("The prime minister told parliament that Chile would not buy jets from Brazil.",
     "Parliament (Chile)"),
])
def test_subject_state_owns_parliament(run, text, key):
    assert _keys(run, text).get("parliament") == key


def test_no_subject_state_leaves_parliament_alone(run):
    text = "The minister told parliament about talks between Chile and Brazil on the jets."
    assert "parliament" not in _keys(run, text)
