"""Issue 12, stop 66 (h-shah1): a sole title the text names no one with. Sentences written for
these tests, none taken from a corpus; real spaCy parse.

- "the Shah" (roles.yaml ``sole_titles``) that NER made an organisation, in a story that
  mentions Iran and names no one in apposition to the title, is the ruler roles.yaml
  ``sole_rulers`` lists for that title and state (dev conventions E11), not an Agency.
- "the Shah's government" is then his state (R5), found by relations.yaml ``leader_states``
  under the ruler's name; "officials of the Shah's government said" is Iran's claim.
"""

from __future__ import annotations

from kg.extract.gazetteer import load_roles
from tests.test_h_rep66_s49 import _claimants

STORY = ("Iran buys British patrol boats\n\n"
         "LONDON, May 3 - Iran has ordered six patrol boats from Britain, the shipyard said on "
         "Friday. In Tehran, officials of the Shah's government said the boats would guard the "
         "oil terminals of the Gulf.")


def _shah(mentions):
    return [m for m in mentions if m.span.text == "Shah"]


def test_the_shah_is_the_listed_ruler_not_a_body(run):
    mentions, _ = run(STORY)
    shah = _shah(mentions)
    assert shah and all(m.cls == "Person" and m.lemma == "Mohammad Reza Pahlavi"
                        for m in shah), shah


def test_officials_of_the_shahs_government_speak_for_iran(run):
    found = _claimants(run, STORY)
    assert "Iran" in found and "Mohammad Reza Pahlavi" not in found, found


def test_a_title_named_in_apposition_keeps_its_holder(run):
    text = ("Iran buys tanks\n\n"
            "TEHRAN, May 3 - The Shah, Reza Karimi, has ordered tanks from Britain. Critics "
            "accused Britain of arming the Shah.")
    mentions, _ = run(text)
    assert all(m.lemma != "Mohammad Reza Pahlavi" for m in mentions)


def test_without_the_listed_state_the_title_is_left_as_it_was(run):
    text = ("Rebels seize port\n\n"
            "NAIROBI, May 3 - Rebels seized a port on Tuesday. Officials of the Shah's "
            "government said the rebels had mortars.")
    mentions, _ = run(text)
    assert all(m.lemma != "Mohammad Reza Pahlavi" for m in mentions)


def test_sole_rulers_are_loaded_by_title_and_state():
    assert load_roles().sole_rulers["Shah"] == {"Iran": "Mohammad Reza Pahlavi"}
