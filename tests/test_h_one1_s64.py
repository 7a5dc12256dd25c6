"""One name, one class per article: a bare mention NER left an organisation takes the class a rule
gave another mention of the same words (issue 12, stop 64, h-one1). Sentences written for
these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.refine.one_class import names_typed_elsewhere
from kg.extract.refine.spans import _set_id

_VOCAB = spacy.blank("en").vocab  # with the lexical attributes (lower case) the rule reads


def _doc(text: str) -> Doc:
    return Doc(_VOCAB, words=text.split())


def _span(doc: Doc, words: str, label: str, nth: int = 0, key: str = "") -> SpacySpan:
    """The ``nth`` run of ``words`` in ``doc`` as a span of ``label`` and id ``key``."""
    w = words.split()
    starts = [i for i in range(len(doc) - len(w) + 1) if [t.text for t in doc[i:i + len(w)]] == w]
    return _set_id(SpacySpan(doc, starts[nth], starts[nth] + len(w), label=label, span_id=key))


def _labels(ents: list[SpacySpan]) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in ents]


def test_a_bare_organisation_takes_the_ship_class_and_key_of_its_first_mention(gazetteer):
    doc = _doc("The old frigate Harbour Star sails as the Rio Verde . "
               "The Rio Verde reached port on Monday .")
    ents = [_span(doc, "Rio Verde", "Weapon", key="Harbour Star"),
            _span(doc, "The Rio Verde", "ORG")]
    assert _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))[1] == (
        "The Rio Verde", "Weapon", "Harbour Star")


def test_a_bare_acronym_takes_the_agreement_class_of_its_defined_mention(gazetteer):
    doc = _doc("The pact , known as NAVLINK , was signed . NAVLINK lets both navies share data .")
    ents = [_span(doc, "NAVLINK", "Agreement", key="Naval Link Agreement"),
            _span(doc, "NAVLINK", "ORG", nth=1)]
    assert _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))[1] == (
        "NAVLINK", "Agreement", "Naval Link Agreement")


def test_a_bare_acronym_takes_the_outlet_class_of_the_news_agency(gazetteer):
    doc = _doc("the news agency KNT reported . Officials told KNT the talks went well .")
    ents = [_span(doc, "KNT", "MediaOutlet"), _span(doc, "KNT", "ORG", nth=1)]
    assert _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))[1] == (
        "KNT", "MediaOutlet", "")


def test_a_station_named_by_its_owner_leaves_the_owner_a_body(gazetteer):
    doc = _doc("The Liberation Front said it held the pass , and Liberation Front radio said "
               "so too .")
    ents = [_span(doc, "Liberation Front", "ORG"),
            _span(doc, "Liberation Front", "MediaOutlet", nth=1)]
    assert _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))[0] == (
        "Liberation Front", "ORG", "")


def test_a_name_typed_two_ways_keeps_ners_guess(gazetteer):
    doc = _doc("Corvan sold the Corvan drone . Corvan said so .")
    ents = [_span(doc, "Corvan", "Company"), _span(doc, "Corvan", "Weapon", nth=1),
            _span(doc, "Corvan", "ORG", nth=2)]
    assert _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))[2] == (
        "Corvan", "ORG", "")


def test_a_name_a_rule_made_a_body_keeps_ners_guess(gazetteer):
    doc = _doc("Merit Group built the Merit Group ship . Merit Group said so .")
    ents = [_span(doc, "Merit Group", "Agency"), _span(doc, "Merit Group", "Weapon", nth=1),
            _span(doc, "Merit Group", "ORG", nth=2)]
    assert _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))[2] == (
        "Merit Group", "ORG", "")


def test_a_listed_body_or_another_ner_label_is_left_alone(gazetteer):
    doc = _doc("The Rio Verde sailed . Rio Verde docked . Rio Verde waited .")
    ents = [_span(doc, "Rio Verde", "Weapon"), _span(doc, "Rio Verde", "ORG", nth=1,
                                                     key="Rio Verde Authority"),
            _span(doc, "Rio Verde", "GPE", nth=2)]
    out = _labels(names_typed_elsewhere(doc, ents, gazetteer.roles))
    assert out[1:] == [("Rio Verde", "ORG", "Rio Verde Authority"), ("Rio Verde", "GPE", "")]
