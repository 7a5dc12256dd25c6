"""Issue 12, h-name1 (stop 54): a name's span where a listed outlet's alias ends in its media
noun (sentences written for these tests, real spaCy parse).

- A listed outlet whose alias holds the media noun ("the Anatolia news agency", "the official
  APS news agency") keeps its whole span and its entry: the media-noun rule does not cut an
  unlisted name ("Anatolia", "APS") off it (dev d781, d894).
"""

from __future__ import annotations

import pytest


def _outlets(run, text: str) -> dict[str, str | None]:
    """Surface → gazetteer key of every MediaOutlet mention."""
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "MediaOutlet"}


@pytest.mark.parametrize(("text", "surface", "key"), [
    ("Ankara said on Friday that its survey ship would sail again, the semi-official "
     "Anatolia news agency reported.", "Anatolia news agency", "Anadolu Agency"),
    ("The Algerian foreign ministry recalled its ambassador, according to a statement carried "
     "by the official APS news agency.", "APS news agency", "Algerie Presse Service"),
])
def test_listed_outlet_keeps_its_media_noun(run, text, surface, key):
    found = _outlets(run, text)
    assert found.get(surface) == key
    # no unlisted outlet cut out of it
    assert surface.split()[0] not in found


def test_unlisted_outlet_is_still_named_before_its_noun(run):
    found = _outlets(run, "The Harbour Echo news agency said the frigate had docked on Monday.")
    assert "Harbour Echo" in found
    assert found["Harbour Echo"] is None


# --- a place named with its lower-case facility noun ----------------------------------------

def _places(run, text: str) -> set[str]:
    """Surfaces of every Region mention."""
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Region"}


@pytest.mark.parametrize(("text", "surface"), [
    ("The two officers were held in the Marrowfield prison for three months before their trial.",
     "Marrowfield prison"),
    ("A surgeon at the Kellbrook hospital said eleven soldiers had been treated for wounds.",
     "Kellbrook hospital"),
])
def test_prison_and_hospital_name_their_place(run, text, surface):
    assert surface in _places(run, text)
