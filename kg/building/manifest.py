"""Up-to-date check for ``kg build``, as make does it: ``DIR/.kg-build.json`` records what the
last successful build read and wrote, so a rebuild of an unchanged corpus with the same options
and the same kg does nothing.

The record holds a key, a sha256 over everything that can change the outputs (kg's own code and
data, the model, the libraries, the options and every input file's bytes), and the sha256 of
each output file. The build is up to date when the key computed now is the same and every
output file is still there with the recorded hash. Anything unreadable counts as "not up to
date": the worst a bad record can cause is one full rebuild.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import kg
from kg.building.cache import package_version
from kg.building.files import Staged, sha256_of, write_atomic
from kg.extract.agreement_option import agreement_version
from kg.inputs.ingest import SAMPLES_DIR as SAMPLES_DIR  # re-exported: the default input
from kg.inputs.ingest import discover

if TYPE_CHECKING:
    from kg.building.pipeline import BuildResult

MANIFEST_NAME = ".kg-build.json"
FORMAT = 1  # of the record; bump when its fields or the key's recipe change
_KG = Path(kg.__file__).resolve().parent
# Suffixes of kg's own files that can change an output (see code_files).
CODE_SUFFIXES = frozenset({".py", ".yaml", ".js", ".css", ".html", ".json", ".txt", ".md", ".ttl"})
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    """What one successful build read (as ``key``) and wrote."""

    key: str
    models: tuple[str, ...]  # the pipelines the key's model part was computed over
    outputs: dict[str, str]  # file name in DIR → sha256 of its bytes
    skipped: int  # inputs the build skipped: such a build is never up to date (warnings, exit 3)
    counts: dict[str, Any]  # documents, entities, relations, triples, model: for the messages

    def to_json(self) -> bytes:
        return json.dumps({"format": FORMAT, **asdict(self)}, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        """Parse a record; ValueError if it is not one this kg wrote."""
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a kg build record of this format")
        m = cls(key=raw["key"], models=tuple(raw["models"]), outputs=dict(raw["outputs"]),
                skipped=raw["skipped"], counts=dict(raw["counts"]))
        if not (isinstance(m.key, str) and isinstance(m.skipped, int)
                and all(isinstance(x, str) for x in (*m.models, *m.outputs, *m.outputs.values()))
                and all(Path(name).name == name for name in m.outputs)):  # files in DIR only
            raise ValueError("malformed kg build record")
        return m

    @classmethod
    def of_build(cls, key: str, models: Sequence[str], outputs: Mapping[Path, bytes | Staged],
                 result: BuildResult) -> Manifest:
        """The record of a finished build that is about to write ``outputs``."""
        counts = {"documents": len(result.documents), "model": result.model,
                  "entities": dict(result.entity_counts()),
                  "relations": dict(result.relation_counts()), "triples": len(result.graph)}
        return cls(key=key, models=tuple(models), outputs=output_digests(outputs),
                   skipped=len(result.skipped), counts=counts)

    def message(self, out: Path) -> str:
        """The one line that says nothing was rebuilt, and how to force it."""
        c = self.counts
        ents, rels = sum(c.get("entities", {}).values()), sum(c.get("relations", {}).values())
        return (f"kg: {out}/ is up to date ({c.get('documents', '?')} documents unchanged, same "
                f"options and kg version; {ents} entities, {rels} relations, "
                f"{c.get('triples', '?')} triples); nothing rebuilt. Use --no-cache to rebuild.")

    def stats(self, seconds: float) -> dict[str, Any]:
        """``kg build --stats`` for a build that was up to date: the recorded counts."""
        c = self.counts
        return {
            "documents": c.get("documents"), "parsed": 0, "cached": c.get("documents"),
            "skipped": 0, "model": c.get("model"), "entities": c.get("entities"),
            "relations": c.get("relations"), "triples": c.get("triples"),
            "seconds": round(seconds, 3), "timings": {"up-to-date check": round(seconds, 3)},
            "up_to_date": True,
        }


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in chunks (inputs may be large)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def code_files() -> list[Path]:
    """kg's own files that can change an output: code, data, page templates, the bundled
    samples, and the ontology where kg.graph.validate.ontology_dir() looks for it (beside the
    package in a checkout, inside it in a wheel). Listed here rather than asked of
    kg.graph.validate, whose pySHACL import alone would cost half the up-to-date check."""
    inside = [f for f in sorted(_KG.rglob("*"))
              if f.suffix in CODE_SUFFIXES and "__pycache__" not in f.parts and f.is_file()]
    return inside + sorted((_KG.parent / "ontology").glob("*.ttl"))


def code_fingerprint() -> str:
    """A digest of ``code_files()``: their paths and bytes."""
    h = hashlib.sha256()
    for f in code_files():
        data = f.read_bytes()
        # The length keeps one file's end from passing for the next file's name.
        h.update(f"{f.relative_to(_KG.parent)}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def _library_versions() -> dict[str, str]:
    """Versions of kg's required libraries: a new rdflib or matplotlib can change the files."""
    try:
        requires = importlib.metadata.requires("kg") or []
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that is not installed
        return {}
    names = [m.group(0) for r in requires if "extra ==" not in r
             if (m := re.match(r"[A-Za-z0-9._-]+", r))]
    return {name: package_version(name) for name in names}


