"""A copy to Neo4j stays within a small transaction memory limit, without a retry (round 45, newuser30 T2: 19
small reports, about 7k triples, met ``MemoryPoolOutOfMemoryError … 716.8 MiB`` twice). What was large was the
start of a write (:data:`graph.neo4j_write.BEGIN`) replacing a graph of many nodes, the law catalog's 1,038: its
UNION de-duplicated names keyed with the imported list of every graph's nodes, 169 MB for one graph.

The server is real, the fault tests' own (``owned_neo4j``, round 49: one server for both, where this module started
a second), its ``dbms.memory.transaction.total.max`` set low through the code that writes its configuration
(:func:`api.neo4j_runtime.render_config`); no retry time, so a transaction refused for memory fails the copy instead
of being run again."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers import TRANSACTION_LIMIT, OwnedServer
from rdflib import Graph, Literal, URIRef

from graph.backends.embedded import EmbeddedStore
from graph.backends.neo4j import Neo4jStore
from graph.canonical import content_hash
from graph.transfer import copy
from loaders import ReportGraph

pytestmark = pytest.mark.neo4j


@pytest.fixture()
def small_server(owned_neo4j: OwnedServer) -> Iterator[Neo4jStore]:
    """The owned server, emptied whole (the copies insert the law catalog too), as a store with no retry time."""
    conf = (owned_neo4j.home / "conf" / "neo4j.conf").read_text(encoding="utf-8")
    assert f"dbms.memory.transaction.total.max={TRANSACTION_LIMIT}\n" in conf
    owned_neo4j.wipe(keep_reference=False)
    server = owned_neo4j.server
    with Neo4jStore(server.uri, server.user, server.password, retry_time=0) as db:
        yield db


@pytest.fixture(scope="module")
def corpus() -> list[ReportGraph]:
    """The sample reports' graphs."""
    from api.cli import SAMPLES
    from loaders import load

    return [load(path) for path in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="module")
def catalog() -> ReportGraph:
    """The law catalog's graph."""
    from loaders.build.catalog import build_catalog

    return build_catalog()


def _embedded(path: Path, graphs: list[tuple[URIRef, Graph]]) -> EmbeddedStore:
    store = EmbeddedStore(path)
    for iri, graph in graphs:
        store.upsert_report(iri, graph, content_hash(graph))
    return store


def test_a_copy_and_a_copy_replacing_every_graph_stay_within_a_small_transaction_limit(
        small_server: Neo4jStore, corpus: list[ReportGraph], catalog: ReportGraph, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    graphs = [(rg.iri, rg.graph) for rg in [catalog, *corpus]]
    assert len(catalog.graph.all_nodes()) > 1000  # the graph whose replacement was large
    caplog.set_level(logging.WARNING, logger="neo4j")
    first = _embedded(tmp_path / "first", graphs)
    try:
        assert copy(first, small_server) == {"inserted": len(graphs)}
    finally:
        first.close()
    changed = []  # every graph changes: the second copy replaces each, the catalog too
    for iri, graph in graphs:
        revised = Graph() + graph
        revised.add((iri, URIRef("https://example.org/revised"), Literal("2")))
        changed.append((iri, revised))
    second = _embedded(tmp_path / "second", changed)
    try:
        assert copy(second, small_server) == {"replaced": len(graphs)}
    finally:
        second.close()
    assert not [r.getMessage() for r in caplog.records if "retried" in r.getMessage()]
