"""``okg ingest`` end to end into each store: rate and peak memory, against building alone.

``okg ingest DIR`` of the generated files runs in a child process per store,
which reads, extracts, builds and stores; its peak resident memory is sampled,
against the same child doing ``okg stats`` on an empty store (the interpreter
and the libraries alone). Its rate is compared with read + extract + build
alone (no store), the CPU time :func:`benchmarks.common.corpus` took. Run once
per store (a peak is a maximum, not a rate to take a median of); the store
writes alone are measured in rounds by :mod:`benchmarks.writes`.

The run leaves the stores filled, for :mod:`benchmarks.api_load`.
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from benchmarks.common import Corpus, Row, run_module, wipe_neo4j
from benchmarks.generate_corpus import write_corpus


def end_to_end(corpus_dir: Path, store_dir: Path, build_seconds: float, env: dict[str, str] | None) -> list[Row]:
    """``okg ingest`` in a child per store, its peak memory against an idle ``okg stats``."""
    from graph.backends.embedded import EmbeddedStore

    EmbeddedStore(store_dir).close()  # an empty store: ``okg stats --store`` refuses a path that holds none
    targets = [("embedded", ["--store", str(store_dir)], None)]
    if env is not None:
        targets.append(("neo4j", ["--neo4j"], env))
    rows = []
    for name, flags, extra in targets:
        _, idle_mb = run_module(["api", "stats", *flags], extra)
        began = time.perf_counter()
        out, peak_mb = run_module(["api", "ingest", str(corpus_dir), *flags, "--json"], extra)
        seconds = time.perf_counter() - began
        results = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        stored = [r for r in results if r["outcome"] in ("inserted", "replaced", "unchanged")]
        triples = sum(r["triples"] for r in stored)
        rows.append({"what": f"okg ingest → {name}", "reports": len(stored), "failed": len(results) - len(stored),
                     "triples": triples, "seconds": seconds, "reports_per_s": len(stored) / seconds,
                     "triples_per_s": triples / seconds, "vs_build_only": build_seconds / seconds,
                     "peak_rss_mb": peak_mb, "idle_rss_mb": idle_mb})
    return rows


def run(items: Corpus, work: Path, env: dict[str, str] | None) -> list[Row]:
    """Ingest rows; leaves the corpus in ``work/store`` and (with ``env``) in Neo4j."""
    corpus_dir, store_dir = work / "corpus", work / "store"
    shutil.rmtree(corpus_dir, ignore_errors=True)
    shutil.rmtree(store_dir, ignore_errors=True)
    write_corpus(corpus_dir, items.reports)
    if env is not None:
        wipe_neo4j(env)
    whole = [{"what": "read+extract+build (baseline)", "reports": len(items.graphs), "failed": 0,
              "triples": items.triples, "seconds": items.build_cpu_seconds,
              "reports_per_s": len(items.graphs) / items.build_cpu_seconds,
              "triples_per_s": items.triples / items.build_cpu_seconds, "vs_build_only": 1.0}]
    return whole + end_to_end(corpus_dir, store_dir, items.build_cpu_seconds, env)
