"""Store writes of the same report graphs, each against its baseline, in interleaved rounds.

- **embedded**: ``EmbeddedStore.upsert_report`` (one transaction per report, as
  ``okg ingest`` writes) and ``upsert_reports`` against Oxigraph's ``bulk_load``
  of the same quads as N-Quads (prepared before the clock starts), into a new
  directory each run; beside them the replacement of every stored report by a
  changed version of itself (:func:`changed`: a re-ingest after the extractor or
  the report changed), ``upsert_report`` on a store holding the corpus (written
  before the clock starts); CPU time of this process (Oxigraph's threads included).
- **Neo4j**: ``Neo4jStore.upsert_report`` per report and ``upsert_reports``
  grouped, against rdflib-neo4j (the Neo4j Labs RDFLib store, batched, IGNORE
  vocabulary strategy: bare local names, no named graphs, lossy) on the same
  triples and the same server, the database emptied before each run; wall
  time (client and server work together), and for each run the CPU seconds of this
  process (building rows, encoding Bolt messages; rdflib-neo4j's work) and of the
  server's JVM (when it runs on this machine), so a wall ratio can be read as who
  worked how much. Beside them the driver's floor: the
  same triples as bare ``UNWIND … MERGE`` statements per label set and
  relationship type, in groups of the size ``upsert_reports`` commits, without
  provenance, prefixes or the name index.
- **Neo4j bulk**: a first load by ``okg neo4j import`` (import files, ``neo4j-admin database
  import``, the server restarted, its indexes made) against ``upsert_reports`` of the same graphs
  into the same empty database, on a server of its own; wall time of the whole load.
"""
from __future__ import annotations

import gc
import os
import shutil
import statistics
import time
from collections import defaultdict
import tempfile
from collections.abc import Callable
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef

from benchmarks.common import Row, neo4j_memory, wipe_neo4j
from benchmarks.rounds import Contender, measure, rows
from graph.terms import OKG_NS
from loaders import ReportGraph

WARM_REPORTS = 10  # the warm-up run of each contender writes this many reports
# On Neo4j it writes at least a tenth of the corpus: ten reports left rdflib-neo4j's server work cold (25.9
# server CPU-s at 100k on a fresh server against 4-8 s once warm), so its wall ratios hung on the order.
NEO4J_WARM_SHARE = 10  # the divisor: len(graphs) // NEO4J_WARM_SHARE reports


def embedded(graphs: list[ReportGraph], rounds: int) -> list[Row]:
    """Our embedded writes against ``bulk_load`` (triples per CPU-second)."""
    import pyoxigraph as ox

    from graph.backends.embedded import EmbeddedStore

    work = Path(tempfile.mkdtemp(prefix="okg-bench-writes-"))
    data = _nquads(graphs)
    gc.collect()  # the Dataset it was made from: cyclic garbage, collected now rather than on a contender's clock

    def fresh() -> Path:
        shutil.rmtree(work / "db", ignore_errors=True)
        return work / "db"

    def per_report(items: list[ReportGraph]) -> None:
        with EmbeddedStore(fresh()) as store:
            for g in items:
                store.upsert_report(g.iri, g.graph, g.content_hash)

    def grouped(items: list[ReportGraph]) -> None:
        with EmbeddedStore(fresh()) as store:
            store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in items])

    later = [changed(g) for g in graphs]
    held: list[EmbeddedStore] = []

    def stored() -> None:  # the corpus as first written, not timed
        store = EmbeddedStore(fresh())
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in graphs])
        held[:] = [store]

    def replace(items: list[tuple[URIRef, Graph, str]]) -> None:
        with held.pop() as store:
            for iri, graph, content_hash in items:
                if store.upsert_report(iri, graph, content_hash) != "replaced":
                    raise AssertionError(f"{iri} was not replaced")

    def bulk() -> None:
        db = ox.Store(str(fresh()))
        db.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        db.flush()
        del db

    few = graphs[:WARM_REPORTS]
    try:
        seconds = measure([
            Contender("embedded upsert_report", lambda: per_report(graphs), warm=lambda: per_report(few)),
            Contender("embedded upsert_reports", lambda: grouped(graphs), warm=lambda: grouped(few)),
            Contender("oxigraph bulk_load", bulk),
            Contender("embedded replace (upsert_report, changed)", lambda: replace(later), stored,
                      lambda: replace(later[:WARM_REPORTS])),
        ], rounds, "cpu")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows(seconds, "oxigraph bulk_load", _triples(graphs), "triples", "cpu", reports=len(graphs))


