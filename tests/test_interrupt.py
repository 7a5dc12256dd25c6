"""Ctrl-C or a crash in the middle of ``kg build`` leaves the previous outputs as they were.

The interrupted build runs as ``python -m kg build`` in its own process group, which gets
SIGINT the way a terminal's Ctrl-C sends it: to every process of the group (the worker
processes too). The child signals "parsing has begun" by touching a marker file when the spaCy
pipeline is loaded, so the interrupt lands mid-parse on any machine, fast or slow.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import kg.graph.rdf
from kg.cli import EXIT_ERROR, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "kg" / "samples").glob("*.txt"))
LAUNCH = """
import pathlib, runpy, sys
from kg.extract import runner

real_load = runner.Extractor.load

def load(*args, **kwargs):
    extractor = real_load(*args, **kwargs)
    pathlib.Path({marker!r}).touch()  # the pipeline is loaded: parsing starts now
    return extractor

runner.Extractor.load = staticmethod(load)
sys.argv = ["kg", *{argv!r}]
runpy.run_module("kg", run_name="__main__")
"""


def corpus(folder: Path, n: int) -> Path:
    """``n`` distinct articles (duplicates would be skipped), ~3 KB each."""
    folder.mkdir()
    for i in range(n):
        text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
        (folder / f"a{i:03d}.txt").write_text(f"{text}\n\nEditor's note {i}.\n", encoding="utf-8")
    return folder


def wait_until_parsing(proc: subprocess.Popen, marker: Path) -> None:
    """Return half a second after the launched build touched ``marker`` (parsing has begun)."""
    deadline = time.monotonic() + 180
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "the build never started parsing"
        time.sleep(0.05)
    time.sleep(0.5)
    assert proc.poll() is None, "the build finished before it could be interrupted"


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` except the extraction cache, by relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


def leftovers(out: Path) -> list[str]:
    return [str(p) for p in out.rglob("*") if p.name.endswith(".tmp") or ".kg-probe-" in p.name]


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder holding a finished build of two articles (built once per module)."""
    tmp = tmp_path_factory.mktemp("finished")
    small = tmp / "small"
    small.mkdir()
    for src in SAMPLES[:2]:
        (small / src.name).write_bytes(src.read_bytes())
    assert main(["build", str(small), "--out", str(tmp / "out"), "--no-cache", "-q"]) == 0
    return tmp / "out"


@pytest.fixture
def previous(tmp_path: Path, finished: Path) -> tuple[Path, dict[str, bytes]]:
    """A copy of `finished` to build over, and its contents."""
    out = tmp_path / "out"
    shutil.copytree(finished, out)
    before = snapshot(out)
    assert {"graph.ttl", "graph.html"} <= set(before)
    return out, before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_mid_build_keeps_previous_outputs(tmp_path: Path, previous, jobs: str) -> None:
    out, before = previous
    docs = corpus(tmp_path / "big", 24)
    marker = tmp_path / "parsing"
    argv = ["build", str(docs), "--out", str(out), "--jobs", jobs, "-q"]
    code = textwrap.dedent(LAUNCH.format(marker=str(marker), argv=argv))
    # SIG_DFL in the child: a shell started in the background (a CI runner, `cmd &`) ignores
    # SIGINT, children inherit that, and Python then never raises KeyboardInterrupt.
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        wait_until_parsing(proc, marker)
        sent = time.monotonic()
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    latency = time.monotonic() - sent
    print(f"--jobs {jobs}: exited {proc.returncode} {latency:.1f} s after SIGINT")
    assert proc.returncode == 130, err
    assert "interrupted; previous outputs left as they were" in err
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_crash_while_serialising_keeps_previous_outputs(tmp_path: Path, previous,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = previous
    docs = corpus(tmp_path / "new", 3)

    def broken(graph):
        raise RuntimeError("injected crash in to_turtle")

    monkeypatch.setattr(kg.graph.rdf, "to_turtle", broken)
    with pytest.raises(RuntimeError, match="injected crash"):
        main(["build", str(docs), "--out", str(out), "--no-cache", "-q"])
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_disk_full_while_writing_is_one_error_line(tmp_path: Path, previous, capsys,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The first output write fails (ENOSPC at fsync): nothing is replaced, no temp file stays
    and the user gets one line, not a traceback."""
    out, before = previous
    docs = corpus(tmp_path / "new", 3)
    capsys.readouterr()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    assert main(["build", str(docs), "--out", str(out), "--no-cache", "-q"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "No space left on device" in err and "graph.ttl" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_crash_while_rendering_the_page_keeps_the_whole_previous_set(
        tmp_path: Path, previous, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.outputs.viz

    out, before = previous
    docs = corpus(tmp_path / "new", 3)

    def broken(view, title):
        raise RuntimeError("injected crash in page_pieces")

    monkeypatch.setattr(kg.outputs.viz, "page_pieces", broken)  # what render_outputs draws with
    with pytest.raises(RuntimeError, match="injected crash"):
        main(["build", str(docs), "--out", str(out), "--no-cache", "-q"])
    assert leftovers(out) == []
    assert snapshot(out) == before


def test_crash_after_outputs_were_staged_leaves_no_temp_files(
        tmp_path: Path, previous, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outputs are written to their temp files as they are made (kg.building.files.Staged): a
    crash after the page and the Turtle were staged removes them and keeps the previous set."""
    import kg.outputs.report

    out, before = previous
    docs = corpus(tmp_path / "new", 3)

    def broken(*args, **kwargs):
        assert any(p.name.startswith(".graph.html.") for p in out.iterdir()), "page not staged"
        raise RuntimeError("injected crash in summary_markdown")

    monkeypatch.setattr(kg.outputs.report, "summary_markdown", broken)
    with pytest.raises(RuntimeError, match="injected crash"):
        main(["build", str(docs), "--out", str(out), "--no-cache", "-q"])
    assert leftovers(out) == []
    assert snapshot(out) == before
