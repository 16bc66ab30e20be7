"""Every benchmark at each scale, each figure against its baseline from the same run: ``python -m benchmarks``.

Usage::

    python -m benchmarks                          # 10k, 100k and 1M triples, both stores (hours on 2 cores)
    python -m benchmarks --scales 10k --rounds 3  # a quick run (JSON in a scratch folder, printed at the end)
    python -m benchmarks --record --readme        # the README's table and the tracked JSON, from one whole run
    python -m benchmarks --scales 10k,100k --no-neo4j --no-api --readme
    python -m benchmarks --scales 100k --only-writes --no-embedded  # Neo4j writes against rdflib-neo4j alone
    python -m benchmarks --scales 10k,100k --only-writes --only-bulk  # okg neo4j import against online writes

Each scale generates a corpus calibrated on real reports
(:mod:`benchmarks.calibrate`, seed 0) and builds its report graphs, then
measures, in interleaved rounds with the order rotated and every contender
warmed (:mod:`benchmarks.rounds`): extraction against jieba (CPU time),
embedded writes against Oxigraph's ``bulk_load`` (CPU time) and Neo4j writes
against rdflib-neo4j (wall time) (:mod:`benchmarks.writes`); then ``okg
ingest`` end to end with its peak memory (:mod:`benchmarks.ingest`), the laws
table per cached request against the path it replaced (:mod:`benchmarks.view_cache`) and API
latency under a bounded loopback load in interleaved rounds, each on servers started afresh
(:mod:`benchmarks.api_load`). Start-up
CPU of the command line is measured once per run (:mod:`benchmarks.startup`).
Every table is written as JSON (``SCALE/NAME.json``) and the summary as
``table.md`` into ``--out``, by default a new scratch folder: the tracked
``benchmark-results/`` changes only with ``--record``, and only once the run has
ended (the scratch folder copied over it), so a partial run never overwrites a
recorded figure. ``--readme`` (which records) puts the table into README.md
between its ``benchmarks`` markers once the run has ended. Neo4j is the server at NEO4J_URI, else a
throw-away one started for the run.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from benchmarks import api_load, extraction, ingest, startup, summary, view_cache, writes
from benchmarks.common import add_out_options, corpus, neo4j_env, print_table, results_folder, write_json

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCALES = "10k,100k,1m"
#: The columns of the API latency table printed per store (the JSON holds every figure).
API_COLUMNS = ("route", "requests", "failed", "p50_ms", "p50_min_ms", "p50_max_ms", "p99_ms", "p99_min_ms",
               "p99_max_ms", "p99_vs_health", "server_cpu_ms_per_request")


def parse_scales(text: str) -> list[int]:
    """``10k,100k,1m`` → ``[10000, 100000, 1000000]``."""
    factors = {"k": 1_000, "m": 1_000_000}
    out = []
    for part in text.lower().split(","):
        part = part.strip()
        out.append(int(float(part[:-1]) * factors[part[-1]]) if part[-1] in factors else int(part))
    return sorted(set(out))


def one_scale(triples: int, args: argparse.Namespace, work: Path, env: dict[str, str] | None) -> dict[str, Any]:
    """Every benchmark at one corpus size; prints its tables and writes its JSON, each stage's as it ends,
    and its wall seconds per stage and the load average after it under ``stages`` (``SCALE/stages.json``)."""
    began = time.perf_counter()
    items = corpus(triples)
    label = f"{items.triples:,} triples, {len(items.reports)} reports, {items.chars:,} characters"
    result: dict[str, Any] = {"target_triples": triples, "triples": items.triples, "reports": len(items.reports),
                              "chars": items.chars, "stages": [_stage("corpus", began)]}
    where = args.out / _scale_name(triples)

    def done(name: str, since: float) -> None:
        result["stages"].append(_stage(name, since))
        write_json(where, name, result[name])
        write_json(where, "stages", result["stages"])
        print(f"\n[{_scale_name(triples)}] {name}: {result['stages'][-1]['seconds']:,.0f} s, "
              f"load average {result['stages'][-1]['load_average']}", flush=True)

    if not args.only_writes:
        began = time.perf_counter()
        result["extraction"] = extraction.run([item.document() for item in items.reports], args.rounds)
        print_table(f"extraction, characters per CPU-second ({label})", result["extraction"])
        done("extraction", began)
    began = time.perf_counter()
    result["writes"] = writes.run(items.graphs, env, args.rounds, with_embedded=args.embedded,
                                  only_bulk=args.only_bulk)
    for store, rows in result["writes"].items():
        print_table(f"{store} writes, triples per second ({label})", rows)
    done("writes", began)
    if args.only_writes:
        return result
    began = time.perf_counter()
    result["ingest"] = ingest.run(items, work, env)
    print_table(f"okg ingest end to end ({label})", result["ingest"])
    done("ingest", began)
    began = time.perf_counter()
    result["views"] = view_cache.run(work / "store", env, args.rounds)
    for store, rows in result["views"].items():
        print_table(f"laws table per cached request, {store} store ({label})", rows)
    done("views", began)
    if args.api:
        began = time.perf_counter()
        targets: list[tuple[str, list[str], dict[str, str] | None]] = [
            ("embedded", ["--store", str(work / "store")], None)]
        if env is not None:
            targets.append(("neo4j", ["--neo4j"], env))
        load = api_load.Load(args.clients, args.max_requests, args.max_seconds, rounds=args.rounds)
        result["api"] = api_load.run(targets, ROOT, load)
        for store, data in result["api"].items():
            print_table(f"API latency, {store} store, {load.clients} clients, median of {load.rounds} rounds "
                        f"({label})", data["routes"], API_COLUMNS)
        done("api", began)
    return result


def _stage(name: str, began: float) -> dict[str, Any]:
    return {"stage": name, "seconds": time.perf_counter() - began,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def provenance(command: str) -> str:
    """Which commit ran, when, and whether the tree held changes: the line under the table."""
    def git(*words: str) -> str:
        return subprocess.run(["git", *words], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()

    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else ""
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"From one run of `{command}` at commit {git('rev-parse', '--short', 'HEAD')}{dirty}, started {when}."


def _scale_name(triples: int) -> str:
    return f"{triples // 1_000_000}M" if triples >= 1_000_000 else f"{triples // 1000}k"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default=DEFAULT_SCALES, help=f"corpus sizes in triples [{DEFAULT_SCALES}]")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per figure [3]")
    parser.add_argument("--no-neo4j", action="store_true", help="embedded store only")
    parser.add_argument("--only-writes", action="store_true",
                        help="the store writes alone: no start-up, extraction, ingest, views, API nor summary table")
    parser.add_argument("--no-embedded", dest="embedded", action="store_false",
                        help="with --only-writes: Neo4j writes only")
    parser.add_argument("--only-bulk", action="store_true",
                        help="with --only-writes: Neo4j's bulk load (okg neo4j import) against its online writes alone")
    parser.add_argument("--no-api", dest="api", action="store_false", help="skip the API latency phase")
    parser.add_argument("--clients", type=int, default=4, help="concurrent API clients [4]")
    parser.add_argument("--max-requests", type=int, default=api_load.Load.max_requests,
                        help=f"requests per route, store and round at most [{api_load.Load.max_requests}]")
    parser.add_argument("--max-seconds", type=float, default=api_load.Load.max_seconds,
                        help=f"seconds per route, store and round at most [{api_load.Load.max_seconds:g}]")
    add_out_options(parser)
    parser.add_argument("--readme", action="store_true",
                        help="write the summary table into README.md once the run has ended (implies --record)")
    args = parser.parse_args(argv)
    if not args.embedded and not args.only_writes:
        parser.error("--no-embedded needs --only-writes (ingest, views and the API read the embedded store)")
    if args.only_bulk and not args.only_writes:
        parser.error("--only-bulk needs --only-writes")
    if args.out is not None and args.record:
        parser.error("--out and --record: give one (--record writes to the tracked benchmark-results/)")
    with results_folder(args.out, args.record or (args.readme and args.out is None)) as args.out:
        if args.only_writes:
            # the bulk load runs on a server of its own: no other is started for it
            with nullcontext(None) if args.no_neo4j or args.only_bulk else neo4j_env() as env:
                for triples in parse_scales(args.scales):
                    one_scale(triples, args, Path(tempfile.gettempdir()), env)
            return
        table = _all_scales(args, "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:]))
        print("\n" + table)
        if args.readme:  # a whole run's table only: an interrupted run leaves the README as it was
            summary.into_readme(ROOT / "README.md", table)


def _all_scales(args: argparse.Namespace, command: str) -> str:
    """Start-up, then every benchmark at each scale of ``args``, the JSON under ``args.out``; the summary table, also
    written to ``args.out/table.md`` after every scale (an interrupted run leaves the scales it finished there)."""
    work = Path(tempfile.mkdtemp(prefix="okg-bench-"))
    scales = parse_scales(args.scales)
    started = provenance(command)
    results = []
    start = startup.run(max(args.rounds, 5))
    print_table("start-up, CPU-seconds per command", start)
    write_json(args.out, "startup", start)
    table = ""
    try:
        with nullcontext(None) if args.no_neo4j else neo4j_env() as env:
            for triples in scales:
                results.append(one_scale(triples, args, work, env))
                missing = [_scale_name(t) for t in scales[len(results):]]
                note = started + (f" Not measured: {', '.join(missing)} (run stopped before them)." if missing else "")
                table = summary.table(results, start, args.rounds) + "\n" + note + "\n"
                (args.out / "table.md").write_text(table, encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return table


if __name__ == "__main__":
    main()