#: Facts of a report :func:`changed` drops (literal values: a title or count the extractor now reads otherwise).
DROPPED_FACTS = 3


def changed(g: ReportGraph) -> tuple[URIRef, Graph, str]:
    """A later reading of ``g``'s report, as a re-ingest after the extractor or the report changed gives it, with a
    new hash: :data:`DROPPED_FACTS` of its literal facts dropped, one node retyped (its okg class swapped for the next
    of the classes the report uses, so an activity's kind or a shared law's class changes), and a node added with its
    type, label and link to the report (3 facts). The facts are chosen in sorted order, the same every run."""
    triples = sorted(g.graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    typed = [(s, o) for s, p, o in triples if p == RDF.type and str(o).startswith(OKG_NS)]
    classes = sorted({o for _, o in typed})
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    for triple in [t for t in triples if isinstance(t[2], Literal)][:DROPPED_FACTS]:
        graph.remove(triple)
    if len(classes) > 1:
        node, cls = typed[len(typed) // 2]
        graph.remove((node, RDF.type, cls))
        graph.add((node, RDF.type, classes[(classes.index(cls) + 1) % len(classes)]))
    added = URIRef(f"{g.iri}/added")
    graph.add((added, RDF.type, classes[0] if classes else URIRef(OKG_NS + "Activity")))
    graph.add((added, RDFS.label, Literal("新增的事实", lang="zh")))
    graph.add((added, URIRef(OKG_NS + "statedIn"), g.iri))
    return g.iri, graph, f"{g.content_hash}-changed"


def _nquads(graphs: list[ReportGraph]) -> bytes:
    """The graphs as one N-Quads text, by rdflib: the baseline's input, made before its clock starts. The
    Dataset it is made from is dropped on return: kept through the rounds it made the objects Python's
    collector walks 1.05M instead of 0.71M at 100k triples, and a full collection 0.6-0.8 CPU-s instead of
    0.4, which falls only on contenders that allocate Python objects, never on ``bulk_load``."""
    quads = Dataset()
    for g in graphs:
        named = quads.graph(URIRef(g.iri))
        for triple in g.graph:
            named.add(triple)
    return quads.serialize(format="nquads").encode("utf-8")


def neo4j(graphs: list[ReportGraph], env: dict[str, str], rounds: int) -> list[Row]:
    """Our Neo4j writes, per report and grouped, against rdflib-neo4j (triples per second, wall)."""
    from graph.backends.neo4j import Neo4jStore

    store = Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    few = graphs[:max(WARM_REPORTS, len(graphs) // NEO4J_WARM_SHARE)]
    split = CpuSplit(env["NEO4J_URI"])

    def per_report(items: list[ReportGraph]) -> None:
        for g in items:
            store.upsert_report(g.iri, g.graph, g.content_hash)

    def grouped(items: list[ReportGraph]) -> None:
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in items])

    try:
        seconds = measure([
            Contender("neo4j upsert_report", split("neo4j upsert_report", lambda: per_report(graphs)),
                      lambda: wipe_neo4j(env), lambda: per_report(few)),
            Contender("neo4j upsert_reports", split("neo4j upsert_reports", lambda: grouped(graphs)),
                      lambda: wipe_neo4j(env), lambda: grouped(few)),
            Contender("rdflib-neo4j", split("rdflib-neo4j", lambda: rdflib_neo4j(graphs, env)),
                      lambda: wipe_neo4j(env), lambda: rdflib_neo4j(few, env)),
            Contender("driver floor (UNWIND … MERGE)", split("driver floor (UNWIND … MERGE)", lambda: floor(graphs, env)),
                      lambda: wipe_neo4j(env), lambda: floor(few, env)),
        ], rounds, "wall")
        wipe_neo4j(env)
    finally:
        store.close()
    out = rows(seconds, "rdflib-neo4j", _triples(graphs), "triples", "wall", reports=len(graphs))
    for row, name in zip(out, seconds):
        row.update(split.medians(name))
    return out


class CpuSplit:
    """CPU seconds of each timed run, of this process (every thread: building rows, encoding Bolt messages)
    and of the Neo4j server's process when it listens on this machine (found by the URI's port; none
    otherwise). Server CPU holds its garbage collection and background work (checkpoints, index merges)
    that fell in the run, the same for every contender."""

    def __init__(self, uri: str) -> None:
        port = urlsplit(uri).port
        self.server = next((psutil.Process(c.pid) for c in psutil.net_connections("tcp")
                            if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid), None)
        self.runs: dict[str, list[tuple[float, float | None]]] = defaultdict(list)

    def _server_cpu(self) -> float | None:
        if self.server is None:
            return None
        times = self.server.cpu_times()
        return times.user + times.system

    def __call__(self, name: str, work: Callable[[], object]) -> Callable[[], None]:
        """``work`` that records its CPU seconds under ``name``."""
        def run() -> None:
            client, server = time.process_time(), self._server_cpu()
            work()
            after = self._server_cpu()
            self.runs[name].append((time.process_time() - client,
                                    None if server is None or after is None else after - server))
        return run

    def medians(self, name: str) -> dict[str, float]:
        """``client_cpu_s`` and ``server_cpu_s``: medians over the runs of ``name`` (server when known)."""
        runs = self.runs[name]
        out = {"client_cpu_s": statistics.median(c for c, _ in runs)}
        if all(s is not None for _, s in runs):
            out["server_cpu_s"] = statistics.median(s for _, s in runs)  # type: ignore[type-var]
        return out


def neo4j_bulk(graphs: list[ReportGraph], rounds: int) -> list[Row]:
    """A first load in bulk (``okg neo4j import``: import files written, the server stopped,
    ``neo4j-admin database import``, the server started again, constraints and indexes) against the
    online grouped writes (``upsert_reports``) of the same graphs into the same empty database, on a
    server of its own (the bulk path restarts it); wall time of the whole load each."""
    from api import bulk_load, neo4j_runtime
    from graph.backends.neo4j import Neo4jStore

    home = Path(tempfile.mkdtemp(prefix="okg-bench-bulk-"))
    items = [(str(g.iri), g.graph, g.content_hash) for g in graphs]
    server = neo4j_runtime.start(home, memory=neo4j_memory())

    def env() -> dict[str, str]:
        return {"NEO4J_URI": server.uri, "NEO4J_USER": server.user, "NEO4J_PASSWORD": server.password}

    def online(these: list[tuple[str, Graph, str]]) -> None:
        with Neo4jStore(server.uri, server.user, server.password) as store:
            store.upsert_reports([(URIRef(g), graph, content_hash) for g, graph, content_hash in these])

    def bulk(these: list[tuple[str, Graph, str]]) -> None:
        nonlocal server
        server = bulk_load.load(server.home, these, neo4j_memory())

    few = items[:WARM_REPORTS]
    try:
        seconds = measure([
            Contender("neo4j upsert_reports (online)", lambda: online(items), lambda: wipe_neo4j(env()),
                      lambda: online(few)),
            Contender("neo4j bulk import (okg neo4j import)", lambda: bulk(items), lambda: wipe_neo4j(env()),
                      lambda: bulk(few)),
        ], rounds, "wall")
    finally:
        neo4j_runtime.stop(server)
        shutil.rmtree(home, ignore_errors=True)
    return rows(seconds, "neo4j upsert_reports (online)", _triples(graphs), "triples", "wall", reports=len(graphs))


def rdflib_neo4j(graphs: list[ReportGraph], env: dict[str, str]) -> None:
    """The baseline: every triple through rdflib-neo4j's store, batched, committed at the end."""
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStoreConfig
    from rdflib_neo4j import Neo4jStore as RdflibNeo4jStore

    config = Neo4jStoreConfig(
        auth_data={"uri": env["NEO4J_URI"], "database": os.environ.get("NEO4J_DATABASE") or "neo4j",
                   "user": env["NEO4J_USER"], "pwd": env["NEO4J_PASSWORD"]},
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    with redirect_stdout(StringIO()):  # rdflib-neo4j prints its progress
        target = Graph(store=RdflibNeo4jStore(config=config))
        for g in graphs:
            for triple in g.graph:
                target.add(triple)
        target.close(True)


def floor(graphs: list[ReportGraph], env: dict[str, str]) -> None:
    """The floor: each group's nodes MERGEd per label set with their literals (local names, lexical
    forms), then its relationships MERGEd per type, one transaction per group; nothing else."""
    from neo4j import GraphDatabase

    from graph.backends.neo4j import BATCH_TRIPLES

    groups: list[list[ReportGraph]] = [[]]
    for g in graphs:
        if groups[-1] and sum(len(x.graph) for x in groups[-1]) + len(g.graph) > BATCH_TRIPLES:
            groups.append([])
        groups[-1].append(g)
    with GraphDatabase.driver(env["NEO4J_URI"], auth=(env["NEO4J_USER"], env["NEO4J_PASSWORD"])) as driver:
        driver.execute_query("CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE")
        with driver.session() as session:
            for group in groups:
                nodes, edges = _floor_rows(group)
                session.execute_write(lambda tx: _floor_write(tx, nodes, edges))


def _floor_rows(group: list[ReportGraph]) -> tuple[dict[tuple[str, ...], list[dict[str, Any]]],
                                                     dict[str, list[dict[str, str]]]]:
    """Node rows per label set and relationship rows per type."""
    uris: set[str] = set()
    labels: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    edges: dict[str, list[dict[str, str]]] = defaultdict(list)
    for g in group:
        for s, p, o in g.graph:
            key = _local(p)
            uris.add(str(s))
            if isinstance(o, Literal):
                props[str(s)][key].append(str(o))
            elif p == RDF.type:
                labels[str(s)].add(_local(o))
            else:
                uris.add(str(o))
                edges[key].append({"s": str(s), "o": str(o)})
    nodes: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for uri in uris:
        nodes[tuple(sorted(labels[uri]))].append({"uri": uri, "props": dict(props[uri])})
    return nodes, edges


def _floor_write(tx: Any, nodes: dict[tuple[str, ...], list[dict[str, Any]]],
                 edges: dict[str, list[dict[str, str]]]) -> None:
    for labels, batch in nodes.items():
        set_labels = "".join(f" SET n:`{label}`" for label in labels)
        tx.run(f"UNWIND $rows AS row MERGE (n:Resource {{uri: row.uri}}){set_labels} SET n += row.props",
               rows=batch).consume()
    for kind, pairs in edges.items():
        tx.run(f"UNWIND $rows AS row MATCH (a:Resource {{uri: row.s}}) MATCH (b:Resource {{uri: row.o}}) "
               f"MERGE (a)-[:`{kind}`]->(b)", rows=pairs).consume()


def _local(iri: Any) -> str:
    text = str(iri)
    return text[max(text.rfind("#"), text.rfind("/"), text.rfind(":")) + 1:]


def _triples(graphs: list[ReportGraph]) -> int:
    return sum(len(g.graph) for g in graphs)


def run(graphs: list[ReportGraph], env: dict[str, str] | None, rounds: int,
        with_embedded: bool = True, only_bulk: bool = False) -> dict[str, Any]:
    """Both stores' rows (Neo4j only with ``env``, the embedded store only ``with_embedded``), and
    Neo4j's bulk load against its online writes (alone with ``only_bulk``)."""
    if only_bulk:
        return {"neo4j bulk": neo4j_bulk(graphs, rounds)}
    out: dict[str, Any] = {"embedded": embedded(graphs, rounds)} if with_embedded else {}
    if env is not None:
        out["neo4j"] = neo4j(graphs, env, rounds)
        out["neo4j bulk"] = neo4j_bulk(graphs, rounds)
    return out
