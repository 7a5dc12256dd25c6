"""The trained Agreement recogniser in the pipeline (kg.extract.agreements): gating on cue
sentences, the merge policy, the naming of a model span, the missing-model warning, and the
shipped model. All sentences here are written for these tests (none is from an article)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.agreement_option import (
    ENV,
    MODEL_DIR,
    SUMS,
    agreement_policy,
    agreement_version,
)
from kg.extract.agreements import (
    AgreementRecogniser,
    add_agreement_recogniser,
    agreement_cues,
    cue_sentences,
    load_model,
    merge,
)
from kg.extract.entities import extract_mentions
from kg.extract.profile import COMPONENTS


class StubNER:
    """Marks each of ``phrases`` (token texts) as an Agreement wherever it occurs; records the
    texts of the pieces it is given."""

    def __init__(self, *phrases: str) -> None:
        self.phrases = [p.split() for p in phrases]
        self.seen: list[str] = []

    def pipe(self, docs, batch_size=32):
        for doc in docs:
            self.seen.append(doc.text)
            words = [t.text for t in doc]
            spans = []
            for p in self.phrases:
                for i in range(len(words) - len(p) + 1):
                    if words[i:i + len(p)] == p:
                        spans.append(SpacySpan(doc, i, i + len(p), label="Agreement"))
            doc.set_ents(spans, default="unmodified")
            yield doc


@pytest.fixture(scope="module")
def rules_nlp(gazetteer):
    from kg.extract.nlp import load_pipeline

    return load_pipeline(None, gazetteer, agreements=False)


def _with_stub(rules_nlp, gazetteer, stub, policy="longer"):
    """``rules_nlp``'s components around a recogniser with ``stub`` as its model."""
    rec = AgreementRecogniser(stub, gazetteer, policy)

    def run(text: str) -> Doc:
        doc = rules_nlp.make_doc(text)
        for name, proc in rules_nlp.pipeline:
            if name == "kg_refine_entities":
                doc = next(iter(rec.pipe([doc])))
            doc = proc(doc)
        return doc
    return run


def test_cues_come_from_the_agreement_kinds_of_the_data(gazetteer):
    cues = agreement_cues(gazetteer)
    for word in ("deal", "deals", "pact", "treaty", "memorandum", "communique", "charter",
                 "convention", "accord", "contract", "understanding"):
        assert word in cues, word
    for word in ("jet", "minister", "said", "the", "russia"):
        assert word not in cues, word


def test_only_cue_sentences_reach_the_model(rules_nlp, gazetteer):
    stub = StubNER()
    text = ("Brazil sent two patrol boats to Angola. The two navies will train together. "
            "Officials said a defence pact was close. Nothing else was announced.")
    doc = _with_stub(rules_nlp, gazetteer, stub)(text)
    assert [s.strip() for s in stub.seen] == ["Officials said a defence pact was close."]
    assert [s.text for s in cue_sentences(doc, agreement_cues(gazetteer))] == \
        [s.strip() for s in stub.seen]


def test_no_cue_no_model_call(rules_nlp, gazetteer):
    stub = StubNER("Brazil")
    doc = _with_stub(rules_nlp, gazetteer, stub)("Brazil sent two patrol boats to Angola.")
    assert stub.seen == []
    assert all(e.label_ != "Agreement" for e in doc.ents)


def _doc(rules_nlp, text, ents):
    """A parsed doc whose entities are exactly ``ents`` ((start, end, label, id))."""
    doc = rules_nlp(text)
    doc.ents = [SpacySpan(doc, s, e, label=lab, span_id=key or 0) for s, e, lab, key in ents]
    return doc


def test_merge_never_overrides_another_class_or_a_partial_overlap(rules_nlp, gazetteer):
    text = "Egypt and France signed the Cairo Naval Accord today."
    #        0     1   2      3      4   5     6     7     8
    doc = _doc(rules_nlp, text, [(0, 1, "Country", None), (5, 6, "Country", None)])
    merge(doc, [(4, 8), (0, 3)], gazetteer)  # over a Country inside; across Egypt's edge
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(0, 1, "Country"),
                                                              (5, 6, "Country")]


def test_merge_adds_where_nothing_was_found_and_spacy_guesses_give_way(rules_nlp, gazetteer):
    text = "Egypt and France signed the Blue Harbour Accord today."
    doc = _doc(rules_nlp, text, [(0, 1, "Country", None), (6, 7, "LAW", None)])
    merge(doc, [(4, 8)], gazetteer)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(0, 1, "Country"),
                                                              (4, 8, "Agreement")]


@pytest.mark.parametrize("policy, expected", [
    ("longer", [(5, 9, "Agreement", "")]),
    ("add", [(8, 9, "Agreement", "agreement")]),
])
def test_longer_span_policy(rules_nlp, gazetteer, policy, expected):
    text = "Egypt and France signed the Blue Harbour Naval Treaty today."
    #        0     1   2      3      4   5    6       7     8
    doc = _doc(rules_nlp, text, [(8, 9, "Agreement", "agreement")])
    merge(doc, [(5, 9)], gazetteer, policy)
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] == expected


def test_a_span_equal_to_a_rules_agreement_changes_nothing(rules_nlp, gazetteer):
    doc = _doc(rules_nlp, "They signed the Blue Harbour Treaty.", [(2, 6, "Agreement", None)])
    before = [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]
    merge(doc, [(2, 6)], gazetteer)
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] == before


