import os

import pytest

from kg.building.files import (
    Forked,
    OutputError,
    discard,
    ensure_writable_dir,
    sha256_of,
    spare_cpus,
    stage,
    write_all_atomic,
    write_atomic,
)


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "graph.ttl"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_new_file_honours_umask_and_existing_mode_is_kept(tmp_path):
    target = tmp_path / "graph.ttl"
    write_atomic(target, b"x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    target.chmod(0o640)
    write_atomic(target, b"y")
    assert target.stat().st_mode & 0o777 == 0o640


def test_failed_write_keeps_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"previous")

    def boom(*_a):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_unwritable_out_dir_is_reported(tmp_path):
    blocker = tmp_path / "f"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="not writable"):
        ensure_writable_dir(blocker / "sub")


def test_write_all_atomic_replaces_the_set_or_nothing(tmp_path, monkeypatch):
    a, b = tmp_path / "graph.ttl", tmp_path / "graph.html"
    write_all_atomic({a: b"old ttl", b: b"old html"})
    real_fsync = os.fsync
    calls = []

    def fail_second(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError("disk full")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fail_second)
    with pytest.raises(OSError, match="disk full"):
        write_all_atomic({a: b"new ttl", b: b"new html"})
    assert (a.read_bytes(), b.read_bytes()) == (b"old ttl", b"old html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


def test_staged_outputs_are_renamed_with_the_set_in_order(tmp_path):
    import hashlib

    a, b, c = tmp_path / "graph.ttl", tmp_path / "graph.html", tmp_path / ".kg-build.json"
    write_all_atomic({a: b"old ttl", b: b"old html"})
    staged = stage(b, (b"<head>", b"data", b"</tail>"))  # pieces: written one after another
    assert (staged.size, staged.sha256) == (17, hashlib.sha256(b"<head>data</tail>").hexdigest())
    assert sha256_of(staged) == sha256_of(b"<head>data</tail>")
    assert b.read_bytes() == b"old html", "staged: not in place before the set is renamed"
    renamed = []
    real_replace = os.replace

    def record(src, dst):
        renamed.append(os.path.basename(dst))
        real_replace(src, dst)

    import unittest.mock

    with unittest.mock.patch.object(os, "replace", record):
        write_all_atomic({a: stage(a, b"new ttl"), b: staged, c: b"{}"})
    assert renamed == ["graph.ttl", "graph.html", ".kg-build.json"]
    assert (a.read_bytes(), b.read_bytes(), c.read_bytes()) == (b"new ttl", b"<head>data</tail>",
                                                                b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kg-build.json", "graph.html",
                                                          "graph.ttl"]


def test_a_failed_set_removes_its_staged_files_and_keeps_the_old_ones(tmp_path, monkeypatch):
    a, b = tmp_path / "graph.ttl", tmp_path / "graph.html"
    write_all_atomic({a: b"old ttl", b: b"old html"})
    staged = stage(a, b"new ttl")

    def boom(*_a):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        write_all_atomic({a: staged, b: b"new html"})
    assert (a.read_bytes(), b.read_bytes()) == (b"old ttl", b"old html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]
    monkeypatch.undo()
    discard([stage(a, b"unwanted"), b"plain bytes"])  # what a caller does with a set it drops
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or spare_cpus() < 1,
                                reason="needs fork and a second CPU")


@needs_fork
def test_forked_value_is_made_in_a_child():
    padding = b"x" * 1_000_000  # larger than a pipe's buffer
    job = Forked(lambda: str(os.getpid()).encode() + b" " + padding)
    pid, rest = job.value().split(b" ", 1)
    assert int(pid) != os.getpid(), "ran in this process"
    assert rest == padding
    assert job.seconds >= 0


@needs_fork
def test_forked_value_of_a_child_that_dies_half_way_is_made_here(tmp_path):
    """A child that sends fewer bytes than its header announced: the value is made again here
    (the data is read in one buffer of the announced length)."""
    import struct

    calls = tmp_path / "calls"

    def make() -> bytes:
        with open(calls, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        return b"whole"

    job = Forked(make, parallel=False)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.write(write, struct.pack("<dQ", 0.5, 10) + b"half")
        os._exit(0)
    os.close(write)
    job._pid, job._fd = pid, read
    assert job.value() == b"whole"
    assert calls.read_text().split() == [str(os.getpid())]


def test_forked_serial_runs_here():
    data = Forked(lambda: str(os.getpid()).encode(), parallel=False)
    assert data.value() == str(os.getpid()).encode()


@needs_fork
def test_forked_failure_is_raised_here(tmp_path):
    calls = tmp_path / "calls"

    def broken() -> bytes:
        with open(calls, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        raise RuntimeError("injected")

    job = Forked(broken)
    with pytest.raises(RuntimeError, match="injected"):
        job.value()
    pids = calls.read_text().split()
    assert len(pids) == 2 and pids[1] == str(os.getpid()) != pids[0], pids


@needs_fork
def test_forked_cancel_stops_the_child():
    import time

    job = Forked(lambda: time.sleep(30) or b"late")
    pid = job._pid
    job.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
