"""``okg serve``'s memory after its first views, as JSON (issue 14 §6: the API server at 1M triples ≤ 600 MB).

Round 50 (perf50): the server on the 1M store peaked at 829 MiB after a first ``/laws``, ``/coverage`` and
``/search`` (round 49). This starts ``okg serve`` on a filled store (``--store DIR``, embedded, or ``--neo4j`` with
``NEO4J_URI``…), asks once each of the views a first visitor asks (:data:`STEPS`: the laws table, coverage, a search,
the areas, a law's depth-2 neighbourhood, the stats) and writes the server's resident memory and peak (``VmRSS``,
``VmHWM``, with its anonymous and file-backed parts: Oxigraph's files are mapped) and CPU-seconds after each.
``--baseline DIR`` (a checkout of the code before, such as ``git archive REV``) serves the same store from there too
and writes the ratios after / before. ``--trace N`` runs the server under :mod:`tracemalloc` and writes the ``N``
places that hold the most after the views (a snapshot asked with SIGUSR1): the switch lives here, not in the server.

A peak is a maximum, not a rate: one run per side, never a timed test.

Usage::

    python -m benchmarks.serve_memory --store /tmp/store1m --out /tmp/serve-memory.json [--baseline /tmp/base]
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from api.neo4j_runtime import free_port

HERE = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
#: What a first visitor asks, in order: (name, path, query parameters). ``{law}`` is the first law of ``/laws``.
STEPS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("laws", "/laws", {"limit": 50}),
    ("coverage", "/coverage", {}),
    ("search", "/search", {"q": "保护法"}),
    ("areas", "/areas", {"limit": 50}),
    ("neighbours", "/entities/{law}/neighbors", {"depth": 2}),
    ("stats", "/stats", {}),
)
#: The server under tracemalloc: SIGUSR1 writes the top ``OKG_TRACE_TOP`` lines (by traceback) to ``OKG_TRACE_OUT``.
_TRACED = """
import os, signal, sys, tracemalloc
tracemalloc.start(12)
def dump(*_):
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    top = snap.statistics("traceback")[:int(os.environ["OKG_TRACE_TOP"])]
    with open(os.environ["OKG_TRACE_OUT"], "w") as out:
        out.write(f"traced now {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MiB, "
                  f"peak {tracemalloc.get_traced_memory()[1] / 2**20:.1f} MiB\\n")
        for stat in top:
            out.write(f"{stat.size / 2**20:.1f} MiB in {stat.count} blocks\\n")
            out.write("\\n".join("    " + line for line in stat.traceback.format()[-12:]) + "\\n")
signal.signal(signal.SIGUSR1, dump)
from api.cli import app
app(sys.argv[1:])
"""


def _status(pid: int) -> dict[str, float]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {key: round(int(rest.split()[0]) / 1024, 1) for key, _, rest in (line.partition(":") for line in lines)
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile")}


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def serve(code: Path, flags: list[str], trace: int = 0, trace_out: Path | None = None) -> dict[str, Any]:
    """Serve with the checkout ``code``, ask :data:`STEPS` once each, and return the memory after start-up and after
    each step (MiB), the CPU-s spent, and (``trace``) the tracemalloc top written to ``trace_out``."""
    port = free_port()
    args = ["serve", *flags, "--host", HOST, "--port", str(port)]
    command = [sys.executable, "-c", _TRACED, *args] if trace else [sys.executable, "-m", "api", *args]
    env = {**os.environ, "OKG_TRACE_TOP": str(trace), "OKG_TRACE_OUT": str(trace_out)}
    proc = subprocess.Popen(command, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"okg serve did not start:\n{proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        out: dict[str, Any] = {"started": {**_status(proc.pid), "cpu_s": _cpu(proc.pid)}}
        law = ""
        for name, path, params in STEPS:
            response = httpx.get(base + path.format(law=law), params=params, timeout=900)
            response.raise_for_status()
            if name == "laws":
                law = response.json()["items"][0]["iri"]
            out[name] = {**_status(proc.pid), "cpu_s": _cpu(proc.pid), "bytes": len(response.content)}
        out["peak_rss_mib"] = out[STEPS[-1][0]]["VmHWM"]
        out["cpu_s"] = out[STEPS[-1][0]]["cpu_s"]
        if trace:
            proc.send_signal(signal.SIGUSR1)
            while not (trace_out and trace_out.exists() and trace_out.stat().st_size):
                time.sleep(0.5)
            time.sleep(1)
            out["trace"] = trace_out.read_text().splitlines()  # type: ignore[union-attr]
        return out
    finally:
        proc.terminate()
        proc.wait(60)


def measure(flags: list[str], baseline: Path | None, trace: int) -> dict[str, Any]:
    """The figures of one server here and (given) one at ``baseline``, on the same store."""
    with tempfile.TemporaryDirectory(prefix="okg-serve-memory-") as work:
        out: dict[str, Any] = {"after": serve(HERE, flags, trace, Path(work) / "after.trace")}
        if baseline is not None:
            out["before"] = serve(baseline, flags, trace, Path(work) / "before.trace")
            out["ratio_peak"] = out["after"]["peak_rss_mib"] / out["before"]["peak_rss_mib"]
            out["ratio_cpu"] = out["after"]["cpu_s"] / out["before"]["cpu_s"]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--store", type=Path, help="a filled embedded store")
    where.add_argument("--neo4j", action="store_true", help="the Neo4j database of NEO4J_URI…")
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--trace", type=int, default=0, help="write the N places holding the most (tracemalloc)")
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    args = parser.parse_args(argv)
    flags = ["--neo4j"] if args.neo4j else ["--store", str(args.store)]
    figures = measure(flags, args.baseline, args.trace)
    args.out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in figures.items() if k not in ("after", "before")} | {
        side: {k: v for k, v in figures[side].items() if k != "trace"} for side in ("after", "before")
        if side in figures}, indent=2))


if __name__ == "__main__":
    main()
