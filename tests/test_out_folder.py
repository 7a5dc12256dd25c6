"""The --out folder (issue 16, also-list): files kg did not write are not overwritten, one build
at a time, temp files of a killed build are removed, an unwritable --cache is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.building.files import OutputError, lock_output_dir
from kg.cli import EXIT_USAGE, main


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Report\n\nIran sent drones to Russia.\n", encoding="utf-8")
    return folder


def test_files_kg_did_not_write_are_not_overwritten(tmp_path: Path, corpus: Path,
                                                    capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.md").write_text("my own notes\n", encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(out), "-q", "--no-png"]) == EXIT_USAGE
    assert "summary.md" in capsys.readouterr().err
    assert (out / "summary.md").read_text(encoding="utf-8") == "my own notes\n"
    assert not (out / "graph.ttl").exists()
    assert main(["build", str(corpus), "--out", str(out), "-q", "--no-png", "--overwrite"]) == 0
    assert (out / "summary.md").read_text(encoding="utf-8") != "my own notes\n"
    # kg's own outputs, as recorded, are replaced without asking (an edited one is rebuilt);
    # a file the record does not list is not.
    (out / "graph.ttl").write_text("# edited by hand\n", encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(out), "-q", "--no-png"]) == 0
    assert (out / "graph.ttl").read_text(encoding="utf-8") != "# edited by hand\n"
    (out / "graph.png").write_bytes(b"my picture")  # --no-png builds never wrote one
    assert main(["build", str(corpus), "--out", str(out), "-q"]) == EXIT_USAGE
    assert (out / "graph.png").read_bytes() == b"my picture"


def test_refusal_names_the_files(tmp_path: Path, corpus: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("@prefix : <urn:x#> .\n", encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(out), "-q"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "graph.ttl" in err and "--overwrite" in err


def test_one_build_at_a_time(tmp_path: Path, corpus: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    held = lock_output_dir(out)
    try:
        with pytest.raises(OutputError, match="another kg build"):
            lock_output_dir(out)
        assert main(["build", str(corpus), "--out", str(out), "-q"]) == EXIT_USAGE
        assert "another kg build is writing" in capsys.readouterr().err
    finally:
        held.close()
    lock_output_dir(out).close()  # free again once the first build ends


def test_temp_files_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".graph.ttl.k3j4h5.tmp"
    stale.write_bytes(b"half a graph")
    keep = out / "notes.tmp"
    keep.write_bytes(b"not ours")
    lock_output_dir(out).close()
    assert not stale.exists() and keep.exists()


def test_unwritable_cache_is_named_before_any_work(tmp_path: Path, corpus: Path,
                                                    capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code = main(["build", str(corpus), "--out", str(tmp_path / "out"), "-q",
                 "--cache", str(blocker / "cache")])
    assert code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "cache folder" in err and str(blocker / "cache") in err
