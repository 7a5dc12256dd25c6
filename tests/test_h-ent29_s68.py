"""Issue 12, stop 68 (h-ent29): one lower-case word between a state and its bare service
("<state>'s small army", "the <adjective> government army") leaves the phrase that state's
service, the word and all, as "<state>'s army" is (E9, E17); not "military" (a strength), not
a word that makes it another body ("colonial", "former": roles.yaml ``other_service_words``),
nor a service word that modifies another noun. Sentences written for these tests, none taken
from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from kg.extract.entities import extract_mentions


def _agencies(nlp, text: str) -> list[tuple[str, str]]:
    return [(text[m.span.start:m.span.end], m.key) for m in extract_mentions(nlp(text), "t")
            if m.cls == "Agency"]


@pytest.mark.parametrize("text, words, key", [
    ("Bolivia's small navy patrols the lake with boats it bought from Argentina.",
     "Bolivia's small navy", "Navy (Bolivia)"),
    ("Aid workers said Belgium had trained the Malian government army before the coup.",
     "Malian government army", "Army (Mali)"),
    ("Kenya's modest air force still flies jets it received from Britain in the 1980s.",
     "Kenya's modest air force", "Air Force (Kenya)"),
])
def test_modified_state_service(nlp, text, words, key):
    assert any(w.removeprefix("the ") == words and k == key for w, k in _agencies(nlp, text))


@pytest.mark.parametrize("text, word", [
    # a colony's or a past army, and a state's strength, are no service of the state
    ("Many of the rebels once served in the British colonial army, officials said.", "army"),
    ("Chile's former army chief was arrested in Santiago on Monday.", "army"),
    ("Analysts said Egypt's ruling military would not give up its power.", "military"),
])
def test_other_bodies_left_alone(nlp, text, word):
    assert not [w for w, _ in _agencies(nlp, text) if w.endswith(word)]
