"""`okg ingest` beside `okg serve` (a new user's round 47, B3 and B4), with real processes: reports handed to the server
that holds the store are written by it and served at once, the API's views following the write; a store another
process writes is waited for with ``--wait``, and the refusal without it says so."""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import re
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from api import handoff
from api.cli import SAMPLES
from api.ingest import expand, ingest
from api_helpers import okg_in_process, okg_serve
from graph import StoreError, marks
from graph.backends.embedded import EmbeddedStore

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "NEO4J_URI": "", "NO_COLOR": "1"}
REPORTS = [Path(found) for found in expand([SAMPLES])]
#: Reports the first of two concurrent hand-offs carries.
COPIES = 40


def okg(*words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api", *words], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of the first sample report, closed."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as opened:
        ingest(REPORTS[:1], opened)
    return path


def test_okg_ingest_hands_its_reports_to_the_server_which_serves_them_at_once(store: Path, tmp_path: Path) -> None:
    report = REPORTS[1]
    (tmp_path / "mine").mkdir()
    copy = tmp_path / "mine" / report.name
    copy.write_bytes(report.read_bytes())
    with okg_serve(store) as (server, url):
        before = {"reports": httpx.get(f"{url}/reports", timeout=60).json(),  # the views built, kept
                  "stats": httpx.get(f"{url}/stats", timeout=60).json(), "laws": httpx.get(f"{url}/laws", timeout=60).json()}
        assert before["reports"]["total"] == 1
        done = okg_in_process("ingest", "--store", str(store), f"mine/{report.name}", cwd=tmp_path)  # a path relative to here
        said = " ".join(done.stderr.split())
        assert done.returncode == 0, said
        assert f"served at {url} (process {server.pid})" in said and "1 inserted" in said, said
        assert f"mine/{report.name}" in done.stdout and "inserted" in done.stdout, done.stdout  # the path as given
        after = httpx.get(f"{url}/reports", timeout=60).json()
        assert after["total"] == 2 and any(copy.name in r["sources"] for r in after["items"]), after
        assert httpx.get(f"{url}/stats", timeout=60).json()["reports"] == 2
        assert httpx.get(f"{url}/laws", timeout=60).json()["total"] >= before["laws"]["total"]
        assert json.loads(marks.read(store)["held-by"])["role"] == "reads"  # a reader again once written
        asked = okg_in_process("ask", "reports", "--json", "--store", str(store))
        assert asked.returncode == 0 and json.loads(asked.stdout)["total"] == 2, asked.stderr
        again = okg_in_process("ingest", "--store", str(store), str(copy))  # the same file: found unchanged, as by itself
        assert again.returncode == 0 and "1 unchanged" in again.stderr, again.stderr
        assert server.poll() is None
        server.terminate()  # a clean stop takes the handoff away; a killed server's is ignored (handoff.find)
        assert server.wait(timeout=60) == 0
    assert handoff.KEY not in marks.read(store) and handoff.find(store) is None


def test_the_handoff_route_refuses_a_caller_without_the_servers_token(store: Path) -> None:
    with okg_serve(store) as (_, url):
        body = {"sources": [[str(REPORTS[2]), REPORTS[2].name]]}
        for headers in ({}, {handoff.HEADER: "guessed"}):
            answer = httpx.post(f"{url}/ingest", json=body, headers=headers, timeout=60)
            assert answer.status_code == 403, answer.text
        assert httpx.get(f"{url}/reports", timeout=60).json()["total"] == 1


HOLD = textwrap.dedent("""
    import sys
    from graph.backends.embedded import EmbeddedStore
    with EmbeddedStore(sys.argv[1]):
        print("holding", flush=True)
        sys.stdin.read()
""")


@contextlib.contextmanager
def written(store: Path) -> Iterator[Callable[[], None]]:
    """Another process holding ``store`` to write (as an ``okg ingest`` would) until the callable yielded releases it
    (or the block ends): no fixed time a slow machine could outlast."""
    writer = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], cwd=ROOT, env=ENV,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def release() -> None:
        assert writer.stdin is not None
        writer.stdin.close()
        assert writer.wait(timeout=120) == 0

    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "holding"
        yield release
    finally:
        writer.kill()
        writer.wait()


