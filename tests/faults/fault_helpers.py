"""Helpers of the fault tests: comparing report graphs, owning a Neo4j server, polling."""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef


def report_shapes(store: Any) -> dict[str, frozenset[tuple[str, str, str]]]:
    """The :func:`shape` of each generated report's graph in ``store`` (a :class:`graph.Store`), by graph IRI; not
    the ontology and catalog graphs ingest adds."""
    return {str(g): shape(graph) for g, graph in store.report_graphs() if "/report/" in str(g)}


def shape(graph: Graph) -> frozenset[tuple[str, str, str]]:
    """A report graph as both stores give it back: literals by their lexical form, no language tags.

    Enough to tell a whole report from a partial one, and equal across stores.
    """
    return frozenset((str(s), str(p), f'"{o}"' if isinstance(o, Literal) else str(o))
                     for s, p, o in graph if isinstance(s, URIRef))


@dataclass
class OwnedServer:
    """A Neo4j server this module started and may kill: same home and port across restarts."""

    home: Path
    port: int
    server: Any  # api.neo4j_runtime.Neo4jServer, imported lazily

    @property
    def env(self) -> dict[str, str]:
        s = self.server
        return {"NEO4J_URI": s.uri, "NEO4J_USER": s.user, "NEO4J_PASSWORD": s.password}

    def store(self, **kwargs: Any) -> Any:
        """A Neo4jStore on this server (imported lazily: only Neo4j tests need the driver)."""
        from graph.backends.neo4j import Neo4jStore

        s = self.server
        return Neo4jStore(s.uri, s.user, s.password, **kwargs)

    def kill(self) -> None:
        """SIGKILL the server's process group: no checkpoint, no clean shutdown."""
        from api import neo4j_runtime

        os.killpg(self.server.pid, signal.SIGKILL)
        neo4j_runtime.stop(self.server, timeout=10)  # only reaps the dead process and clears its pid

    def restart(self) -> None:
        from api import neo4j_runtime

        self.server = neo4j_runtime.start(self.home, self.port)

    def wipe(self) -> None:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.server.uri, auth=(self.server.user, self.server.password)) as driver:
            driver.execute_query("MATCH (n) DETACH DELETE n")


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.05) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` seconds pass; whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def at_once(*work: Callable[[], Any], timeout: float = 120) -> list[Any]:
    """Run each callable in its own thread, released together by a barrier; their results in order.

    A thread still running after ``timeout`` seconds fails the test rather than hanging it.
    """
    start = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)

    def run(slot: int) -> None:
        start.wait()
        results[slot] = work[slot]()

    threads = [threading.Thread(target=run, args=(slot,), daemon=True) for slot in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(thread.is_alive() for thread in threads), f"still running after {timeout} s"
    return results
