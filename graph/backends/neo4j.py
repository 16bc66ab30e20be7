"""The Neo4j store, over Bolt with the official driver.

Layout (the neosemantics / rdflib-neo4j convention, so RDF tooling works on the
same database, and lossless): see :mod:`graph.neo4j_layout` and :mod:`graph.n10s`.

URIs: ``neo4j://`` (routing) or ``bolt://`` (direct), each with ``+s``
(TLS, verified) or ``+ssc`` (TLS, self-signed accepted); ``database`` picks a
database other than the server's default.
"""
from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, NotificationMinimumSeverity, Query, Record
from neo4j.graph import Node, Path, Relationship
from neo4j.exceptions import (AuthError, ConstraintError, DriverError, Neo4jError, ServiceUnavailable,
                              SessionExpired, TransientError)
from rdflib import Graph, URIRef

from graph import cypher, cypher_worker, gc_pause, marks, n10s, search_index
from graph import neo4j_write as write
from graph import neo4j_layout as layout
from graph import neo4j_views as views
from graph.query_limits import QueryLimits
from graph.backends import Edge, LawRow, QueryError, StoreError, UpsertOutcome, unexpected
from graph.store import Store
from graph.terms import BULKY, OKG_NS, local_name, plain, predicate

if TYPE_CHECKING:
    from graph.name_index import NameIndex
    from graph.search_neo4j import Neo4jNames
    from graph.settings import GraphSettings

BATCH_TRIPLES = 60_000  # triples per transaction when writing many reports (the next group is built meanwhile)
# When there is more than one group, the first is smaller: the server waits while it is built (measured at
# 100k triples: 6.5 -> 5.9 s median); a write that fits in one group stays one transaction.
FIRST_GROUP_TRIPLES = 10_000
#: Rows of a walk's stream (graph.cypher.WALK_EDGES) pulled at a time: the root's and two steps of a level
#: (graph.traverse walks 8 nodes, then 16), so a walk that stops early leaves the server little read ahead.
WALK_FETCH = 25
READ_RETRY_DELAY = 0.05  # seconds before a read is tried again, doubling up to 1 s
CREATE_RETRIES = 3  # runs again of a transaction whose CREATE met a node another writer created meanwhile
SCHEMA_RETRIES = 5  # runs again of a schema statement that met the same rule another store was creating


