"""Issue 12, stop 25 (h-ent8): constructions that type a name kg has never seen from its
context or its form.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

# --- a numbered unit: ordinal (or "No." number) and words ending in a unit head -------------


@pytest.mark.parametrize("text, name", [
    ("Some 3,000 soldiers of the 88th Motor Rifle Division crossed the river on Monday.",
     "88th Motor Rifle Division"),
    ("The jets will join the 17th tactical fighter squadron at a base in the north.",
     "17th tactical fighter squadron"),
    ("Tanks were taken from the depots of the 52nd division last spring.", "52nd division"),
    ("Pilots of No. 9 Squadron flew the first sorties on Tuesday.", "No. 9 Squadron"),
    ("The unit, 104 Battery, left for the border on Friday.", "104 Battery"),
])
def test_numbered_unit_is_one_agency(run, text, name):
    mentions, _ = run(text)
    assert (name, "Agency") in {(m.span.text, m.cls) for m in mentions}
    assert not any(m.cls == "Weapon" and m.span.text in name for m in mentions)


def test_unit_of_a_regiment_keeps_the_longer_name(run):
    mentions, _ = run("The troops, most of them from the 3rd Battalion of The Royal Borderers, "
                      "arrived in Tallinn on Monday.")
    texts = {m.span.text for m in mentions if m.cls == "Agency"}
    assert "3rd Battalion" not in texts


@pytest.mark.parametrize("text", [
    "The talks entered their 4th round on Monday.",
    "Five battalions were sent to the border, the ministry said.",
])
def test_no_unit_without_a_unit_name(run, text):
    mentions, _ = run(text)
    assert not any(m.cls == "Agency" for m in mentions)


# --- an unknown short name after "off" or "around" is a place --------------------------------

@pytest.mark.parametrize("text, name", [
    ("The navy kept two frigates off Tarvik during the talks.", "Tarvik"),
    ("Soldiers had been sent to reinforce the border area around Lago Verde.", "Lago Verde"),
])
def test_name_after_a_local_preposition_is_a_place(run, text, name):
    mentions, _ = run(text)
    classes = {m.cls for m in mentions if m.span.text == name}
    assert classes == {"Region"}
