"""User Cypher on the Neo4j store, read in a child process (:mod:`graph.query_process`) so that
one huge record (a list comprehension of millions of strings) fails at the memory ceiling
there instead of growing the server: the driver holds each record whole before any cap sees it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, GraphDatabase, ManagedTransaction, NotificationMinimumSeverity, unit_of_work
from neo4j.exceptions import Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from graph import cypher, query_process
from graph.query_limits import QueryLimits, take_past
from graph.backends import QueryError, QueryTimeout, StoreError
from graph.terms import plain


#: The setting that raises a Cypher query's time limit.
HINT = "OKG_NEO4J_TIMEOUT"


@dataclass(frozen=True)
class Connection:
    """What a child needs to reach the store's Neo4j: the URI, the credentials, the database."""

    uri: str
    auth: tuple[str, str] | None
    database: str | None


def read(connection: Connection, query: str, parameters: dict[str, Any], limits: QueryLimits,
         timeout: float) -> list[dict[str, Any]]:
    """The rows of a read query (already checked to be one) up to ``limits`` plus the first row
    past them, as plain values. Raises :class:`QueryError` for an error of the query as it runs, the
    time limit (``timeout`` s, also the transaction's) or the memory ceiling (``limits.memory`` bytes),
    :class:`StoreError` when Neo4j fails or cannot be reached."""
    return query_process.run(_read, (connection, query, parameters, limits, timeout), what="Cypher query",
                             timeout=timeout + 5, memory=limits.memory, hint=HINT)


def _read(connection: Connection, query: str, parameters: dict[str, Any], limits: QueryLimits,
          timeout: float) -> list[dict[str, Any]]:
    @unit_of_work(timeout=timeout)
    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        records = tx.run(query, parameters)
        return take_past(({k: plain_deep(v) for k, v in record.items()} for record in records), limits)

    try:
        with GraphDatabase.driver(connection.uri, auth=connection.auth,
                                  notifications_min_severity=NotificationMinimumSeverity.OFF) as driver, \
                driver.session(database=connection.database, default_access_mode=READ_ACCESS) as session:
            return session.execute_read(work)
    except ServiceUnavailable as exc:
        raise StoreError(f"Neo4j at {connection.uri} is unreachable: {exc}") from exc
    except Neo4jError as exc:
        if "TransactionTimedOut" in (exc.code or ""):
            raise QueryTimeout(query_process.timed_out("Cypher query", timeout, HINT)) from exc
        if cypher.is_users(exc.code):
            raise QueryError(cypher.user_error(exc.code, exc.message or str(exc), explained=False)) from exc
        raise StoreError(f"read from Neo4j at {connection.uri} failed: {' '.join(str(exc).split())}") from exc


def plain_deep(value: Any) -> Any:
    """A value the driver returns, with lists and maps, as plain JSON-ready Python; a graph value as a JSON object
    (newuser31 B11: they were the driver's Python repr, ``"<Node element_id='4:…' labels=frozenset({…}) …>"``), with
    what the driver's graph types hold (neo4j Python driver manual, *Data types*: ``neo4j.graph``): a node
    ``{element_id, labels, properties}`` (labels sorted), a relationship ``{element_id, type, start, end,
    properties}`` (``start`` and ``end`` its nodes' element ids), a path ``{nodes, relationships}`` in its order."""
    if isinstance(value, Node):
        return {"element_id": value.element_id, "labels": sorted(value.labels),
                "properties": {k: plain_deep(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"element_id": value.element_id, "type": value.type,
                "start": value.start_node.element_id if value.start_node is not None else None,
                "end": value.end_node.element_id if value.end_node is not None else None,
                "properties": {k: plain_deep(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain_deep(node) for node in value.nodes],
                "relationships": [plain_deep(rel) for rel in value.relationships]}
    if isinstance(value, dict):
        return {k: plain_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_deep(v) for v in value]
    return plain(value)
