"""A document that meets a bug in kg's extraction is skipped with a warning; the rest of the
corpus still builds (one text used to fail the whole build with spaCy's E1010)."""

from __future__ import annotations

from pathlib import Path

import kg.extract.entities as entities
import kg.extract.runner as runner
from kg.building.pipeline import BuildConfig, build
from kg.extract.entities import ERROR_KEY, EntityRefiner
from kg.extract.runner import Extractor
from kg.model import Document

SENTENCE = "North Korea has been supplying Russia with 240mm rocket launchers. "


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", name=f"{doc_id}.txt", text=text,
                    sha256=doc_id, title=doc_id)


def _failing_on(word: str, real):
    def fn(parsed, *args, **kwargs):
        if word in parsed.text:
            raise ValueError("a bug met on this text")
        return real(parsed, *args, **kwargs)
    return fn


def test_a_relation_error_skips_only_its_document(nlp, rules, gazetteer, monkeypatch) -> None:
    monkeypatch.setattr(runner, "extract_relations",
                        _failing_on("Odd", runner.extract_relations))
    ex = Extractor(nlp, rules, gazetteer.not_entities, batch_size=2)
    outs = list(ex.extract([_doc("a", SENTENCE), _doc("odd", "Odd. " + SENTENCE),
                            _doc("b", SENTENCE * 2)]))
    assert [o.doc.doc_id for o in outs] == ["a", "odd", "b"]
    assert outs[1].error == "ValueError: a bug met on this text"
    assert outs[1].mentions == () and outs[1].relations == () and outs[1].doc.text == ""
    assert not outs[0].error and outs[0].relations and outs[2].relations


def test_the_refiner_records_its_error_instead_of_raising(nlp, gazetteer, monkeypatch) -> None:
    monkeypatch.setattr(entities, "refine_entities",
                        _failing_on("Odd", entities.refine_entities))
    with nlp.select_pipes(disable=["kg_refine_entities"]):
        doc = nlp("Odd. " + SENTENCE)
    assert EntityRefiner(gazetteer)(doc) is doc
    assert doc.user_data[ERROR_KEY] == "entity refinement: ValueError: a bug met on this text"


def test_the_build_warns_and_keeps_the_other_documents(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(runner, "extract_relations",
                        _failing_on("Odd", runner.extract_relations))
    (tmp_path / "a.txt").write_text("Report\n\n" + SENTENCE, encoding="utf-8")
    (tmp_path / "odd.txt").write_text("Odd report\n\nOdd. " + SENTENCE, encoding="utf-8")
    skipped = []
    result = build([tmp_path], BuildConfig(cache_dir=tmp_path / "cache"), on_skip=skipped.append)
    assert [s.path for s in skipped] == [str(tmp_path / "odd.txt")]
    assert "extraction failed (ValueError: a bug met on this text)" in skipped[0].reason
    assert [d.name for d in result.documents] == ["a.txt"] and result.relations
