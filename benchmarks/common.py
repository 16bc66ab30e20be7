"""What every benchmark shares: tables, JSON results, timing, memory, the Neo4j server.

A benchmark here returns plain rows (dicts); this module prints them as a
table and writes them as JSON, so every figure in the README's "Limits and
guarantees" can be traced to one JSON file of one run.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psutil

from benchmarks.calibrate import calibration
from benchmarks.generate_corpus import SyntheticReport
from loaders import ReportGraph

if TYPE_CHECKING:
    from api.neo4j_runtime import Memory

Row = dict[str, Any]
#: The tracked folder of recorded results (the README's table is traced to its JSON): a run writes there only when
#: asked to record, and only once it has ended (a partial run once overwrote a tracked 1M file).
RECORDED = Path(__file__).resolve().parents[1] / "benchmark-results"


def add_out_options(parser: argparse.ArgumentParser) -> None:
    """``--out DIR`` and ``--record``: where a benchmark command writes its JSON (:func:`results_folder`)."""
    parser.add_argument("--out", type=Path, help="write the JSON here as the run goes [a new scratch folder]")
    parser.add_argument("--record", action="store_true",
                        help=f"copy the results into the tracked {RECORDED.name}/ once the run has ended")


@contextmanager
def results_folder(out: Path | None, record: bool, recorded: Path = RECORDED) -> Iterator[Path]:
    """The folder a run writes its JSON into: ``out`` when given; else a new scratch folder, copied into ``recorded``
    (file by file, over what is there) when ``record`` is set and the run ends without an exception, so an interrupted
    or failed run leaves the tracked results as they were. Raises ``ValueError`` for ``out`` with ``record``."""
    if out is not None and record:
        raise ValueError("--out and --record: give one (--record writes to the tracked folder)")
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        yield out
        print(f"\nJSON results in {out}")
        return
    scratch = Path(tempfile.mkdtemp(prefix="okg-benchmark-results-"))
    yield scratch
    if record:
        shutil.copytree(scratch, recorded, dirs_exist_ok=True)
        print(f"\nJSON results in {scratch}, recorded into {recorded}")
    else:
        print(f"\nJSON results in {scratch} (not recorded: --record copies them into {recorded})")


def print_table(title: str, rows: Sequence[Row], columns: Sequence[str] | None = None) -> None:
    """A fixed-width text table: numbers right-aligned with thousands separators."""
    if not rows:
        print(f"\n{title}: no rows")
        return
    columns = list(columns or rows[0].keys())
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [max(len(col), *(len(r[i]) for r in cells)) for i, col in enumerate(columns)]
    print(f"\n{title}")
    print("  ".join(col.ljust(w) if i == 0 else col.rjust(w) for i, (col, w) in enumerate(zip(columns, widths))))
    for r in cells:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        return f"{value:.2f}" if value >= 1 else f"{value:.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


def write_json(path: Path, name: str, result: Any) -> Path:
    """``path/name.json`` with the result and the machine it ran on."""
    path.mkdir(parents=True, exist_ok=True)
    out = path / f"{name}.json"
    payload = {"benchmark": name, "machine": machine(), "result": result}
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def machine() -> dict[str, Any]:
    """Enough about the host to compare two result files fairly."""
    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "platform": platform.platform()}


def best_seconds(work: Callable[[], object], rounds: int = 3) -> float:
    """The fastest of a few rounds: the least disturbed measurement."""
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


@dataclass
class Corpus:
    """Calibrated generated reports, their graphs, and the CPU-seconds reading, extracting and building took."""

    reports: list[SyntheticReport]
    graphs: list[ReportGraph]
    build_cpu_seconds: float

    @property
    def triples(self) -> int:
        return sum(len(g.graph) for g in self.graphs)

    @property
    def chars(self) -> int:
        return sum(len(r.text) for r in self.reports)


def corpus(triples: int, seed: int = 0) -> Corpus:
    """Calibrated reports (:mod:`benchmarks.calibrate`), built one by one until they hold ``triples``."""
    cal = calibration(seed)
    out, held = Corpus([], [], 0.0), 0
    while held < triples:
        item = cal.report(len(out.reports), seed)
        began = time.process_time()
        graph = item.graph()
        out.build_cpu_seconds += time.process_time() - began
        out.reports.append(item)
        out.graphs.append(graph)
        held += len(graph.graph)
    return out


class PeakRss:
    """Samples the resident memory of a process and its children (summed) in a thread;
    ``peak_mb`` is the highest seen."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                rss = self.process.memory_info().rss
                for child in self.process.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        rss += child.memory_info().rss
                self.peak = max(self.peak, rss)
            except psutil.Error:
                return
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak / 2**20


def rss_mb(pid: int) -> float:
    """A process's resident memory now, in MiB."""
    return psutil.Process(pid).memory_info().rss / 2**20


def neo4j_memory() -> Memory:
    """The benchmark servers' memory: the runtime's small default
    (1 GiB heap, 256 MiB page cache) ran out of heap in a 1M-triple write; 4 GiB of heap and a page cache
    holding the whole 1M store fit a 24 GB machine."""
    from api import neo4j_runtime

    return neo4j_runtime.Memory(heap_initial_mb=1024, heap_max_mb=4096, pagecache="2g")


@contextmanager
def neo4j_env() -> Iterator[dict[str, str]]:
    """NEO4J_URI/USER/PASSWORD of the server at NEO4J_URI, else of a throw-away one started here."""
    if os.environ.get("NEO4J_URI"):
        yield {k: os.environ.get(k, "") for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")}
        return
    from api import neo4j_runtime

    server = neo4j_runtime.start(memory=neo4j_memory())
    try:
        yield {"NEO4J_URI": server.uri, "NEO4J_USER": server.user, "NEO4J_PASSWORD": server.password}
    finally:
        neo4j_runtime.stop(server)


def wipe_neo4j(env: dict[str, str]) -> None:
    """Empty the benchmark's database in batches (one huge DETACH DELETE would exhaust the heap)."""
    from neo4j import GraphDatabase

    auth = (env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    # CALL … IN TRANSACTIONS needs an auto-commit transaction
    with GraphDatabase.driver(env["NEO4J_URI"], auth=auth) as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def run_module(args: list[str], env: dict[str, str] | None = None, timeout: float = 3600) -> tuple[str, float]:
    """``python -m ARGS`` in a child, its stdout and the child's peak resident memory in MiB."""
    proc = subprocess.Popen([sys.executable, "-m", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **(env or {})}, cwd=Path(__file__).resolve().parents[1])
    with PeakRss(proc.pid) as peak:
        out, err = proc.communicate(timeout=timeout)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"python -m {' '.join(args)} exited {proc.returncode}:\n{err[-2000:]}")
    return out, peak.peak_mb
