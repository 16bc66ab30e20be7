"""The commands that read work beside `okg serve` on the same embedded store; those that write say exactly what to
do (graph.holder). A fresh user's round 32, finding 8: with the explorer open, `okg ask` and `okg ingest` failed
(`the store … is in use by another process`), and an `okg ask` started in the same second made `okg serve` exit."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from api.cli import SAMPLES
from api.ingest import expand, ingest
from api_helpers import answering, free_port, okg_in_process, okg_serve
from graph import StoreError, marks, open_store
from graph.backends.embedded import DEFAULT_GRAPH_MARK, DEFAULT_GRAPH_SET, EmbeddedStore
from graph.embedded_bookkeeping import PREDICATES
from graph.holder import KEY, holder
from old_layouts import before_round_40
from shared_stores import SharedStore

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "NEO4J_URI": ""}


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled samples but one (the one `okg ingest` is asked to add), closed."""
    path = tmp_path_factory.mktemp("beside-serve") / "store"
    with EmbeddedStore(path) as store:
        ingest(expand([SAMPLES])[1:], store)
    return path


def okg(*words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api", *words], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def served(samples: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`okg serve` on the store, answering: the process and its base URL."""
    with okg_serve(samples) as served:
        yield served


@pytest.mark.parametrize("path", ["organs", "laws", "activities?kind=执法检查", "search?q=长江保护法"])
def test_okg_ask_answers_beside_okg_serve_as_the_server_does(samples: Path, served: tuple[subprocess.Popen[str], str],
                                                             path: str) -> None:
    done = okg_in_process("ask", path, "--json", "--store", str(samples))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == httpx.get(f"{served[1]}/{path}", timeout=60).json()
    assert served[0].poll() is None


@pytest.mark.parametrize("words", [["stats", "--json"], ["export", "--format", "csv-nodes"], ["ask", "reports"]])
def test_the_reading_commands_work_beside_okg_serve(samples: Path, served: tuple[subprocess.Popen[str], str],
                                                    words: list[str]) -> None:
    done = okg(*words, "--store", str(samples))
    assert done.returncode == 0 and done.stdout.strip(), done.stderr


@pytest.mark.parametrize("given", ["file", "report"])
def test_a_dry_run_of_delete_reads_beside_okg_serve(samples: Path, served: tuple[subprocess.Popen[str], str],
                                                    given: str) -> None:
    """`okg delete --dry-run` writes nothing, so it works beside the server as the reading commands do (a new user's
    round 38, finding 8: it was refused, told to stop the server), and the store is unchanged."""
    before = httpx.get(f"{served[1]}/stats", timeout=60).json()
    report = httpx.get(f"{served[1]}/reports", params={"limit": 1}, timeout=60).json()["items"][0]
    named = str(expand([SAMPLES])[1]) if given == "file" else report["iri"]
    done = okg_in_process("delete", "--dry-run", named, "--store", str(samples))
    assert done.returncode == 0, done.stderr
    assert "would be deleted" in " ".join(done.stdout.split()) or "would be dropped" in done.stdout, done.stdout
    assert httpx.get(f"{served[1]}/stats", timeout=60).json() == before and served[0].poll() is None


@pytest.mark.parametrize("words", [["delete", "--missing"], ["reindex"]])  # okg ingest hands its reports to the
# server instead (tests/api/test_ingest_beside_serve.py)
def test_a_write_beside_okg_serve_says_which_process_holds_the_store_and_what_to_do(
        samples: Path, served: tuple[subprocess.Popen[str], str], words: list[str]) -> None:
    done = okg(*words, "--store", str(samples))
    pid = served[0].pid
    assert done.returncode == 2 and done.stderr.endswith("\n"), done.stderr
    said = " ".join(done.stderr.split())
    assert f"served by okg serve --store {samples} --port" in said and f"process {pid}" in said, said
    assert f"`kill {pid}`" in said and "run this again, then start it again" in said and "okg ask" in said


def test_a_reader_refused_beside_a_write_is_told_to_wait(samples: Path, tmp_path: Path) -> None:
    """Oxigraph documents a read-only opening beside a writing process as undefined: a reader waits for the write."""
    copy = tmp_path / "store"
    with EmbeddedStore(samples, access="read") as source:
        assert source.read_only and source.counts()["reports"] == len(expand([SAMPLES])) - 1
    with EmbeddedStore(copy):  # this process writes it
        done = okg("ask", "laws", "--store", str(copy))
    assert done.returncode == 2 and done.stderr.endswith("\n")
    said = " ".join(done.stderr.split())
    assert "is being written by" in said and f"process {os.getpid()}" in said and "wait for it to finish" in said
    assert KEY not in marks.read(copy), "the mark goes with the writer"


def test_a_reader_takes_no_lock_so_okg_serve_starts_beside_it(tmp_path: Path) -> None:
    """An `okg ask` started in the same second as `okg serve` made the server exit (round 32): a reader now opens the
    store read-only, and a server or a writer opens it meanwhile."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        ingest(expand([SAMPLES])[:1], store)
    with open_store(path, access="read") as reader:
        with EmbeddedStore(path) as server:
            assert json.loads(marks.read(path)[KEY])["role"] == "writes"
            server.serving()
            assert json.loads(marks.read(path)[KEY])["role"] == "reads"
            assert server.counts() == reader.counts() and reader.counts()["reports"] == 1
        with pytest.raises(StoreError, match="open to read only"):
            reader.set_mark("anything", "x")
    assert KEY not in marks.read(path)


@pytest.mark.neo4j
def test_copy_to_neo4j_reads_beside_okg_serve_and_copy_from_neo4j_is_refused(
        samples: Path, served: tuple[subprocess.Popen[str], str], neo4j_server: Any) -> None:
    """`okg copy --to-neo4j` only reads the embedded store: it copies beside the server (a new user's round 39, finding
    13: it was refused, told to stop the server), Neo4j then holding every report the server lists; `--from-neo4j`
    writes the embedded store and is refused as the other writers are."""
    from neo4j import GraphDatabase

    env = {**ENV, "NEO4J_URI": neo4j_server.uri, "NEO4J_USER": neo4j_server.user,
           "NEO4J_PASSWORD": neo4j_server.password}
    with GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")  # the session's server: other tests leave their graphs
        done = subprocess.run([sys.executable, "-m", "api", "copy", "--to-neo4j", "--store", str(samples)], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        copied = driver.execute_query("MATCH (g:_OkgGraph) RETURN g.uri AS uri").records
    listed = httpx.get(f"{served[1]}/reports", params={"limit": 1000}, timeout=60).json()["items"]
    assert {r["iri"] for r in listed} <= {r["uri"] for r in copied} and listed
    assert "embedded → neo4j:" in done.stderr and "inserted" in done.stderr, done.stderr
    back = subprocess.run([sys.executable, "-m", "api", "copy", "--from-neo4j", "--store", str(samples)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    said = " ".join(back.stderr.split())
    assert back.returncode == 2 and f"served by okg serve --store {samples}" in said, said
    assert served[0].poll() is None


def test_a_reader_opens_the_store_while_okg_serve_is_starting(tmp_path: Path) -> None:
    """A new user's round 40, finding 4: for about two seconds after `okg serve` started, `okg ask` was refused ("the
    store is being written by okg serve"), the server marked a writer until it had imported its app, though it never
    writes. Read openings in a loop from the server's launch until it answers: every one opens, and some open while
    the server already holds the store."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        ingest(expand([SAMPLES])[:1], store)
    url = f"http://127.0.0.1:{(port := free_port())}"
    server = subprocess.Popen([sys.executable, "-m", "api", "serve", "--store", str(path), "--port", str(port)],
                              env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    refused, beside = [], 0
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.communicate()[1]
            found = holder(path)
            try:
                with EmbeddedStore(path, access="read") as reader:
                    assert reader.counts()["reports"] == 1
                beside += found is not None and found.pid == server.pid
            except StoreError as exc:
                refused.append(str(exc))
            if answering(url):
                break
            assert time.monotonic() < deadline, "the server did not start"
        assert not refused, refused[0]
        assert beside > 0, "no reading while the server held the store"
        assert json.loads(marks.read(path)[KEY])["role"] == "reads"
    finally:
        server.kill()
        server.wait()


def test_a_serving_opening_is_a_reader_from_its_first_moment(tmp_path: Path) -> None:
    """The opening `okg serve` makes (access="serve") holds the directory, so a writer is refused naming the server,
    and marks itself a reader at once, so a reader opens beside it."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        ingest(expand([SAMPLES])[:1], store)
    with EmbeddedStore(path, access="serve") as server:
        assert not server.read_only and json.loads(marks.read(path)[KEY])["role"] == "reads"
        with EmbeddedStore(path, access="read") as reader:
            assert reader.counts() == server.counts()
        with pytest.raises(StoreError, match="served by"):
            EmbeddedStore(path)
    assert KEY not in marks.read(path)


def _left_to_compact(path: Path, writes: int = 6, quads: int = 30_000) -> None:
    """A store whose last writes left RocksDB level-0 files for the next opening to compact: several small writes,
    each flushed to a level-0 table file (Oxigraph compacts a column family from two of them on), the last ones
    closed before their compaction ran, as an ingest that ends leaves them; marked as okg's stores of round 40 are."""
    db = ox.Store(str(path))
    for write in range(writes):
        graph = ox.NamedNode(f"https://w3id.org/oversight-kg/id/report/compact-{write}")
        db.extend(ox.Quad(ox.NamedNode(f"{graph.value}#s{i}"), ox.NamedNode(f"urn:p{i % 7}"), ox.Literal(f"v{i}"),
                          graph) for i in range(quads))
        db.flush()
    del db
    marks.write(path, DEFAULT_GRAPH_MARK, DEFAULT_GRAPH_SET)


#: A reader beside the server (a process of its own): from the server's first mark, okg's read-only openings in a loop
#: for five seconds (the server's opening and its first queries, its app imported meanwhile), each asking whether a
#: graph holds a triple; prints how many opened and read, and what failed. The wait for the mark polls every 10 ms: at
#: 1 ms three readers spun through the server's whole start (a quarter of all samples of a profiled suite run, round
#: 49, taken from the server they wait for), and the compactions they race begin after the mark, at the opening.
_READER = """
import json, sys, time
from pathlib import Path
from graph import StoreError
from graph.backends.embedded import EmbeddedStore
from graph.holder import holder
path, server = Path(sys.argv[1]), int(sys.argv[2])
deadline = time.monotonic() + 120
while (found := holder(path)) is None or found.pid != server:
    assert time.monotonic() < deadline, "the server never held the store"
    time.sleep(0.01)
opened, failed, end = 0, [], time.monotonic() + 5
while time.monotonic() < end:
    try:
        with EmbeddedStore(path, access="read") as reader:
            opened += bool(reader._query("ASK { GRAPH ?g { ?s ?p ?o } }"))
    except (StoreError, OSError, RuntimeError) as exc:
        failed.append(" ".join(str(exc).split()))
print(json.dumps({"opened": opened, "failed": failed}))
"""


def test_readers_beside_okg_serve_open_while_rocksdb_compacts_in_it(tmp_path: Path) -> None:
    """CI run 76: a read-only opening beside `okg serve` failed, `Corruption … 000027.sst: No such file`. RocksDB
    compacts in the process that holds the store, though it writes no graph: at its opening, the level-0 files the last
    write left (closed before their compaction ran), and after a compaction, at its first read, the files whose
    sequence numbers it zeroes; each deletes the files it merged, which a reader that had read the manifest before
    then fails to open. Three readers open the store (graph.backends.embedded: tried again on a missing table file)
    in a loop beside a real server on such a store: every opening opens and reads."""
    path = tmp_path / "store"
    _left_to_compact(path)
    server = subprocess.Popen([sys.executable, "-m", "api", "serve", "--store", str(path), "--port", str(free_port())],
                              env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        readers = [subprocess.Popen([sys.executable, "-c", _READER, str(path), str(server.pid)], env=ENV, cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
        said = [reader.communicate(timeout=180) for reader in readers]
        assert server.poll() is None, server.communicate()[1]
    finally:
        server.kill()
        server.wait()
    assert all(reader.returncode == 0 for reader in readers), [err for _, err in said]
    found = [json.loads(out) for out, _ in said]
    failed = [message for one in found for message in one["failed"]]
    assert not failed, f"{len(failed)} of {len(failed) + sum(one['opened'] for one in found)} openings failed: {failed[0]}"
    assert all(one["opened"] > 0 for one in found)

def _old_layout(shared_samples: SharedStore) -> Path:
    """A store of the bundled samples (a copy of the session's) as okg wrote it before round 40: report graphs,
    nothing of theirs in the default graph, no default-graph mark; its path."""
    path = shared_samples.copy_path()
    with EmbeddedStore(path):  # a copy is opened (and closed) once, as an ingested store was, before it is aged
        pass
    before_round_40(path)
    return path


def _shared_once(store: EmbeddedStore) -> bool:
    """Whether the store's default graph holds every triple of its named graphs (its bookkeeping aside)."""
    db = store._db  # type: ignore[attr-defined]
    named = {(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None)
             if q.graph_name != ox.DefaultGraph()}
    shared = {(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, ox.DefaultGraph())
              if q.predicate not in PREDICATES}
    return bool(named) and shared == named


def test_okg_serve_fills_an_old_stores_default_graph_before_it_says_it_reads(shared_samples: SharedStore) -> None:
    """`okg serve` on a store written before round 40 fills SPARQL's default graph (a write) when it opens: it says it
    reads only once the default graph is filled and marked so. The marks watched from the server's launch until it
    answers: never `reads` without the default-graph mark; a reader opening at the first `reads` reads the filled
    default graph, as a set."""
    path = _old_layout(shared_samples)
    url = f"http://127.0.0.1:{(port := free_port())}"
    server = subprocess.Popen([sys.executable, "-m", "api", "serve", "--store", str(path), "--port", str(port)],
                              env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: list[tuple[str, str | None]] = []  # (the server's role, the default-graph mark), each change
    filled: bool | None = None
    try:
        deadline = time.monotonic() + 120
        while not answering(url) or not seen or seen[-1][0] != "reads":
            assert server.poll() is None, server.communicate()[1]
            assert time.monotonic() < deadline, "the server did not start"
            now = marks.read(path)
            held = json.loads(now[KEY]) if KEY in now else {}
            if held.get("pid") == server.pid and (state := (held["role"], now.get(DEFAULT_GRAPH_MARK))) not in seen[-1:]:
                seen.append(state)
                if held["role"] == "reads" and filled is None:
                    with EmbeddedStore(path, access="read") as reader:
                        filled = _shared_once(reader)
    finally:
        server.kill()
        server.wait()
    assert seen[-1] == ("reads", DEFAULT_GRAPH_SET), seen
    assert all(mark == DEFAULT_GRAPH_SET for role, mark in seen if role == "reads"), seen
    assert filled, "the first reader beside the server read a default graph not yet filled"


def test_a_reader_waits_while_the_server_prepares_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store marked `prepares` (okg serve writing before it serves) is read once the mark says `reads`, not refused;
    a mark that stays `prepares` past graph.backends.embedded.PREPARE_WAIT is refused naming the server."""
    import threading

    from graph.backends import embedded
    from graph.holder import hold

    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        ingest(expand([SAMPLES])[:1], store)
    hold(path, "prepares")
    later = threading.Timer(0.5, hold, (path, "reads"))
    later.start()
    began = time.monotonic()
    with EmbeddedStore(path, access="read") as reader:
        waited = time.monotonic() - began
        assert reader.counts()["reports"] == 1
    later.join()
    assert waited >= 0.4, "the reader opened while the store was prepared"
    hold(path, "prepares")
    monkeypatch.setattr(embedded, "PREPARE_WAIT", 0.2)
    with pytest.raises(StoreError, match=r"still being prepared by .* \(process \d+"):
        EmbeddedStore(path, access="read")


def _raw(url: str, target: bytes) -> bytes:
    """What the server answers a GET of ``target`` sent as it is, as curl sends a URL typed with Chinese in it."""
    import socket

    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    return answer


@pytest.mark.parametrize("target", ["/search?q=大气法", "/organs?q=人大常委会&limit=5", "/activities?kind=执法检查"])
def test_a_url_typed_with_chinese_is_told_to_percent_encode_it(served: tuple[subprocess.Popen[str], str],
                                                               target: str) -> None:
    """curl sends a URL typed with Chinese as raw UTF-8, which HTTP refuses before any route (uvicorn said `400 Invalid
    HTTP request received.`, no more: a new user's round 40, §8): the refusal says to percent-encode it, and the same
    request percent-encoded is answered."""
    from urllib.parse import quote

    refused = _raw(served[1], target.encode("utf-8"))
    assert refused.startswith(b"HTTP/1.1 400"), refused
    said = refused.split(b"\r\n\r\n", 1)[1].decode("ascii")
    assert "not ASCII" in said and "--data-urlencode" in said, said
    assert _raw(served[1], quote(target, safe="/?=&").encode("ascii")).startswith(b"HTTP/1.1 200"), target
    assert _raw(served[1], b"/search?q=a b").endswith(b"\r\n\r\nInvalid HTTP request received.")  # another fault: uvicorn's
