"""kg: a knowledge-graph builder for news and intelligence text.

From Python: ``kg.build(paths, out=…, **options)`` builds a graph as ``kg build`` does,
``kg.add(paths, out=…)`` extends one as ``kg add`` does and ``kg.load(path)`` reopens one;
all three return a :class:`kg.KnowledgeGraph` (see the README's
"Python" section). The names are imported on first use, so ``import kg`` stays cheap for the
command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name → module that defines it
_API = {
    "build": "kg.api", "add": "kg.api", "load": "kg.api", "KnowledgeGraph": "kg.api",
    "EntityRecord": "kg.api", "RelationRecord": "kg.api", "ClaimRecord": "kg.api",
    "BuildOptions": "kg.building.publish", "BuildError": "kg.building.publish",
    "UsageError": "kg.building.publish",
    "InvalidGraphError": "kg.building.publish", "QueryError": "kg.serving.query",
}
__all__ = [
    "BuildError", "BuildOptions", "ClaimRecord", "EntityRecord", "InvalidGraphError",
    "KnowledgeGraph", "QueryError", "RelationRecord", "UsageError", "__version__", "add",
    "build", "load",
]

if TYPE_CHECKING:
    from kg.api import (
        ClaimRecord,
        EntityRecord,
        KnowledgeGraph,
        RelationRecord,
        add,
        build,
        load,
    )
    from kg.building.publish import BuildError, BuildOptions, InvalidGraphError, UsageError
    from kg.serving.query import QueryError


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
