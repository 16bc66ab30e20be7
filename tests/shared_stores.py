"""Stores filled once per kind for the whole session, shared by the tests that only read them
(a module of its own: ``conftest`` is not importable by name).

Filling a store (the samples through ``ingest``, or the sample graphs and the catalog) costs
seconds each time, most of it on Neo4j, so tests that only read share one store of each kind
instead of filling a fresh one per module. A test that writes takes :meth:`SharedStore.writable`:
on the embedded store a copy (an Oxigraph backup: hard links, nothing filled again), on Neo4j the
shared database itself, the reports it added taken out again afterwards (filled anew when anything
else changed). Neo4j has one database per server, which other tests wipe unless the store has a server
of its own (the API samples: ``readers_neo4j_server``), so a shared Neo4j store is filled again whenever
the database no longer holds exactly what was filled; :func:`state` is
that check, and also the guard, after each module and at the end of the session, that a reader
wrote nothing.
"""
from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from rdflib import URIRef

from graph import Store

NEO4J_DUMP = ("MATCH (n) WHERE $version OR NOT n:_OkgLock "
              "OPTIONAL MATCH (n)-[r]->(m) WITH n, collect([type(r), m.uri, r.graphs]) AS out RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props, out ORDER BY uri")
# Marks (:_OkgMark, graph.marks) are the store's notes about itself outside its graphs, as the embedded store's
# okg-marks.json lies outside its quads: opening a store may write one (the layout's, the reference check's).
NEO4J_TOTALS = ("MATCH (n) WHERE NOT n:_OkgMark RETURN count(n), sum(size(labels(n))), sum(size(keys(n)))",
                "MATCH ()-[r]->() RETURN count(r), sum(size(keys(r))), sum(size(coalesce(r.graphs, [])))")


