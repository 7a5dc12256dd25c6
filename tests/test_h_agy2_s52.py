"""Issue 12, stop 52, h-agy2: bodies the gazetteer lacks, named by what stands around them.

- A lower-case unit noun ("unit", "force", "brigade" …; roles.yaml ``unit_lower_heads``) right
  after an unlisted capitalised organisation name is that name's head: "the Falcon unit" is
  the Agency, not "Falcon" (dev d858, d334).
- A capitalised name after "the" and a side's word ("opposition", "ruling", "rebel";
  ``side_cues``) is a body, an Agency, where NER read a person or nothing (dev d857, d783).

Every sentence was written for these tests. Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _classes(run, text):
    """``{surface text: (class, key)}`` of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text.strip(): (m.cls, m.key) for m in mentions}


# --- a lower-case unit noun keeps its name ----------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("OSLO, May 3 - About 200 soldiers of the Vardhus unit left for Mali on Friday, the "
     "defence ministry said.", "Vardhus unit"),
    ("OSLO, May 3 - The troops will serve with the Gulf Cooperation Council's Desert Lance "
     "force in Kuwait, the ministry said.", "Desert Lance force"),
])
def test_unit_noun_is_the_head_of_the_name(run, text, unit):
    found = _classes(run, text)
    assert found.get(unit, ("", ""))[0] == "Agency"
    assert unit.split()[0] not in found


def test_listed_name_before_a_unit_noun_keeps_its_span(run):
    found = _classes(run, "OSLO, May 3 - Norway will send 40 engineers to the NATO force "
                          "in Kosovo, the defence ministry said on Friday.")
    assert found["NATO"] == ("Agency", "NATO")
    assert "NATO force" not in found


def test_state_word_two_states_share_is_no_unit_name(run):
    # "Korean" names two states (countries.yaml shared_names): a people, not a unit's name
    found = _classes(run, "OSLO, May 3 - Lebanon's government welcomed the Korean unit, which "
                          "will patrol the border from next month, officials said.")
    assert "Korean unit" not in found


def test_indefinite_article_gives_no_unit_name(run):
    found = _classes(run, "Critics argued the plan would stretch a Guard force that already has "
                          "thousands of troops abroad.")
    assert "Guard force" not in found


# --- a side's word before a body's name -------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("LAGOS, May 3 - The opposition Awami Qaumi Ittehad accused the president of wasting money "
     "on the jets.", "Awami Qaumi Ittehad"),  # NER alone reads a person
    ("LAGOS, May 3 - The opposition Harakat Watani Jadid accused the minister of hiding the "
     "price.", "Harakat Watani Jadid"),  # NER alone reads a person
    ("LAGOS, May 3 - The opposition Tawa Ndoki Alliance accused the president of wasting money "
     "on the jets.", "Tawa Ndoki Alliance"),
    ("LAGOS, May 3 - Fighters of the rebel Movement for Northern Justice seized the town on "
     "Friday, officials said.", "Movement for Northern Justice"),
])
def test_name_after_a_side_word_is_a_body(run, text, body):
    found = _classes(run, text)
    assert found.get(body, ("", ""))[0] == "Agency"


def test_person_after_a_side_word_and_a_title_stays_a_person(run):
    found = _classes(run, "LAGOS, May 3 - The opposition leader Musa Abiodun accused the "
                          "president of wasting money on the jets.")
    assert found["Musa Abiodun"][0] == "Person"
