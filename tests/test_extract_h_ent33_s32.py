"""Issue 12, stop 32 (h-ent33): armed movements named by description. "Maoist rebels",
"southern rebels", "Contra rebels" are the one movement of the article whose name holds the
word before the armed group noun, so they fill its roles; no movement, or several, holding
the word: no mention. Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

import pytest


def _keys(run, text: str) -> set[tuple[str, str | None]]:
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agency"}


@pytest.mark.parametrize("text, word, key", [
    ("Zembla and northern rebels sign truce in Geneva\n\nGENEVA, May 3 (1994) - Envoys of "
     "Zembla and the Northern Zembla Liberation Front signed a truce on Tuesday.",
     "northern", "Northern Zembla Liberation Front"),
    ("Officials said Maoist rebels had attacked a post. The Communist Party of Zembla (Maoist) "
     "denied it.", "Maoist", "Communist Party of Zembla (Maoist)"),
])
def test_described_rebels_are_the_movement_named_with_that_word(run, text, word, key):
    assert any(t == word and (k or t) == key or t == word and key.endswith(k or "")
               for t, k in _keys(run, text)), _keys(run, text)


@pytest.mark.parametrize("text, word", [
    # no movement of the article holds the word
    ("Kurdish rebels attacked a convoy, and the Zembla Liberation Front said it was not "
     "involved.", "Kurdish"),
    # a people's plural is no movement
    ("Tamil rebels shelled the camp, and Tamils in the north fled to the coast.", "Tamil"),
    # two movements hold it: which one is not said
    ("Southern rebels shelled the town. The Southern Liberation Front and the Southern "
     "People's Resistance blamed each other.", "Southern"),
])
def test_described_rebels_of_no_single_movement_stay_unnamed(run, text, word):
    assert not any(t == word for t, _ in _keys(run, text))

