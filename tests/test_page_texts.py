"""The page's article texts come from the build's own read (issue 13): the same texts, in the
same order, as reading every document's file again."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

from kg.building.pipeline import BuildConfig, build
from kg.inputs.ingest import iter_documents
from kg.outputs.evidence import document_texts

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"


def test_build_keeps_the_texts_the_page_would_read_again(sample_build):
    again = document_texts(sample_build.documents)
    assert again  # the samples are files: every one is read again
    assert list(sample_build.texts.items()) == list(again.items())
    assert document_texts(sample_build.documents, sample_build.texts) == again


def test_a_known_text_is_not_read_again_and_the_rest_are(tmp_path):
    for name, text in (("a.txt", "Russia supplied drones to Iran.\n"),
                       ("b.txt", "Poland signed a deal with South Korea.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = list(iter_documents([tmp_path], on_skip=lambda s: None))
    meta = [replace(d, text="") for d in docs]
    known = {docs[0].sha256: docs[0].text}
    (tmp_path / "a.txt").unlink()  # gone: only the known text can give it
    texts = document_texts(meta, known)
    assert list(texts) == [d.sha256 for d in docs]
    assert texts == {d.sha256: d.text for d in docs}
    assert document_texts(meta) == {docs[1].sha256: docs[1].text}  # without: a is left out


def test_records_of_a_file_are_not_kept_and_no_graph_keeps_nothing(tmp_path):
    records = [{"text": "Russia supplied drones to Iran."},
               {"text": "Poland signed a deal with South Korea."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "one.txt").write_text("Iran sent missiles to Russia.\n", encoding="utf-8")
    result = build([tmp_path])
    single = [d for d in result.documents if d.record is None]
    assert len(single) == 1 and len(result.documents) == 3
    # the page shows what reading the files again shows: the one-article file only
    assert result.texts == document_texts(result.documents)
    assert list(result.texts) == [single[0].sha256]
    assert build([tmp_path], BuildConfig(graph=False)).texts == {}


def _spy_reads(monkeypatch) -> list[str]:
    """Names of the files the page's reader reads again (kg.outputs.evidence.document_texts)."""
    import kg.inputs.ingest as ingest

    again: list[str] = []
    original = ingest.read_document

    def spy(path, *args, **kwargs):
        again.append(Path(path).name)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "read_document", spy)
    return again


def test_kg_add_does_not_read_the_files_it_adds_again(tmp_path, monkeypatch):
    """Appending: the page's texts of the added articles come from the addition's own read;
    the page is a rebuild's all the same."""
    from kg.cli import EXIT_OK, main

    samples = sorted(SAMPLES.glob("*.txt"))
    first, more = tmp_path / "first", tmp_path / "more"
    for folder, files in ((first, samples[:3]), (more, samples[3:])):
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
    out = tmp_path / "out"
    assert main(["build", str(first), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    again = _spy_reads(monkeypatch)
    assert main(["add", str(more), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    assert again == []
    rebuilt = tmp_path / "again" / "out"  # the same folder name: the same page title
    assert main(["build", str(first), str(more), "--out", str(rebuilt), "--no-png", "-q",
                 "--no-cache"]) == EXIT_OK
    assert (out / "graph.html").read_bytes() == (rebuilt / "graph.html").read_bytes()


def test_kg_add_resolving_all_again_reads_only_the_earlier_files(tmp_path, monkeypatch):
    """Without the growth record every article is resolved and drawn again: the earlier files
    are read again for the page, the added one is not."""
    from kg.cli import EXIT_OK, main

    samples = sorted(SAMPLES.glob("*.txt"))
    out = tmp_path / "out"
    assert main(["build", str(samples[0]), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    (out / ".kg-growth.json").write_text("{not json")
    again = _spy_reads(monkeypatch)
    assert main(["add", str(samples[1]), "--out", str(out), "--no-png", "-q"]) == EXIT_OK
    assert again == [samples[0].name]
    rebuilt = tmp_path / "again" / "out"
    assert main(["build", str(samples[0]), str(samples[1]), "--out", str(rebuilt), "--no-png",
                 "-q", "--no-cache"]) == EXIT_OK
    assert (out / "graph.html").read_bytes() == (rebuilt / "graph.html").read_bytes()
