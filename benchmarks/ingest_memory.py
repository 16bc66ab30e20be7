"""A first ``okg ingest`` of the calibrated corpus: its peak resident memory and CPU, as JSON (issue 14 §6).

Round 49 (perf49): the ingest's main process grew with every report written (the graphs its claims kept), 1.6 GiB at
1M triples against the issue's 1 GB. This writes the calibrated corpus (:mod:`benchmarks.calibrate`) of ``--reports``
reports (88 hold some 100k triples, 879 some 1M), runs ``python -m api ingest`` on a new embedded store under
``/usr/bin/time -f %M`` (the largest process of the tree: the main process or its report worker) and writes the peak in
MiB, the CPU-seconds of the tree and the triples stored. Given ``--baseline DIR`` (a checkout of the code before, such
as ``git archive REV``), the same ingest runs from there too and the ratios after / before are written. A peak is a
maximum, not a rate: one run per side, never a timed test.

Usage::

    python -m benchmarks.ingest_memory --reports 88 --out /tmp/ingest-memory.json [--baseline /tmp/base]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.calibrate import calibration
from benchmarks.generate_corpus import write_corpus

HERE = Path(__file__).resolve().parents[1]
#: The line ``okg ingest`` writes at each tenth of its reports read (:func:`api.cli._run_with_progress`).
PROGRESS = re.compile(r"ingesting: (\d+)/\d+ reports read")


def _status(pid: int) -> dict[str, int]:
    """The kB figures of ``/proc/PID/status`` this benchmark samples (empty once the process has ended)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {key: int(rest.split()[0]) for key, _, rest in (line.partition(":") for line in lines)
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile")}


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for t in Path(f"/proc/{pid}/task").iterdir()
                for c in (t / "children").read_text().split()]
    except OSError:
        return []


def _sample(pid: int, reports: list[int], every: float, samples: list[dict[str, Any]], done: threading.Event) -> None:
    """Every ``every`` seconds: the main process's resident, peak, anonymous and file-backed MiB, its children's
    resident MiB, and the reports it had read by then (to the tenth it last said)."""
    start = time.monotonic()
    while not done.wait(every):
        main = _status(pid)
        if not main:
            return
        worker = sum(_status(child).get("VmRSS", 0) for child in _children(pid))
        samples.append({"s": round(time.monotonic() - start, 1), "reports": reports[0],
                        **{f"main_{k.lower()}_mib": round(v / 1024, 1) for k, v in main.items()},
                        "children_rss_mib": round(worker / 1024, 1)})


def _growth(samples: list[dict[str, Any]]) -> float | None:
    """MiB the main process's resident memory rose per report over the second half of the run (least squares)."""
    half = [s for s in samples if s["reports"] >= samples[-1]["reports"] / 2] if samples else []
    if len(half) < 2 or half[0]["reports"] == half[-1]["reports"]:
        return None
    xs, ys = [s["reports"] for s in half], [s["main_vmrss_mib"] for s in half]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def first_ingest(code: Path, corpus: Path, store: Path, every: float = 10.0) -> dict[str, Any]:
    """``okg ingest CORPUS --store STORE`` run from the checkout ``code``: the peak RSS MiB of the tree's largest
    process (``wait4``, as ``/usr/bin/time -f %M``) and of the main process (its ``VmHWM``, sampled every ``every``
    seconds with its resident memory and the reports answered: ``samples``), CPU-s of the tree, reports, triples,
    and the main process's growth in MiB per report over the second half (``main_mib_per_report``)."""
    proc = subprocess.Popen([sys.executable, "-m", "api", "ingest", str(corpus), "--store", str(store), "--json"],
                            cwd=code, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    answered, samples, done = [0], [], threading.Event()
    sampler = threading.Thread(target=_sample, args=(proc.pid, answered, every, samples, done), daemon=True)
    sampler.start()
    assert proc.stdout is not None and proc.stderr is not None
    stderr: list[str] = []

    def drain() -> None:  # off a terminal the ingest says at each tenth how many reports it has read
        for line in proc.stderr:  # type: ignore[union-attr]
            stderr.append(line)
            if (read := PROGRESS.match(line)) is not None:
                answered[0] = int(read[1])

    drainer = threading.Thread(target=drain, daemon=True)
    drainer.start()
    results = [json.loads(line) for line in proc.stdout if line.startswith("{")]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    drainer.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"okg ingest exited {proc.returncode}:\n{''.join(stderr)[-2000:]}")
    stored = [r for r in results if r["outcome"] in ("inserted", "replaced", "unchanged")]
    return {"peak_rss_mib": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime,
            "main_peak_rss_mib": max((s["main_vmhwm_mib"] for s in samples), default=None),
            "main_mib_per_report": _growth(samples), "reports": len(stored),
            "triples": sum(r["triples"] for r in stored), "samples": samples}


def measure(reports: int, baseline: Path | None, keep: Path | None = None, every: float = 10.0) -> dict[str, Any]:
    """The figures of a first ingest of ``reports`` calibrated reports, here and (given) at ``baseline``; ``keep``:
    a new directory where this side's store stays (for ``benchmarks.serve_memory``), else it is deleted."""
    cal = calibration(0)
    with tempfile.TemporaryDirectory(prefix="okg-ingest-memory-") as work:
        corpus = Path(work) / "corpus"
        write_corpus(corpus, (cal.report(index, 0) for index in range(reports)))
        out: dict[str, Any] = {"reports_given": reports}
        sides = [("after", HERE)] + ([("before", baseline)] if baseline is not None else [])
        for name, code in sides:
            store = keep if keep is not None and name == "after" else Path(work) / f"store-{name}"
            out[name] = first_ingest(code, corpus, store, every)
            if store != keep:
                shutil.rmtree(store, ignore_errors=True)
    if baseline is not None:
        out["ratio_peak"] = out["after"]["peak_rss_mib"] / out["before"]["peak_rss_mib"]
        out["ratio_cpu"] = out["after"]["cpu_s"] / out["before"]["cpu_s"]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=88, help="calibrated reports (88: ~100k triples, 879: ~1M)")
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    parser.add_argument("--keep-store", type=Path, help="a new directory to keep this side's store in")
    parser.add_argument("--every", type=float, default=10.0, help="seconds between samples of the main process")
    args = parser.parse_args(argv)
    figures = measure(args.reports, args.baseline, args.keep_store, args.every)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