def _one_line(exc: BaseException) -> str:
    """The driver's message of ``exc`` on one line (a refused connection's runs over two), as every store error is."""
    return " ".join(str(exc).split())


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt."""

    name = "neo4j"
    query_languages = frozenset({"cypher"})

    def __init__(self, uri: str, user: str = "neo4j", password: str | None = None,
                 database: str | None = None, *, timeout: float = 30.0, retry_time: float = 15.0) -> None:
        super().__init__()
        self.uri, self.database, self.timeout, self.retry_time = uri, database or None, timeout, retry_time
        self._prefixes: dict[str, str] = {}  # the prefix table last written: rows are built ahead under it
        self._connection = cypher_worker.Connection(uri, (user, password) if password else None, self.database)
        self._driver: Driver = GraphDatabase.driver(
            uri, auth=(user, password) if password else None,
            notifications_min_severity=NotificationMinimumSeverity.OFF,
            max_transaction_retry_time=retry_time)
        try:
            self._driver.verify_connectivity()
            version = str(self._driver.execute_query(cypher.SERVER_VERSION, database_=self.database).records[0][0])
            # Dynamic labels ($(...)), which the layout's writes use, arrived in 5.26.
            if tuple(int(p) for p in version.split(".")[:2] if p.isdigit()) < (5, 26):
                raise StoreError(f"Neo4j at {uri} is version {version}; the store needs 5.26 or later")
            self._set_up_all(layout.CONSTRAINTS)
            if self.mark(layout.LAYOUT_MARK) != layout.LAYOUT:
                self._migrate()
        except AuthError as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused the credentials: set NEO4J_USER and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, OSError) as exc:
            self._driver.close()
            raise StoreError(
                f"cannot reach Neo4j at {uri}: {_one_line(exc)}. Start one or check NEO4J_URI"
            ) from exc
        except Neo4jError as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused to set up the store: {exc.message}") from exc
        except StoreError:
            self._driver.close()
            raise

    def _migrate(self) -> None:
        """Bring a store written before round 35 to :mod:`graph.neo4j_layout` (an empty or current one has
        nothing to move), then mark it: round 12's provenance moved to records, then every property given
        its one shape (round 13's lists where a node had several values, rounds 14–34's list of ``dct__issued``), :data:`graph.neo4j_layout.RESHAPE_NODES` nodes a transaction, and the text index on
        labels dropped. Each node moves whole; run again after a failure, it moves what is left."""
        with self._driver.session(database=self.database) as session:
            session.run(layout.MIGRATE_NODES, sep=layout.SEP).consume()
            session.run(layout.MIGRATE_RELATIONSHIPS).consume()
            session.run(layout.DROP_LABEL_INDEX).consume()
        ns, after = self._namespaces(), ""
        while rows := self._read(layout.RESHAPE_PAGE, after=after, size=layout.RESHAPE_NODES):
            changed = [{"uri": row["uri"], "props": props} for row in rows
                       if (props := layout.reshaped(row["props"], ns)) is not None]
            if changed:
                self._write(lambda tx: tx.run(layout.RESHAPE_WRITE, rows=changed).consume())
            after = rows[-1]["uri"]
        self.set_mark(layout.LAYOUT_MARK, layout.LAYOUT)

    def _set_up(self, statement: str) -> None:
        """One statement setting up the database (``CREATE … IF NOT EXISTS``, ``CALL db.awaitIndexes``). Two stores
        opening a database that lacks a rule both create it (two ``okg ingest`` at once; the first writes of two
        stores, which open the name index: ``tests/faults/test_race.py`` on a fresh server), and Neo4j then refuses
        one, ``IF NOT EXISTS`` notwithstanding, as an equivalent rule already there
        (``Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists``, "general processing exception" in its GQL
        status), while the other commits it: that one is run again and finds the rule there. Any other refusal is a
        StoreError saying so."""
        delay = READ_RETRY_DELAY
        for attempt in range(SCHEMA_RETRIES + 1):
            try:
                self._driver.execute_query(statement, database_=self.database)
                return
            except (ServiceUnavailable, SessionExpired) as exc:
                raise StoreError(f"Neo4j at {self.uri} is unreachable: {_one_line(exc)}") from exc
            except Neo4jError as exc:
                if not (exc.code or "").endswith("AlreadyExists") or attempt == SCHEMA_RETRIES:
                    raise StoreError(f"Neo4j at {self.uri} refused to set up the store: {exc.message}") from exc
            time.sleep(delay)
            delay = min(2 * delay, 1.0)

    def _set_up_all(self, statements: Iterable[str]) -> None:
        """:meth:`_set_up` each statement in turn, but for a ``CREATE … IF NOT EXISTS`` of a rule the database
        already has by that name (:func:`graph.neo4j_layout.created_rule`), which would do nothing: the rules'
        names are read once (a read each of constraints and indexes) instead of a schema statement a rule: the 10
        rules of a store and its name index took 76 ms, now 23 ms, on each store opened (round 25)."""
        statements = list(statements)
        kinds = {rule[0] for statement in statements if (rule := layout.created_rule(statement))}
        have = {(kind, row["name"]) for kind in sorted(kinds) for row in self._read(layout.RULES[kind])}
        for statement in statements:
            if layout.created_rule(statement) not in have:
                self._set_up(statement)

    @classmethod
    def from_env(cls) -> Neo4jStore:
        """NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; OKG_NEO4J_TIMEOUT (seconds a
        read may run) and OKG_NEO4J_RETRY_TIME (seconds transient errors are retried)."""
        from graph.settings import GraphSettings

        return cls.from_settings(GraphSettings.from_env())

    @classmethod
    def from_settings(cls, settings: GraphSettings) -> Neo4jStore:
        """The store :class:`graph.settings.GraphSettings` names (bolt://127.0.0.1:7687 without NEO4J_URI)."""
        return cls(settings.neo4j_uri or "bolt://127.0.0.1:7687", settings.neo4j_user, settings.neo4j_password,
                   settings.neo4j_database, timeout=settings.neo4j_timeout, retry_time=settings.neo4j_retry_time)

    def close(self) -> None:
        search_index.close(self)
        self._driver.close()

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """One statement in an auto-commit read transaction with the store's time limit: one round trip,
        where a managed transaction (``execute_read``) takes three (BEGIN; RUN and PULL; COMMIT): the version
        look-up a kept answer costs measured p50 3.7 → 3.0 ms, p99 40 → 13 ms at 1M triples under load. Errors
        the driver would retry in a managed transaction (transient ones, a pooled connection gone stale) are
        retried as it does, for up to ``retry_time``."""
        deadline, delay = time.monotonic() + self.retry_time, READ_RETRY_DELAY
        while True:
            try:
                with self._driver.session(database=self.database, default_access_mode=READ_ACCESS) as session:
                    return [_row(record) for record in session.run(Query(query, timeout=self.timeout), params)]
            except (DriverError, Neo4jError) as exc:
                if exc.is_retryable() and time.monotonic() + delay < deadline:
                    time.sleep(delay)
                    delay = min(2 * delay, 1.0)
                    continue
                if isinstance(exc, (ServiceUnavailable, SessionExpired)):
                    raise StoreError(f"Neo4j at {self.uri} is unreachable: {_one_line(exc)}") from exc
                if isinstance(exc, Neo4jError):
                    raise StoreError(f"read from Neo4j at {self.uri} failed: {exc}") from exc
                raise

    def _write(self, work: Callable[[ManagedTransaction], Any]) -> Any:
        """One write transaction; the driver retries transient errors for a bounded time."""
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work)
        except TransientError as exc:
            raise StoreError(f"write to Neo4j at {self.uri} gave up after {self.retry_time:g} s of transient "
                             f"errors ({exc.code or exc}), nothing was written; retry later") from exc
        except (ServiceUnavailable, Neo4jError) as exc:
            raise StoreError(f"write to Neo4j at {self.uri} failed, nothing was written: "
                             f"{_one_line(exc)}") from exc

    # --- writes ---

    def _namespaces(self) -> n10s.Namespaces:
        return layout.prefix_table(self._read(layout.PREFIXES))

    def version(self) -> str:
        """``"<epoch>:<count>"`` of the version node every write transaction bumps, whichever
        process wrote: one indexed look-up."""
        row = self._read(layout.VERSION)[0]
        return layout.version(row["epoch"], row["count"])

    def report_hash(self, report: URIRef) -> str | None:
        return self._hashes([str(report)]).get(str(report))

    def _hashes(self, uris: list[str]) -> dict[str, str | None]:
        return {row["g"]: row["hash"] for row in self._read(layout.HASHES, gs=uris)}

    def _replace_report(self, report: URIRef, graph: Graph, content_hash: str) -> None:
        self._write_graphs([(str(report), graph, content_hash)])

    def _replace_graphs(self, writes: list[tuple[URIRef, Graph | None, str]]) -> None:
        self._write_graphs([(str(report), graph, content_hash) for report, graph, content_hash in writes])

    def upsert_report(self, report: URIRef, graph: Graph, content_hash: str) -> UpsertOutcome:
        """One transaction: the stored hash is read under the graph's lock, and an unchanged
        report is left as it is."""
        existed = self._write_graphs([(str(report), graph, content_hash)], unchanged=True)
        return "unchanged" if existed is None else "replaced" if existed else "inserted"

    def upsert_reports(self, items: Iterable[tuple[URIRef, Graph, str]],
                       expected: Mapping[str, str | None] | None = None) -> list[UpsertOutcome]:
        """One hash look-up for all, then transactions of up to BATCH_TRIPLES triples: fewer commits, each
        report still whole or not at all. The next group's rows are built while the server writes the current
        one, and each group's names are written in a transaction of their own while the server writes the next
        group (:func:`graph.search_neo4j.write_names_after`); the index is level when the call returns. A group that fails (a bad
        term, a write refused) is written again report by report: StoreError names the first report
        that cannot be written, those before it are stored. Each transaction checks, under its graphs'
        locks, that they are stored as that look-up found them (:class:`graph.neo4j_write.Changed`): when
        another writer came between, the reports not yet written are looked up and decided again, so each
        outcome is what the store held when the report was written. A report stored otherwise than
        ``expected`` is not written (``changed``, :func:`graph.backends.unexpected`)."""
        items = list(items)
        outcomes: list[UpsertOutcome] = ["unchanged"] * len(items)
        todo = list(range(len(items)))
        for _ in range(CREATE_RETRIES + 1):
            old = self._hashes(sorted({str(items[i][0]) for i in todo}))
            pending: dict[str, tuple[str, Graph, str]] = {}
            for i in todo:
                report, graph, content_hash = items[i]
                before = old.get(str(report))
                if before == content_hash or unexpected(expected, str(report), before, content_hash):
                    outcomes[i] = "unchanged" if before == content_hash else "changed"
                    continue
                outcomes[i] = "inserted" if before is None else "replaced"
                pending[str(report)] = (str(report), graph, content_hash)  # the last version of a report wins
            left = set(self._write_groups(list(pending.values()), old))
            todo = [i for i in todo if str(items[i][0]) in left]
            if not todo:
                return outcomes
        raise StoreError(f"{len(todo)} report(s) not written: other writers wrote them each time they were looked up "
                         f"({', '.join(sorted({str(items[i][0]) for i in todo})[:3])}); run again")

    def _write_groups(self, pending: list[tuple[str, Graph, str]], old: dict[str, str | None]) -> list[str]:
        """Write ``pending`` in groups (:meth:`upsert_reports`), each expecting its graphs stored as ``old`` says;
        the graphs left unwritten because another writer wrote one of their group meanwhile."""
        groups: list[list[tuple[str, Graph | None, str]]] = []
        size = 0
        first = FIRST_GROUP_TRIPLES if sum(len(graph) for _, graph, _ in pending) > BATCH_TRIPLES else BATCH_TRIPLES
        for entry in pending:
            if not groups or size + len(entry[1]) > (BATCH_TRIPLES if len(groups) > 1 else first):
                groups.append([])
                size = 0
            groups[-1].append(entry)
            size += len(entry[1])
        if not groups:
            return []
        left: list[str] = []
        moves: list[tuple[str, str]] = []  # the versions each transaction moved the store between, in any order
        # The next group's rows are built while the server writes the current group, and each group's names are
        # written in a transaction of their own while the server writes the next group (docs/design.md, round 36).
        with gc_pause.paused(), ThreadPoolExecutor(1) as builder, ThreadPoolExecutor(1) as namer:
            named: list[Future[tuple[str, str]]] = []
            ahead = builder.submit(self._prepare, groups[0])
            names = self._names()  # meanwhile: opened (and levelled) before the first group commits
            try:
                for n, group in enumerate(groups):
                    try:
                        batch: write.Batch | None = ahead.result()
                    except StoreError:  # a bad term: written report by report, the first bad one says which
                        batch = None
                    if n + 1 < len(groups):
                        ahead = builder.submit(self._prepare, groups[n + 1])
                    if batch is not None:
                        try:
                            self._commit(group, names, batch, expect={g: old.get(g) for g, _, _ in group},
                                         moves=moves, apart=True)
                            named.append(namer.submit(self._write_names, batch))
                            continue
                        except write.Changed:
                            return [g for later in groups[n:] for g, _, _ in later]
                        except StoreError:
                            if len(group) == 1:
                                raise
                    for one in group:
                        try:
                            self._commit([one], names, expect={one[0]: old.get(one[0])}, moves=moves)
                        except write.Changed:
                            left.append(one[0])
            finally:
                moves += [done.result() for done in named]  # the names are level when the call returns
                for before, after in sorted(moves, key=lambda move: int(move[1].rpartition(":")[2])):
                    self._wrote(before, after)
                if named:
                    names.written()
        return left

    def _write_names(self, batch: write.Batch) -> tuple[str, str]:
        """The names of a group of graphs committed just before (:func:`graph.search_neo4j.write_names_after`)."""
        from graph.search_neo4j import write_names_after

        stated, _ = batch.name_rows()
        return self._write(lambda tx: write_names_after(tx, stated))

    def _prepare(self, items: list[tuple[str, Graph | None, str]]) -> write.Batch:
        return write.prepare(items, self._prefixes)

    def _names(self) -> Neo4jNames:
        """The name index, opened and levelled (:func:`graph.search_index.index`) before a write that
        states names in its own transaction."""
        from graph.search_neo4j import Neo4jNames

        names = search_index.index(self)
        assert isinstance(names, Neo4jNames), names
        return names

    def _write_graphs(self, items: list[tuple[str, Graph | None, str]], unchanged: bool = False) -> bool | None:
        """:meth:`_commit` with the name index opened first."""
        names = self._names()
        with gc_pause.paused():
            return self._commit(items, names, unchanged=unchanged)

    def _commit(self, items: list[tuple[str, Graph | None, str]], names: Neo4jNames, batch: write.Batch | None = None,
                unchanged: bool = False, expect: dict[str, str | None] | None = None,
                moves: list[tuple[str, str]] | None = None, apart: bool = False) -> bool | None:
        """One transaction: replace each graph by its new triples (None: delete it), and its names in
        the name index. The graphs' bookkeeping nodes are locked first, so a concurrent writer of the
        same graph waits and then replaces this version whole; a writer that meets a node another one
        created in the meantime runs again. True if any graph was there before; None when
        ``unchanged`` let a graph already stored with its hash be; :class:`graph.neo4j_write.Changed` (nothing
        written) when a graph ``expect`` names is stored with another hash. With ``moves`` the versions the commit moved the store
        between are added to it, for the caller to record in order; with ``apart`` the graphs' names are left to a
        transaction of their own (:meth:`_write_names`)."""
        gs = sorted({g for g, _, _ in items})
        prepared = batch or self._prepare(items)
        for attempt in range(CREATE_RETRIES + 1):
            try:
                existed, self._prefixes, moved = self._write(lambda tx: write.write(
                    tx, prepared, lambda table: write.prepare(items, table), unchanged, expect, not apart))
                if existed is not None and not apart:
                    names.written()
                if moved is not None and moves is not None:
                    moves.append(moved)
                elif moved is not None:
                    self._wrote(*moved)
                return existed
            except StoreError as exc:
                if not isinstance(exc.__cause__, ConstraintError) or attempt == CREATE_RETRIES:
                    raise StoreError(f"graph <{gs[0]}>: {exc}" if len(gs) == 1 else f"{len(gs)} graphs: {exc}") \
                        from exc
        raise AssertionError("unreachable")

    def delete_report(self, report: URIRef) -> bool:
        return bool(self._write_graphs([(str(report), None, "")]))

    # --- primitives ---

    def counts(self) -> dict[str, int]:
        ns = self._namespaces()
        counts = dict(self._read(layout.COUNTS, skip=layout.BOOKKEEPING)[0])
        for row in self._read(layout.TYPE_COUNTS):
            iri = ns.iri(row["type"])
            if iri.startswith(OKG_NS):
                counts[iri[len(OKG_NS):]] = row["n"]
        return counts

    def law_rows(self, laws: list[str] | None = None) -> list[LawRow]:
        if laws is not None and not laws:
            return []
        ns = self._namespaces()
        found = self._read(layout.LAW_ROWS) if laws is None else self._read(views.LAW_ROWS_OF, laws=laws)
        return [LawRow(**{k: _plain(v, ns) for k, v in row.items()}) for row in found]

    def describe_rows(self, iris: list[str] | None, cls: str | None, keys: tuple[str, ...] | None,
                       bulky: bool) -> Iterable[tuple[str, str, str, Any]]:
        skip = layout.BOOKKEEPING + ([] if bulky else sorted(BULKY))
        wanted = [str(predicate(k)) for k in keys] if keys is not None else None
        # the keys' names without the table's prefixes, to ask for; the exact names once the table is read
        locals_ = [n10s.Namespaces().name(iri).rpartition("__")[2] for iri in wanted] if wanted is not None else None
        rows = self._read(cypher.describe(cls, iris is not None), iris=iris, locals=locals_, skip=skip)
        ns = layout.prefix_table(row for row in rows if row["iri"] is None)
        names = {ns.name(iri) for iri in wanted} if wanted is not None else None
        for row in rows:
            iri = row["iri"]
            if iri is None or iri.startswith(n10s.GENID):  # a blank node: the embedded store describes none
                continue
            for label in row["types"]:
                if "__" not in label:
                    yield iri, "type", label, None
            for stored_key, value in row["props"]:
                key = n10s.statement_key(stored_key)
                if names is not None and key not in names:
                    continue
                for item in value if isinstance(value, list) else [value]:
                    yield iri, "prop", local_name(ns.iri(key)), plain(n10s.literal(item, ns))
            for kind, target in row["rels"]:
                if (names is None or kind in names) and not target.startswith(n10s.GENID):
                    yield iri, "rel", local_name(ns.iri(kind)), target

    def edges(self, iris: list[str] | None) -> list[Edge]:
        if iris is not None and not iris:
            return []
        query = cypher.ALL_EDGES if iris is None else cypher.EDGES_AROUND
        return self._edges(self._read(query, iris=iris))

    def bounded_edges(self, iris: list[str], most: int) -> dict[str, list[Edge]]:
        if not iris:
            return {}
        rows = [row for row in self._read(cypher.BOUNDED_EDGES, iris=iris, most=most) if row["found"]]
        ns = self._relation_prefixes([e for row in rows for e in row["found"]])
        return {row["n"]: self._edges(row["found"], ns) for row in rows}

    def first_neighbour_edges(self, iri: str, most: int) -> list[Edge]:
        return self._edges(self._read(cypher.FIRST_NEIGHBOUR_EDGES, iri=iri, first=most))

    def walk_edges(self, iri: str, first: int, most: int,
                   skip: Collection[str]) -> Generator[tuple[str, list[Edge]], None, None]:
        """One query (:data:`graph.cypher.WALK_EDGES`) pulled :data:`WALK_FETCH` rows at a time: a walk's
        first two levels took one round trip per step (three to four, each as long as the reading). An
        auto-commit statement, as :meth:`_read`: no BEGIN and COMMIT round trips around the pulls."""
        try:
            with self._driver.session(database=self.database, default_access_mode=READ_ACCESS,
                                      fetch_size=WALK_FETCH) as session:
                query = Query(cypher.WALK_EDGES, timeout=self.timeout)
                for record in session.run(query, iri=iri, first=first, most=most, skip=sorted(skip)):
                    yield record["n"], self._edges(record["found"])
        except ServiceUnavailable as exc:
            raise StoreError(f"Neo4j at {self.uri} is unreachable: {_one_line(exc)}") from exc
        except Neo4jError as exc:
            raise StoreError(f"read from Neo4j at {self.uri} failed: {exc}") from exc

    def _edges(self, rows: list[dict[str, Any]], ns: n10s.Namespaces | None = None) -> list[Edge]:
        """Edges from rows of ``s``, ``t`` (the relationship type) and ``o``, between IRIs only: a skolemised
        blank node (:data:`graph.n10s.GENID`, the ontology's lists and restrictions) is a node here but a
        blank node in RDF, and the embedded store's edges join IRIs (``isIRI``), so the projection, its GraphML
        and CSV, analytics and walks hold the same nodes on both stores."""
        ns = ns or self._relation_prefixes(rows)
        return [(row["s"], local_name(ns.iri(row["t"])), row["o"]) for row in rows
                if not (row["s"].startswith(n10s.GENID) or row["o"].startswith(n10s.GENID))]

    def _relation_prefixes(self, rows: list[dict[str, Any]]) -> n10s.Namespaces:
        """The prefix table the rows' relationship types need: read from the store only when a type has a
        prefix; the okg terms, every relationship the reports state, have none (a walk read it 8 times)."""
        return self._namespaces() if any("__" in row["t"] for row in rows) else n10s.Namespaces()

    def graph_hashes(self) -> dict[str, str]:
        return {row["g"]: row["hash"] for row in self._read(layout.ALL_HASHES)}

    def mark(self, key: str) -> str | None:
        found = self._read(marks.NEO4J_READ, key=key)
        return found[0]["value"] if found else None

    def set_mark(self, key: str, value: str | None) -> None:
        statement = marks.NEO4J_DROP if value is None else marks.NEO4J_WRITE
        self._write(lambda tx: tx.run(statement, key=key, value=value).consume())

    def kept_view(self, name: str) -> bytes | None:
        found = self._read(views.KEPT_READ, name=name)
        return bytes(found[0]["data"]) if found and found[0]["data"] is not None else None

    def keep_view(self, name: str, data: bytes) -> None:
        """A byte array property of one ``:_OkgKept`` node, written in one transaction (no version bump: whoever writes
        the graph next moves the version, and the view kept here is then stale)."""
        self._write(lambda tx: tx.run(views.KEPT_WRITE, name=name, data=bytearray(data)).consume())

    def graph_terms(self, graphs: list[str] | None) -> dict[str, set[str]]:
        if graphs is not None and not graphs:
            return {}
        found = self._read(views.GRAPH_TERMS) if graphs is None else self._read(views.GRAPH_TERMS_OF, gs=graphs)
        return {row["g"]: set(row["nodes"] or ()) for row in found}

    def open_name_index(self) -> NameIndex:
        from graph.search_neo4j import Neo4jNames

        return Neo4jNames(self._read, self._write, self._set_up_all)

    def named_graph(self, iri: URIRef) -> Graph | None:
        if not self._hashes([str(iri)]):
            return None
        g = str(iri)
        graphs = layout.named_graphs(self._read(layout.NODES_OF_GRAPH, g=g),
                                     self._read(layout.RELATIONSHIPS_OF_GRAPH, g=g), self._namespaces())
        return graphs.get(g, Graph())

    def report_graphs(self) -> Iterator[tuple[URIRef, Graph]]:
        ns = self._namespaces()
        graphs = layout.named_graphs(self._read(layout.GRAPH_NODES), self._read(layout.GRAPH_RELATIONSHIPS), ns)
        for g in sorted(graphs):
            yield URIRef(g), graphs[g]

    def cypher(self, query: str, parameters: dict[str, Any] | None = None,
               limits: QueryLimits | None = None) -> list[dict[str, Any]]:
        """Refused unless the plan only reads (:func:`graph.cypher.plan_refusal`); then run in a read
        transaction in a child process (:mod:`graph.cypher_worker`), rows pulled one at a time up
        to ``limits`` and one past them. Raises :class:`QueryError` for what the query asks (a
        refusal, its syntax, an error as it runs, a limit) and :class:`StoreError` when Neo4j fails."""
        if refusal := cypher.text_refusal(query):
            raise QueryError(refusal)
        try:
            plan = self._driver.execute_query(cypher.EXPLAIN + query, parameters or {}, database_=self.database,
                                              routing_="r").summary
        except ServiceUnavailable as exc:
            raise StoreError(f"Neo4j at {self.uri} is unreachable: {_one_line(exc)}") from exc
        except Neo4jError as exc:
            if not cypher.is_users(exc.code):
                raise StoreError(f"Neo4j at {self.uri} failed to read the query's plan: {exc}") from exc
            raise QueryError(cypher.user_error(exc.code, exc.message or str(exc))) from exc
        except (ValueError, TypeError, OverflowError) as exc:  # the driver cannot send a parameter
            raise QueryError(f"a parameter is refused: the driver cannot send it to Neo4j ({exc}); send "
                             "JSON numbers, text, lists and maps") from exc
        refusal = cypher.plan_refusal(str(plan.query_type), plan.plan or {})
        if refusal:
            raise QueryError(refusal)
        return cypher_worker.read(self._connection, query, parameters or {}, limits or QueryLimits(), self.timeout)

    def cypher_columns(self, query: str, parameters: dict[str, Any] | None = None) -> list[str]:
        """The columns a read-only query :meth:`cypher` ran declares, in its order (the driver's ``keys()`` of its
        plan: nothing runs), so an answer with no row still names them. Raises as :meth:`cypher` does."""
        try:
            return list(self._driver.execute_query(cypher.EXPLAIN + query, parameters or {}, database_=self.database,
                                                   routing_="r").keys)
        except ServiceUnavailable as exc:
            raise StoreError(f"Neo4j at {self.uri} is unreachable: {_one_line(exc)}") from exc


_GRAPH_TYPES = (Node, Relationship, Path)


def _row(record: Record) -> dict[str, Any]:
    """A record as ``{key: value}``: the values as the driver gives them (the store's statements return
    strings, numbers, lists and maps), a node, relationship or path returned as a column as
    :meth:`neo4j.Record.data` turns it into plain data. ``data()`` itself walks every value with abstract
    type checks: 5.9 CPU-ms for the 201 nodes a cold neighbourhood describes at 1M triples, 1.5 this way."""
    if any(isinstance(value, _GRAPH_TYPES) for value in record.values()):
        return record.data()
    return dict(record.items())


def _plain(stored: Any, ns: n10s.Namespaces) -> Any:
    """A stored value (or the least of a list of them) as the plain value both stores answer with."""
    if stored is None:
        return None
    if isinstance(stored, list):
        return min((_plain(item, ns) for item in stored), key=lambda v: (str(type(v)), v), default=None)
    return plain(n10s.literal(stored, ns))
