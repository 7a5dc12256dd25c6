"""Issue 12, h-typ1 (stop 55): a name NER took for a person that is a state the gazetteer lists
(an ambiguous entry: "Chad", "Jordan", "Georgia") or a listed town or region is that place
where nothing in its sentence shows a person; a title or honorific before it, a person's full
name in the article holding it, "who" on it or "he"/"she" after it keep the person (sentences
written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_cls1_s54 import _classes


def _keys(run, text, name):
    """The (class, key) of the mentions of ``text`` whose words are ``name``."""
    mentions, _ = run(text)
    return {(m.cls, m.key) for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize(("text", "name"), [
    ("Burkina Faso and Niger pledged a battalion each. Chad, which is not a member of the "
     "bloc, said it would send 1,500 soldiers.", "Chad"),
    ("The emir, who seized power in a coup in 1995, has also asked Jordan for help.", "Jordan"),
    ("Oman's ruler, who deposed his brother in 1970, asked Jordan for help.", "Jordan"),
])
def test_a_listed_state_with_no_person_cue_is_the_state(run, text, name):
    assert _keys(run, text, name) == {("Country", name)}


def test_a_listed_town_with_no_person_cue_is_a_place(run):
    text = "Troops were sent to the Santo Tomas campus on Friday."
    assert _classes(run, text, "Santo Tomas") == {"Region"}


@pytest.mark.parametrize(("text", "name"), [
    # a surname of a person the article names in full
    ("Michael Jordan, the envoy, arrived in Amman. Jordan said he would meet the king.",
     "Jordan"),
    ("Taylor's fighters have attacked the capital. Charles Taylor denied it.", "Taylor"),
    ("Bill Clinton visited Hanoi. Clinton said the embargo would end.", "Clinton"),
    # a given name of a person the article names in full
    ("Chad Miller, the mediator, flew to N'Djamena. Reporters asked Chad about the vote.",
     "Chad"),
    ("Georgia Harrison, the envoy, said the talks would resume.", "Georgia Harrison"),
    # a town's name that acts (a state, in news, may)
    ("Clinton told reporters the deal was done.", "Clinton"),
    ("Obama and Hollande send more troops to the Sahel", "Obama"),
    # an honorific before the name
    ("Mr Jordan told reporters the deal was done.", "Jordan"),
    # "he" after it, "who" on it
    ("Jordan told reporters he was pleased with the deal.", "Jordan"),
    ("Chad, who joined the ministry in 2004, said the talks would resume.", "Chad"),
    ("Jordan, who chairs the committee, said the vote would be held on Monday.", "Jordan"),
])
def test_a_person_cue_keeps_the_person(run, text, name):
    assert _classes(run, text, name) == {"Person"}
