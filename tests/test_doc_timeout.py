"""The per-document time cap (issue 16): a document still parsing after ``doc_timeout`` seconds
is skipped with a warning instead of holding the build (and a worker) for minutes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.building.pipeline import BuildConfig, build
from kg.extract.runner import Extractor
from kg.model import Document

SENTENCE = "North Korea has been supplying Russia with 240mm rocket launchers. "


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", name=f"{doc_id}.txt", text=text,
                    sha256=doc_id, title=doc_id)


class _CountingNlp:
    """The pipeline, counting the chunks the parser pulls from the extractor."""

    def __init__(self, nlp) -> None:
        self.nlp, self.pulled = nlp, 0

    def pipe(self, items, **kwargs):
        def counted():
            for item in items:
                self.pulled += 1
                yield item

        return self.nlp.pipe(counted(), **kwargs)


def test_document_over_the_cap_stops_early_and_yields_nothing(nlp, rules, gazetteer) -> None:
    long_text = SENTENCE * 5_000  # ~340,000 characters: 34 chunks of 10,000
    counting = _CountingNlp(nlp)
    ex = Extractor(counting, rules, gazetteer.not_entities, batch_size=2, doc_timeout=0.0)
    (out,) = ex.extract([_doc("long", long_text)])
    assert out.timed_out and out.mentions == () and out.relations == ()
    assert out.doc.text == ""  # nothing of a skipped document is kept
    assert counting.pulled < 10  # parsing stopped within about one batch, not after 34 chunks


def test_no_cap_extracts_and_order_is_kept(nlp, rules, gazetteer) -> None:
    ex = Extractor(nlp, rules, gazetteer.not_entities, batch_size=2, doc_timeout=None)
    outs = list(ex.extract([_doc("a", SENTENCE), _doc("b", SENTENCE * 3)]))
    assert [o.doc.doc_id for o in outs] == ["a", "b"]
    assert not any(o.timed_out for o in outs)
    assert all(o.relations for o in outs)


def test_timed_out_documents_are_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Report\n\n" + SENTENCE * 50, encoding="utf-8")
    skipped = []
    result = build([tmp_path], BuildConfig(doc_timeout=1e-9, cache_dir=tmp_path / "cache"),
                   on_skip=skipped.append)
    assert [s.path for s in skipped] == [str(tmp_path / "a.txt")]
    assert "--doc-timeout" in skipped[0].reason
    assert result.documents == [] and not result.relations
    assert not list((tmp_path / "cache").rglob("*.json"))  # a timed-out parse is never cached


def test_doc_timeout_option_is_checked() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "--doc-timeout", "-1"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "expected seconds (0 or more)" in proc.stderr
