"""Move graphs between stores and files: copy a whole store, import an export.

Everything moves as named graphs through :meth:`Store.upsert_report`, so a
copy or an import is per-graph atomic, skips graphs the target already holds
with the same content hash, and works in every direction (embedded ↔ Neo4j).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.store import Store, StoreError
from graph.terms import okg

PARSERS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld", "ttl": "turtle", "nt": "nt"}
COPY_BATCH = 200  # graphs handed to the target at once
SUFFIXES = {".trig": "trig", ".nq": "nq", ".jsonld": "jsonld", ".json": "jsonld", ".ttl": "ttl", ".nt": "nt"}


def content_hash(iri: URIRef, graph: Graph) -> str:
    """The graph's own okg:contentHash; else a hash of its sorted N-Triples, which is
    then stated in the graph so the store can skip it next time."""
    stated = graph.value(iri, okg("contentHash"))
    if stated is not None:
        return str(stated)
    lines = sorted(graph.serialize(format="nt").splitlines())
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    graph.add((iri, okg("contentHash"), Literal(digest)))
    return digest


def copy(source: Store, target: Store, on_graph: Callable[[str, str], None] = lambda *_: None) -> dict[str, int]:
    """Upsert every named graph of ``source`` into ``target``; outcome → count.

    ``okg copy --to-neo4j`` is ``copy(embedded, neo4j)``, ``--from-neo4j`` the reverse.
    """
    tally: Counter[str] = Counter()
    batch: list[tuple[URIRef, Graph, str]] = []
    for entry in [*source.report_graphs(), None]:
        if batch and (entry is None or len(batch) >= COPY_BATCH):
            for (iri, _, _), outcome in zip(batch, target.upsert_reports(batch)):
                on_graph(str(iri), outcome)
                tally[outcome] += 1
            batch = []
        if entry is not None:
            batch.append((entry[0], entry[1], content_hash(*entry)))
    return dict(tally)


def import_rdf(store: Store, data: str | bytes, fmt: str, graph: str | None = None) -> dict[str, int]:
    """Load an export (TriG, N-Quads, JSON-LD keep their named graphs); outcome → count.

    Triples outside any named graph (all of a Turtle or N-Triples file) go to
    the named graph ``graph``, which must then be given.
    """
    if fmt not in PARSERS:
        raise StoreError(f"cannot import {fmt!r}; use one of {', '.join(PARSERS)}")
    dataset = Dataset()
    try:
        dataset.parse(data=data, format=PARSERS[fmt], publicID=graph or None)
    except Exception as exc:  # noqa: BLE001 - parsers raise many kinds; all mean bad input
        raise StoreError(f"cannot parse the {fmt} data: {exc}") from exc
    named: dict[URIRef, Graph] = {}
    for context in dataset.graphs():
        if not len(context):
            continue
        iri = context.identifier
        if iri == DATASET_DEFAULT_GRAPH_ID or not isinstance(iri, URIRef) or iri == URIRef(graph or "urn:x-none"):
            if graph is None:
                raise StoreError("the data has triples outside named graphs; say which named graph they belong to")
            iri = URIRef(graph)
        target = named.setdefault(iri, Graph())
        for triple in context:
            target.add(triple)
    items = [(iri, named[iri], content_hash(iri, named[iri])) for iri in sorted(named)]
    return dict(Counter(store.upsert_reports(items)))


def import_file(store: Store, path: str | Path, graph: str | None = None) -> dict[str, int]:
    """``okg import FILE``: the format from the suffix (.trig .nq .jsonld .ttl .nt)."""
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: cannot tell the format from the suffix; use one of {', '.join(SUFFIXES)}")
    return import_rdf(store, path.read_bytes(), fmt, graph)
