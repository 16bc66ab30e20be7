"""The memory ceiling of query and report processes (:func:`graph.query_limits.cap_memory`):
it stops what a process allocates, never the address space threads merely reserve."""
from __future__ import annotations

import ctypes
import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from graph.backends.embedded import EmbeddedStore
from graph.query_limits import QueryLimits, cap_memory

MiB = 2**20


def _threads_then_a_big_allocation(sender: object) -> None:
    """Under a 256 MiB cap: 16 threads alive at once, each malloc-ing (so glibc gives each its
    own arena, 64 MiB of address space reserved), then one 512 MiB allocation."""
    cap_memory(256 * MiB)
    malloc = ctypes.CDLL(None).malloc
    malloc.restype = ctypes.c_void_p
    together = threading.Barrier(16, timeout=20)
    done: list[bool] = []

    def allocate() -> None:
        together.wait()
        done.append(all(malloc(4096) for _ in range(64)))  # small blocks: from the thread's arena
        together.wait()

    threads = [threading.Thread(target=allocate) for _ in range(16)]
    try:
        for thread in threads:
            thread.start()
    except RuntimeError as exc:  # "can't start new thread": the cap counted reserved address space
        together.abort()
        sender.send((str(exc), None))  # type: ignore[attr-defined]
        return
    for thread in threads:
        thread.join()
    try:
        bytearray(512 * MiB)
        big = "allocated"
    except MemoryError:
        big = "MemoryError"
    sender.send((done.count(True), big))  # type: ignore[attr-defined]


def test_threads_start_under_the_cap_and_a_big_allocation_fails() -> None:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_threads_then_a_big_allocation, args=(sender,), daemon=True)
    child.start()
    assert receiver.poll(60), "the capped child did not answer"
    answer = receiver.recv()
    child.kill()
    assert answer == (16, "MemoryError")


def test_many_snapshot_queries_under_a_small_cap(tmp_path: Path) -> None:
    """Each /sparql query opens a RocksDB snapshot (with its thread pool) in a capped child."""
    graph = Graph()
    for i in range(200):
        graph.add((URIRef(f"urn:okg:test:s{i}"), URIRef("urn:okg:test:p"), Literal(i)))
    limits = QueryLimits(memory=256 * MiB)
    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_report("urn:okg:test:report", graph, "0")
        counts = [store.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:okg:test:p> ?o }", limits)
                  ["results"]["bindings"][0]["n"]["value"] for _ in range(20)]
    assert counts == ["200"] * 20


def test_a_script_that_queries_the_store_unguarded_is_told_to_guard_it(tmp_path: Path) -> None:
    """A script opening the store at its top level, with no ``if __name__ == "__main__":``, is imported
    again by the query process, which then cannot open the locked store: the error says what to do."""
    EmbeddedStore(tmp_path / "store").close()
    script = tmp_path / "count.py"
    script.write_text("import sys\nfrom graph.backends.embedded import EmbeddedStore\n"
                      "print(EmbeddedStore(sys.argv[1]).sparql('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'))\n",
                      encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), str(tmp_path / "store")], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert run.returncode != 0
    assert 'open it under `if __name__ == "__main__":`' in run.stderr.splitlines()[-1]
    guarded = tmp_path / "guarded.py"
    guarded.write_text("import sys\nfrom graph.backends.embedded import EmbeddedStore\n"
                       "if __name__ == '__main__':\n"
                       "    print(EmbeddedStore(sys.argv[1]).sparql('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'))\n",
                       encoding="utf-8")
    run = subprocess.run([sys.executable, str(guarded), str(tmp_path / "store")], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert run.returncode == 0, run.stderr
