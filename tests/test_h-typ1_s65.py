"""h-typ1 (issue 12, stop 65): a name given to a kind ("the battalion known as X", "the unit,
named X", "a homeland called X", "the rock, which it calls X") takes the class of that kind:
an Agency for a body's noun, a Region for a place's (roles.yaml ``naming_kinds``)."""

import pytest


def _labels(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize("text, name, label", [
    ("Sappers were drawn from the engineering battalion known as Vorbat.", "Vorbat", "Agency"),
    ("The unit, named Kestrana, will guard the airfield from next month.", "Kestrana", "Agency"),
    ("Deputies of the border commission, known as Bocomi, witnessed the signing.", "Bocomi",
     "Agency"),
    ("Separatists campaign for a homeland called Zandoria in the north.", "Zandoria", "Region"),
    ("Soldiers landed on the rock, which it calls Tullo, on Thursday.", "Tullo", "Region"),
])
def test_a_name_after_a_kind_takes_its_class(nlp, text, name, label):
    assert _labels(nlp, text).get(name) == label


def test_every_mention_of_the_name_takes_the_class(nlp):
    labels = [(e.text, e.label_) for e in nlp(
        "The unit, named Kestrana, flew out on Monday. Kestrana will guard the airfield.").ents
        if e.text == "Kestrana"]
    assert labels == [("Kestrana", "Agency"), ("Kestrana", "Agency")]


@pytest.mark.parametrize("text, name", [
    ("The party named Ali Hassan its new leader.", "Ali Hassan"),  # a role after the name
    ("The ruling party named Ali Hassan as its candidate on Monday.", "Ali Hassan"),
])
def test_a_person_named_to_a_role_stays_a_person(nlp, text, name):
    assert _labels(nlp, text).get(name) == "PERSON"


def test_a_ship_named_after_its_kind_stays_a_ship(nlp):
    assert _labels(nlp, "The navy sent a frigate named Tarvok.").get("Tarvok") == "Weapon"
