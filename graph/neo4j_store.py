"""The Neo4j store, over Bolt with the official driver.

Layout (the neosemantics / rdflib-neo4j convention, so RDF tooling works on the
same database): every IRI is a ``:Resource {uri}`` node; ``rdf:type``s become
labels; literals become properties named by the predicate's local name; IRIs
in object position become relationships named the same way. Each node and
relationship lists in ``graphs`` the reports that state it, so one report's
facts can be replaced in one transaction without touching the others'.

URIs: ``neo4j://`` (routing) or ``bolt://`` (direct), each with ``+s``
(TLS, verified) or ``+ssc`` (TLS, self-signed accepted); ``database`` picks a
database other than the server's default.
"""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from neo4j import (READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, NotificationMinimumSeverity, Record,
                   unit_of_work)
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable, TransientError
from rdflib import RDF, Graph, Literal, URIRef

from graph import cypher
from graph.query_limits import QueryLimits, take_past
from graph.store import Edge, LawRow, Store, StoreError, UpsertOutcome, content_fingerprint
from graph.terms import BULKY, bolt_value, literal, local_name, okg, plain, predicate

BATCH = 5000  # rows per UNWIND statement
BATCH_TRIPLES = 50_000  # triples per transaction when writing many reports
_BOOKKEEPING = ["uri", "graphs"]


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt."""

    name = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str | None = None,
                 database: str | None = None, *, timeout: float = 30.0, retry_time: float = 15.0) -> None:
        self.uri, self.database, self.timeout, self.retry_time = uri, database or None, timeout, retry_time
        self._driver: Driver = GraphDatabase.driver(
            uri, auth=(user, password) if password else None,
            notifications_min_severity=NotificationMinimumSeverity.OFF,
            max_transaction_retry_time=retry_time)
        try:
            self._driver.verify_connectivity()
            self._driver.execute_query(cypher.CONSTRAINT, database_=self.database)
            for index in cypher.INDEXES:
                self._driver.execute_query(index, database_=self.database)
            version = self._driver.execute_query(cypher.SERVER_VERSION, database_=self.database).records
        except AuthError as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused the credentials: set NEO4J_USER and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, OSError) as exc:
            self._driver.close()
            raise StoreError(
                f"cannot reach Neo4j at {uri}: {exc}. Start one or check NEO4J_URI"
            ) from exc
        except Neo4jError as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused to set up the store: {exc.message}") from exc
        # Dynamic labels and types ($(...)) arrived in 5.26: one query for all nodes.
        parts = [int(p) for p in str(version[0]["version"]).split(".")[:2] if p.isdigit()]
        self.dynamic_labels = tuple(parts) >= (5, 26)

    @classmethod
    def from_env(cls) -> Neo4jStore:
        """NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; OKG_NEO4J_TIMEOUT (seconds a
        read may run) and OKG_NEO4J_RETRY_TIME (seconds transient errors are retried)."""
        return cls(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"), os.environ.get("NEO4J_USER", "neo4j"),
                   os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE") or None,
                   timeout=float(os.environ.get("OKG_NEO4J_TIMEOUT", "30")),
                   retry_time=float(os.environ.get("OKG_NEO4J_RETRY_TIME", "15")))

    def close(self) -> None:
        self._driver.close()

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """A read transaction with the store's time limit."""
        return self._read_rows(query, params, lambda records: [record.data() for record in records])

    def _read_rows(self, query: str, params: dict[str, Any],
                   collect: Callable[[Iterable[Record]], list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """:meth:`_read`, the records of the result streamed through ``collect``."""
        @unit_of_work(timeout=self.timeout)
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return collect(tx.run(query, params))

        try:
            with self._driver.session(database=self.database, default_access_mode=READ_ACCESS) as session:
                return session.execute_read(work)
        except ServiceUnavailable as exc:
            raise StoreError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"read from Neo4j at {self.uri} failed: {exc}") from exc

    def _write(self, work: Callable[[ManagedTransaction], Any]) -> Any:
        """One write transaction; the driver retries transient errors for a bounded time."""
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work)
        except TransientError as exc:
            raise StoreError(f"write to Neo4j at {self.uri} gave up after {self.retry_time:g} s of transient "
                             f"errors ({exc.code or exc}), nothing was written; retry later") from exc
        except (ServiceUnavailable, Neo4jError) as exc:
            raise StoreError(f"write to Neo4j at {self.uri} failed, nothing was written: {exc}") from exc

    # --- writes ---

    def _fingerprint(self) -> str:
        return content_fingerprint(self._read(cypher.GRAPH_HASHES))

    def report_hash(self, report: URIRef) -> str | None:
        return self._hashes([str(report)]).get(str(report))

    def _hashes(self, uris: list[str]) -> dict[str, str | None]:
        return {row["uri"]: row["hash"] for row in self._read(cypher.REPORT_HASHES, uris=uris)}

    def _replace_report(self, report: URIRef, graph: Graph) -> None:
        self._write_reports([(report, graph)])

    def upsert_reports(self, items: Iterable[tuple[URIRef, Graph, str]]) -> list[UpsertOutcome]:
        """One hash look-up for all, then transactions of up to BATCH_TRIPLES triples:
        fewer commits, each report still whole or not at all. A failed group is
        retried report by report, so one bad report does not hold back the others."""
        items = list(items)
        old = self._hashes(sorted({str(report) for report, _, _ in items}))
        outcomes: list[UpsertOutcome] = []
        pending: dict[str, tuple[URIRef, Graph]] = {}
        for report, graph, content_hash in items:
            before = old.get(str(report))
            if before == content_hash:
                outcomes.append("unchanged")
                continue
            outcomes.append("inserted" if before is None else "replaced")
            pending[str(report)] = (report, graph)  # the last version of a report wins
        group: list[tuple[URIRef, Graph]] = []
        for entry in [*pending.values(), None]:
            if group and (entry is None or sum(len(g) for _, g in group) + len(entry[1]) > BATCH_TRIPLES):
                try:
                    self._write_reports(group)
                except StoreError:
                    if len(group) == 1:
                        raise
                    for one in group:
                        self._write_reports([one])
                group = []
            if entry is not None:
                group.append(entry)
        return outcomes

    def _write_reports(self, reports: list[tuple[URIRef, Graph]]) -> None:
        """One transaction: drop the reports' old facts, then UNWIND their nodes and relationships."""
        merged: dict[str, dict] = {}
        edges: dict[tuple[str, str, str], dict] = {}
        for report, graph in reports:  # a law named by many reports is written once, listing them all
            node_rows, rel_rows = _rows(graph)
            for row in node_rows:
                node = merged.setdefault(row["uri"], {"uri": row["uri"], "labels": [], "props": {}, "gs": []})
                node["labels"] = sorted({*node["labels"], *row["labels"]})
                node["props"].update(row["props"])
                node["gs"].append(str(report))
            for row in rel_rows:
                edge = edges.setdefault((row["from"], row["type"], row["to"]), {**row, "gs": []})
                edge["gs"].append(str(report))
        nodes, rels = list(merged.values()), list(edges.values())
        by_labels: dict[tuple[str, ...] | None, list[dict]] = defaultdict(list)
        for row in nodes:
            by_labels[None if self.dynamic_labels else tuple(row["labels"])].append(row)
        batches = [(cypher.merge_nodes(None if k is None else list(k)), rows) for k, rows in by_labels.items()]
        if rels:
            batches.append((cypher.merge_relationships([row["type"] for row in rels]), rels))
        # A graph that does not describe its own IRI cannot be found by it: always drop it.
        unsure = [str(r) for r, g in reports if (r, None, None) not in g]

        def work(tx: ManagedTransaction) -> None:
            present = tx.run(cypher.PRESENT_GRAPHS, gs=[str(r) for r, _ in reports]).single(strict=True)["present"]
            for g in sorted({*present, *unsure}):
                tx.run(cypher.DROP_REPORT, g=g).consume()
            for query, rows in batches:
                for start in range(0, len(rows), BATCH):
                    tx.run(query, rows=rows[start : start + BATCH]).consume()

        self._write(work)

    def delete_report(self, report: URIRef) -> bool:
        def work(tx: ManagedTransaction) -> int:
            return tx.run(cypher.DROP_REPORT, g=str(report)).single(strict=True)["touched"]

        return bool(self._write(work))

    # --- primitives ---

    def counts(self) -> dict[str, int]:
        counts = dict(self._read(cypher.COUNTS)[0])
        counts.update({row["type"]: row["n"] for row in self._read(cypher.TYPE_COUNTS)})
        return counts

    def _law_rows(self) -> list[LawRow]:
        return [LawRow(**{k: plain(v) for k, v in row.items()}) for row in self._read(cypher.LAW_ROWS)]

    def _describe_rows(self, iris: list[str] | None, cls: str | None, keys: tuple[str, ...] | None,
                       bulky: bool) -> Iterable[tuple[str, str, str, Any]]:
        skip = _BOOKKEEPING + ([] if bulky else sorted(BULKY))
        query = cypher.describe(cls, iris is not None, keys is None)
        for row in self._read(query, iris=iris, keys=list(keys) if keys is not None else None, skip=skip):
            iri = row["iri"]
            for label in row["types"]:
                yield iri, "type", label, None
            for key, value in row["props"]:
                for item in value if isinstance(value, list) else [value]:
                    yield iri, "prop", key, item
            for kind, target in row["rels"]:
                yield iri, "rel", kind, target

    def _edges(self, iris: list[str] | None) -> list[Edge]:
        if iris is not None and not iris:
            return []
        query = cypher.ALL_EDGES if iris is None else cypher.EDGES_AROUND
        return [(row["s"], row["t"], row["o"]) for row in self._read(query, iris=iris)]

    def _search_rows(self, q: str, types: list[str] | None, limit: int) -> list[tuple[str, str]]:
        rows = self._read(cypher.search(bool(types)), q=q, types=types, limit=limit)
        return [(row["iri"], row["label"]) for row in rows]

    def report_graphs(self) -> Iterator[tuple[URIRef, Graph]]:
        graphs: dict[str, Graph] = defaultdict(Graph)
        for row in self._read(cypher.GRAPH_NODES):
            node = URIRef(row["uri"])
            triples = [(node, RDF.type, okg(label)) for label in row["labels"] if label != "Resource"]
            for key, value in row["props"].items():
                if key not in _BOOKKEEPING:
                    triples += [(node, predicate(key), literal(key, item))
                                for item in (value if isinstance(value, list) else [value])]
            for g in row["props"]["graphs"]:
                for triple in triples:
                    graphs[g].add(triple)
        for row in self._read(cypher.GRAPH_RELATIONSHIPS):
            for g in row["graphs"]:
                graphs[g].add((URIRef(row["s"]), predicate(row["t"]), URIRef(row["o"])))
        for g in sorted(graphs):
            yield URIRef(g), graphs[g]

    def cypher(self, query: str, parameters: dict[str, Any] | None = None,
               limits: QueryLimits | None = None) -> list[dict[str, Any]]:
        """Refused unless the plan only reads (:func:`graph.cypher.plan_refusal`); then run in a read
        transaction, rows pulled one at a time up to ``limits`` and one past them."""
        try:
            plan = self._driver.execute_query("EXPLAIN " + query, parameters or {}, database_=self.database,
                                              routing_="r").summary
        except ClientError as exc:
            raise StoreError(f"Cypher refused: {exc.message}") from exc
        except (ValueError, TypeError, OverflowError) as exc:  # the driver cannot send a parameter
            raise StoreError(f"Cypher refused: a parameter cannot be sent to Neo4j: {exc}") from exc
        refusal = cypher.plan_refusal(str(plan.query_type), plan.plan or {})
        if refusal:
            raise StoreError(refusal)
        bounds = limits or QueryLimits()
        return self._read_rows(query, parameters or {}, lambda records: take_past(
            ({k: _plain_deep(v) for k, v in record.items()} for record in records), bounds))


def _plain_deep(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_deep(v) for v in value]
    return plain(value)


def _rows(graph: Graph) -> tuple[list[dict], list[dict]]:
    """A report graph as node rows (uri, labels, props) and relationship rows (from, type, to)."""
    labels: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    rels: list[dict[str, str]] = []
    names: dict[URIRef, str] = {}  # few distinct predicates: name each once
    rdf_type = RDF.type
    for s, p, o in graph:
        if not isinstance(s, URIRef):
            continue
        subject = str(s)
        key = names.get(p) or names.setdefault(p, local_name(p))
        if p == rdf_type and isinstance(o, URIRef):
            labels[subject].add(local_name(o))
            continue
        labels[subject]  # every subject becomes a node, typed or not
        if isinstance(o, Literal):
            props[subject][key].append(str(o) if o.datatype is None else bolt_value(o))
        elif isinstance(o, URIRef):
            labels[str(o)]
            rels.append({"from": subject, "to": str(o), "type": key})
    nodes = [{"uri": uri, "labels": sorted(node_labels),
              "props": {k: v[0] if len(v) == 1 else sorted(v, key=str) for k, v in props[uri].items()}}
             for uri, node_labels in labels.items()]
    return nodes, rels
