"""A graph's canonical form: its content hash and its blank nodes labelled stably.

Parsers give blank nodes fresh labels on every read; both functions label them by their place in the graph's canonical
form (:func:`rdflib.compare.to_canonical_graph`), so one graph gives one hash and one text in every store, import and
export. Used by ingest (the stored hash), identity (an import or copy read alike) and transfer (copies skip graphs the
target holds with the same hash).
"""
from __future__ import annotations

import functools
import hashlib
import threading
from collections import OrderedDict
from typing import Any

from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph

#: A graph with blank nodes of at most this many triples has its hash kept (:func:`_canonical_hash`); the ontology
#: holds 3.4k, so a larger one (a user's import) is canonicalised every time rather than held in memory (the kept
#: graphs of both caches, eight at most: the ontology's key is 584 KiB, so some 14 MB beside the terms they hold).
KEPT_TRIPLES = 10_000

#: A triple with the language tag of each term: rdflib's terms compare a tag regardless of case ("zh-CN" equals
#: "zh-cn") where N-Triples, and so the hash, tell them apart.
Exact = tuple[Any, Any, Any, tuple[str | None, ...]]

#: How many hashes :func:`content_hash` keeps (:func:`_canonical_hash`, by exact terms): the last ones asked.
KEPT_HASHES = 4

#: How many graphs :func:`stable_blank_nodes` keeps (by IRI and exact terms, at most :data:`KEPT_TRIPLES` triples
#: each) as labelled already; the last ones made, the ontology among them.
KEPT_STABLE = 4
_STABLE: OrderedDict[tuple[str, frozenset[Exact]], None] = OrderedDict()
_STABLE_LOCK = threading.Lock()


def content_hash(graph: Graph) -> str:
    """SHA-256 of the graph's sorted N-Triples (blank nodes labelled canonically first), so the
    same content hashes the same in every store and every import; the graph is not changed.

    Labelling blank nodes canonically (:func:`rdflib.compare.to_canonical_graph`) was most of the hash: 0.28 of the
    ontology's 0.35 CPU-s, paid again by every check of the reference graphs (``api.ingest``), every import of an
    export holding the ontology and every comparison of one (round 49's profile: ``content_hash`` 4.7 % of the suite's
    samples). A graph with blank nodes is therefore hashed once per process for its exact terms (blank nodes by their
    labels: the stores give them back as written, :func:`stable_blank_nodes`), so the same triples read back or
    imported again are not canonicalised again (round 50); a graph isomorphic to it under other labels is not the same
    key and is canonicalised, to the same hash."""
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return _sorted_hash(graph)
    if len(graph) > KEPT_TRIPLES:
        return _sorted_hash(to_canonical_graph(graph))
    return _canonical_hash(_exact(graph))


def _exact(graph: Graph) -> frozenset[Exact]:
    """The graph's triples, each with its terms' language tags (:data:`Exact`): equal only for the same text."""
    return frozenset((*triple, tuple(getattr(t, "language", None) for t in triple)) for triple in graph)


@functools.lru_cache(maxsize=KEPT_HASHES)
def _canonical_hash(exact: frozenset[Exact]) -> str:
    """The hash of the graph of ``exact``'s triples (at most :data:`KEPT_TRIPLES`), blank nodes labelled canonically;
    the last few kept, by exact terms (the same terms and tags give the same hash)."""
    graph = Graph()
    graph += ((s, p, o) for s, p, o, _ in exact)
    return _sorted_hash(to_canonical_graph(graph))


def _sorted_hash(graph: Graph) -> str:
    """SHA-256 of the graph's N-Triples lines, sorted."""
    lines = sorted(graph.serialize(format="nt").splitlines())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def stable_blank_nodes(iri: URIRef, graph: Graph) -> Graph:
    """``graph`` (the named graph ``iri``) with every blank node labelled by its place in the graph's canonical form
    (:func:`rdflib.compare.to_canonical_graph`, the labelling :func:`content_hash` hashes), scoped to ``iri`` so no
    label names a node of another graph of a TriG or N-Quads document: ``b`` and 24 hex digits of
    SHA-256(``iri``, canonical label). Parsers (Oxigraph's, rdflib's) give blank nodes fresh labels on every read,
    so the ontology's lists and restrictions got new labels on every import and every build, and an export → import
    → export changed 414 lines of unchanged data (round 20); labelled so, one graph gives one text. A graph without
    blank nodes is returned as it is, and so is one this function gave lately for ``iri`` (labelled so already: the
    ontology exported by okg and imported again, whose canonicalisation was a fifth of an import, round 50); otherwise
    a new graph (``graph`` is not changed)."""
    if not any(isinstance(s, BNode) or isinstance(o, BNode) for s, _, o in graph):
        return graph
    kept = (str(iri), _exact(graph)) if len(graph) <= KEPT_TRIPLES else None
    with _STABLE_LOCK:
        if kept is not None and kept in _STABLE:
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
    if kept is not None:  # labelled from its canonical form, which an isomorphic graph shares: its own labels again
        with _STABLE_LOCK:
            _STABLE[(str(iri), _exact(stable))] = None
            while len(_STABLE) > KEPT_STABLE:
                _STABLE.popitem(last=False)
    return stable
