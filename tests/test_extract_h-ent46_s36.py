"""Issue 12, stop 36 (h-ent46): names of military units that NER cuts, types as a place or an
event, or leaves alone (sentences written for these tests, none taken from a corpus; real spaCy
parse): a singular unit head after "the" and a name ("the Lothian Regiment", "the Ninth
Fleet"), a command area ("the Kestrel Military Region"), two names joined by "and" before a
regiment word, and a name before a unit's number ("the Royal 31st Regiment")."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize("text, name", [
    ("Reinforcements were flown in to support the Lothian Regiment posted there.",
     "Lothian Regiment"),
    ("The carrier joined the Ninth Fleet off the coast on Friday.", "Ninth Fleet"),
    ("The general who heads the Third Army Region said the road was closed.",
     "Third Army Region"),
    ("The brigade, drawn from the army's Kestrel Military Region, carries mortars.",
     "Kestrel Military Region"),
    ("A company of the Fife and Lomond Highlanders patrolled the port.",
     "Fife and Lomond Highlanders"),
    ("An advance party of the Royal 31st Regiment, left the base at dawn.",
     "Royal 31st Regiment"),
])
def test_unit_name_is_one_agency(run, text, name):
    assert _classes(run, text).get(name) == "Agency"


def test_command_area_is_no_place(run):
    classes = _classes(run, "The general who heads the Third Army Region said the road was closed.")
    assert "Region" not in classes.values()


def test_country_before_a_unit_number_stays_apart(run):
    # a state's demonym before the number is no part of the unit's name
    classes = _classes(run, "Men of the Indian 5th Division crossed the river on Monday.")
    assert classes.get("5th Division") == "Agency"
    assert "Indian 5th Division" not in classes


def test_regiment_as_a_common_noun_names_no_unit(run):
    classes = _classes(run, "Soldiers of a regiment from the north guarded the bridge.")
    assert "Agency" not in classes.values()
