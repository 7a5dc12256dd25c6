"""A ship sent somewhere by its kind and name (issue 12, stop 69, h-dep109), on sentences
written for this test: "sent the landing ship <Name> to A and B" (the kind noun parsed as a
dative: relations/named_ship_objects.dative_force) and "ordered the aircraft carrier <Name> to
the Y" (the name split off as a second object carrying the "to" phrase: split_names). Parses
the small model gives only in long sentences are built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.relations._base import _Sentence
from kg.extract.relations.named_ship_objects import dative_force, split_names


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


def _supplies(relations, text: str) -> list[dict]:
    return [r for rel, r in relations(text) if rel == "supplies"]


SENT_SHIP = ("Norway has sent the landing ship Fjordvakt to Haiti and the Bahamas, two of the "
             "islands hit by the storm.")


def test_a_landing_ship_sent_to_two_places_is_deployed_to_both(relations):
    assert _deploys(relations, SENT_SHIP) == {("Norway", "Haiti"), ("Norway", "Bahamas")}
    assert not _supplies(relations, SENT_SHIP)


def _doc(nlp, words, heads, deps, pos) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


# "Japan ordered the aircraft carrier Kaga to the strait ."
WORDS = ["Japan", "ordered", "the", "aircraft", "carrier", "Kaga", "to", "the", "strait", "."]
POS = ["PROPN", "VERB", "DET", "NOUN", "NOUN", "PROPN", "ADP", "DET", "NOUN", "PUNCT"]


def test_a_name_split_off_the_kind_as_a_second_object_is_found(nlp):
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "dobj", "prep", "det", "pobj", "punct"]
    doc = _doc(nlp, WORDS, [1, 1, 4, 4, 1, 1, 5, 8, 6, 1], deps, POS)
    assert [t.text for t in split_names(doc[1], doc[4])] == ["Kaga"]


def test_a_second_object_apart_from_the_kind_is_no_split_name(nlp):
    # (guard: "ordered the carrier home and Kaga to …" is not the one object)
    words = ["Japan", "ordered", "the", "carrier", "home", "and", "Kaga", "to", "the", "strait"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADV", "CCONJ", "PROPN", "ADP", "DET", "NOUN"]
    deps = ["nsubj", "ROOT", "det", "dobj", "advmod", "cc", "dobj", "prep", "det", "pobj"]
    doc = _doc(nlp, words, [1, 1, 3, 1, 1, 1, 1, 6, 9, 7], deps, pos)
    assert split_names(doc[1], doc[3]) == []


def test_a_force_dative_beside_a_to_phrase_is_what_was_sent(nlp, rules):
    deps = ["nsubj", "ROOT", "det", "compound", "dative", "appos", "prep", "det", "pobj", "punct"]
    doc = _doc(nlp, WORDS, [1, 1, 4, 4, 1, 4, 1, 8, 6, 1], deps, POS)
    ctx = _Sentence(doc[:], "d", 0, rules, {})
    assert dative_force(ctx, doc[1]).text == "carrier"


def test_a_force_dative_with_no_to_phrase_stays_a_dative(nlp, rules):
    # (guard: "sent the carrier Kaga fresh supplies": the ship receives)
    words = ["Japan", "sent", "the", "carrier", "Kaga", "fresh", "supplies", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PROPN", "ADJ", "NOUN", "PUNCT"]
    deps = ["nsubj", "ROOT", "det", "dative", "appos", "amod", "dobj", "punct"]
    doc = _doc(nlp, words, [1, 1, 3, 1, 3, 6, 1, 1], deps, pos)
    ctx = _Sentence(doc[:], "d", 0, rules, {})
    assert dative_force(ctx, doc[1]) is None
