"""Extraction: parsed spaCy documents → entity mentions and relation mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.extract.entities import extract_mentions
    from kg.extract.relations import extract_relations

__all__ = ["extract_mentions", "extract_relations"]

# name → module, imported on first use: the package's other modules (gazetteer, places) stay
# free of spaCy's import time
_LAZY = {
    "extract_mentions": "kg.extract.entities",
    "extract_relations": "kg.extract.relations",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg.extract' has no attribute {name!r}")
