"""Issue 13, stop 47 (h-perf29): the gazetteer's Matcher tests a first token's part of speech
and a one-token pattern's dependency in C (no Python predicate at every token), with the
matches, their order and their keys of the patterns as written; ``texts`` reads the ORTH
column once per document for the refinement rules."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from kg.extract.ruler import GazetteerRuler
from kg.extract.tokens import texts

WORDS = ["The", "Charter", "of", "Paris", "and", "a", "charter", "flight", ";", "Bavar",
         "Khordad", "systems", "and", "British", "Typhoon", "jets", "and", "the", "lease", "."]
POS = ["DET", "PROPN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "NOUN", "PUNCT", "PROPN",
       "ADJ", "NOUN", "CCONJ", "ADJ", "PROPN", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"]
DEPS = ["det", "nsubj", "prep", "pobj", "cc", "det", "compound", "conj", "punct", "compound",
        "amod", "ROOT", "cc", "amod", "compound", "conj", "cc", "det", "conj", "punct"]
HEADS = [1, 11, 1, 2, 1, 7, 7, 1, 11, 11, 11, 11, 11, 15, 15, 11, 11, 18, 11, 11]
PATTERNS = [  # (label, pattern); kg/data/patterns.yaml has patterns of these forms
    ("Weapon", [{"IS_TITLE": True, "POS": {"IN": ["PROPN", "ADJ", "NOUN"]}},
                {"IS_TITLE": True, "OP": "?"}, {"LOWER": {"IN": ["systems", "jets"]}}]),
    ("Agreement", [{"LOWER": "charter", "DEP": {"NOT_IN": ["compound", "amod"]}}]),
    ("Weapon", [{"IS_TITLE": True, "POS": "PROPN"}, {"LOWER": "jets"}]),
    ("Agreement", [{"LOWER": {"IN": ["lease", "charter"]}, "POS": {"IN": ["NOUN", "PROPN"]},
                    "DEP": {"NOT_IN": ["compound"]}}]),
    ("Region", [{"IS_TITLE": True, "POS": {"IN": ["PROPN"]}}, {"LOWER": "of"},
                {"IS_TITLE": True}]),
]


def _doc(vocab) -> Doc:
    return Doc(vocab, words=WORDS, pos=POS, deps=DEPS, heads=HEADS)


def test_stand_in_patterns_give_the_matches_of_the_patterns_as_written():
    nlp = spacy.blank("en")
    ruler = GazetteerRuler(nlp, "kg_gazetteer", overwrite_ents=True)
    ruler.add_token_patterns([{"label": label, "pattern": p} for label, p in PATTERNS])
    # the first tokens' POS IN and the one-token DEP NOT_IN went in as stand-ins
    assert len(ruler._stand_ins) == 4
    reference = Matcher(nlp.vocab)
    for label, p in PATTERNS:
        reference.add(label, [p])
    doc = _doc(nlp.vocab)
    expected = reference(doc)
    assert len(expected) >= 6
    assert ruler._token_matches(doc) == expected  # the same matches, keys and order
    found = {(nlp.vocab.strings[m], doc[s:e].text) for m, s, e in expected}
    assert ("Agreement", "Charter") in found and ("Agreement", "charter") not in found
    assert ("Weapon", "Bavar Khordad systems") in found and ("Region", "Charter of Paris") \
        in found and ("Agreement", "lease") in found


def test_texts_are_the_words_as_written():
    nlp = spacy.blank("en")
    doc = nlp("The Social Democrats and the Greens said so.")
    assert texts(doc) == [t.text for t in doc]
    assert tuple(texts(doc)[1:3]) == ("Social", "Democrats")
    other = nlp("Another text.")
    assert texts(other) == ["Another", "text", "."]
    with doc.retokenize() as retokenizer:  # a retokenized document is read again
        retokenizer.merge(doc[1:3])
    assert texts(doc) == [t.text for t in doc] and texts(doc)[1] == "Social Democrats"