def build_options(args: argparse.Namespace, out: Path, paths: Sequence[str | Path]) -> dict:
    """The ``kg build`` options that change what is written (not --jobs, --cache, --quiet, …)."""
    model_dir = Path(args.model).resolve() if args.model and Path(args.model).is_dir() else None
    return {
        "base_iri": args.base_iri, "formats": list(args.formats), "reason": args.reason,
        "validate": args.validate, "no_png": args.no_png,
        "fields": sorted(getattr(args, "fields", None) or ()),
        "model": args.model, "model_dir": str(model_dir) if model_dir else None,
        "title": out.name,  # pages and summary are titled after the folder
        "paths": [str(p) for p in paths], "resolved": [str(Path(p).resolve()) for p in paths],
        "follow_links": getattr(args, "follow_links", False),
    }


def settings_digest(options: Mapping[str, Any], models: Sequence[str]) -> str:
    """The key's part that does not depend on the inputs: kg, Python, libraries, models,
    options. Computed before a build, so a file edited while it runs is not recorded as built."""
    settings = {
        "format": FORMAT, "kg": kg.__version__, "code": code_fingerprint(),
        "python": platform.python_version(), "libraries": _library_versions(),
        "models": {m: package_version(m) for m in models}, "options": dict(options),
        "agreements": agreement_version(),  # KG_AGREEMENTS and the recogniser's model
    }
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()


def build_key(settings: str, inputs: Iterable[tuple[str, str]]) -> str:
    """The key: ``settings_digest`` plus each input's (path as discovered, sha256), in order."""
    h = hashlib.sha256(settings.encode())
    for path, digest in inputs:
        # surrogateescape: a file name that is not UTF-8 (kept as os.fsdecode gives it)
        h.update(f"\n{path}\0{digest}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def scan_inputs(paths: Sequence[str | Path],
                known: FileStats | None = None) -> list[tuple[str, str]] | None:
    """(path, sha256) of each input ``kg build`` would read; None if any would be skipped or
    cannot be read now, so that the build runs and says why. A file whose stat ``known``
    vouches for is not read (its recorded sha256)."""
    skipped: list[object] = []
    try:
        inputs = [(str(p), (known and known.sha256(str(p), p)) or file_sha256(p))
                  for p in discover(paths, on_skip=skipped.append)]
    except OSError:
        return None
    return None if skipped else inputs


def output_digests(outputs: Mapping[Path, bytes | Staged]) -> dict[str, str]:
    """File name → sha256 of the outputs about to be written (all directly in DIR; bytes, or
    already staged in their temp files)."""
    return {path.name: sha256_of(data) for path, data in outputs.items()}


def foreign_outputs(out: Path, names: Iterable[str]) -> list[str]:
    """The files among ``names`` in ``out`` that a build would replace although kg did not write
    them (a user's own summary.md): they exist, and the folder has no build record or one that
    does not list them. An output kg wrote and someone edited is kg's: it is rebuilt. A folder
    whose record is unreadable is still kg's."""
    names = [name for name in names if (out / name).is_file()]
    if not names:
        return []
    if not (out / MANIFEST_NAME).is_file():
        return names
    record = read_manifest(out)
    return [] if record is None else [name for name in names if name not in record.outputs]


