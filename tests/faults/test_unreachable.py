"""A Neo4j that is not there: a clear error, soon, naming where it looked."""
from __future__ import annotations

import time

import pytest

from graph import StoreError
from graph.neo4j_runtime import free_port


def test_unreachable_server_is_a_clear_error_within_seconds() -> None:
    from graph.neo4j_store import Neo4jStore

    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    began = time.monotonic()
    with pytest.raises(StoreError) as failure:
        Neo4jStore(uri, "neo4j", "not-a-password")
    assert time.monotonic() - began < 15
    assert f"cannot reach Neo4j at {uri}" in str(failure.value)
