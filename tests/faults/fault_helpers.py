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

#: ``dbms.memory.transaction.total.max`` of the fault tests' own server: all transactions together; the replace of the
#: law catalog needed 169 MB before round 45 (tests/faults/test_copy_memory.py). 48m until round 50, when every law
#: gained its title's subject as a search name (about 1,000 more ``:_OkgName`` nodes written with the catalog) and the
#: catalog's write met 48m by 2 MiB; the fault this guards needed 169–717 MB, still far past this limit.
TRANSACTION_LIMIT = "64m"


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
    """A Neo4j server this module started and may kill: same home, port and memory (``api.neo4j_runtime.Memory``)
    across restarts."""

    home: Path
    port: int
    server: Any  # api.neo4j_runtime.Neo4jServer, imported lazily
    memory: Any  # api.neo4j_runtime.Memory

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

        self.server = neo4j_runtime.start(self.home, self.port, memory=self.memory)

    def wipe(self, keep_reference: bool = True) -> None:
        """Empty the database; by default but the reference graphs (ontology and law catalog), which the next ingest
        then finds as written instead of writing them again (:func:`shared_stores.wipe_but_reference`). A test of
        a new database (no nodes, no rules) takes ``keep_reference=False``."""
        from shared_stores import wipe, wipe_but_reference

        with self.store() as store:
            (wipe_but_reference if keep_reference else wipe)(store)


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
