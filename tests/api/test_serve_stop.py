"""`okg serve` stops on SIGTERM (systemd, Docker and CI send it) within seconds, a request in flight or not, and
leaves its store closed cleanly (api/server.py)."""
from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.server import GRACE
from api_helpers import okg_serve
from graph import marks
from shared_stores import SharedStore
from graph.backends.embedded import EmbeddedStore

#: A query that runs far longer than any deadline here (three copies of every triple, joined), in a query process.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
#: How long the server may take to end after SIGTERM: the grace period, the second after it, and a slow machine.
STOPS_WITHIN = GRACE + 10


@pytest.fixture(scope="module")
def samples(shared_samples: SharedStore) -> tuple[Path, str]:
    """A store of the bundled samples (a copy of the session's: no ingest of its own), closed, and its version."""
    path = shared_samples.copy_path()
    with EmbeddedStore(path) as store:
        version = store.version()
    return path, version


@pytest.fixture()
def served(samples: tuple[Path, str]) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`okg serve` on the samples' store, answering; the process and its base URL. Killed if a test leaves it."""
    with okg_serve(samples[0], OKG_QUERY_TIMEOUT="600") as served:
        yield served


def _descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (its children, theirs …), read from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except (OSError, ValueError):
            continue
        if entry.name.isdigit():
            parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _stops_cleanly(server: subprocess.Popen[str], samples: tuple[Path, str]) -> str:
    """SIGTERM ``server``: it ends with status 0 within :data:`STOPS_WITHIN` s, having closed the store (which
    leaves its version behind: a crash would leave none), and the store reopens with every sample; its stderr."""
    server.send_signal(signal.SIGTERM)
    _, stderr = server.communicate(timeout=STOPS_WITHIN)
    assert server.returncode == 0, stderr
    path, version = samples
    assert marks.read(path).get("closed-at-version") == version, stderr
    store = EmbeddedStore(path)
    try:
        assert store.counts()["reports"] == 11 and store.version() == version
    finally:
        store.close()
    return stderr


def _query_in_flight(server: subprocess.Popen[str], url: str) -> tuple[list[object], threading.Thread]:
    """Ask ``server`` a query that would run 600 s, in a thread, and return once its query process runs: what the
    client was answered (its status, or the error its connection ended with), and the thread."""
    answered: list[object] = []

    def ask() -> None:
        try:
            answered.append(httpx.get(f"{url}/sparql", params={"query": ENDLESS}, timeout=300).status_code)
        except httpx.TransportError as exc:
            answered.append(exc)

    client = threading.Thread(target=ask, daemon=True)
    client.start()
    deadline = time.monotonic() + 60
    while not any(_descendants(child) for child in _descendants(server.pid)):  # the fork server's query process
        assert time.monotonic() < deadline and client.is_alive(), f"the query never started: {answered}"
        time.sleep(0.1)
    return answered, client


def test_ctrl_c_with_a_request_cut_exits_non_zero_saying_so(served: tuple[subprocess.Popen[str], str]) -> None:
    """Ctrl-C (SIGINT) while a request outlives the grace period: the server abandons it and exits 130, as an
    interrupted command, saying what was abandoned (round 27: it exited 0, as if nothing had been cut)."""
    server, url = served
    answered, client = _query_in_flight(server, url)
    server.send_signal(signal.SIGINT)
    _, stderr = server.communicate(timeout=STOPS_WITHIN)
    assert server.returncode == 130, stderr
    assert "interrupted (Ctrl-C)" in stderr and "is abandoned (exit status 130)" in stderr
    client.join(30)
    assert answered and answered[0] != 200


def test_sigterm_stops_an_idle_server(served: tuple[subprocess.Popen[str], str], samples: tuple[Path, str]) -> None:
    server, url = served
    assert httpx.get(f"{url}/laws", params={"inspected": "true", "limit": 3}).status_code == 200
    stderr = _stops_cleanly(server, samples)
    assert "Traceback" not in stderr and "okg serve: stopped; the embedded store is closed" in stderr


def test_sigterm_stops_a_server_with_a_query_in_flight(served: tuple[subprocess.Popen[str], str],
                                                       samples: tuple[Path, str]) -> None:
    """A query that would run 600 s is in flight (its query process started) when SIGTERM comes: the server gives
    it the grace period, then abandons it, kills its query process and ends; the client's connection is closed."""
    server, url = served
    answered, client = _query_in_flight(server, url)
    below = _descendants(server.pid)
    stderr = _stops_cleanly(server, samples)
    assert "Traceback" not in stderr and "Cancel 1 running task" in stderr and "is abandoned" in stderr
    client.join(30)
    assert answered and answered[0] != 200
    deadline = time.monotonic() + 30  # the fork server ends once the server is gone, and the query process is killed
    while left := {pid for pid in below if Path(f"/proc/{pid}").exists()}:
        assert time.monotonic() < deadline, f"processes of the server left running: {left}"
        time.sleep(0.2)
