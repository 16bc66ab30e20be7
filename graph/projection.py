"""The networkx projection of a store: resources as nodes, relationships as edges.

Analytics, GraphML and CSV all start from this one graph, built from either
store through the same primitives, so they agree whatever the backend.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from graph.backends import Backend


def projection(store: Backend) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by relationship type; nodes carry ``label``, ``types`` and ``status`` (an activity's,
    ``reported`` or ``planned``; None for other nodes).

    Literal properties stay in the store (ask :meth:`Store.entity`); the
    projection holds the structure that centrality and communities need.
    """
    g = nx.MultiDiGraph()
    for iri, node in sorted(store.describe(keys=("label", "status")).items()):
        g.add_node(iri, label=node.label, types=sorted(node.types), status=node.one("status"))
    for source, kind, target in sorted(store.edges(None)):
        for end in (source, target):
            if end not in g:
                g.add_node(end, label=None, types=[])
        g.add_edge(source, target, key=kind)
    return g
