"""Issue 12, stop 54 (h-svc4): a state's service named by an owner word or bare is a mention of
that service in any position (E17; the dev gold's census of stop 54, h-split3), objects too:
"put its army on alert", "strengthen its own army", "modernise the kingdom's armed forces",
"reform the armed forces". Its owner is found as for a subject: the state the clause is about
for "its", the story's state for a description ("the kingdom") or a bare noun. Left alone:
adjectival uses ("its military base"), "its military" / "the military" (a strength), careers
("joined the army"), several states ("their armies"). Sentences written for these tests, none
taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent33_s32 import _keys as _agencies


@pytest.mark.parametrize(("text", "found"), [
    ("OSLO, May 4 - Denmark said on Monday that it would put its army on alert after the "
     "border incident.", ("its army", "Army (Denmark)")),
    ("NAIROBI, June 9 - Kenya has promised to strengthen its own army after the raids, the "
     "minister said.", ("its own army", "Army (Kenya)")),
    ("ATHENS, July 2 - Greece plans to modernise its armed forces over the next decade, the "
     "government said.", ("its armed forces", "Armed Forces (Greece)")),
])
def test_owned_service_as_object_is_the_state_service(run, text, found):
    assert found in _agencies(run, text), _agencies(run, text)


@pytest.mark.parametrize(("text", "found"), [
    ("RIYADH, March 3 - Saudi Arabia has set aside funds to modernise the kingdom's armed "
     "forces, officials said on Tuesday.", ("armed forces", "Armed Forces (Saudi Arabia)")),
    ("LIMA, Jan 8 - Peru's president said on Thursday he would reform the armed forces "
     "within two years.", ("armed forces", "Armed Forces (Peru)")),
])
def test_described_or_bare_armed_forces_as_object(run, text, found):
    assert found in _agencies(run, text), _agencies(run, text)


@pytest.mark.parametrize(("text", "word"), [
    ("ATHENS, July 2 - Greece said it would not open its military bases to the alliance.",
     "military"),
    ("ATHENS, July 2 - Greece said it would modernise its military within five years.",
     "military"),
    ("LIMA, Jan 8 - Peru's president said on Thursday he would reform the military within "
     "two years.", "military"),
])
def test_military_word_stays_no_service(run, text, word):
    assert not any(word in t for t, _ in _agencies(run, text)), _agencies(run, text)


@pytest.mark.parametrize(("text", "word"), [
    # an army that a state ended is no body to mention
    ("SAN JOSE, May 8 - Costa Rica, which abolished its army in 1948, relies on a police "
     "force.", "army"),
    # a service where goods reach it: the recipient is the relation stage's reading
    ("HANOI, Oct 2 - Moscow has equipped its army with new tanks, Vietnam said on Friday.",
     "army"),
    ("DAKAR, Feb 3 - Senegal said it had bought four patrol boats from France for its own "
     "navy.", "navy"),
])
def test_ended_or_supplied_service_object_left_alone(run, text, word):
    assert not any(t.endswith(word) and t.startswith("its") for t, _ in _agencies(run, text)), \
        _agencies(run, text)
