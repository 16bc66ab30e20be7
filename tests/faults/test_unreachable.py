"""A Neo4j that is not there, or goes away: a clear error, soon, naming where it looked."""
from __future__ import annotations

import time

import pytest
from fault_helpers import OwnedServer

from api.cli import SAMPLES
from graph import StoreError
from api.neo4j_runtime import free_port

RETRY = 3.0  # seconds the store retries a write or a read before it gives up


def test_unreachable_server_is_a_clear_error_within_seconds() -> None:
    from graph.backends.neo4j import Neo4jStore

    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    began = time.monotonic()
    with pytest.raises(StoreError) as failure:
        Neo4jStore(uri, "neo4j", "not-a-password")
    assert time.monotonic() - began < 15
    assert f"cannot reach Neo4j at {uri}" in str(failure.value)


@pytest.mark.neo4j
def test_when_neo4j_goes_away_a_batch_stops_waiting_and_cypher_says_it_is_the_server(owned_neo4j: OwnedServer) -> None:
    """After Neo4j goes away: one bounded wait, then every report of a batch fails at once, none read (before, each
    report waited the full retry time on its own: an hour for 200 reports); and /cypher answers 400 only for what a
    query asks: a Neo4j that went away is 503, never 400 or 500, whether the plan or the rows were being read.
    One stop of the server for both (a restart between them took about 10 s), each with its own store."""
    from fastapi.testclient import TestClient

    from api import neo4j_runtime
    from api.app import create_app
    from api.ingest import ingest
    from api.settings import Settings

    owned_neo4j.wipe()
    server = owned_neo4j.server
    sources = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    with owned_neo4j.store(retry_time=RETRY) as store, owned_neo4j.store(retry_time=RETRY) as served, TestClient(
            create_app(served, Settings(allowed_hosts=["testserver"])), raise_server_exceptions=False) as client:
        ingest(sources[:1], store)
        assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).json()["rows"] == [{"one": 1}]
        assert client.post("/cypher", json={"query": "RETURN 1 AS"}).status_code == 400
        neo4j_runtime.stop(server)
        began = time.monotonic()
        first = ingest(sources, store)
        first_took = time.monotonic() - began
        began = time.monotonic()
        again = ingest(sources, store)
        again_took = time.monotonic() - began
        down = client.post("/cypher", json={"query": "RETURN 1 AS one"})
    assert all(r.outcome in ("unconfirmed", "failed") and "\n" not in (r.error or "") for r in first), first
    assert all(r.outcome == "failed" and "Neo4j unreachable" in (r.error or "") for r in again), again
    # one write that fails after the retry time, one probe that does: not one wait per report
    assert first_took < 4 * RETRY + 2 * len(sources), first_took
    # one wait per report would take len(sources) × RETRY; the probe is one wait for the batch
    assert again_took < len(sources) * RETRY / 2, again_took
    assert down.status_code == 503 and "unreachable" in down.json()["detail"], down.text
