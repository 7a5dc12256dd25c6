"""Extraction cache: one file per document, keyed by its content hash, the spaCy model and the
extractor's version (code and data files), so an unchanged document is never parsed twice.

Entries are pickles written by kg itself into the user's own output folder; a corrupt or
unreadable entry is treated as a miss and rewritten.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import pickle
from dataclasses import replace
from pathlib import Path

import kg
from kg.model import DocExtraction, Document
from kg.outputs import write_atomic

_KG = Path(kg.__file__).resolve().parent
# Everything that can change what extraction produces for the same bytes.
VERSIONED = ("ingest.py", "sources.py", "nlp.py", "gazetteer.py", "model.py", "extract", "data")


def package_version(name: str) -> str:
    """The installed version of distribution ``name`` (a model or a library), else "unknown"."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def extractor_version(model: str) -> str:
    """A digest of kg's version, the model (name and package version) and the extractor's
    source and data files."""
    h = hashlib.sha256(f"{kg.__version__}\0{model}\0{package_version(model)}".encode())
    for name in VERSIONED:
        root = _KG / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".yaml"):
                h.update(str(f.relative_to(_KG)).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


class ExtractionCache:
    """``get``/``put`` DocExtractions under ``folder/<version>/``; counts hits and misses."""

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = Path(folder) / extractor_version(model)
        self.hits = 0
        self.misses = 0

    def _path(self, doc: Document) -> Path:
        return self.folder / doc.sha256[:2] / f"{doc.sha256}.pickle"

    def get(self, doc: Document) -> DocExtraction | None:
        path = self._path(doc)
        try:
            with path.open("rb") as fh:
                mentions, relations = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # corrupt or from an incompatible Python: re-extract
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return DocExtraction(replace(doc, text=""), mentions, relations)

    def put(self, ex: DocExtraction) -> None:
        path = self._path(ex.doc)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, pickle.dumps((ex.mentions, ex.relations), protocol=5))
