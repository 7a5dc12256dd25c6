"""spaCy's ``ner`` is shown the gazetteer's preset entities under a label it knows
(``kg.extract.nlp.KnownLabels``): same entities, and its output layer does not grow."""

from __future__ import annotations

import spacy

from kg.extract.nlp import KnownLabels, resolve_model_name

# Written for this test: gazetteer names of kg's own labels (Country, Weapon, Agency) next to
# names only the model finds (a person, a city).
TEXTS = [
    "Belarus sold Shahed drones to Venezuela, Anna Petrenko told reporters in Minsk on Friday.",
    "The Ministry of Defence of Georgia said that 122mm howitzers reached Moldova last week.\n\n"
    "Ivan Orlov, a spokesman, added that Poland had sent artillery shells.",
]


def _bare_ner():
    name = resolve_model_name(None)
    src = spacy.load(name)
    return spacy.load(name, exclude=[p for p in src.component_names if p != "ner"]).get_pipe("ner")


def _before_ner(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            return doc
        doc = proc(doc)
    raise AssertionError("no ner in the pipeline")


def _ents(doc):
    return [(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in doc.ents]


def test_ner_keeps_its_labels_and_finds_the_same_entities(nlp):
    assert isinstance(nlp.get_pipe("ner"), KnownLabels)
    docs = [_before_ner(nlp, t) for t in TEXTS]
    preset = {e.label_ for d in docs for e in d.ents}
    plain, wrapped = _bare_ner(), KnownLabels(_bare_ner())
    moves = wrapped.ner.moves.n_moves
    assert preset - set(plain.labels), "the texts must preset labels the model lacks"
    by_plain = [_ents(d) for d in plain.pipe([d.copy() for d in docs])]
    by_wrapped = [_ents(d) for d in wrapped.pipe([d.copy() for d in docs])]
    assert by_wrapped == by_plain
    assert plain.moves.n_moves > moves  # spaCy's own ner widened its output layer
    assert wrapped.ner.moves.n_moves == moves
    assert not preset & set(wrapped.ner.labels)
    found = {(docs[0][a:b].text, label) for a, b, label, _, _ in by_wrapped[0]}
    assert {("Belarus", "Country"), ("Venezuela", "Country")} <= found  # the gazetteer's
    assert ("Anna Petrenko", "PERSON") in found  # the model's own


def test_pipeline_labels_come_back_after_ner(nlp):
    doc = nlp(TEXTS[1])
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Moldova") == "Country" and labels.get("122mm howitzers") == "Weapon"
    assert nlp.get_pipe("ner").ner.moves.n_moves == _bare_ner().moves.n_moves
