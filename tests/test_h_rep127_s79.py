"""Issue 12, stop 79 (h-rep127): a denial written as a relative clause on a charge ("accused
<capital> of V-ing …, a charge <state> denies") negates the accusation with the accused named
as the accusation names them — a capital too, not by the denier's name (dev conventions R4,
stop 77: "Bishkek …", not "Kyrgyzstan …"; charged._accused). Where the accusation names the
denier by no word of its own (a passive, a pronoun object) the denier's state name stays.
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "denier", "statement"), [
    ("Ethiopia has long accused Asmara of training the rebels, a charge that Eritrea denies.",
     "Eritrea", "Asmara did not train the rebels"),
    ("The Congolese army accused Kigali of shelling the border villages, a charge that Rwanda "
     "rejected.", "Rwanda", "Kigali did not shell the border villages"),
    ("Addis Ababa has long accused Asmara of arming the militia, a charge the Eritrean "
     "government denies.", "Eritrea", "Asmara did not arm the militia"),
])
def test_a_charge_denied_names_the_accused_as_the_accusation_does(claims, text, denier,
                                                                   statement):
    assert (denier, statement) in claims(text)


@pytest.mark.parametrize(("text", "denier", "statement"), [
    # guards: the accused written by the denier's own name stays; a pronoun object standing
    # for the denier and a passive with no object give the denier's state name (as before)
    ("Ethiopia has long accused Eritrea of training the rebels, a charge that Asmara denies.",
     "Eritrea", "Eritrea did not train the rebels"),
    ("Eritrea closed its border on Monday. Ethiopia has long accused it of training the "
     "rebels, a charge that Asmara denies.", "Eritrea", "Eritrea did not train the rebels"),
    ("Nairobi was accused by the Ugandan government of arming the rebels, a charge it "
     "denied.", "Kenya", "Kenya did not arm the rebels"),
])
def test_a_charge_denied_guards(claims, text, denier, statement):
    assert (denier, statement) in claims(text)
