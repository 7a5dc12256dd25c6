"""Venues named by a building's word after a preposition of place are Regions (E12; s25)."""
import pytest

from kg.extract import extract_mentions


def _classes(nlp, gazetteer, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {m.span.text: m.cls for m in extract_mentions(doc, "t", ignore=gazetteer.not_entities)}


@pytest.mark.parametrize("text, name", [
    ("The two ministers initialled the accord at Harlow Court late on Sunday.", "Harlow Court"),
    ("The president spoke to reporters in the Oval Office after the meeting.", "Oval Office"),
    ("The premier gave a televised address from the Oval Office on Tuesday.", "Oval Office"),
])
def test_venue_after_place_preposition_is_region(nlp, gazetteer, text: str, name: str) -> None:
    assert _classes(nlp, gazetteer, text).get(name) == "Region"


def test_institution_word_keeps_body(nlp, gazetteer) -> None:
    got = _classes(nlp, gazetteer, "The appeal was heard at the Supreme Court in March.")
    assert got.get("Supreme Court") != "Region"
