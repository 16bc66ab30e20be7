"""Export a store as RDF (with or without its named graphs), GraphML or CSV.

RDF leaves through one rdflib Dataset assembled from the store's named
graphs, so both stores export the same triples, each literal with its lexical form, datatype and
language tag as stored (Turtle and TriG through :class:`ExactTurtle` and :class:`ExactTrig`); GraphML
(for Gephi) and CSV are the node-and-edge projection of :func:`graph.projection.projection`.
"""
from __future__ import annotations

import io
import json
import re
from typing import TYPE_CHECKING, Any

from rdflib import RDF, XSD, Dataset, Graph, Literal
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer

from graph.formats import ExportPart as Part
from graph.per_version import PerVersion
from graph.spreadsheet import csv_text
from ontology import ISSUE, MEASURE_CLASS, ONTOLOGY_IRI, PREFIXES, bind_prefixes, iri

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    import networkx as nx

    from graph.backends import Backend, Description
    from graph.formats import ExportFormat

RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
MERGED = {"ttl", "nt"}  # formats without named graphs: the union of all graphs
#: The prefixes every Turtle and TriG export declares (:func:`ontology.bind_prefixes`'s and rdf:), whichever
#: writer writes it (rdflib's, or Oxigraph's for the embedded store's quads).
EXPORT_PREFIXES = {**{prefix: str(namespace) for prefix, namespace in PREFIXES.items()}, "rdf": str(RDF)}
# Turtle's (and TriG's) short forms of typed literals (Turtle 1.1, productions 19-21, 133s): a lexical form
# these match reads back as the very same literal; any other is written quoted with its datatype. A number
# with a plus sign or leading zeros (an integer's -0, a decimal's missing 0 before the point) is quoted too:
# rdflib's parser rebuilds those short forms from their value (+5 → 5, 01 → 1, -0 → 0, .5 → 0.5).
SHORT_FORMS = {
    XSD.integer: re.compile(r"0|-?[1-9][0-9]*"),
    XSD.decimal: re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+"),
    XSD.double: re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    XSD.boolean: re.compile(r"true|false"),
}


def literal_n3(lit: Literal, datatype_name: Any = lambda dt: None) -> str:
    """A literal in Turtle exactly as stored: its lexical form as the short form when Turtle reads that
    back as the same literal (:data:`SHORT_FORMS`), else quoted, with its language tag as written or its
    datatype (``datatype_name`` gives a prefixed name, or None for the full IRI).

    rdflib's own Turtle writer rebuilds a number from its value (``"4"^^xsd:decimal`` became ``4.0``,
    ``"0.123456789"^^xsd:double`` ``1.234568e-01``, ``"1"^^xsd:boolean`` ``1``, an integer)."""
    lexical, datatype = str(lit), lit.datatype
    if lit.language is None and datatype is not None:
        short = SHORT_FORMS.get(datatype)
        if short is not None and short.fullmatch(lexical):
            return lexical
        return f"{Literal(lexical)._quote_encode()}^^{datatype_name(datatype) or f'<{datatype}>'}"
    return lit._literal_n3(use_plain=False)


class _Exact:
    """A Turtle-family serialiser writing literals with :func:`literal_n3`, and a subject's objects in the order
    of their terms as written (rdflib orders numbers by value, and a decimal beside a NaN double raised
    ``decimal.InvalidOperation``)."""

    predicateOrder: list[Any]

    def label(self, node: Any, position: int) -> str:
        if isinstance(node, Literal):
            return literal_n3(node, lambda dt: self.get_pname(dt, False))  # type: ignore[attr-defined]
        return super().label(node, position)  # type: ignore[misc]

    def sortProperties(self, properties: dict[Any, list[Any]]) -> list[Any]:
        for objects in properties.values():
            objects.sort(key=lambda o: (type(o).__name__, str(o), str(getattr(o, "datatype", None) or ""),
                                        getattr(o, "language", None) or ""))
        first = [p for p in self.predicateOrder if p in properties]
        return first + sorted(p for p in properties if p not in first)


class ExactTurtle(_Exact, TurtleSerializer):
    """rdflib's Turtle serialiser, literals exactly as stored."""


class ExactTrig(_Exact, TrigSerializer):
    """rdflib's TriG serialiser, literals exactly as stored."""


