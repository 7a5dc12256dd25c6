"""Issue 12, stop 57 (h-dep78): a place name the document tags as a place in one sentence is
that place where NER left the same words untagged or took them for an organisation or a
people in another (kg.extract.named_places; sentences written for these tests). NER's
mistakes are set by hand on a blank pipeline, so that each case is the one it names."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span as SpacySpan

from kg.extract.named_places import places_named_elsewhere


def _doc(text: str, ents: list[tuple[str, int, str]]):
    """A blank-pipeline doc of ``text`` and the entities (label, nth occurrence, words) set on it,
    as NER would have left them."""
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    spans = []
    for label, nth, name in ents:
        parts = name.split()
        starts = [i for i in range(len(words)) if words[i:i + len(parts)] == parts]
        start = starts[nth]
        spans.append(SpacySpan(doc, start, start + len(parts), label=label))
    return doc, sorted(spans, key=lambda e: e.start)


def _labels(doc, ents, name: str) -> list[str]:
    """The label over each occurrence of ``name`` after the pass ("" where none)."""
    out = places_named_elsewhere(doc, ents)
    first = name.split()[0]
    return [next((e.label_ for e in out if e.start <= t.i < e.end), "")
            for t in doc if t.text == first]


@pytest.mark.parametrize("text, ents, name, expected", [
    # untagged where the sentence gave NER too little: the place of the other sentence
    ("The army sent 900 troops to Zacapa . Gangs killed ten people in Zacapa last year .",
     [("GPE", 1, "Zacapa")], "Zacapa", ["GPE", "GPE"]),
    # taken for an organisation ("the coast of X") and for a people ("to X")
    ("The navy sent two boats to the coast of Olancho . Rebels operate in Olancho and Colon .",
     [("ORG", 0, "Olancho"), ("GPE", 1, "Olancho"), ("GPE", 0, "Colon")], "Olancho",
     ["GPE", "GPE"]),
    ("Police were sent to Tillaberi on Monday . Attacks in Tillaberi have grown .",
     [("NORP", 0, "Tillaberi"), ("GPE", 1, "Tillaberi")], "Tillaberi", ["GPE", "GPE"]),
    # a headline's last word, after "the"
    ("Norway sends two frigates to the Gulf\n\nThe frigates will patrol the Gulf for a year .",
     [("LOC", 1, "Gulf")], "Gulf", ["LOC", "LOC"]),
])
def test_a_place_named_elsewhere_is_that_place(text, ents, name, expected):
    doc, spans = _doc(text, ents)
    assert _labels(doc, spans, name) == expected


@pytest.mark.parametrize("text, ents, name, expected", [
    # the words begin a longer name: "Zacapa Valley Bank" is no mention of the place
    ("He works for Zacapa Valley Bank . Gangs killed ten people in Zacapa last year .",
     [("GPE", 1, "Zacapa")], "Zacapa", ["", "GPE"]),
    # a person is left alone: "Jordan" names both
    ("Jordan said the talks would go on . Troops were sent to Jordan in May .",
     [("PERSON", 0, "Jordan"), ("GPE", 1, "Jordan")], "Jordan", ["PERSON", "GPE"]),
    # a name the document tags as two kinds of place is left as it is
    ("Rebels hold Boaco . Boaco is calm . The town of Boaco fell .",
     [("GPE", 0, "Boaco"), ("LOC", 2, "Boaco")], "Boaco", ["GPE", "", "LOC"]),
    # a longer organisation holding the words keeps them
    ("The Olancho Farmers Union met . Rebels operate in Olancho .",
     [("ORG", 0, "Olancho Farmers Union"), ("GPE", 1, "Olancho")], "Olancho", ["ORG", "GPE"]),
    # an organisation more often than a place: the body NER once took for a place
    ("Rebels of Kafra attacked . Kafra said so . Kafra denied it . Peace came to Kafra .",
     [("ORG", 0, "Kafra"), ("ORG", 1, "Kafra"), ("ORG", 2, "Kafra"), ("GPE", 3, "Kafra")],
     "Kafra", ["ORG", "ORG", "ORG", "GPE"]),
    # no place anywhere: nothing to go by
    ("Kordofan Air flew twice . Kordofan said so .", [("ORG", 0, "Kordofan")], "Kordofan",
     ["ORG", ""]),
])
def test_no_place_named_elsewhere(text, ents, name, expected):
    doc, spans = _doc(text, ents)
    assert _labels(doc, spans, name) == expected


def test_a_listed_body_keeps_its_id():
    """An organisation the gazetteer lists (an id) is that body, whatever the other sentence."""
    doc, spans = _doc("Tumbes FC won . Fans gathered in Tumbes .",
                      [("ORG", 0, "Tumbes"), ("GPE", 1, "Tumbes")])
    spans = [SpacySpan(doc, e.start, e.end, label=e.label_, span_id="Tumbes (club)")
             if e.label_ == "ORG" else e for e in spans]
    spans[0][0].ent_id_ = "Tumbes (club)"  # kg reads a span's id off its tokens
    assert _labels(doc, spans, "Tumbes") == ["ORG", "GPE"]
