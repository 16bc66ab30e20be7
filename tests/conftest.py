"""Shared fixtures."""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from neo4j import Driver

    from api.neo4j_runtime import Neo4jConnection, Neo4jServer


def _unavailable(reason: str) -> NoReturn:
    """Under CI a missing Neo4j is a failure, never a silent skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


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
            _unavailable(f"NEO4J_URI is set but unusable: {exc}")
        yield conn
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
        _unavailable(str(exc))


def _fresh_server() -> Iterator[Neo4jServer]:
    from api import neo4j_runtime

    try:
        server = neo4j_runtime.start()
    except neo4j_runtime.Neo4jRuntimeError as exc:
        _unavailable(f"could not start a Neo4j server: {exc}")
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
