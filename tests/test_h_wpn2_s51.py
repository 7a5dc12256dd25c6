"""Issue 12, h-wpn2 (stop 51): a model's name before its kind noun, with the kind's own
modifiers between or a variant's code after the name, is one mention of the model, not the
bare kind (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_designations_s31 import _weapons


@pytest.mark.parametrize("text, mention", [
    # an acronym NER left alone or took for a body
    ("Police said the gang had carried ZRK rifles stolen from an army depot.", "ZRK rifles"),
    ("Chile will buy 12 of the new KTX swing-wing strike bombers from France.",
     "KTX swing-wing strike bombers"),
    ("Peru ordered two NAVEX-class corvettes from a Spanish yard last year.",
     "NAVEX-class corvettes"),
    # a capitalised name with modifiers between it and the kind
    ("Kenya signed a deal for 20 Falcon advanced jet trainers on Monday.",
     "Falcon advanced jet trainers"),
    # a variant's code after the name
    ("Ghana has ordered 30 Tembo-M main battle tanks from a Czech firm.",
     "Tembo-M main battle tanks"),
    ("The navy took delivery of two Ma'oz 4 corvettes built in Italy.", "Ma'oz 4 corvettes"),
])
def test_model_before_its_kind_is_one_mention(run, text, mention):
    weapons = _weapons(run, text)
    assert mention in weapons
    assert not {w for w in weapons if w != mention and mention.endswith(w)}


@pytest.mark.parametrize("text, kind", [
    # a state's adjective, a listed company or body before the kind names no model
    ("Britain sold the new American swing-wing strike bombers to Iran.", "bombers"),
    ("Egypt bought Boeing attack helicopters and Russian tanks in 2015.", "tanks"),
    # a body's name (its head word) or a pair of states' adjective before the kind
    ("Malta was given two former Maritime Guard cutters last year.", "cutters"),
    ("Paris and Berlin said a Franco-German tank would follow in 2035.", "tank"),
])
def test_no_model_before_the_kind_keeps_the_kind(run, text, kind):
    assert any(w.endswith(kind) and not w[:1].isupper() or w == kind
               for w in _weapons(run, text))
