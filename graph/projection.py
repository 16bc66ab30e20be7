"""The networkx projection of a store: resources as nodes, relationships as edges.

Analytics, GraphML and CSV all start from this one graph, built from either
store through the same primitives, so they agree whatever the backend.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    import networkx as nx

    from graph.backends import Backend, Description

#: What a node of the projection carries besides its types.
KEYS = ("label", "status")


def projection(store: Backend, described: Mapping[str, Description] | None = None) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by relationship type; nodes carry ``label``, ``types`` and ``status`` (an activity's,
    ``reported`` or ``planned``; None for other nodes).

    Literal properties stay in the store (ask :meth:`Store.entity`); the
    projection holds the structure that centrality and communities need. ``described``: the store's whole
    description (:meth:`~graph.backends.Backend.describe` without keys) when the caller reads it anyway, as the
    node table of an export does: the nodes are then taken from it, those with a type, label or status, the ones
    ``describe(keys=KEYS)`` gives, and the store is not read for them a second time (round 49: the second read was
    82 of the 150 profiled seconds of ``tests/graph/test_export_exact``'s exports); ``{}`` when only the edges
    matter (the edge table): the nodes are then the edges' ends alone, undescribed.
    """
    import networkx as nx  # here, not at import: the API's app imports the analytics' names (round 51, start-up)

    if described is None:
        nodes = store.describe(keys=KEYS)
    else:
        nodes = {iri: d for iri, d in described.items() if d.types or any(d.props.get(key) for key in KEYS)}
    g = nx.MultiDiGraph()
    for iri, node in sorted(nodes.items()):
        g.add_node(iri, label=node.label, types=sorted(node.types), status=node.one("status"))
    for source, kind, target in sorted(store.edges(None)):
        for end in (source, target):
            if end not in g:
                g.add_node(end, label=None, types=[])
        g.add_edge(source, target, key=kind)
    return g
