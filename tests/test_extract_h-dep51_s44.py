"""Issue 12, stop 44 (s50 h-dep51): an agentless passive sending of an unmarked force, told by
a defence department or a head of government's office, is that office's state's deployment
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys

_STORY = "The United States is worried about the unrest in Honduras. "


def test_white_house_spokesman_tells_of_its_own_troops(run):
    found = _deploys(run, _STORY + "Two battalions were flown to Tegucigalpa on Monday, the "
                     "White House spokesman told reporters.")
    assert ("United States", "Honduras") in found


def test_pentagon_tells_of_its_own_troops(run):
    found = _deploys(run, _STORY + "The Pentagon said two battalions had been flown to "
                     "Tegucigalpa.")
    assert ("United States", "Honduras") in found


def test_a_foreign_ministry_speaks_for_no_force(run):
    # only a defence department or the head of government's office speaks for the troops
    assert _deploys(run, _STORY + "Two battalions were flown to Tegucigalpa, the State "
                    "Department said.") == set()
