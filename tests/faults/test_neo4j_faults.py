"""Neo4j under faults: killed mid-ingest, concurrent ingests, transient and permanent Bolt errors.

All on one server this module owns (``owned_neo4j``), so it may be killed;
each test starts from an empty database.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fault_helpers import OwnedServer, at_once, report_shapes, wait_until
from neo4j import ManagedTransaction, Session
from neo4j.exceptions import ClientError, Neo4jError, TransientError

from api import ingest as api_ingest
from api.ingest import IngestResult, ingest
from benchmarks.generate_corpus import SyntheticReport
from graph import StoreError

pytestmark = pytest.mark.neo4j
#: How long a write may keep retrying transient errors before it must give up (with OKG_NEO4J_RETRY_TIME=1).
RETRY_BOUND = 6.0


def _stored(owned: OwnedServer) -> tuple[dict[str, int], dict[str, frozenset]]:
    """Counts, and the generated reports' graphs (:func:`fault_helpers.report_shapes`), on the owned server."""
    with owned.store() as store:
        return store.counts(), report_shapes(store)


def test_server_killed_mid_ingest_leaves_whole_reports_and_a_rerun_completes(
        owned_neo4j: OwnedServer, fault_corpus: list[Path], fault_reference: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    owned_neo4j.wipe()
    sources = [str(p) for p in fault_corpus]
    monkeypatch.setattr(api_ingest, "WRITE_GROUP", 3)  # four groups: a fast machine reads the batch in one group
    done: list[IngestResult] = []
    store = owned_neo4j.store()
    worker = threading.Thread(target=lambda: ingest(sources, store, on_done=done.append), daemon=True)
    worker.start()
    assert wait_until(lambda: len(done) >= 5, timeout=60), "the ingest made no progress"
    owned_neo4j.kill()  # SIGKILL while the next group's transaction is in flight
    # the server is dead until restarted: nothing written after this count
    assert sum(r.outcome == "inserted" for r in list(done)) < len(sources), "the kill came after the whole batch"
    owned_neo4j.restart()  # same home, same port, as an operator would
    worker.join(timeout=120)
    assert not worker.is_alive(), "the ingest hung after the server came back"
    store.close()
    monkeypatch.undo()  # the rerun writes as okg ingest does

    for result in done:  # a group whose commit was under way when the server died, and which the driver could not
        # retry before the server came back (its retry time, 15 s), is "unconfirmed" (README: it may or may not be stored)
        assert result.outcome in ("inserted", "failed", "unconfirmed")
        if result.outcome == "failed":
            assert "nothing was written" in (result.error or "") and "\n" not in (result.error or "")
        if result.outcome == "unconfirmed":
            assert "not confirmed" in (result.error or "") and "re-run okg ingest" in (result.error or "")
            assert "\n" not in (result.error or "")
    counts, graphs = _stored(owned_neo4j)
    for report, triples in graphs.items():  # every report present is whole
        assert triples == fault_reference["graphs"][report], f"{report} is partial after the crash"

    with owned_neo4j.store() as store:
        rerun = ingest(sources, store)
    assert not [r for r in rerun if r.outcome == "failed"]
    assert {r.report for r in rerun if r.outcome == "unchanged"} == set(graphs)
    counts, graphs = _stored(owned_neo4j)
    assert counts == fault_reference["counts"]
    assert graphs == fault_reference["graphs"]


def test_two_concurrent_ingests_store_one_copy_of_each_report(
        owned_neo4j: OwnedServer, fault_corpus: list[Path], fault_reference: dict[str, Any]) -> None:
    owned_neo4j.wipe()
    sources = [str(p) for p in fault_corpus]
    stores = [owned_neo4j.store(), owned_neo4j.store()]
    try:
        results = at_once(*(lambda s=s: ingest(sources, s) for s in stores))
    finally:
        for store in stores:
            store.close()
    assert not [r.error for batch in results for r in batch if r.outcome == "failed"]
    counts, graphs = _stored(owned_neo4j)
    assert counts == fault_reference["counts"]
    assert graphs == fault_reference["graphs"]
    with owned_neo4j.store() as store:
        duplicated = store.cypher(
            "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(*) AS n")
        listed_twice = store.cypher(
            "MATCH (n:Resource) UNWIND n.graphs AS g WITH n, g, count(*) AS k WHERE k > 1 RETURN count(*) AS n")
    assert duplicated == [{"n": 0}]
    assert listed_twice == [{"n": 0}]


def _inject(monkeypatch: pytest.MonkeyPatch, error: Callable[[], Neo4jError], times: float,
            when: Callable[[str], bool] = lambda query: True) -> dict[str, int]:
    """Make the first ``times`` matching queries raise ``error()``, whether run in a managed transaction
    (writes) or as an auto-commit statement (reads, ``Neo4jStore._read``); setting ``calls["stop"]`` ends
    the injection early."""
    calls = {"failed": 0, "run": 0, "stop": 0}

    def failing(original: Callable[..., Any]) -> Callable[..., Any]:
        def run(self: Any, query: Any, parameters: Any = None, **kwargs: Any) -> Any:
            if when(str(getattr(query, "text", query))):
                calls["run"] += 1
                if calls["failed"] < times and not calls["stop"]:
                    calls["failed"] += 1
                    raise error()
            return original(self, query, parameters, **kwargs)
        return run

    for kind in (ManagedTransaction, Session):
        monkeypatch.setattr(kind, "run", failing(kind.run))
    return calls


def _is_write(query: str) -> bool:
    """The statement that writes a report's nodes and relationships (``graph.neo4j_write``)."""
    return "UNWIND $created" in query


def test_transient_errors_are_retried_and_the_report_is_whole(
        owned_neo4j: OwnedServer, fault_reports: list[SyntheticReport], monkeypatch: pytest.MonkeyPatch) -> None:
    report = fault_reports[0].graph()
    owned_neo4j.wipe()
    with owned_neo4j.store() as store:
        store.upsert_report(report.iri, report.graph, report.content_hash)
    undisturbed = _stored(owned_neo4j)
    owned_neo4j.wipe()
    calls = _inject(monkeypatch, lambda: TransientError("injected Neo.TransientError.Transaction.DeadlockDetected"),
                    times=2, when=_is_write)
    with owned_neo4j.store() as store:
        assert store.upsert_report(report.iri, report.graph, report.content_hash) == "inserted"
    monkeypatch.undo()
    assert calls["failed"] == 2 and calls["run"] > 2
    assert _stored(owned_neo4j) == undisturbed


def test_transient_errors_give_up_within_a_bound(
        owned_neo4j: OwnedServer, fault_reports: list[SyntheticReport], monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.backends.neo4j import Neo4jStore

    owned_neo4j.wipe()
    report = fault_reports[0].graph()
    for key, value in {**owned_neo4j.env, "OKG_NEO4J_RETRY_TIME": "1"}.items():
        monkeypatch.setenv(key, value)
    store = Neo4jStore.from_env()
    calls = _inject(monkeypatch, lambda: TransientError("injected Neo.TransientError.General.DatabaseUnavailable"),
                    times=float("inf"), when=_is_write)
    outcome: dict[str, BaseException] = {}

    def write() -> None:
        try:
            store.upsert_report(report.iri, report.graph, report.content_hash)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = exc

    worker = threading.Thread(target=write, daemon=True)
    began = time.monotonic()
    worker.start()
    worker.join(RETRY_BOUND)
    gave_up = not worker.is_alive()
    elapsed = time.monotonic() - began
    calls["stop"] = 1  # let a retry still going succeed, so the worker ends soon
    worker.join(30)
    store.close()
    assert gave_up, f"still retrying a transient error after {elapsed:.1f} s"
    assert isinstance(outcome.get("error"), StoreError)
    assert "transient" in str(outcome["error"]).lower() and "nothing was written" in str(outcome["error"])


def test_permanent_write_error_fails_at_once_with_a_clear_message(
        owned_neo4j: OwnedServer, fault_reports: list[SyntheticReport], monkeypatch: pytest.MonkeyPatch) -> None:
    owned_neo4j.wipe()
    report = fault_reports[0].graph()
    calls = _inject(monkeypatch, lambda: ClientError("injected Neo.ClientError.Schema.ConstraintValidationFailed"),
                    times=float("inf"), when=_is_write)
    began = time.monotonic()
    with owned_neo4j.store() as store, pytest.raises(StoreError) as failure:
        store.upsert_report(report.iri, report.graph, report.content_hash)
    assert time.monotonic() - began < 5 and calls["run"] == 1  # not retried
    message = str(failure.value)
    assert "nothing was written" in message and "ConstraintValidationFailed" in message
    assert owned_neo4j.env["NEO4J_URI"] in message
    monkeypatch.undo()
    assert _stored(owned_neo4j)[1] == {}


def test_permanent_read_error_is_a_store_error(owned_neo4j: OwnedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with owned_neo4j.store() as store:
        _inject(monkeypatch, lambda: ClientError("injected Neo.ClientError.Statement.SyntaxError"),
                times=float("inf"))
        with pytest.raises(StoreError, match="SyntaxError"):
            store.search("法")


def test_transient_read_errors_are_retried_within_the_bound(owned_neo4j: OwnedServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A read is one auto-commit statement (``Neo4jStore._read``), retried as the driver retries a managed
    transaction: a transient error twice, then the answer; an endless one gives up within the retry time."""
    from graph.backends.neo4j import Neo4jStore

    server = owned_neo4j.server
    with Neo4jStore(server.uri, server.user, server.password, retry_time=2.0) as store:
        calls = _inject(monkeypatch, lambda: TransientError("injected Neo.TransientError.General.DatabaseUnavailable"),
                        times=2, when=lambda query: "_OkgLock" in query)
        assert store.version() == store.version() and calls["failed"] == 2
        monkeypatch.undo()
        calls = _inject(monkeypatch, lambda: TransientError("injected Neo.TransientError.General.DatabaseUnavailable"),
                        times=float("inf"), when=lambda query: "_OkgLock" in query)
        began = time.monotonic()
        with pytest.raises(StoreError, match="DatabaseUnavailable"):
            store.version()
        assert time.monotonic() - began < 2.0 + 1.5 and calls["failed"] > 3
