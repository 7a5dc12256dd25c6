"""Issue 12, stop 62 (h-ship2): a prefixed ship's name after "formerly" or "the former" is the
old name of the named ship beside it ("the frigate X, formerly HMS Y", "X (formerly HMS Y)",
"X, the former HMS Y,", "X was the former HMS Y", "The ship, formerly HMS Y," after a sentence
naming X): one Weapon under the later name (dev README rule E6). Sentences written for these
tests, real spaCy parse; no names from any article."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent32_s32 import _keys


@pytest.mark.parametrize("text, new, old", [
    ("The Kenyan navy took delivery of the frigate Tai Mkuu, formerly HMS Bramble, at "
     "Portsmouth on Monday.", "Tai Mkuu", "HMS Bramble"),
    ("The Kenyan navy took delivery of the corvette Pwani (formerly HMS Thistle) at Portsmouth "
     "on Monday.", "Pwani", "HMS Thistle"),
    ("Its first destroyer, the Rio Tapajos, was the former USS Halbrook, bought from the United "
     "States in 1961.", "Rio Tapajos", "USS Halbrook"),
    ("Chile sent the frigate Almirante Cortes, the former HMS Gorse, to the Antarctic in "
     "March.", "Almirante Cortes", "HMS Gorse"),
    ("Britain handed over the minehunter Tuuli Laine to the Finnish navy on Friday. The ship, "
     "formerly HMS Thistle, was renamed at a ceremony in Rosyth.", "Tuuli Laine",
     "HMS Thistle"),
])
def test_a_former_name_is_the_same_ship(run, text, new, old):
    keys = _keys(run, text, new) | _keys(run, text, old)
    assert keys == {("Weapon", new)}, keys


def test_the_old_name_used_again_is_the_same_ship(run):
    text = ("The navy took delivery of the frigate Tai Mkuu, formerly HMS Bramble, on "
            "Monday. The Bramble served in the Gulf in 1991.")
    assert _keys(run, text, "Bramble") == {("Weapon", "Tai Mkuu")}


@pytest.mark.parametrize("text, old", [
    # a ship kind takes no name
    ("The 100-metre Reliance-class cutter, formerly USCGC Halbrook, was handed over to the "
     "navy on Monday.", "USCGC Halbrook"),
    # "the second ship" is another ship than the one named before
    ("Britain handed over the frigate Tai Mkuu on Friday. The second ship, the former HMS "
     "Thistle, is due next year.", "HMS Thistle"),
])
def test_no_later_name_no_merge(run, text, old):
    assert _keys(run, text, old) == {("Weapon", None)}  # its own name (keyed by its text)