def test_a_store_another_process_writes_is_waited_for_with_wait_and_refused_without(store: Path) -> None:
    with written(store) as release:
        refused = okg_in_process("ingest", "--store", str(store), str(REPORTS[1]))
        said = " ".join(refused.stderr.split())
        assert refused.returncode == 2 and "is being written by" in said and "--wait SECONDS waits for it" in said, said
        waiting = subprocess.Popen([sys.executable, "-m", "api", "ingest", "--store", str(store), "--wait", "120",
                                    str(REPORTS[1])], cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        assert waiting.stderr is not None
        first = waiting.stderr.readline()  # the writer is released only once the ingest says it waits
        release()
        _, late = waiting.communicate(timeout=600)
        said = " ".join((first + late).split())
        assert waiting.returncode == 0 and "waiting for the store (0 of 120 s)" in said and "1 inserted" in said, said


def test_a_wait_that_runs_out_is_refused_saying_how_long_it_waited(store: Path) -> None:
    with written(store):
        done = okg_in_process("ingest", "--store", str(store), "--wait", "1.5", str(REPORTS[1]))
        said = " ".join(done.stderr.split())
        assert done.returncode == 2 and "is being written by" in said and "(waited 2 s)" in said, said


def test_a_serving_opening_is_marked_a_writer_while_it_writes_and_a_reader_after(store: Path) -> None:
    with EmbeddedStore(store, access="serve") as server:
        with server.writing():
            assert json.loads(marks.read(store)["held-by"])["role"] == "writes"
            with pytest.raises(StoreError, match="is being written by"):
                EmbeddedStore(store, access="read")
            ingest(REPORTS[1:2], server)
        assert json.loads(marks.read(store)["held-by"])["role"] == "reads"
        with EmbeddedStore(store, access="read") as reader:
            assert reader.counts()["reports"] == 2


def test_a_second_handoff_while_the_server_writes_the_first_waits_its_turn(store: Path, tmp_path: Path) -> None:
    """Two ``okg ingest`` beside one server (a new user's round 48, B4): the one meeting the server writing the other's
    reports is handed over too, told it waits its turn, and both are stored; neither blames the server. The first hands
    over copies of a sample, each a report of its own (its url and one sentence its own), enough for the second to start
    while they are written."""
    sample = REPORTS[1].read_text(encoding="utf-8")
    batch = tmp_path / "batch"
    batch.mkdir()
    for n in range(COPIES):
        (batch / f"copy{n}.txt").write_text(re.sub(r"^url: .*$", f"url: http://copies.example/{n}.html", sample, count=1,
                                                   flags=re.M) + f"\n第{n}份。\n", encoding="utf-8")
    with okg_serve(store) as (server, url):
        first = subprocess.Popen([sys.executable, "-m", "api", "ingest", "--store", str(store), str(batch)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            while (found := handoff.find(store)) is None or found.writing_since is None:
                assert first.poll() is None, first.communicate()  # the first still writing when the second comes
                time.sleep(0.05)
            second = okg("ingest", "--store", str(store), str(REPORTS[-1]))
            out, err = first.communicate(timeout=600)
        finally:
            first.kill()
            first.wait()
        said = " ".join(second.stderr.split())
        assert second.returncode == 0, said
        assert f"served at {url} (process {server.pid})" in said and "waits its turn" in said, said
        assert "1 inserted" in said, said
        assert "is being written by" not in said
        assert first.returncode == 0 and f"{COPIES} inserted" in " ".join(err.split()), err
        assert httpx.get(f"{url}/reports", timeout=60).json()["total"] == COPIES + 2
        assert server.poll() is None
