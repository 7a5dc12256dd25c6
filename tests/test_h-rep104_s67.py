"""A body that names itself speaks (issue 12, stop 67, h-rep104), on sentences written for this
test (not taken from any article or corpus): "a group calling itself the <Name>, led by <Person>,
said …" gives the named body as claimant, though the parser makes the name the object of
"calling" and the group noun the subject; a person who calls himself something stays a person's
name only, and a clause that names nothing gives no claimant."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("A splinter faction calling itself the Kivu Patriotic Front, led by Jean-Marie Kabasele, "
     "said on Monday that it would keep fighting.", "it would keep fighting",
     "Kivu Patriotic front"),
    ("A militant group calling itself the Eastern Mountain Liberation Army claimed that its "
     "fighters had shot down a helicopter.", "had shot down a helicopter",
     "Eastern Mountain Liberation army"),
])
def test_group_calling_itself_speaks(claims, speakers, text, said, speaker):
    found = speakers(text, said)
    assert [s.lower() for s in found] == [speaker.lower()], claims(text)


def test_named_group_not_its_leader(claims, speakers):
    # the person in the aside ("led by …") does not speak for the group
    text = ("A breakaway movement calling itself the Northern Unity Council, led by Paul Adeyemi, "
            "said the ceasefire was over.")
    found = speakers(text, "the ceasefire was over")
    assert "Paul Adeyemi" not in found and len(found) == 1, claims(text)


def test_spokesman_calling_himself_stays_a_person(claims, speakers):
    # (guard) "himself" names a person: the group's own name in the aside does not speak
    text = ("The rebels' spokesman, who calls himself Commander Tarek Hadid, said the army had "
            "lost 40 men.")
    assert speakers(text, "had lost 40 men") == ["Tarek Hadid"], claims(text)
