"""An unlisted place NER cut before untagged capitalised words that its last word compounds
into runs on through them ("near <Town> West High School"), and a proper name ending in a
war word and "System" is a Weapon, not a body, with its acronym ("the <X> Warfare System",
"<XWS>"); a body so named ("the Federal Reserve System") stays a body (issue 12, s70
h-ent37). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.refine.place_tails import places_run_on
from kg.extract.refine.system_names import weapon_system_names


def _doc(nlp, rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """A parsed sentence from (word, POS, dependency, head index, entity IOB tag) rows."""
    words, pos, deps, heads, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents,
               sent_starts=[True] + [False] * (len(words) - 1))


def _names(spans) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in spans]


def _near_school(nlp) -> Doc:
    return _doc(nlp, [
        ("Pupils", "NOUN", "nsubj", 1, "O"), ("gathered", "VERB", "ROOT", 1, "O"),
        ("near", "ADP", "prep", 1, "O"), ("Tarvosh", "PROPN", "compound", 6, "B-GPE"),
        ("East", "PROPN", "compound", 6, "O"), ("Grammar", "PROPN", "compound", 6, "O"),
        ("School", "PROPN", "pobj", 2, "O"), (".", "PUNCT", "punct", 1, "O")])


def test_an_unlisted_place_runs_on_through_its_untagged_words(nlp, gazetteer):
    doc = _near_school(nlp)
    assert _names(places_run_on(doc, list(doc.ents), gazetteer)) == [
        ("Tarvosh East Grammar School", "GPE")]


def test_an_island_name_of_two_words_is_one_place(nlp, gazetteer):
    doc = _doc(nlp, [
        ("Troops", "NOUN", "nsubj", 1, "O"), ("landed", "VERB", "ROOT", 1, "O"),
        ("on", "ADP", "prep", 1, "O"), ("Korvessa", "PROPN", "compound", 4, "B-GPE"),
        ("Jima", "PROPN", "pobj", 2, "O"), ("at", "ADP", "prep", 1, "O"),
        ("dawn", "NOUN", "pobj", 5, "O"), (".", "PUNCT", "punct", 1, "O")])
    assert _names(places_run_on(doc, list(doc.ents), gazetteer)) == [("Korvessa Jima", "GPE")]


def test_a_place_before_a_speaker_is_not_joined(nlp, gazetteer):
    # guard: "in <Town> Ahmad said": the name after the place opens a clause
    doc = _doc(nlp, [
        ("In", "ADP", "prep", 3, "O"), ("Tarvosh", "PROPN", "compound", 2, "B-GPE"),
        ("Ahmad", "PROPN", "pobj", 0, "O"), ("said", "VERB", "ROOT", 3, "O"),
        ("talks", "NOUN", "nsubj", 5, "O"), ("failed", "VERB", "ccomp", 3, "O"),
        (".", "PUNCT", "punct", 3, "O")])
    assert _names(places_run_on(doc, list(doc.ents), gazetteer)) == [("Tarvosh", "GPE")]


def test_a_listed_place_or_a_body_named_after_a_place_is_not_joined(nlp, gazetteer):
    # guard: a listed place keeps its span; "<Town> Police" is a body, not a longer place
    doc = _near_school(nlp)
    doc[3].ent_id_ = "Tarvosh"
    assert _names(places_run_on(doc, list(doc.ents), gazetteer)) == [("Tarvosh", "GPE")]
    doc = _doc(nlp, [
        ("Officers", "NOUN", "nsubj", 1, "O"), ("joined", "VERB", "ROOT", 1, "O"),
        ("Tarvosh", "PROPN", "compound", 3, "B-GPE"), ("Police", "PROPN", "dobj", 1, "O"),
        (".", "PUNCT", "punct", 1, "O")])
    assert _names(places_run_on(doc, list(doc.ents), gazetteer)) == [("Tarvosh", "GPE")]


def test_a_war_systems_name_is_a_weapon_with_its_acronym(nlp, gazetteer):
    doc = _doc(nlp, [
        ("They", "PRON", "nsubj", 1, "O"), ("await", "VERB", "ROOT", 1, "O"),
        ("the", "DET", "det", 6, "B-ORG"), ("Coastal", "PROPN", "compound", 6, "I-ORG"),
        ("Littoral", "PROPN", "compound", 6, "I-ORG"), ("Warfare", "PROPN", "compound", 6, "I-ORG"),
        ("System", "PROPN", "dobj", 1, "I-ORG"), (",", "PUNCT", "punct", 6, "O"),
        ("or", "CCONJ", "cc", 6, "O"), ("CLWS", "PROPN", "conj", 6, "B-ORG"),
        (".", "PUNCT", "punct", 1, "O")])
    found = weapon_system_names(doc, list(doc.ents), gazetteer.roles)
    assert _names(found) == [("Coastal Littoral Warfare System", "Weapon"), ("CLWS", "Weapon")]
    assert found[0].id_ == found[1].id_


@pytest.mark.parametrize("words", [
    ("Federal", "Reserve", "System"),  # a body: no war word before "System"
    ("Andean", "Integration", "System"),
    ("Vaskerel", "Land", "Systems"),  # "Systems": a firm
])
def test_a_body_named_system_stays_a_body(nlp, gazetteer, words):
    rows = [("the", "DET", "det", 3, "B-ORG")]
    rows += [(w, "PROPN", "compound", 3, "I-ORG") for w in words[:-1]]
    rows += [(words[-1], "PROPN", "ROOT", 3, "I-ORG")]
    doc = _doc(nlp, rows)
    assert _names(weapon_system_names(doc, list(doc.ents), gazetteer.roles)) == [
        (" ".join(("the", *words)), "ORG")]


def test_a_war_systems_name_in_a_sentence(run):
    mentions, _ = run("The navy will field the Coastal Littoral Warfare System from next year.")
    assert {m.cls for m in mentions if "Warfare" in m.span.text} == {"Weapon"}
    mentions, _ = run("The Federal Reserve System raised interest rates again on Wednesday.")
    assert {m.cls for m in mentions if "Reserve" in m.span.text} == {"Agency"}
