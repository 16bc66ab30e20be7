"""The Neo4j store, over Bolt with the official driver.

Layout (the neosemantics / rdflib-neo4j convention, so RDF tooling works on the
same database): every IRI is a ``:Resource {uri}`` node; ``rdf:type``s become
labels; literals become properties named by the predicate's local name; IRIs
in object position become relationships named the same way. Each node and
relationship lists in ``graphs`` the reports that state it, so one report's
facts can be replaced in one transaction without touching the others'.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from graph import cypher
from graph.store import OKG_NS, ExportFormat, LawRow, Store, StoreError

BATCH = 1000
# Predicates outside okg: that the builder writes, for the way back to RDF.
_FOREIGN_PREDICATES = {"label": RDFS.label, "title": DCTERMS.title, "issued": DCTERMS.issued}


def local_name(term: URIRef) -> str:
    """The part of an IRI after its last # or /."""
    text = str(term)
    return text[max(text.rfind("#"), text.rfind("/")) + 1 :]


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt."""

    name = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str | None = None,
                 database: str | None = None) -> None:
        self.uri, self.database = uri, database
        self._driver: Driver = GraphDatabase.driver(uri, auth=(user, password) if password else None)
        try:
            self._driver.verify_connectivity()
            self._driver.execute_query(cypher.CONSTRAINT, database_=database)
            for index in cypher.INDEXES:
                self._driver.execute_query(index, database_=database)
        except AuthError as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused the credentials: set NEO4J_USER and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, OSError) as exc:
            self._driver.close()
            raise StoreError(
                f"cannot reach Neo4j at {uri}: {exc}. Start one with `okg neo4j start` or check NEO4J_URI"
            ) from exc

    def close(self) -> None:
        self._driver.close()

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self._driver.execute_query(
            query, params, database_=self.database, routing_="r"
        )
        return [record.data() for record in records]

    def report_hash(self, report: URIRef) -> str | None:
        rows = self._read(cypher.REPORT_HASH, uri=str(report))
        return rows[0]["hash"] if rows else None

    def _replace_report(self, report: URIRef, graph: Graph) -> None:
        nodes, rels = _rows(graph)
        g = str(report)

        def work(tx: ManagedTransaction) -> None:
            tx.run(cypher.DROP_REPORT, g=g).consume()
            for labels, rows in nodes.items():
                for chunk in _chunks(rows):
                    tx.run(cypher.merge_nodes(list(labels)), rows=chunk, g=g).consume()
            for rel_type, rows in rels.items():
                for chunk in _chunks(rows):
                    tx.run(cypher.merge_relationships(rel_type), rows=chunk, g=g).consume()

        self._write(work)

    def _write(self, work: Any) -> Any:
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work)
        except (ServiceUnavailable, Neo4jError) as exc:
            raise StoreError(f"write to Neo4j at {self.uri} failed, nothing was written: {exc}") from exc

    def delete_report(self, report: URIRef) -> bool:
        g = str(report)

        def work(tx: ManagedTransaction) -> bool:
            present = tx.run(cypher.REPORT_EXISTS, g=g).single(strict=True)["present"]
            tx.run(cypher.DROP_REPORT, g=g).consume()
            return bool(present)

        return bool(self._write(work))

    def _law_rows(self) -> list[LawRow]:
        return [LawRow(**row) for row in self._read(cypher.LAW_ROWS)]

    def counts(self) -> dict[str, int]:
        counts = dict(self._read(cypher.COUNTS)[0])
        counts.update({row["type"]: row["n"] for row in self._read(cypher.TYPE_COUNTS)})
        return counts

    def export(self, fmt: ExportFormat) -> str:
        graph = Graph()
        okg = lambda local: URIRef(OKG_NS + local)  # noqa: E731
        for row in self._read(cypher.EXPORT_NODES):
            node = URIRef(row["uri"])
            for label in row["labels"]:
                if label != "Resource":
                    graph.add((node, RDF.type, okg(label)))
            for key, value in row["props"].items():
                if key in ("uri", "graphs"):
                    continue
                predicate = _FOREIGN_PREDICATES.get(key) or okg(key)
                for item in value if isinstance(value, list) else [value]:
                    graph.add((node, predicate, Literal(item)))
        for row in self._read(cypher.EXPORT_RELATIONSHIPS):
            graph.add((URIRef(row["from"]), okg(row["type"]), URIRef(row["to"])))
        rdf_format = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
        return graph.serialize(format=rdf_format)


def _rows(graph: Graph) -> tuple[dict[tuple[str, ...], list[dict]], dict[str, list[dict]]]:
    """Split a report graph into node rows (grouped by label set) and relationship rows."""
    labels: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    rels: dict[str, list[dict[str, str]]] = defaultdict(list)
    for s, p, o in graph:
        if not isinstance(s, URIRef):
            continue
        subject = str(s)
        labels[subject]  # every subject becomes a node, typed or not
        if p == RDF.type and isinstance(o, URIRef):
            labels[subject].add(local_name(o))
        elif isinstance(o, Literal):
            props[subject][local_name(p)].append(_value(o))
        elif isinstance(o, URIRef):
            labels[str(o)]
            rels[local_name(p)].append({"from": subject, "to": str(o)})
    nodes: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for uri, node_labels in labels.items():
        node_props = {k: v[0] if len(v) == 1 else sorted(v, key=str) for k, v in props[uri].items()}
        nodes[tuple(sorted(node_labels))].append({"uri": uri, "props": node_props})
    return nodes, rels


def _value(literal: Literal) -> Any:
    """A literal as a value the Bolt protocol carries."""
    value = literal.toPython()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (str, int, float, bool, date, datetime)):
        return value
    return str(literal)


def _chunks(rows: list[dict]) -> list[list[dict]]:
    return [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
