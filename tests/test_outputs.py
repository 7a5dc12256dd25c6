import os

import pytest

from kg.outputs import OutputError, ensure_writable_dir, write_all_atomic, write_atomic


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
