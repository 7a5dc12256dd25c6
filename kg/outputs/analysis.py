"""Graph analysis shared by the page and the Python API (networkx)."""

from __future__ import annotations

import networkx as nx


def communities(graph: nx.Graph, *, seed: int = 0) -> list[frozenset]:
    """Louvain communities of ``graph`` (directions and parallel edges ignored), largest first."""
    simple = nx.Graph(graph.to_undirected()) if graph.is_directed() or graph.is_multigraph() else graph  # noqa: E501
    found = nx.community.louvain_communities(simple, seed=seed)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(map(str, c))))


def central(graph: nx.Graph, k: int = 10, *, measure: str = "degree") -> list[tuple[str, float]]:
    """The ``k`` most central nodes as (node, score), highest first, ties by node.

    ``measure`` (directions and parallel edges ignored): ``degree`` (share of the other
    nodes linked), ``betweenness`` (share of the shortest paths between two other nodes that
    pass through it) or ``closeness`` (inverse mean distance to the nodes it reaches).
    """
    simple = nx.Graph(graph.to_undirected()) if graph.is_directed() or graph.is_multigraph() \
        else graph
    if measure == "degree":
        scores = nx.degree_centrality(simple)
    elif measure == "betweenness":
        scores = nx.betweenness_centrality(simple)
    elif measure == "closeness":
        scores = nx.closeness_centrality(simple)
    else:
        raise ValueError(f"unknown measure {measure!r}; choose degree, betweenness or closeness")
    return sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:k]


def path(graph: nx.Graph, a: str, b: str) -> list[str]:
    """The shortest path between nodes ``a`` and ``b`` (directions ignored), both included;
    ``[]`` when they are not connected. KeyError names a node that is not in ``graph``."""
    for node in (a, b):
        if node not in graph:
            raise KeyError(f"{node!r} is not a node of the graph")
    try:
        return nx.shortest_path(graph.to_undirected(as_view=True), a, b)
    except nx.NetworkXNoPath:
        return []