def read_manifest(out: Path) -> Manifest | None:
    """The record in ``out``, or None when it is missing, unreadable or corrupt."""
    try:
        return Manifest.from_json((out / MANIFEST_NAME).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # RecursionError: [[[…
        return None


def up_to_date(out: Path, options: Mapping[str, Any], model: str | None,
               paths: Sequence[str | Path]) -> Manifest | None:
    """The record of the last build if its outputs are still current, else None."""
    previous = read_manifest(out)
    if previous is None or previous.skipped:
        return None
    # With no --model the pipeline is the first installed default: the record names the
    # candidates, and installing or upgrading any of them changes their versions in the key.
    models = (model,) if model else previous.models
    known = FileStats.read(out, previous)
    inputs = scan_inputs(paths, known)
    if inputs is None or build_key(settings_digest(options, models), inputs) != previous.key:
        return None
    try:
        current = all((known is not None and known.output_is(name, out / name, digest))
                      or file_sha256(out / name) == digest
                      for name, digest in previous.outputs.items())
    except OSError:  # an output was deleted or cannot be read: rebuild it
        return None
    return previous if current else None


# --------------------------------------------------------------------------- stat record
# The check above hashes every input and output: at 10,000 documents some 250 MB, about half
# of the unchanged rebuild's time (issue 13). Like git's index, DIR/.kg-build.stat records
# each file's (size, mtime, ctime, inode) beside the sha256 the build saw, and a file whose
# stat is unchanged is not read again. ctime cannot be set back by a program (touch -d sets
# mtime only), and a file whose time stamps are not safely older than the record's is always
# hashed (a change within the same clock tick as the recorded stat would leave it unchanged).

STAT_NAME = ".kg-build.stat"
_SAFE_NS = 1_000_000_000  # inputs changed less than this before the build began are hashed
_TICK_NS = 20_000_000  # file time stamps lag the clock by at most one tick (≤ 10 ms on Linux)


def _stat_of(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


@dataclass(frozen=True)
class FileStats:
    """The stat record of one build record (``DIR/.kg-build.stat``): inputs and outputs whose
    bytes are known without reading them again, and what they hashed to."""

    inputs: dict[str, list]  # path as discovered → [sha256, size, mtime_ns, ctime_ns, inode]
    outputs: dict[str, list]  # name in DIR → [sha256, size, mtime_ns, ctime_ns, inode]
    written_ns: int  # the record file's own mtime: files stamped since are hashed

    @classmethod
    def read(cls, out: Path, manifest: Manifest) -> FileStats | None:
        """The stat record of ``manifest`` in ``out``; None when missing, unreadable,
        malformed or written for another build record."""
        path = out / STAT_NAME
        try:
            written_ns = os.stat(path).st_mtime_ns
            raw = json.loads(path.read_bytes())
            if raw.get("format") != FORMAT or raw.get("key") != manifest.key:
                return None
            inputs, outputs = dict(raw["inputs"]), dict(raw["outputs"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        return cls(inputs, outputs, written_ns)

    @staticmethod
    def _same(entry: object, digest: str | None, path: Path, before_ns: int) -> bool:
        if not (isinstance(entry, list) and len(entry) == 5
                and all(isinstance(x, int) for x in entry[1:])):
            return False
        now = _stat_of(path)
        return (digest is None or entry[0] == digest) and entry[1:] == now \
            and max(now[1], now[2]) < before_ns

    def sha256(self, name: str, path: Path) -> str | None:
        """The input's recorded sha256 if its stat is the recorded one, else None (read it)."""
        entry = self.inputs.get(name)
        if isinstance(entry, list) and entry and isinstance(entry[0], str) \
                and self._same(entry, None, path, self.written_ns):
            return entry[0]
        return None

    def output_is(self, name: str, path: Path, digest: str) -> bool:
        """True if output ``name`` is recorded with ``digest`` and its stat is unchanged."""
        return self._same(self.outputs.get(name), digest, path, self.written_ns)


def record_stats(out: Path, manifest: Manifest, inputs: Iterable[tuple[str, str]],
                 since_ns: int) -> None:
    """Write ``out``'s stat record for ``manifest``: ``inputs`` are (path, sha256) as the build
    read them, having started at ``since_ns`` (``time.time_ns()``); an input stamped later than
    a second before that is left out (hashed by every check). Best effort: a record that cannot
    be written only means the next check reads every file."""
    try:
        files = {name: [digest, *_stat_of(out / name)]
                 for name, digest in manifest.outputs.items()}
        entries = {}
        for name, digest in inputs:
            with contextlib.suppress(OSError):
                st = _stat_of(Path(name))
                if max(st[1], st[2]) < since_ns - _SAFE_NS:
                    entries[name] = [digest, *st]
        # The outputs were just renamed into place (a new ctime): the record must be stamped a
        # clock tick later than each of them, or the next check would hash them all again.
        newest = max((max(f[2], f[3]) for f in files.values()), default=0)
        wait = newest + _TICK_NS - time.time_ns()
        if 0 < wait <= 5 * _TICK_NS:
            time.sleep(wait / 1e9)
        data = {"format": FORMAT, "key": manifest.key, "inputs": entries, "outputs": files}
        write_atomic(out / STAT_NAME, json.dumps(data, separators=(",", ":")).encode())
    except OSError:
        return
