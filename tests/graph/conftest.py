"""Stores of either kind for the graph tests, and the sample corpus built once."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph import Store
from shared_stores import SharedStore
from loaders import ReportGraph, load
from world import ingest, world_reports
from loaders.build.catalog import build_catalog

SAMPLES = Path(__file__).parents[2] / "api" / "samples"
STORE_KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def wipe(db: Store) -> None:
    """An empty Neo4j database for the next test (the server is shared by the session)."""
    db._driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture()
def fresh_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    """A factory of empty stores: ``fresh_store("embedded")`` or ``fresh_store("neo4j")``."""
    opened: list[Store] = []

    def make(kind: str) -> Store:
        if kind == "embedded":
            from graph.backends.embedded import EmbeddedStore

            db: Store = EmbeddedStore(tmp_path / f"store-{len(opened)}")
        else:
            from graph.backends.neo4j import Neo4jStore

            server = request.getfixturevalue("neo4j_server")
            db = Neo4jStore(server.uri, server.user, server.password)
            wipe(db)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, fresh_store: Callable[[str], Store]) -> Store:
    """An empty store of each kind in turn."""
    return fresh_store(request.param)


@pytest.fixture(scope="session")
def corpus() -> list[ReportGraph]:
    """The sample reports' graphs, extracted once for the session."""
    return [load(path) for path in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="session")
def catalog() -> ReportGraph:
    return build_catalog()


@pytest.fixture()
def fresh_world(store: Store) -> Store:
    """A store of each kind holding :func:`world_reports`, of the test's own: for a test that writes or counts what
    the store is asked (a shared store answers from what earlier tests had it keep)."""
    ingest(store, world_reports())
    return store


@pytest.fixture(scope="module")
def worlds(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedStore]:
    """:func:`world_reports` in one store per kind for the module's readers (:func:`world`): written once a module,
    not into a fresh store for each test (on Neo4j a wipe, an open and a write, about 1 s a test), and again after
    another test of the module wiped the session's Neo4j database (:class:`shared_stores.SharedStore`)."""

    def open_store(kind: str) -> Store:
        if kind == "embedded":
            from graph.backends.embedded import EmbeddedStore

            return EmbeddedStore(tmp_path_factory.mktemp("world"))
        from graph.backends.neo4j import Neo4jStore

        server = request.getfixturevalue("neo4j_server")
        return Neo4jStore(server.uri, server.user, server.password)

    shared = SharedStore(lambda db: ingest(db, world_reports()), open_store, lambda: tmp_path_factory.mktemp("world-copy"))
    yield shared
    shared.close()


@pytest.fixture(params=STORE_KINDS)
def world(request: pytest.FixtureRequest, worlds: SharedStore) -> Iterator[Store]:
    """A store of each kind holding :func:`world_reports`, shared by the module's tests that only read it and
    count nothing of how it is read: checked after each test to hold what was written."""
    yield worlds.read_only(request.param)
    worlds.check_unchanged(request.param, request.node.nodeid)