def digest(store: Store, version: bool = True) -> str:
    """A digest of the whole stored graph (every quad and the counts, or every node with its labels, properties and
    edges, and every constraint); without ``version``, Neo4j's write counter (the ``_OkgLock`` node every write bumps)
    left out. Neo4j's counts are not added: every one of them (reports, triples, nodes per label) is a sum over the
    nodes the dump holds whole, and reading them made a digest of the samples 0.75 s, not 0.66 s (round 25). A node's
    labels, properties and edges are compared as sets, as a graph holds them: Neo4j returns a map's keys and a collected
    list in no fixed order, and the same graph read back with one node's properties reordered had failed a shared
    store's restore, so the next reader filled the samples again (8–15 CPU-s; 7 of 17 writer modules, round 49)."""
    from graph.backends.embedded import EmbeddedStore

    if isinstance(store, EmbeddedStore):
        dump = f"{store.counts()}{store.export('nq')}"
    else:
        driver = store._driver  # type: ignore[attr-defined] - the test reads past the /cypher guard
        nodes = sorted(repr((row["uri"], sorted(row["labels"]), sorted(row["props"].items()), sorted(map(repr, row["out"]))))
                       for row in driver.execute_query(NEO4J_DUMP, version=version).records)
        constraints = sorted(row["name"] for row in driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name").records)
        dump = f"{nodes}{constraints}"
    return hashlib.sha256(dump.encode()).hexdigest()


def state(store: Store) -> str:
    """A cheaper check than :func:`digest`, for every module: the reports' content hashes,
    the counts per class, and the totals of quads (embedded) or of nodes, labels, properties,
    edges and their graphs (Neo4j): a write that adds, removes or relabels anything changes it."""
    from graph.backends.embedded import EmbeddedStore

    if isinstance(store, EmbeddedStore):
        totals: object = len(store._db)  # type: ignore[attr-defined]
    else:
        driver = store._driver  # type: ignore[attr-defined]
        totals = [driver.execute_query(q).records[0].values() for q in NEO4J_TOTALS]
    hashes = {row["iri"]: store.report_hash(URIRef(row["iri"])) for row in store.reports()}
    return f"{hashes} {store.counts()} {totals}"


def wipe(db: Store) -> None:
    """Empty the Neo4j database of ``db`` (the session's server, shared by every test)."""
    db._driver.execute_query("MATCH (n) DETACH DELETE n")  # type: ignore[attr-defined]


def wipe_but_reference(db: Store) -> None:
    """Empty ``db`` but the reference graphs (ontology and law catalog, ``api.ingest.REFERENCE_GRAPHS``) when it holds
    both as ingest writes them: every other graph deleted in one write through the store, and the mark of
    ``ensure_reference_graphs`` carried past it (``carry_reference_mark``), so the next ingest finds them as written
    and writes the reports alone. Writing them into an emptied Neo4j took 9.5 JVM CPU-s where 11 samples take 2.4
    (round 48); for tests not about them. Anything else (no reference graphs, or not as written): :func:`wipe`."""
    from api.ingest import REFERENCE_GRAPHS, carry_reference_mark

    reference = {str(iri) for iri, _, _ in REFERENCE_GRAPHS}
    stored = db.graph_hashes()
    if not all(len(stored.get(iri, "").split()) == 2 for iri in reference):  # "<sources' digest> <content hash>"
        wipe(db)
        return
    with db.own_writes() as wrote:
        db.replace_graphs([(URIRef(iri), None, "") for iri in stored if iri not in reference])
    carry_reference_mark(db, wrote)


class SharedStore:
    """One store per kind (``"embedded"``, ``"neo4j"``) holding what ``fill`` writes into an empty
    one, opened and filled on first use. ``open_store(kind)`` makes an empty store of that kind,
    ``scratch()`` a new empty directory; ``fills`` counts the fills per kind."""

    def __init__(self, fill: Callable[[Store], object], open_store: Callable[[str], Store],
                 scratch: Callable[[], Path]) -> None:
        self._fill, self._open, self._scratch = fill, open_store, scratch
        self._stores: dict[str, Store] = {}
        self._states: dict[str, str] = {}
        self._digests: dict[str, str] = {}  # digest(version=False) of what the last fill wrote, taken at its first writer
        self.fills: dict[str, int] = {}

    def _store(self, kind: str) -> Store:
        if kind not in self._stores:
            self._stores[kind] = self._open(kind)
        return self._stores[kind]

    def read_only(self, kind: str) -> Store:
        """The shared store of ``kind`` holding exactly what was filled; the caller must not write."""
        db = self._store(kind)
        if kind not in self._states or state(db) != self._states[kind]:
            if kind == "neo4j":
                wipe(db)
            elif kind in self._states:
                raise AssertionError("the shared embedded store changed; a reader wrote to it")
            self._digests.pop(kind, None)
            self._fill(db)
            self.fills[kind] = self.fills.get(kind, 0) + 1
            self._states[kind] = state(db)
        return db

    def check_unchanged(self, kind: str, who: str) -> None:
        """Fail when the shared store of ``kind`` no longer holds what was filled."""
        assert state(self._stores[kind]) == self._states[kind], \
            f"{who} wrote to the shared {kind} store, which is for tests that only read"

    @contextlib.contextmanager
    def writable(self, kind: str) -> Iterator[Store]:
        """A store holding what was filled that the caller may write to: a copy, closed afterwards
        (embedded), or the shared database (Neo4j), the reports the caller added taken out again
        afterwards and filled anew for its next reader unless it then holds exactly what was filled."""
        if kind == "embedded":
            from graph.backends.embedded import EmbeddedStore

            with EmbeddedStore(self.copy_path()) as copy:
                yield copy
            return
        db = self.read_only(kind)
        # the fill's digest, taken once: a restored database equals it (the check in _restore), and a reader, which
        # writes nothing (no mark either: only ingest and moves write those), leaves it; one whole dump less a writer
        if kind not in self._digests:
            self._digests[kind] = digest(db, version=False)
        filled, reports = self._digests[kind], {row["iri"] for row in db.reports()}
        del self._states[kind]
        try:
            yield db
        finally:
            self._restore(db, filled, reports)

    def _restore(self, db: Store, filled: str, reports: set[str]) -> None:
        """Take the reports a writer added out of the shared Neo4j database again; when the whole
        graph (:func:`digest`, all but the write counter) is then as filled, its next reader needs
        no refill (~10 s of Neo4j writes). Anything else the writer changed leaves it to be filled anew."""
        with contextlib.suppress(Exception):  # a writer may leave the store unusable: it is filled anew then
            for row in db.reports():
                if row["iri"] not in reports:
                    db.delete_report(URIRef(row["iri"]))
            if digest(db, version=False) == filled:
                self._states["neo4j"] = state(db)


    def copy_path(self) -> Path:
        """The directory of a copy of the embedded store, not open, e.g. for an ``okg serve`` child."""
        target = self._scratch() / "copy"
        self.read_only("embedded")._db.backup(str(target))  # type: ignore[attr-defined]
        return target

    def close(self) -> None:
        """Close the stores; the embedded one must still hold what was filled (Neo4j's database
        is wiped by other tests meanwhile: its readers are checked one module at a time)."""
        if "embedded" in self._states:
            self.check_unchanged("embedded", "a test of this session")
        for db in self._stores.values():
            db.close()
