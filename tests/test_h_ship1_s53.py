"""Issue 12, stop 53 (h-ship1): a name given to an anaphor of the ship(s) the sentence before
names ("She will be renamed X", "Her sister, the X,", "The two others, X and Y,") is a ship, a
Weapon of its own (dev README rule E6); sentences written for these tests, real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_named_ships_s30 import _of


@pytest.mark.parametrize("text, ships", [
    ("The old destroyer was sold to Chile in 1962 after twenty years of service. She will be "
     "renamed Almirante Blanco Encalada.", {"Almirante Blanco Encalada"}),
    ("The 2,000-tonne ship left the yard at Kiel on Monday. Her sister, the Ramiro Duarte, is "
     "being fitted out at Bremen.", {"Ramiro Duarte"}),
    ("Two of the four corvettes arrived in Callao last month. The two others, Tomas Velarde "
     "and Hernan Quispe, are due next spring.", {"Tomas Velarde", "Hernan Quispe"}),
])
def test_a_name_given_to_a_ship_anaphor_is_a_ship(run, text, ships):
    assert ships <= _of(run, text, "Weapon")
    assert not ships & (_of(run, text, "Person") | _of(run, text, "Region")
                        | _of(run, text, "Agency"))


def test_an_anaphor_after_no_ship_sentence_names_no_ship(run):
    text = ("The minister opened the new hospital in Lima on Monday. Her sister, Tomasa Quispe, "
            "attended the ceremony.")
    assert "Tomasa Quispe" not in _of(run, text, "Weapon")


def test_a_woman_renamed_after_no_ship_sentence_names_no_ship(run):
    text = ("The singer moved to Paris in 1950 with her husband. She was renamed Maria Solenne "
            "by her first agent.")
    assert "Maria Solenne" not in _of(run, text, "Weapon")


def test_a_ship_renamed_through_she_keeps_one_entity(run):
    text = ("Chile has bought the British destroyer HMS Larkspur for $4 million. The 3,000-ton "
            "ship served in the Atlantic until 1958. She will be renamed Almirante Carvajal.")
    mentions, _ = run(text)
    keys = {m.lemma: m.key for m in mentions if m.cls == "Weapon" and m.lemma in (
        "HMS Larkspur", "Almirante Carvajal")}
    assert len(keys) == 2 and len(set(keys.values())) == 1, keys
