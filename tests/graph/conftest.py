"""Stores of either kind for the graph tests, and the sample corpus built once."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph import Store
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
def world(store: Store) -> Store:
    """A store of each kind holding :func:`world_reports`."""
    ingest(store, world_reports())
    return store
