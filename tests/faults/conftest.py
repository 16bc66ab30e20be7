"""Fixtures of the fault tests: a generated corpus, and a Neo4j server these tests own.

The session's shared server (``neo4j_server``) must never be killed or stopped, so
the fault tests start one of their own, once, with a fixed home and port: killed with
SIGKILL, it restarts on the same data directory, as a crashed production server would.
It is also the server of a small transaction memory limit (:data:`TRANSACTION_LIMIT`,
``test_copy_memory``): one server started for both, not two (round 49: a server costs
about 35 JVM CPU-s before it runs at speed); the fault tests' writes stay within it as well.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_helpers import TRANSACTION_LIMIT, OwnedServer, report_shapes
from unavailable import unavailable

from benchmarks.generate_corpus import SyntheticReport, reports, write_corpus

CORPUS_SIZE = 12  # a batch of several write groups (test_neo4j_faults caps a group at 3 reports)


@pytest.fixture(scope="session")
def fault_reports() -> list[SyntheticReport]:
    """A small generated corpus (about 7,000 triples), the same in every run."""
    return list(reports(CORPUS_SIZE, seed=7))


@pytest.fixture(scope="session")
def fault_corpus(fault_reports: list[SyntheticReport], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The corpus as ``.txt`` files, as ``okg ingest`` reads them."""
    return write_corpus(tmp_path_factory.mktemp("fault-corpus"), fault_reports)


@pytest.fixture(scope="session")
def fault_reference(fault_corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``counts`` and report graphs (``graphs``, :func:`fault_helpers.report_shapes`) of one undisturbed ingest of
    the corpus into an embedded store: what every fault test of either store must end with. Both stores hold the
    same counts and graphs of one ingest (tests/graph/test_corpus.py); an ingest into Neo4j took about 15 s more."""
    from api.ingest import ingest
    from graph.backends.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path_factory.mktemp("fault-reference")) as store:
        results = ingest([str(p) for p in fault_corpus], store)
        assert {r.outcome for r in results} == {"inserted"}
        return {"counts": store.counts(), "graphs": report_shapes(store)}


@pytest.fixture(scope="session")
def _owned_neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OwnedServer]:
    """The fault tests' own Neo4j server (its transaction memory limited to :data:`TRANSACTION_LIMIT`), stopped and
    deleted after the session."""
    from api import neo4j_runtime

    home = tmp_path_factory.mktemp("owned-neo4j")
    port = neo4j_runtime.free_port()
    memory = neo4j_runtime.Memory(transaction_total=TRANSACTION_LIMIT)
    try:
        owned = OwnedServer(home, port, neo4j_runtime.start(home, port, memory=memory), memory)
    except neo4j_runtime.Neo4jRuntimeError as exc:
        unavailable(f"could not start a Neo4j server: {exc}")
    try:
        yield owned
    finally:
        if neo4j_runtime.status(home) is not None:
            neo4j_runtime.stop(owned.server)  # type: ignore[arg-type]
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def owned_neo4j(_owned_neo4j: OwnedServer) -> OwnedServer:
    """The fault tests' own Neo4j server, running when a module starts: a module may kill or
    stop it (it restarts on the same home and port)."""
    from api import neo4j_runtime

    if neo4j_runtime.status(_owned_neo4j.home) is None:
        _owned_neo4j.restart()
    return _owned_neo4j
