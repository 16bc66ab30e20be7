"""Run every benchmark at each scale and print how the figures grow: ``python -m benchmarks``.

Usage::

    python -m benchmarks                       # 10k and 100k triples, both stores (minutes)
    python -m benchmarks --full                # adds 1M triples (about half an hour on 2 cores)
    python -m benchmarks --scale 10k --no-neo4j --out results/

Each scale generates its corpus (:mod:`benchmarks.generate_corpus`, seed 0),
then measures extraction against jieba (:mod:`benchmarks.extraction`), ingest
into each store against its baseline (:mod:`benchmarks.ingest`), and API
latency under a bounded loopback load against ``/health``
(:mod:`benchmarks.api_load`). Tables go to standard output; every table is
also written as JSON under ``--out`` (``SCALE/NAME.json`` and ``growth.json``).
Neo4j is the server at NEO4J_URI, else a throw-away one started for the run.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from benchmarks import api_load, extraction, ingest
from benchmarks.common import Row, corpus, neo4j_env, print_table, write_json

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCALES = "10k,100k"
FULL_SCALE = 1_000_000


def parse_scales(text: str) -> list[int]:
    """``10k,100k,1m`` → ``[10000, 100000, 1000000]``."""
    factors = {"k": 1_000, "m": 1_000_000}
    out = []
    for part in text.lower().split(","):
        part = part.strip()
        out.append(int(float(part[:-1]) * factors[part[-1]]) if part[-1] in factors else int(part))
    return out


def one_scale(triples: int, work: Path, out: Path, env: dict[str, str] | None, load: api_load.Load) -> dict[str, Any]:
    """Every benchmark at one corpus size; prints its tables and writes its JSON."""
    items = corpus(triples)
    label = f"{triples:,} triples target, {len(items)} reports"
    result: dict[str, Any] = {"target_triples": triples, "reports": len(items)}
    result["extraction"] = extraction.run(items)
    print_table(f"extraction throughput ({label})", result["extraction"])
    result["ingest"] = ingest.run(items, work, env)
    print_table(f"ingest, store writes only ({label})", result["ingest"]["writes"])
    print_table(f"ingest, end to end ({label})", result["ingest"]["end_to_end"])
    targets: list[tuple[str, list[str], dict[str, str] | None]] = [("embedded", ["--store", str(work / "store")], None)]
    if env is not None:
        targets.append(("neo4j", ["--neo4j"], env))
    result["api"] = api_load.run(targets, ROOT, load)
    for store, data in result["api"].items():
        memory = data["memory"]
        print_table(f"API latency, {store} store, {load.clients} clients ({label}; server RSS idle "
                    f"{memory['idle_rss_mb']:.0f} MiB, peak {memory['peak_rss_mb']:.0f} MiB)", data["routes"])
    for name in ("extraction", "ingest", "api"):
        write_json(out / str(triples), name, result[name])
    return result


def growth(results: list[dict[str, Any]]) -> list[Row]:
    """One row per figure, one column per scale, and the factor from the first scale to the last."""
    def pick(result: dict[str, Any]) -> dict[str, float]:
        figures = {"triples stored": _find(result["ingest"]["end_to_end"], "okg ingest → embedded", "triples"),
                   "extract chars/s": result["extraction"][0]["chars_per_s"]}
        for row in result["ingest"]["end_to_end"][1:]:
            figures[f"{row['what']} triples/s"] = row["triples_per_s"]
            figures[f"{row['what']} peak MiB"] = row["peak_rss_mb"]
        for store, data in result["api"].items():
            for row in data["routes"][1:]:
                figures[f"{store} {row['route']} p50 ms"] = row["p50_ms"]
                figures[f"{store} {row['route']} p99 ms"] = row["p99_ms"]
            figures[f"{store} server peak MiB"] = data["memory"]["peak_rss_mb"]
        return figures

    picked = [pick(r) for r in results]
    rows = []
    for key in picked[0]:
        row: Row = {"figure": key}
        for result, figures in zip(results, picked):
            row[_scale_name(result["target_triples"])] = figures.get(key)
        first, last = picked[0].get(key), picked[-1].get(key)
        row["last/first"] = last / first if first and last is not None else None
        rows.append(row)
    return rows


def _find(rows: list[Row], what: str, key: str) -> Any:
    return next((row[key] for row in rows if row["what"] == what), None)


def _scale_name(triples: int) -> str:
    return f"{triples // 1_000_000}M" if triples >= 1_000_000 else f"{triples // 1000}k"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default=DEFAULT_SCALES, help=f"corpus sizes in triples [{DEFAULT_SCALES}]")
    parser.add_argument("--full", action="store_true", help="add the 1M-triple scale")
    parser.add_argument("--no-neo4j", action="store_true", help="embedded store only")
    parser.add_argument("--clients", type=int, default=4, help="concurrent API clients [4]")
    parser.add_argument("--max-requests", type=int, default=200, help="requests per route and store at most [200]")
    parser.add_argument("--max-seconds", type=float, default=10.0, help="seconds per route and store at most [10]")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmark-results")
    args = parser.parse_args(argv)
    scales = sorted(set(parse_scales(args.scale) + ([FULL_SCALE] if args.full else [])))
    load = api_load.Load(args.clients, args.max_requests, args.max_seconds)
    work = Path(tempfile.mkdtemp(prefix="okg-bench-"))
    results = []
    try:
        with nullcontext(None) if args.no_neo4j else neo4j_env() as env:
            for triples in scales:
                results.append(one_scale(triples, work, args.out, env, load))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if len(results) > 1:
        rows = growth(results)
        print_table("growth across scales", rows)
        write_json(args.out, "growth", rows)
    print(f"\nJSON results in {args.out}")


if __name__ == "__main__":
    main()
