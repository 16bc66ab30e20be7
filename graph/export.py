"""Export a store as RDF (with or without its named graphs), GraphML or CSV.

RDF leaves through one rdflib Dataset assembled from the store's named
graphs, so both stores export the same triples; GraphML (for Gephi) and CSV
are the node-and-edge projection of :func:`graph.projection.projection`.
"""
from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph

from ontology import bind_prefixes

if TYPE_CHECKING:
    from graph.store import Description, ExportFormat, Store

RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
MERGED = {"ttl", "nt"}  # formats without named graphs: the union of all graphs


def dataset(store: Store) -> Dataset:
    """Every named graph of the store in one rdflib Dataset."""
    data = Dataset()
    bind_prefixes(data)
    for iri, graph in store.report_graphs():
        named = data.graph(iri)
        for triple in graph:
            named.add(triple)
    return data


def export(store: Store, fmt: ExportFormat) -> str:
    from graph.store import StoreError

    if fmt in RDF_FORMATS:
        data = dataset(store)
        if fmt in MERGED:
            merged = bind_prefixes(Graph())
            for quad in data.quads((None, None, None, None)):
                merged.add(quad[:3])
            return merged.serialize(format=RDF_FORMATS[fmt])
        return data.serialize(format=RDF_FORMATS[fmt])
    if fmt == "graphml":
        return graphml(store)
    if fmt in ("csv-nodes", "csv-edges"):
        return csv_table(store, fmt.removeprefix("csv-"))
    raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join([*RDF_FORMATS, 'graphml', 'csv-nodes', 'csv-edges'])}")


def graphml(store: Store) -> str:
    """GraphML of the projection, attributes flattened to strings Gephi reads."""
    import networkx as nx

    from graph.projection import projection

    g = projection(store)
    flat = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        flat.add_node(node, label=data.get("label") or "", types=",".join(data.get("types", [])))
    for source, target, key in g.edges(keys=True):
        flat.add_edge(source, target, key=key, type=key)
    return "\n".join(nx.generate_graphml(flat, named_key_ids=True)) + "\n"


NODE_COLUMNS = ["iri", "label", "types", "kind", "level", "year", "jurisdiction", "report"]


def csv_table(store: Store, which: str) -> str:
    """nodes: :data:`NODE_COLUMNS` (kind: an activity's kind or a statistic's measure; level: a law's;
    year: a year or ``first-last``; jurisdiction and report: IRIs, ``;``-separated); edges:
    source,type,target."""
    from graph.projection import projection

    g = projection(store)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if which == "nodes":
        described = store.describe()
        writer.writerow(NODE_COLUMNS)
        for node, data in sorted(g.nodes(data=True)):
            writer.writerow([node, data.get("label") or "", ";".join(data.get("types", [])),
                             *_filtered(described.get(node))])
    else:
        writer.writerow(["source", "type", "target"])
        for source, target, key in sorted(g.edges(keys=True)):
            writer.writerow([source, key, target])
    return out.getvalue()


def _filtered(d: Description | None) -> list[str]:
    """The columns analysts filter on: kind, level, year, jurisdiction, report."""
    if d is None:
        return [""] * 5
    from graph.tables import activity_kind

    kind = activity_kind(d) if "OversightActivity" in d.types else d.one("measure")
    first, last = d.one("yearFrom"), d.one("yearTo")
    year = d.one("year") or (f"{first}-{last}" if first is not None and last is not None else None)
    return ["" if v is None else str(v) for v in (kind, d.one("lawLevel"), year)] + [
        ";".join(sorted(d.rels.get(rel, []))) for rel in ("jurisdiction", "statedIn")]
