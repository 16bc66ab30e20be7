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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.calibrate import calibration
from benchmarks.generate_corpus import write_corpus

HERE = Path(__file__).resolve().parents[1]


def first_ingest(code: Path, corpus: Path, store: Path) -> dict[str, Any]:
    """``okg ingest CORPUS --store STORE`` run from the checkout ``code``: peak RSS MiB, CPU-s, reports, triples."""
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", sys.executable, "-m", "api", "ingest", str(corpus),
                           "--store", str(store), "--json"], cwd=code, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"okg ingest exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    peak_kb, user, system = proc.stderr.strip().splitlines()[-1].split()
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    stored = [r for r in results if r["outcome"] in ("inserted", "replaced", "unchanged")]
    return {"peak_rss_mib": int(peak_kb) / 1024, "cpu_s": float(user) + float(system), "reports": len(stored),
            "triples": sum(r["triples"] for r in stored)}


def measure(reports: int, baseline: Path | None) -> dict[str, Any]:
    """The figures of a first ingest of ``reports`` calibrated reports, here and (given) at ``baseline``."""
    cal = calibration(0)
    with tempfile.TemporaryDirectory(prefix="okg-ingest-memory-") as work:
        corpus = Path(work) / "corpus"
        write_corpus(corpus, (cal.report(index, 0) for index in range(reports)))
        out: dict[str, Any] = {"reports_given": reports}
        sides = [("after", HERE)] + ([("before", baseline)] if baseline is not None else [])
        for name, code in sides:
            store = Path(work) / f"store-{name}"
            out[name] = first_ingest(code, corpus, store)
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
    args = parser.parse_args(argv)
    figures = measure(args.reports, args.baseline)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
