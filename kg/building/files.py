"""Atomic file output: write to a temp file beside the target, fsync, then rename."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import struct
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: builds into one folder are not serialised
    fcntl = None  # type: ignore[assignment]


class OutputError(OSError):
    """The output folder cannot be created or written; the message names it."""


def ensure_writable_dir(path: Path, what: str = "output folder") -> Path:
    """Create ``path`` if needed and prove it is writable, before any expensive work."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".kg-probe-", delete=True):
            pass
    except OSError as exc:
        reason = exc.strerror or exc
        raise OutputError(f"{what} {str(path)!r} is not writable: {reason}") from exc
    return path


def _file_mode(path: Path) -> int:
    """The replaced file's mode, else what a plain open() would give (0o666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
        os.umask(mask)
        return 0o666 & ~mask


def _write_temp(path: Path, data: bytes | Iterable[bytes], sync: bool = True) -> str:
    """``data`` (bytes, or pieces of them in order) in a synced temp file beside ``path`` (same
    file system, so rename is atomic); not synced if not ``sync``."""
    mode = _file_mode(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)  # mkstemp creates 0o600
        with os.fdopen(fd, "wb") as fh:
            for piece in (data,) if isinstance(data, bytes | bytearray) else data:
                fh.write(piece)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            # ENOSPC at fsync names no file: say which output could not be written
            raise OutputError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        raise
    return tmp


@dataclass(frozen=True)
class Staged:
    """An output already written and synced to its temp file beside its path, waiting for
    :func:`write_all_atomic` to rename it into place with the rest of its set. A build stages
    each large output as soon as it is made, so that its bytes need not stay in memory until
    the last one is ready (the page, Turtle and parts file of 10,000 articles: some 300 MB)."""

    tmp: str
    sha256: str
    size: int

    def discard(self) -> None:
        Path(self.tmp).unlink(missing_ok=True)


def stage(path: Path, data: bytes | Iterable[bytes]) -> Staged:
    """``data`` (bytes, or pieces of them in order, each written as it comes: large outputs
    need not be held whole) written and synced to a temp file beside ``path`` (renamed later,
    or discarded)."""
    digest, size = hashlib.sha256(), 0

    def pieces() -> Iterator[bytes]:
        nonlocal size
        for piece in (data,) if isinstance(data, bytes | bytearray) else data:
            digest.update(piece)
            size += len(piece)
            yield piece

    tmp = _write_temp(path, pieces())
    return Staged(tmp, digest.hexdigest(), size)


def sha256_of(data: bytes | Staged) -> str:
    """The hex SHA-256 of an output's bytes, staged or not."""
    return data.sha256 if isinstance(data, Staged) else hashlib.sha256(data).hexdigest()


def discard(outputs: Iterable[bytes | Staged]) -> None:
    """Remove the temp files of the staged ones among ``outputs`` (a set that is not written)."""
    for data in outputs:
        if isinstance(data, Staged):
            data.discard()


def write_atomic(path: Path, data: bytes, sync: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half;
    ``sync=False``: not synced to disk first (after a crash the file may be empty or torn)."""
    if sync:
        write_all_atomic({path: data})
        return
    tmp = _write_temp(path, data, sync=False)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all_atomic(files: Mapping[Path, bytes | Staged]) -> None:
    """Replace several files as one set: every new file is written and synced before the first
    rename, so a failure or Ctrl-C while producing or writing them leaves all the previous
    files; only the renames themselves (microseconds) remain as a window. A :class:`Staged`
    value is already written: it is only renamed (or, on failure, removed)."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():  # renamed in this order
            temps.append((data.tmp if isinstance(data, Staged) else _write_temp(path, data),
                          path))
        for tmp, path in temps:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        discard(files.values())
        raise


class OutputLock:
    """An exclusive lock on an output folder, held until ``close()`` (or garbage collection,
    or the end of the process)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

    __del__ = close


def lock_output_dir(path: Path) -> OutputLock:
    """Hold ``path`` for one build: an exclusive lock on the folder itself (no lock file is left
    behind), released when the returned lock is closed. A second build into the same folder is
    refused at once instead of mixing its outputs with the first one's record. With the lock
    held, temp files a killed build left behind (``.NAME.*.tmp``) are removed."""
    fd = os.open(path, os.O_RDONLY)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise OutputError(f"another kg build is writing to {str(path)!r}; wait for it to "
                              "finish") from exc
    for stale in path.glob(".*.*.tmp"):
        stale.unlink(missing_ok=True)
    return OutputLock(fd)


def spare_cpus() -> int:
    """CPUs this process may run on, less the one it runs on."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cpus = os.cpu_count() or 1
    return max(0, cpus - 1)


class Forked:
    """``fn()`` (returning bytes) computed in a forked child while this process goes on;
    ``value()`` waits for it. The outputs of a build are independent of each other once the
    graph exists, so the picture and the Turtle file can be made on a second core.

    Where fork is unavailable, no second CPU is free or ``parallel`` is False, ``fn`` runs in
    ``value()`` instead. If the child fails in any way, ``value()`` runs ``fn`` here, so an
    error surfaces as it would without the child. ``seconds`` is how long ``fn`` took.
    """

    def __init__(self, fn: Callable[[], bytes], parallel: bool = True) -> None:
        self._fn = fn
        self._pid: int | None = None
        self._fd: int | None = None
        self.seconds = 0.0
        if parallel and hasattr(os, "fork") and spare_cpus() > 0:
            self._start()

    def _start(self) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running any exit handler
            status = 1
            try:
                os.close(read)
                t = time.perf_counter()
                data = self._fn()
                header = struct.pack("<dQ", time.perf_counter() - t, len(data))
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(header)
                    pipe.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._fd = pid, read

    @property
    def running(self) -> bool:
        """Whether a child is making the value (else ``value()`` makes it here)."""
        return self._pid is not None

    def value(self) -> bytes:
        if self._pid is not None:
            data = self._collect()
            if data is not None:
                return data
        t = time.perf_counter()
        data = self._fn()
        self.seconds = time.perf_counter() - t
        return data

    def _collect(self) -> bytes | None:
        assert self._pid is not None and self._fd is not None
        size = struct.calcsize("<dQ")
        with os.fdopen(self._fd, "rb") as pipe:
            header = pipe.read(size)
            # The data read into one buffer of its announced length: read() to the end and a
            # slice past the header held the Turtle of 10,000 articles (~75 MB) twice.
            length = struct.unpack("<dQ", header)[1] if len(header) == size else 0
            data = pipe.read(length)
            extra = pipe.read(1)
        self._fd = None
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status != 0 or len(header) < size or len(data) != length or extra:
            return None
        self.seconds = struct.unpack("<dQ", header)[0]
        return data

    def cancel(self) -> None:
        """Stop a child whose value is no longer wanted (an error or Ctrl-C in the build)."""
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            self._pid = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
