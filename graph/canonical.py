"""A graph's canonical form: its content hash and its blank nodes labelled stably.

Parsers give blank nodes fresh labels on every read; both functions label them by their place in the graph's canonical
form (:func:`rdflib.compare.to_canonical_graph`), so one graph gives one hash and one text in every store, import and
export. Used by ingest (the stored hash), identity (an import or copy read alike) and transfer (copies skip graphs the
target holds with the same hash).
"""
from __future__ import annotations

import hashlib
from typing import Any

from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph


def content_hash(graph: Graph) -> str:
    """SHA-256 of the graph's sorted N-Triples (blank nodes labelled canonically first), so the
    same content hashes the same in every store and every import; the graph is not changed."""
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        graph = to_canonical_graph(graph)
    lines = sorted(graph.serialize(format="nt").splitlines())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def stable_blank_nodes(iri: URIRef, graph: Graph) -> Graph:
    """``graph`` (the named graph ``iri``) with every blank node labelled by its place in the graph's canonical form
    (:func:`rdflib.compare.to_canonical_graph`, the labelling :func:`content_hash` hashes), scoped to ``iri`` so no
    label names a node of another graph of a TriG or N-Quads document: ``b`` and 24 hex digits of
    SHA-256(``iri``, canonical label). Parsers (Oxigraph's, rdflib's) give blank nodes fresh labels on every read,
    so the ontology's lists and restrictions got new labels on every import and every build, and an export → import
    → export changed 414 lines of unchanged data (round 20); labelled so, one graph gives one text. A graph without
    blank nodes is returned as it is; otherwise a new graph (``graph`` is not changed)."""
    if not any(isinstance(s, BNode) or isinstance(o, BNode) for s, _, o in graph):
        return graph
    scope = f"{iri}\n"
    labels: dict[BNode, BNode] = {}

    def label(term: Any) -> Any:
        if not isinstance(term, BNode):
            return term
        if term not in labels:
            labels[term] = BNode("b" + hashlib.sha256((scope + term).encode("utf-8")).hexdigest()[:24])
        return labels[term]

    stable = Graph()
    for s, p, o in to_canonical_graph(graph):
        stable.add((label(s), p, label(o)))
    return stable
