"""Shared fixtures."""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from unavailable import unavailable
from xdist.scheduler import LoadFileScheduling

if TYPE_CHECKING:
    from neo4j import Driver

    from api.neo4j_runtime import Neo4jConnection, Neo4jServer

#: The JVMs the tests start (Neo4j servers, neo4j-admin) live for minutes and run small queries: the
#: client compiler alone (C1, no C2 optimising compiler threads) runs them for about 40 % less CPU on
#: the two cores CI has (tests/api/test_neo4j_bulk.py: 141 → 81 user CPU-s, 286 → 240 s wall, round 22).
#: JAVA_TOOL_OPTIONS is the JVM's own variable; the servers okg starts for users keep the default.
os.environ.setdefault("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1")


class _ByFileAndFaults(LoadFileScheduling):
    """pytest-xdist's ``--dist loadfile`` (pyproject's addopts): a module's tests run on one worker, so its
    module fixtures are built once; the fault tests' modules are one unit, so only one worker starts the
    Neo4j server they own (``_owned_neo4j``) and kill."""

    def _split_scope(self, nodeid: str) -> str:
        module = super()._split_scope(nodeid)
        return "tests/faults" if module.startswith("tests/faults/") else module


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> LoadFileScheduling | None:
    """:class:`_ByFileAndFaults` for ``--dist loadfile``; xdist's own scheduler for any other mode."""
    return _ByFileAndFaults(config, log) if config.getvalue("dist") == "loadfile" else None


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers() -> int | None:
    """No workers for ``-n auto`` when NEO4J_URI names a server: they would share its one database, which
    tests wipe. Otherwise xdist's count, a worker per core."""
    return 0 if os.environ.get("NEO4J_URI") else None


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jConnection]:
    """The Neo4j at NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD), else a fresh one for this session.

    A fresh server gets a temporary home and a free port and is stopped (and
    its home deleted) at the end of the session.
    """
    from api import neo4j_runtime

    if uri := os.environ.get("NEO4J_URI"):
        conn = neo4j_runtime.Neo4jConnection(
            uri=uri, user=os.environ.get("NEO4J_USER", "neo4j"), password=os.environ.get("NEO4J_PASSWORD", ""))
        try:
            neo4j_runtime.ping(conn)
        except neo4j_runtime.Neo4jRuntimeError as exc:
            unavailable(f"NEO4J_URI is set but unusable: {exc}")
        yield conn
        return
    yield from _fresh_server()


@pytest.fixture(scope="session")
def readers_neo4j_server(request: pytest.FixtureRequest) -> Iterator[Neo4jConnection]:
    """A server of its own for the stores the session's readers share (``tests/shared_stores.py``), or the one
    at NEO4J_URI. Every other Neo4j test wipes `neo4j_server`'s one database, and a shared store there was
    filled again after each such module: about 20 fills of the samples a session, ~8 s each in CI, where a second
    server costs one start (round 31)."""
    if os.environ.get("NEO4J_URI"):
        yield request.getfixturevalue("neo4j_server")
        return
    yield from _fresh_server()


@pytest.fixture(scope="module")
def fresh_neo4j_server() -> Iterator[Neo4jServer]:
    """A server of the module's own (temporary home, free port), e.g. for tests that stop it."""
    yield from _fresh_server()


@pytest.fixture(scope="session")
def neo4j_launcher() -> tuple[str, list[str]]:
    """The Java executable and the Neo4j jars the runtime would start."""
    from api import neo4j_runtime

    try:
        return neo4j_runtime.java_executable(), neo4j_runtime.classpath()
    except neo4j_runtime.Neo4jRuntimeError as exc:
        unavailable(str(exc))


def _fresh_server() -> Iterator[Neo4jServer]:
    from api import neo4j_runtime

    try:
        server = neo4j_runtime.start()
    except neo4j_runtime.Neo4jRuntimeError as exc:
        unavailable(f"could not start a Neo4j server: {exc}")
    try:
        yield server
    finally:
        neo4j_runtime.stop(server)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Neo4jConnection) -> Iterator[Driver]:
    """A driver for `neo4j_server`, closed at the end of the session."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as driver:
        yield driver
