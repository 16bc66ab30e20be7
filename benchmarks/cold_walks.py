"""Cold depth-2 neighbourhoods of the most inspected laws, walked in process: what the API's hub-law
route costs the first time a law is asked at a store version (later asks are answered from
:attr:`graph.store.Store.neighbourhoods`).

Each walk starts cold: the kept answers and the hubs found by earlier walks are forgotten first. A
law's figure is its median over the rounds; the table gives min/median/max over the laws, CPU time on
the embedded store (single-threaded work) and wall time on Neo4j (client-server work). ``--answers``
writes the answers, to check that a change leaves them as they were.

Usage::

    python -m benchmarks.cold_walks --store DIR [--laws 8] [--rounds 5] [--answers FILE]
    python -m benchmarks.cold_walks --neo4j          # NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from graph import Store


def hub_laws(store: Store, count: int) -> list[str]:
    """The ``count`` laws with the most inspections (ties by IRI)."""
    inspected = Counter(row.law for row in store.law_rows() if row.activity)
    return sorted(inspected, key=lambda law: (-inspected[law], law))[:count]


def cold_walks(store: Store, laws: list[str], rounds: int, clock: Any = time.process_time,
               depth: int = 2, limit: int = 200) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """``({law: seconds of each round's cold walk}, {law: its answer})``."""
    seconds: dict[str, list[float]] = {law: [] for law in laws}
    answers: dict[str, Any] = {}
    for _ in range(rounds):
        for law in laws:
            store.neighbourhoods.clear()
            store._hubs = (None, set())  # noqa: SLF001 - the hubs earlier walks found: a cold walk knows none
            began = clock()
            answers[law] = store.neighbours(law, depth=depth, limit=limit)
            seconds[law].append(clock() - began)
    return seconds, answers


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--store", type=Path, help="an embedded store directory")
    where.add_argument("--neo4j", action="store_true", help="the Neo4j server NEO4J_URI names")
    parser.add_argument("--laws", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--answers", type=Path, help="write the answers here (JSON)")
    args = parser.parse_args(argv)
    if args.neo4j:
        from graph.backends.neo4j import Neo4jStore

        store: Store = Neo4jStore.from_env()
        clock, unit = time.perf_counter, "wall ms"
    else:
        from graph.backends.embedded import EmbeddedStore

        store, clock, unit = EmbeddedStore(args.store), time.process_time, "CPU ms"
    with store:
        laws = hub_laws(store, args.laws)
        seconds, answers = cold_walks(store, laws, args.rounds, clock)
    per_law = sorted(1000 * statistics.median(s) for s in seconds.values())
    print(f"{len(laws)} most inspected laws, cold depth-2 walks (limit 200), median of {args.rounds} rounds "
          f"per law, {unit}: min {per_law[0]:.1f} median {statistics.median(per_law):.1f} max {per_law[-1]:.1f}")
    if args.answers:
        args.answers.write_text(json.dumps(answers, ensure_ascii=False, sort_keys=True, default=list))


if __name__ == "__main__":
    main()
