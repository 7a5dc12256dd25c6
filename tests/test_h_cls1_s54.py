"""Issue 12, h-cls1 (stop 54): the class an article states for a name kg does not list beats
NER's guess, in every mention of that name in the article (sentences written for these tests,
real spaCy parse).

- a kind noun before the name ("the Italian shipbuilder X") or set beside it in apposition
  ("another Dutch yard, X"; "X, the largest container line") makes it a Company;
- a post's noun in apposition ("X, the director of …"; "the chief executive of …, X") makes
  it a Person;
- a ship's modifier before it ("the Liberian-flagged X") makes it a ship (a Weapon).
"""

from __future__ import annotations

import pytest


def _classes(run, text, name):
    """The classes of the mentions of ``text`` whose words are ``name``."""
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text.strip() == name}


@pytest.mark.parametrize(("text", "name", "cls"), [
    # the other mention, where nothing is said, follows the stated one
    ("Chile ordered two patrol boats from Britain's Harland Moss. The British shipbuilder "
     "Harland Moss said the first would be handed over next year.", "Harland Moss", "Company"),
    ("The navy had bought a tug from another Spanish yard, Oruzabal, in 2011.",
     "Oruzabal", "Company"),
    ("Hapag-Lindstrand, the world's third largest container line, said its ships would avoid "
     "the strait.", "Hapag-Lindstrand", "Company"),
    ("Peru's defence minister and Jim Lake, the director of the Office of Border Security, "
     "signed the plan in Lima.", "Jim Lake", "Person"),
    ("Thousands marched in the capital, and the chief executive of the island government, "
     "Tamotsu Higa, stayed away from the ceremony.", "Tamotsu Higa", "Person"),
    ("The Liberian-flagged Anna Maria Kostas was stopped by the coast guard off Gibraltar. "
     "Officers escorted the Anna Maria Kostas to Algeciras.", "Anna Maria Kostas", "Weapon"),
])
def test_the_stated_class_beats_the_guess(run, text, name, cls):
    assert _classes(run, text, name) == {cls}


def test_a_listed_name_keeps_its_class(run):
    # the gazetteer's class is never changed by an apposed kind noun
    text = "Georgia, the region's largest producer of wine, signed the pact with Ukraine."
    assert _classes(run, text, "Georgia") == {"Country"}


def test_a_speaker_after_the_name_states_nothing(run):
    # "…, a spokesman said": the parser's apposition is the speech verb's subject
    text = "The battalion will be posted to the state of Kedah, a spokesman for the army said."
    assert "Person" not in _classes(run, text, "Kedah")
