"""Graph analysis shared by the page and the Python API (networkx)."""

from __future__ import annotations

import networkx as nx


def communities(graph: nx.Graph, *, seed: int = 0) -> list[frozenset]:
    """Louvain communities of ``graph`` (directions and parallel edges ignored), largest first."""
    simple = nx.Graph(graph.to_undirected()) if graph.is_directed() or graph.is_multigraph() else graph
    found = nx.community.louvain_communities(simple, seed=seed)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(map(str, c))))
