"""Extraction cache: one file per document, keyed by its content hash, the spaCy model and the
extractor's version (code and data files), so an unchanged document is never parsed twice.

Entries are JSON, a data-only format: whoever can write the cache folder (a shared --cache, an
output folder copied from someone else) can at worst change extracted data, never run code.
A corrupt or unreadable entry is treated as a miss and rewritten; pickles of older versions
(``*.pickle``) are never opened.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import kg
from kg.building.files import write_atomic
from kg.extract.agreement_option import agreement_version
from kg.model import DocExtraction, Document, Figure, Mention, RelationMention, Span

_KG = Path(kg.__file__).resolve().parent
# Everything that can change what extraction produces for the same bytes.
VERSIONED = ("inputs/ingest.py", "inputs/sources.py", "model.py", "extract", "data")


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
    h.update(agreement_version().encode())  # the trained Agreement recogniser: on, and which
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
        return self.folder / doc.sha256[:2] / f"{doc.sha256}.json"

    def get(self, doc: Document) -> DocExtraction | None:
        path = self._path(doc)
        try:
            mentions, relations = decode(path.read_bytes())
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):  # corrupt or foreign: re-extract
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return DocExtraction(replace(doc, text=""), mentions, relations)

    def put(self, ex: DocExtraction) -> None:
        path = self._path(ex.doc)
        path.parent.mkdir(parents=True, exist_ok=True)
        # not synced (1-3 ms an entry): an entry a crash left empty or torn is a miss
        write_atomic(path, encode(ex.mentions, ex.relations), sync=False)


def encode(mentions: tuple[Mention, ...], relations: tuple[RelationMention, ...]) -> bytes:
    """One cache entry as JSON (ASCII, so any text, lone surrogates included, round-trips).
    Each dataclass becomes the dict of its fields as the encoder meets it (``dataclasses.asdict``
    deep-copied every value first: 1.3 ms an article, issue 13); same bytes."""
    data = {"mentions": mentions, "relations": relations}
    return json.dumps(data, separators=(",", ":"), default=_fields).encode("ascii")


def _fields(obj: object) -> dict[str, Any]:
    names = _FIELDS.get(type(obj))
    if names is None:
        if not is_dataclass(obj) or isinstance(obj, type):
            raise TypeError(f"{type(obj).__name__} is not JSON serializable")
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}  # dataclass → its field names, in order


def decode(raw: bytes) -> tuple[tuple[Mention, ...], tuple[RelationMention, ...]]:
    """The inverse of ``encode``; raises ValueError/KeyError/TypeError on anything else."""
    data = json.loads(raw)
    mentions = tuple(_mention(m) for m in data["mentions"])
    relations = tuple(
        RelationMention(**{
            **r,
            "roles": tuple((str(role), tuple(_mention(m) for m in ms)) for role, ms in r["roles"]),
            "sentence": _span(r["sentence"]),
            "attrs": tuple((str(k), str(v)) for k, v in r["attrs"]),
            "figures": tuple(Figure(**f) for f in r["figures"]),
        })
        for r in data["relations"])
    return mentions, relations


def _span(d: dict[str, Any]) -> Span:
    return Span(str(d["doc_id"]), int(d["start"]), int(d["end"]), str(d["text"]))


def _mention(d: dict[str, Any]) -> Mention:
    return Mention(**{**d, "span": _span(d["span"]),
                      "affiliation": _span(d["affiliation"]) if d.get("affiliation") else None})
