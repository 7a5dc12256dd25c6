"""Issue 12, stop 59 (h-ent10): a bare "the army" that is a later item of a list whose first
item is no service ("called on farmers and the army", "units of the border police and the
army") stands where the list does, and is the state's service as a bare service in that place
is (E17). A list of services ("the army and the navy") stays ``_coordinated_services``'s, a
career ("joined the police and the army") stays no body. Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent33_s32 import _keys as _agencies


@pytest.mark.parametrize(("text", "found"), [
    ("PRAGUE, May 4 - Czechoslovakia's leaders called on farmers and the army to stay calm "
     "on Monday.", ("army", "Army (Czechoslovakia)")),
    ("BAGHDAD, June 9 - Iraq said on Friday that units of the border police and the army had "
     "taken the bridge.", ("army", "Army (Iraq)")),
])
def test_listed_bare_service_takes_the_lists_place(run, text, found):
    assert found in _agencies(run, text), _agencies(run, text)


def test_list_of_services_keeps_the_first_ones_state(run):
    text = ("LIMA, Jan 8 - Peru's navy and the air force will train together next year, the "
            "defence ministry said.")
    keys = _agencies(run, text)
    assert ("air force", "Air Force (Peru)") in keys, keys


def test_listed_career_is_no_body(run):
    text = ("NAIROBI, June 9 - Kenya said on Friday that thousands of young men had joined the "
            "police and the army this year.")
    assert not any(word == "army" for word, _ in _agencies(run, text)), _agencies(run, text)
