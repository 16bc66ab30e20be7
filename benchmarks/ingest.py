"""Ingest into each store: reports/s, triples/s and peak memory, each against a baseline.

Two measurements per store:

- **writes**: the report graphs are built first, then only the store's writes
  are timed. The embedded store (one transaction per report, as ``okg ingest``)
  is compared with Oxigraph's raw ``bulk_load`` of the same quads, which has no
  per-report replace; the Neo4j store (per report, and grouped) with
  rdflib-neo4j on the same triples (:mod:`benchmarks.neo4j_write`).
- **end to end**: ``okg ingest DIR`` of the generated files in a child
  process, which reads, extracts, builds and stores; its peak resident memory
  is sampled, against the same child doing ``okg stats`` on an empty store
  (the interpreter and the libraries alone). Its rate is compared with read +
  extract + build alone (no store).

The end-to-end run leaves the stores filled, for :mod:`benchmarks.api_load`.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from benchmarks import neo4j_write
from benchmarks.common import Row, run_module, wipe_neo4j
from benchmarks.generate_corpus import SyntheticReport, write_corpus
from graph.embedded_store import EmbeddedStore
from loaders import ReportGraph, load

#: rdflib-neo4j writes one triple at a time from Python; past this it only costs minutes.
RDFLIB_NEO4J_MAX_TRIPLES = 150_000


def build_only(paths: list[Path]) -> tuple[list[ReportGraph], float]:
    """Read, extract and build every file: the work of ingest without a store."""
    began = time.perf_counter()
    graphs = [load(p) for p in paths]
    return graphs, time.perf_counter() - began


def embedded_writes(graphs: list[ReportGraph], work: Path) -> list[Row]:
    """Our per-report upserts against Oxigraph's bulk loader of the same quads."""
    triples = sum(len(g.graph) for g in graphs)
    ours_dir, raw_dir = work / "w-ours", work / "w-raw"
    with EmbeddedStore(ours_dir) as store:
        began = time.perf_counter()
        for g in graphs:
            store.upsert_report(g.iri, g.graph, g.content_hash)
        ours = time.perf_counter() - began
    quads = Dataset()
    for g in graphs:
        named = quads.graph(URIRef(g.iri))
        for triple in g.graph:
            named.add(triple)
    data = quads.serialize(format="nquads").encode("utf-8")
    raw = ox.Store(str(raw_dir))
    began = time.perf_counter()
    raw.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    raw.flush()
    base = time.perf_counter() - began
    del raw
    shutil.rmtree(ours_dir), shutil.rmtree(raw_dir)
    return [_rate("embedded upsert_report", len(graphs), triples, ours, base),
            _rate("oxigraph bulk_load (baseline)", len(graphs), triples, base, base)]


def neo4j_writes(graphs: list[ReportGraph], env: dict[str, str]) -> list[Row]:
    """Our Neo4j writes, per report and grouped, against rdflib-neo4j on the same triples."""
    from graph.neo4j_store import Neo4jStore

    triples = sum(len(g.graph) for g in graphs)
    store = Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    try:
        neo4j_write.ours_bulk(store, graphs[:10])  # warm the server's JIT and caches; not measured
        wipe_neo4j(env)
        per_report = neo4j_write.ours(store, graphs)
        wipe_neo4j(env)
        grouped = neo4j_write.ours_bulk(store, graphs)
        base = None
        if triples <= RDFLIB_NEO4J_MAX_TRIPLES:
            wipe_neo4j(env)
            base = neo4j_write.theirs(store, graphs, env["NEO4J_USER"], env["NEO4J_PASSWORD"])
        wipe_neo4j(env)
    finally:
        store.close()
    rows = [_rate("neo4j upsert_report", len(graphs), triples, per_report, base),
            _rate("neo4j upsert_reports (grouped)", len(graphs), triples, grouped, base)]
    if base is not None:
        rows.append(_rate("rdflib-neo4j (baseline)", len(graphs), triples, base, base))
    return rows


def _rate(what: str, reports: int, triples: int, seconds: float, baseline: float | None) -> Row:
    return {"what": what, "reports": reports, "triples": triples, "seconds": seconds,
            "reports_per_s": reports / seconds, "triples_per_s": triples / seconds,
            "vs_baseline": None if baseline is None else baseline / seconds}


def end_to_end(corpus_dir: Path, store_dir: Path, build_seconds: float, env: dict[str, str] | None) -> list[Row]:
    """``okg ingest`` in a child per store, its peak memory against an idle ``okg stats``."""
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


def run(items: list[SyntheticReport], work: Path, env: dict[str, str] | None) -> dict[str, list[Row]]:
    """Both measurements; leaves the corpus in ``work/store`` and (with ``env``) in Neo4j."""
    corpus_dir = work / "corpus"
    shutil.rmtree(corpus_dir, ignore_errors=True)
    paths = write_corpus(corpus_dir, items)
    graphs, build_seconds = build_only(paths)
    writes = embedded_writes(graphs, work)
    if env is not None:
        writes += neo4j_writes(graphs, env)
    store_dir = work / "store"
    shutil.rmtree(store_dir, ignore_errors=True)
    triples = sum(len(g.graph) for g in graphs)
    whole = [{"what": "read+extract+build (baseline)", "reports": len(graphs), "failed": 0, "triples": triples,
              "seconds": build_seconds, "reports_per_s": len(graphs) / build_seconds,
              "triples_per_s": triples / build_seconds, "vs_build_only": 1.0}]
    whole += end_to_end(corpus_dir, store_dir, build_seconds, env)
    return {"writes": writes, "end_to_end": whole}


def main() -> None:
    import argparse

    from benchmarks.common import corpus, neo4j_env, print_table, write_json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=10_000)
    parser.add_argument("--no-neo4j", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("benchmark-results"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="okg-bench-"))
    try:
        if args.no_neo4j:
            result = run(corpus(args.triples), work, None)
        else:
            with neo4j_env() as env:
                result = run(corpus(args.triples), work, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table("ingest: store writes only", result["writes"])
    print_table("ingest: end to end (okg ingest)", result["end_to_end"])
    write_json(args.out, "ingest", result)


if __name__ == "__main__":
    main()
