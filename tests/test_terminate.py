"""SIGTERM stops ``kg build`` like Ctrl-C, and worker processes die with their parent, even one
killed with SIGKILL, so ``kg build … | tee`` returns (issue 16 #8)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from test_interrupt import LAUNCH, ROOT, corpus, wait_until_parsing

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


def _start(tmp_path: Path) -> tuple[subprocess.Popen, set[int]]:
    """``kg build`` of 48 articles with two workers, its stdout a pipe (as under ``| tee``),
    once both workers are parsing; returns the process and its workers' pids."""
    docs = corpus(tmp_path / "big", 48)
    marker = tmp_path / "parsing"
    argv = ["build", str(docs), "--out", str(tmp_path / "out"), "--jobs", "2", "--no-cache"]
    code = textwrap.dedent(LAUNCH.format(marker=str(marker), argv=argv))
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_until_parsing(proc, marker)
    workers = _children(proc.pid)
    assert workers and proc.poll() is None
    return proc, workers


def _pipe_closes(proc: subprocess.Popen, timeout: float) -> bool:
    """True once every holder of the build's stdout is gone (the reader sees end of file)."""
    deadline = time.monotonic() + timeout
    os.set_blocking(proc.stdout.fileno(), False)
    while time.monotonic() < deadline:
        try:
            if proc.stdout.read() == b"":
                return True
        except (BlockingIOError, TypeError):
            pass
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_do_not_outlive_their_build(tmp_path: Path, sig: signal.Signals) -> None:
    proc, workers = _start(tmp_path)
    try:
        os.kill(proc.pid, sig)  # the build only, as `kill PID` does; not its process group
        assert _pipe_closes(proc, 20), "a worker still holds the build's stdout"
        proc.wait(20)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
        if sig == signal.SIGTERM:
            assert proc.returncode == 143
            assert b"terminated; previous outputs left as they were" in proc.stderr.read()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