def test_a_model_name_is_named_like_a_rules_name(rules_nlp, gazetteer):
    text = "Peru and Chile signed the Blue Harbour Communique in Lima on Monday."
    stub = StubNER("Blue Harbour Communique")
    doc = _with_stub(rules_nlp, gazetteer, stub)(text)
    found = [m for m in extract_mentions(doc, "t") if m.cls == "Agreement"]
    assert [(m.span.text, m.key) for m in found] == [("Blue Harbour Communique", None)]
    plain = rules_nlp(text)  # the rules alone find no agreement here
    assert not [e for e in plain.ents if e.label_ == "Agreement"]


def test_a_lower_case_model_span_is_an_unnamed_deal_of_its_parties(rules_nlp, gazetteer):
    text = "Peru and Chile signed a fish-for-gas deal in Lima on Monday."
    stub = StubNER("fish - for - gas deal")
    doc = _with_stub(rules_nlp, gazetteer, stub)(text)
    found = [m for m in extract_mentions(doc, "t") if m.cls == "Agreement"]
    assert len(found) == 1 and found[0].span.text == "fish-for-gas deal"
    key = found[0].key
    assert key.startswith("arms deal (") and "Peru" in key and "Chile" in key
    plain = [m for m in extract_mentions(rules_nlp(text), "t") if m.cls == "Agreement"]
    assert [m.key for m in plain] == [key]  # the rules' "deal" gets the same name


def test_a_lower_case_span_of_no_known_kind_is_dropped(rules_nlp, gazetteer):
    text = "Peru and Chile agreed a fishing arrangement, the pact's authors said."
    stub = StubNER("fishing arrangement")
    doc = _with_stub(rules_nlp, gazetteer, stub)(text)
    assert "fishing arrangement" not in [e.text for e in doc.ents]


def test_missing_model_warns_once_and_builds_with_rules_only(tmp_path, gazetteer, caplog):
    from kg.extract.nlp import load_pipeline

    with caplog.at_level(logging.WARNING, logger="kg"):
        nlp = load_pipeline(None, gazetteer, agreements=False)
        assert add_agreement_recogniser(nlp, gazetteer, path=tmp_path / "none") is None
        assert add_agreement_recogniser(nlp, gazetteer, path=tmp_path / "none") is None
    warned = [r for r in caplog.records if "Agreement recogniser is off" in r.getMessage()]
    assert len(warned) == 1 and "rules only" in warned[0].getMessage()
    assert "kg_agreements" not in nlp.pipe_names
    assert nlp("Peru and Chile signed a defence pact.").ents  # the rules still run


def test_a_damaged_model_file_is_refused(tmp_path):
    _shipped()
    copy = tmp_path / "agreements"
    shutil.copytree(MODEL_DIR, copy)
    (copy / "meta.json").write_text("{}", encoding="utf-8")
    ner, problem = load_model(copy)
    assert ner is None and "meta.json" in problem


def _shipped():
    if not (MODEL_DIR / SUMS).is_file():
        pytest.skip("no model in kg/data/models/agreements: `make agreement-model` makes it")


@pytest.fixture(scope="module")
def with_model(gazetteer):
    """kg's pipeline with the shipped recogniser in it (as ``KG_AGREEMENTS=add`` builds it)."""
    from kg.extract.nlp import load_pipeline

    _shipped()
    nlp = load_pipeline(None, gazetteer, agreements=False)
    assert add_agreement_recogniser(nlp, gazetteer) is not None
    return nlp


def test_shipped_model_loads_and_finds_an_agreement(with_model):
    ner, problem = load_model(MODEL_DIR)
    assert problem is None and "Agreement" in ner.labels
    names = with_model.pipe_names
    assert names.index("kg_agreements") + 1 == names.index("kg_refine_entities")
    text = ("Peru and Chile signed the Treaty of Blue Harbours in Lima on Monday, "
            "ending a long quarrel over fishing rights.")
    piece = with_model.make_doc(text)
    found = [e.text for e in next(iter(ner.pipe([piece]))).ents if e.label_ == "Agreement"]
    assert any("Treaty of Blue Harbours" in t for t in found), found
    doc = with_model(text)
    assert any(e.label_ == "Agreement" and "Blue Harbours" in e.text for e in doc.ents)


def test_profile_lists_the_recogniser_in_pipeline_order(with_model):
    listed = [name for name in COMPONENTS if name in ("tokenizer", *with_model.pipe_names)]
    assert listed == ["tokenizer", *with_model.pipe_names]


def test_build_profile_prints_the_recogniser(tmp_path):
    _shipped()
    sample = Path(__file__).resolve().parent.parent / "kg" / "samples"
    text = tmp_path / "a.txt"
    text.write_text("Peru and Chile signed the Treaty of Blue Harbours in Lima on Monday.\n",
                    encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(text), "--out", str(tmp_path / "out"),
         "--no-cache", "-q", "--no-png", "--profile"], capture_output=True, text=True,
        timeout=300, env={**os.environ, ENV: "add"}, cwd=sample.parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert "  kg_agreements " in proc.stderr


@pytest.mark.parametrize("value, policy", [
    (None, None), ("", None), ("off", None), ("on", "add"), ("add", "add"),
    ("Longer", "longer"),
])
def test_the_switch(monkeypatch, value, policy):
    if value is None:
        monkeypatch.delenv(ENV, raising=False)
    else:
        monkeypatch.setenv(ENV, value)
    assert agreement_policy() == policy
    assert agreement_version().startswith(policy or "off")


def test_off_by_default_and_a_bad_switch_is_a_clear_error(monkeypatch, gazetteer):
    from kg.extract.nlp import ModelError, load_pipeline

    monkeypatch.delenv(ENV, raising=False)
    assert "kg_agreements" not in load_pipeline(None, gazetteer).pipe_names
    monkeypatch.setenv(ENV, "sometimes")
    with pytest.raises(ModelError, match=ENV):
        load_pipeline(None, gazetteer)
