"""The embedded store under faults: a writer killed with SIGKILL, and concurrent ingests."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fault_helpers import at_once, report_shapes, shape, wait_until
from rdflib import Graph, Literal, URIRef

from api.ingest import IngestResult, ingest
from benchmarks.generate_corpus import SyntheticReport
from graph.backends.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[2]
SEED = 7  # the seed of the fault corpus (conftest)
#: The child writes every report, then rewrites them all round after round (each a full replace),
#: until it is killed; the loop is bounded so a child that is never killed still ends.
WRITER = """
import sys
from benchmarks.generate_corpus import reports
from graph.backends.embedded import EmbeddedStore

store = EmbeddedStore(sys.argv[1])
graphs = [item.graph() for item in reports(int(sys.argv[2]), seed=int(sys.argv[3]))]
print("ready", flush=True)
for n in range(200):
    for g in graphs:
        store.upsert_report(g.iri, g.graph, f"{g.content_hash}-{n}")
        print("wrote", flush=True)
"""
#: The same corpus in groups of six through ``upsert_reports`` (new reports: one bulk ingest a group),
#: deleted after each round so every round writes new reports again.
GROUPED_WRITER = """
import sys
from benchmarks.generate_corpus import reports
from graph.backends.embedded import EmbeddedStore

store = EmbeddedStore(sys.argv[1])
graphs = [item.graph() for item in reports(int(sys.argv[2]), seed=int(sys.argv[3]))]
print("ready", flush=True)
for n in range(200):
    for k in range(0, len(graphs), 6):
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in graphs[k:k + 6]])
        print("wrote", flush=True)
    for g in graphs:
        store.delete_report(g.iri)
"""


def _graphs(path: Path) -> dict[str, frozenset]:
    with EmbeddedStore(path) as store:
        return report_shapes(store)


@pytest.mark.parametrize(("writer", "writes_before_kill"), [(WRITER, 3), (WRITER, 30), (GROUPED_WRITER, 6)],
                         ids=["first-pass", "replacing", "grouped"])
def test_writer_killed_mid_write_leaves_every_report_whole_or_absent(
        tmp_path: Path, fault_reports: list[SyntheticReport], writer: str, writes_before_kill: int) -> None:
    expected = {str(g.iri): shape(g.graph) for g in (item.graph() for item in fault_reports)}
    child = subprocess.Popen([sys.executable, "-c", writer, str(tmp_path / "store"), str(len(fault_reports)),
                              str(SEED)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(child.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        assert wait_until(lambda: lines.count("wrote\n") >= writes_before_kill, timeout=60), "the writer stalled"
        time.sleep(0.002)  # land inside the next transaction
        child.kill()  # SIGKILL: no flush, no close
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -9

    stored = _graphs(tmp_path / "store")  # reopens: no stale lock, no corruption
    assert stored, "nothing survived, although writes had completed"
    for report, triples in stored.items():
        assert triples == expected[report], f"{report} is partial after the kill"
    if writer == WRITER and writes_before_kill > len(fault_reports):  # every report had been written once: all must be there
        assert set(stored) == set(expected)


def test_two_threads_ingesting_the_same_reports_store_one_copy(
        tmp_path: Path, fault_corpus: list[Path], fault_reference: dict[str, object]) -> None:
    sources = [str(p) for p in fault_corpus]
    with EmbeddedStore(tmp_path / "store") as store:
        results: list[list[IngestResult]] = at_once(lambda: ingest(sources, store), lambda: ingest(sources, store))
        assert not [r.error for batch in results for r in batch if r.outcome == "failed"]
    assert _graphs(tmp_path / "store") == fault_reference["graphs"]


def test_concurrent_replacements_of_one_report_leave_one_version(tmp_path: Path) -> None:
    report = URIRef("https://w3id.org/oversight-kg/id/report/race.txt")
    versions = [_version(report, tag) for tag in ("a", "b")]
    with EmbeddedStore(tmp_path / "store") as store:
        for n in range(20):  # the race shows in about a third of the rounds
            at_once(*(lambda g=g, tag=tag, n=n: store.upsert_report(report, g, f"{tag}-{n}")
                      for g, tag in zip(versions, "ab")), timeout=30)
            stored = shape(dict(store.report_graphs())[report])
            assert stored in {shape(g) for g in versions}, f"round {n}: {len(stored)} triples, a mix of both"


def _version(report: URIRef, tag: str, size: int = 200) -> Graph:
    graph = Graph()
    for i in range(size):
        graph.add((URIRef(f"{report}/{tag}/{i}"), URIRef("https://w3id.org/oversight-kg/ontology#value"), Literal(i)))
    return graph


def test_two_okg_ingest_processes_on_one_store_store_one_copy(
        tmp_path: Path, fault_corpus: list[Path], fault_reference: dict[str, object]) -> None:
    store = tmp_path / "store"
    command = [sys.executable, "-m", "api", "ingest", str(fault_corpus[0].parent), "--store", str(store)]
    children = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    done = [child.communicate(timeout=120) for child in children]
    codes = [child.returncode for child in children]
    assert 0 in codes, done
    for code, (_, err) in zip(codes, done):
        if code != 0:  # the loser is told plainly that the store is in use, and wrote nothing
            assert code == 2 and "IO error" not in err, err  # named when the winner's mark is down (graph.holder)
            assert "is in use by another process" in err or "is being written by okg ingest" in err, err
    with EmbeddedStore(store) as db:
        assert db.counts() == fault_reference["counts"]
