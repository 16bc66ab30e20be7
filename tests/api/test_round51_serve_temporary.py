"""``okg serve`` stopped with a query in flight leaves no temporary folder (newuser36 B3, round 51): past its grace the
server exits without unwinding the request (:mod:`api.server`), and the SPARQL query's snapshot beside the store
(``.store-snapshot-…``) and multiprocessing's folder of the query processes (``pymp-…`` under ``TMPDIR``) were left,
after SIGTERM and after Ctrl-C alike. A stop with nothing in flight leaves none either."""
from __future__ import annotations

import signal
import threading
from pathlib import Path

import httpx
import pytest

from api.cli import SAMPLES
from api.ingest import expand, ingest
from api_helpers import okg_serve
from graph.backends.embedded import EmbeddedStore

#: A cross product of every triple three ways: far past the server's grace (3 s) on two samples.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("served") / "store"
    with EmbeddedStore(path) as db:
        ingest(expand([SAMPLES])[:2], db)
    return path


def _left(store: Path, temporary: Path) -> list[str]:
    """The temporary folders left beside the store and under ``TMPDIR``."""
    return sorted(p.name for p in [*store.parent.glob(f".{store.name}-snapshot-*"), *temporary.iterdir()])


@pytest.mark.parametrize(("stop", "status"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)], ids=["SIGTERM", "Ctrl-C"])
@pytest.mark.parametrize("in_flight", [True, False], ids=["query in flight", "idle"])
def test_a_stopped_server_leaves_no_temporary_folder(store: Path, tmp_path: Path, stop: signal.Signals, status: int,
                                                      in_flight: bool) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with okg_serve(store, TMPDIR=str(temporary), OKG_QUERY_TIMEOUT="60") as (server, url):
        assert httpx.get(f"{url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30).status_code == 200
        if in_flight:
            asked = threading.Thread(target=lambda: httpx.post(f"{url}/sparql", data={"query": HEAVY}, timeout=60),
                                     daemon=True)
            asked.start()
            for _ in range(100):  # until the query's snapshot and process are there
                if any(store.parent.glob(f".{store.name}-snapshot-*")):
                    break
                threading.Event().wait(0.1)
            assert _left(store, temporary), "the query made no temporary folder: nothing is checked"
        server.send_signal(stop)
        assert server.wait(30) == status
    assert _left(store, temporary) == []


def test_the_server_past_its_grace_exits_even_when_a_folder_cannot_be_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The exit past the grace is the one way out of a stop a request holds up: a removal failing before it (a full
    ``/tmp``, where multiprocessing's folder is made to be removed) left the server running, its watchdog thread dead."""
    import os

    import uvicorn

    from api import server

    exited: list[int] = []
    closed: list[bool] = []

    def failing() -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(server, "_remove_temporary", failing)
    monkeypatch.setattr(os, "_exit", exited.append)
    stopping = server.Server(uvicorn.Config(app=lambda *args: None), lambda: closed.append(True))
    with pytest.raises(OSError, match="No space left"):
        stopping._abandon()
    assert exited == [0] and closed == [True]
