"""Export a store as RDF (with or without its named graphs), GraphML or CSV.

RDF leaves through one rdflib Dataset assembled from the store's named
graphs, so both stores export the same triples; GraphML (for Gephi) and CSV
are the node-and-edge projection of :func:`graph.projection.projection`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Dataset, Graph

from graph.formats import ExportPart as Part
from graph.spreadsheet import csv_text
from ontology import ISSUE, ONTOLOGY_IRI, bind_prefixes

if TYPE_CHECKING:
    import networkx as nx

    from graph.backends import Backend, Description
    from graph.formats import ExportFormat

RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
MERGED = {"ttl", "nt"}  # formats without named graphs: the union of all graphs


def dataset(store: Backend, part: Part = "all") -> Dataset:
    """The store's named graphs (those of ``part``) in one rdflib Dataset."""
    data = Dataset()
    bind_prefixes(data)
    for iri, graph in store.report_graphs():
        if part != "all" and (iri == ONTOLOGY_IRI) != (part == "ontology"):
            continue
        named = data.graph(iri)
        for triple in graph:
            named.add(triple)
    return data


def export(store: Backend, fmt: ExportFormat, part: Part = "all") -> str:
    from graph.backends import StoreError

    if fmt in RDF_FORMATS:
        data = dataset(store, part)
        if fmt in MERGED:
            merged = bind_prefixes(Graph())
            for quad in data.quads((None, None, None, None)):
                merged.add(quad[:3])
            return merged.serialize(format=RDF_FORMATS[fmt])
        return data.serialize(format=RDF_FORMATS[fmt])
    if part == "ontology":
        raise StoreError(f"the ontology alone is exported as RDF ({', '.join(RDF_FORMATS)}), not as {fmt}")
    if fmt == "graphml":
        return graphml(store, part)
    if fmt in ("csv-nodes", "csv-edges"):
        return csv_table(store, fmt.removeprefix("csv-"), part)
    raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join([*RDF_FORMATS, 'graphml', 'csv-nodes', 'csv-edges'])}")


def _projection(store: Backend, part: Part) -> nx.MultiDiGraph:
    """The projection; for ``data``, without the terms of the ontology graph (its classes, properties and
    the vocabularies they align with), the issues aside: activities link to them."""
    from rdflib import URIRef

    from graph.projection import projection

    g = projection(store)
    if part == "data":
        schema = store.named_graph(ONTOLOGY_IRI) or Graph()
        terms = {str(t) for triple in schema for t in triple if isinstance(t, URIRef)}
        g.remove_nodes_from([node for node in terms if node in g and not node.startswith(str(ISSUE))])
    return g


def graphml(store: Backend, part: Part = "all") -> str:
    """GraphML of the projection, attributes flattened to strings Gephi reads."""
    import networkx as nx

    g = _projection(store, part)
    flat = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        flat.add_node(node, label=data.get("label") or "", types=",".join(data.get("types", [])),
                      status=data.get("status") or "")
    for source, target, key in g.edges(keys=True):
        flat.add_edge(source, target, key=key, type=key)
    return "\n".join(nx.generate_graphml(flat, named_key_ids=True)) + "\n"


NODE_COLUMNS = ["iri", "label", "types", "kind", "status", "level", "year", "jurisdiction", "report"]


def csv_table(store: Backend, which: str, part: Part = "all") -> str:
    """nodes: :data:`NODE_COLUMNS` (kind: an activity's kind or a statistic's measure; status: an activity's,
    ``reported`` or ``planned``; level: a law's;
    year: a year or ``first-last``; jurisdiction and report: IRIs, ``;``-separated); edges:
    source,type,target. Written as every CSV is (:func:`graph.spreadsheet.csv_text`: a BOM, no cell a formula)."""
    g = _projection(store, part)
    if which == "nodes":
        described = store.describe()
        return csv_text(NODE_COLUMNS, ([node, data.get("label") or "", ";".join(data.get("types", [])),
                                        *_filtered(described.get(node))]
                                       for node, data in sorted(g.nodes(data=True))))
    return csv_text(["source", "type", "target"], ([s, key, t] for s, t, key in sorted(g.edges(keys=True))))


def _filtered(d: Description | None) -> list[str]:
    """The columns analysts filter on: kind, status, level, year, jurisdiction, report."""
    if d is None:
        return [""] * 6
    from graph.tables import activity_kind

    kind = activity_kind(d) if "OversightActivity" in d.types else d.one("measure")
    first, last = d.one("yearFrom"), d.one("yearTo")
    year = d.one("year") or (f"{first}-{last}" if first is not None and last is not None else None)
    return ["" if v is None else str(v) for v in (kind, d.one("status"), d.one("lawLevel"), year)] + [
        ";".join(sorted(d.rels.get(rel, []))) for rel in ("jurisdiction", "statedIn")]
