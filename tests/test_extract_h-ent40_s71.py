"""h-ent40 (issue 12, stop 71): an unlisted name NER took for a place, right after a kind noun
of roles.yaml ``apposed_kinds`` ("the task force X") or in apposition to one after a comma ("its
parent, X", "the missile, the X"), takes the kind's class in every mention of its words."""

import pytest
from spacy.tokens import Span

from kg.extract.gazetteer import load_roles
from kg.extract.kind_names import names_after_kinds


def _labels(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, name, label", [
    ("The refinery was seized from its Dutch parent, Velmora, on Tuesday.", "Velmora", "Company"),
    ("The army fields its own anti-ship missile, the Korvast, on the coast.", "Korvast",
     "Weapon"),
])
def test_a_name_after_a_kind_noun_takes_its_class(nlp, text, name, label):
    assert (name, label) in _labels(nlp, text)


def test_every_mention_of_the_name_takes_the_class(nlp):
    found = [lab for txt, lab in _labels(nlp, (
        "The refinery was seized from its Dutch parent, Velmora, on Tuesday. Officials in "
        "Lisbon said Velmora would be paid for the stake.")) if txt == "Velmora"]
    assert found == ["Company", "Company"]


def _relabelled(nlp, text: str, name: str) -> str:
    """The label ``names_after_kinds`` gives ``name`` when NER took it for a place (GPE)."""
    doc = nlp(text)  # parsed; its entities replaced by NER's place guess alone, unlisted
    for t in doc:
        t.ent_id_ = ""
    start = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, start, start + 1, label="GPE")]
    out = names_after_kinds(doc, list(doc.ents), load_roles())
    return next(e.label_ for e in out if e.text == name)


def test_a_place_guess_after_task_force_is_a_body(nlp):
    assert _relabelled(nlp, "Troops arrived to join the European task force Zanbara on Monday.",
                       "Zanbara") == "Agency"


def test_a_place_guess_after_patrol_boat_is_a_ship(nlp):
    assert _relabelled(nlp, "Ruritania hands Freedonia patrol boat Zanbara to settle a debt",
                       "Zanbara") == "Weapon"


def test_a_name_of_another_phrase_after_the_comma_stays(nlp):
    # "Zanbara" belongs to "garrison", not in apposition to "task force": no body
    assert _relabelled(nlp, "They left the task force, the Zanbara garrison and two depots.",
                       "Zanbara") == "GPE"