def serialize(data: Graph, fmt: str) -> str:
    """``data`` in ``fmt`` (a key of :data:`RDF_FORMATS`), every literal as stored: Turtle and TriG through
    the exact serialisers; JSON-LD with every typed value a string (``{"@value": "1.0E0", "@type": …}``:
    rdflib's serialiser passes its ``use_native_types`` on as a one-item tuple, always true, so it wrote
    ``1.0``, ``true`` for ``"1"^^xsd:boolean`` and ``Infinity``, which is no JSON); N-Triples and N-Quads
    one statement per line, the lines (split at ``\\n`` only: a literal may hold U+2028 or U+0085, which
    ``str.splitlines`` would also split at) sorted, ending with the last (rdflib writes them in the order the store yields
    them, so one graph exported, imported and exported again could give two texts: CI failed on it in round 34; its
    N-Quads adds a blank line)."""
    if fmt in ("ttl", "trig"):
        out = io.BytesIO()
        (ExactTurtle if fmt == "ttl" else ExactTrig)(data).serialize(out, encoding="utf-8")
        return out.getvalue().decode("utf-8")
    if fmt == "jsonld":
        from rdflib.plugins.serializers.jsonld import from_rdf

        return json.dumps(_ordered(from_rdf(data, use_native_types=False)), indent=2, sort_keys=True, ensure_ascii=False)
    text = data.serialize(format=RDF_FORMATS[fmt])
    if fmt in ("nt", "nq"):
        return "".join(line + "\n" for line in sorted(text.split("\n")) if line)
    return text


def _ordered(tree: Any) -> Any:
    """A JSON-LD document with every array but an ``@list`` (an RDF list, whose order is its content) in one order,
    by each item's JSON: rdflib writes a node's values in the order its graph yields them, which differs between
    two stores holding one graph, so one graph exported twice gave two texts (round 19)."""
    if isinstance(tree, dict):
        return {key: value if key == "@list" else _ordered(value) for key, value in tree.items()}
    if isinstance(tree, list):
        items = [_ordered(item) for item in tree]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return tree


def dataset(store: Backend, part: Part = "all") -> Dataset:
    """The store's named graphs (those of ``part``: ``reports``, the graphs named by a report's IRI) in one rdflib
    Dataset."""
    data = Dataset()
    bind_prefixes(data)
    reports = report_graphs(store) if part == "reports" else set()
    for name, graph in store.report_graphs():
        if part == "reports" and str(name) not in reports or part in ("data", "ontology") and (
                name == ONTOLOGY_IRI) != (part == "ontology"):
            continue
        named = data.graph(name)
        for s, p, o in graph:
            named.add((s, p, _simple(o)))
    return data


def _simple(term: Any) -> Any:
    """A ``"…"^^xsd:string`` literal as the simple literal it is (RDF 1.1 Concepts 3.3: one term), so every export
    writes it alike however the store handed it back (the embedded store's exact form kept the datatype, its
    Oxigraph terms do not: an export re-imported wrote ``"x"`` where the first had ``"x"^^xsd:string``)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def export(store: Backend, fmt: ExportFormat, part: Part = "all") -> str:
    from graph.backends import StoreError

    if fmt in RDF_FORMATS:
        data = dataset(store, part)
        if fmt in MERGED:
            merged = bind_prefixes(Graph())
            for quad in data.quads((None, None, None, None)):
                merged.add(quad[:3])
            return serialize(merged, fmt)
        return serialize(data, fmt)
    if part == "ontology":
        raise StoreError(f"the ontology alone is exported as RDF ({', '.join(RDF_FORMATS)}), not as {fmt}")
    if fmt == "graphml":
        return graphml(store, part)
    if fmt in ("csv-nodes", "csv-edges"):
        return csv_table(store, fmt.removeprefix("csv-"), part)
    raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join([*RDF_FORMATS, 'graphml', 'csv-nodes', 'csv-edges'])}")


def report_graphs(store: Backend) -> set[str]:
    """The IRIs of the reports' named graphs: every graph stored but the reference graphs, the ontology's (with the
    issue scheme and measure classes) and the law catalog's (named under the base's ``catalog/``, as
    :func:`loaders.build.catalog.catalog_iri` names it)."""
    catalogs = str(iri.entity("catalog", ""))
    return {g for g in store.graph_hashes() if g != str(ONTOLOGY_IRI) and not g.startswith(catalogs)}


def _projection(store: Backend, part: Part, described: Mapping[str, Description] | None = None) -> nx.MultiDiGraph:
    """The projection without the terms of the ontology graph (its classes, properties and the vocabularies they
    align with), the issues and measure classes aside: activities and statistics link to them. A table of nodes
    holds the data whatever ``part`` (``all`` or ``data``; ``ontology`` is refused before): the ontology is exported
    apart, as RDF (issue 13; a fresh user's round 32 found ``csv-nodes`` opening with eli:Activity … as blank rows),
    and each node's classes are its ``types`` column. With ``reports`` (a table's default, :func:`graph.formats.part_of`)
    it holds the resources the reports' graphs name, a law with its catalog label and level, an issue or a measure
    class an activity or a statistic links to, and no catalog law, regulation or concept no report names (a first-time
    analyst, round 33: 650 regulations and 324 laws of the catalog, 79 measure classes and 48 issues in csv-nodes).
    ``described``: the store's whole description, when the caller reads it for the node table, or ``{}`` for the
    edges alone (:func:`graph.projection.projection`)."""
    from graph.projection import projection

    g = projection(store, described)
    terms = _schema_terms(store)
    g.remove_nodes_from([node for node in terms if node in g and not node.startswith((str(ISSUE), str(MEASURE_CLASS)))])
    if part == "reports":
        named = set().union(*store.graph_terms(sorted(report_graphs(store))).values())
        g.remove_nodes_from([node for node in list(g) if node not in named])
    return g


def _ontology_terms(store: Backend) -> frozenset[str]:
    """The IRIs the ontology graph's triples hold, in any position."""
    from rdflib import URIRef

    schema = store.named_graph(ONTOLOGY_IRI) or Graph()
    return frozenset(str(t) for triple in schema for t in triple if isinstance(t, URIRef))


#: :func:`_ontology_terms`, read once per store version: building the ontology graph as rdflib triples to collect
#: its terms was a fifth of an export's time (round 49's profile of the property-graph exports).
_schema_terms = PerVersion(_ontology_terms)


def graphml(store: Backend, part: Part = "all") -> str:
    """GraphML of the projection, attributes flattened to strings Gephi reads: the columns of ``csv-nodes``
    (:data:`NODE_COLUMNS`, types ``;``-separated as there), so a Gephi user filters by year, level and place as a
    spreadsheet user does (a new user found GraphML's nodes carried label, types and status only)."""
    import networkx as nx

    described = store.describe()
    g = _projection(store, part, described)
    flat = nx.MultiDiGraph()
    for node, *values in _node_rows(store, g, described):
        flat.add_node(node, **dict(zip(NODE_COLUMNS[1:], values)))
    for source, target, key in g.edges(keys=True):
        flat.add_edge(source, target, key=key, type=key)
    return "\n".join(nx.generate_graphml(flat, named_key_ids=True)) + "\n"


NODE_COLUMNS = ["iri", "label", "types", "kind", "status", "level", "year", "jurisdiction", "report", "source"]


def csv_table(store: Backend, which: str, part: Part = "all") -> str:
    """nodes: :data:`NODE_COLUMNS` (kind: an activity's class, or a statistic's measure class, ``special_inquiry``:
    :func:`_measure_class`); status: an activity's,
    ``reported`` or ``planned``; level: a law's (``okg:lawLevel``) or a report's (``okg:level``);
    year: a year or ``first-last``; jurisdiction and report: IRIs, ``;``-separated; source: what to open, the source
    of each report a fact is stated in, or a report's own: :func:`graph.areas.report_sources`); edges:
    source,type,target. Written as every CSV is (:func:`graph.spreadsheet.csv_text`: a BOM, no cell a formula)."""
    if which == "nodes":
        described = store.describe()
        return csv_text(NODE_COLUMNS, _node_rows(store, _projection(store, part, described), described))
    g = _projection(store, part, {})  # the edges alone: their ends are nodes, and no node needs describing
    return csv_text(["source", "type", "target"], ([s, key, t] for s, t, key in sorted(g.edges(keys=True))))


def _node_rows(store: Backend, g: nx.MultiDiGraph, described: Mapping[str, Description]) -> Iterator[list[str]]:
    """One row of :data:`NODE_COLUMNS` per node of the projection ``g``, in IRI order: what csv-nodes and GraphML
    carry alike; ``described``: the store's whole description (:meth:`~graph.backends.Backend.describe`)."""
    from graph.areas import report_sources

    sources = report_sources(store)
    for node, data in sorted(g.nodes(data=True)):
        yield [node, data.get("label") or "", ";".join(data.get("types", [])), *_filtered(described.get(node), sources)]


def _filtered(d: Description | None, sources: dict[str, str]) -> list[str]:
    """The columns analysts filter on: kind, status, level, year, jurisdiction, report, and the source to open
    (``sources``: :func:`graph.areas.report_sources`)."""
    if d is None:
        return [""] * 7
    from graph.tables import activity_kind

    acts = d.types & {"OversightActivity", "SuggestionHandling"}  # a handling of suggestions is of its own kind
    kind = activity_kind(d) if acts else _measure_class(d)
    first, last = d.one("yearFrom"), d.one("yearTo")
    year = d.one("year") or (f"{first}-{last}" if first is not None and last is not None else None)
    return ["" if v is None else str(v) for v in (kind, d.one("status"), d.one("lawLevel") or d.one("level"), year)] + [
        ";".join(sorted(d.rels.get(rel, []))) for rel in ("jurisdiction", "statedIn")] + [
        ";".join(sources[r] for r in sorted(d.rels.get("statedIn", [d.iri] if "Report" in d.types else [])) if r in sources)]


def _measure_class(d: Description) -> str | None:
    """A statistic's measure class as ``/statistics`` names it in ``measure_class`` (``special_inquiry``,
    ``suggestions_received``; None when no class fits), never an activity class: a pivot on ``kind`` counts activities
    apart from the totals stated of them (a fresh user's round 37: ``WorkReportReview`` held 25 activities and 5
    statistics; round 26's reading, a summary count as the class of what it counts, grouped them)."""
    found = d.rel("measureClass")
    return found.rsplit("/", 1)[-1] if found else None
