"""The laws table per request once it is cached: today's path against the one it replaced.

Today a request asks the store for its version (one look-up) and gets the shared, read-only
table. Before, every request ran a fingerprint query over every graph's content hash and
deep-copied the whole table (issue 14: 144 ms + 106 ms at 1M triples). The "before" contender
replays that path on the same store: the same fingerprint query and digest, then
``copy.deepcopy`` of the same table. Both run in interleaved rounds (:mod:`benchmarks.rounds`),
CPU time on the embedded store, wall time on Neo4j (the server does the look-up);
``vs_baseline`` above 1 means today's path is that many times faster.

The first request after a write (:func:`after_change`): one report changes between runs (not
timed), then the laws table and coverage are asked for. Now they are brought up to date from the
changed graph (:mod:`graph.views`); the baseline builds both from scratch as every request after a
write did before (:func:`graph.tables.laws`, :func:`graph.tables.coverage`, then frozen).

``/stats`` per request (:func:`stats_requests`, round 43): the store's summary kept per version (now) against the same
summary computed from the store at every request (before: the triple and class counts and every activity's status
read, the organs and areas views taken as kept), :meth:`graph.Store._summary` itself.

``python -m benchmarks.view_cache 100k`` measures the embedded store at one scale alone;
``python -m benchmarks.view_cache --store DIR`` (or ``--neo4j``, NEO4J_URI…) a store already filled.
"""
from __future__ import annotations

import copy
import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import Row, corpus, print_table
from benchmarks.rounds import Clock, Contender, measure, rows
from graph import Store

REQUESTS = 20  # requests per timed run
# The queries the fingerprint ran on every request, as they were.
EMBEDDED_HASHES = ("SELECT ?g ?hash WHERE { ?g <https://w3id.org/oversight-kg/store#contentHash> ?hash } "
                   "ORDER BY ?g")
NEO4J_HASHES = "MATCH (m:_OkgGraph) RETURN m.uri AS g, m.contentHash AS hash ORDER BY g"


def _fingerprint(store: Store) -> str:
    if store.name == "neo4j":
        found = store._read(NEO4J_HASHES)  # type: ignore[attr-defined]
    else:
        found = store._select(EMBEDDED_HASHES)  # type: ignore[attr-defined]
    return hashlib.sha1(repr([(str(r["g"]), str(r["hash"])) for r in found]).encode("utf-8")).hexdigest()


def compare(store: Store, rounds: int) -> list[Row]:
    """Laws-table requests per second, before and now, on one filled store (the table cached first)."""
    table = store.laws(inspected=True)
    clock: Clock = "wall" if store.name == "neo4j" else "cpu"

    def before() -> None:
        for _ in range(REQUESTS):
            _fingerprint(store)
            copy.deepcopy(table)

    def now() -> None:
        for _ in range(REQUESTS):
            store.laws(inspected=True)

    seconds = measure([Contender("fingerprint + deepcopy (before)", before),
                       Contender("version + shared table (now)", now)], rounds, clock)
    out = rows(seconds, "fingerprint + deepcopy (before)", REQUESTS, "requests", clock,
               store=store.name, laws=len(table))
    for row in out:
        row["median_ms_per_request"] = row["median_seconds"] / REQUESTS * 1000
    return out


def stats_requests(store: Store, rounds: int) -> list[Row]:
    """``/stats`` requests per second on one filled store: :meth:`graph.Store.summary` kept per version (now)
    against it computed at every request (before), the figures checked equal first."""
    assert store.summary() == store._summary()
    clock: Clock = "wall" if store.name == "neo4j" else "cpu"
    before, now = "summary per request (before)", "summary per version (now)"
    seconds = measure([Contender(before, lambda: [store._summary() for _ in range(REQUESTS)]),
                       Contender(now, lambda: [store.summary() for _ in range(REQUESTS)])], rounds, clock)
    out = rows(seconds, before, REQUESTS, "requests", clock, store=store.name)
    for row in out:
        row["median_ms_per_request"] = row["median_seconds"] / REQUESTS * 1000
    return out


def after_change(store: Store, rounds: int) -> list[Row]:
    """The laws table and coverage at the first request after one report changed: kept up to date
    from the change (now) against built from scratch (before)."""
    from rdflib import Graph, URIRef

    from graph import frozen, tables
    from graph.canonical import content_hash

    reports = sorted(g for g in store.graph_hashes() if "/report/" in g)
    iri = URIRef(reports[len(reports) // 2])
    whole = store.named_graph(iri)
    assert whole is not None
    less = Graph()  # the report less one triple: each change really changes it
    for triple in sorted(whole, key=lambda t: t[0].n3() + t[1].n3() + t[2].n3())[:-1]:
        less.add(triple)
    versions = [(whole, content_hash(whole)), (less, content_hash(less))]
    turn = [0]

    def change() -> None:
        turn[0] += 1
        store.upsert_report(iri, *versions[turn[0] % 2])

    def before() -> None:
        frozen.freeze(tables.laws(store, True))
        frozen.freeze(tables.coverage(store))

    def now() -> None:
        store.laws(inspected=True)
        store.coverage()

    clock: Clock = "wall" if store.name == "neo4j" else "cpu"
    seconds = measure([Contender("rebuilt from scratch (before)", before, setup=change),
                       Contender("kept up to date (now)", now, setup=change)], rounds, clock)
    out = rows(seconds, "rebuilt from scratch (before)", 1, "requests", clock, store=store.name)
    for row in out:
        row["median_ms"] = row["median_seconds"] * 1000
    return out


def run(store_dir: Path, env: dict[str, str] | None, rounds: int) -> dict[str, list[Row]]:
    """Both stores as :mod:`benchmarks.ingest` left them (the embedded one at ``store_dir``)."""
    from graph.backends.embedded import EmbeddedStore

    out: dict[str, list[Row]] = {}
    with EmbeddedStore(store_dir) as store:
        out["embedded"] = compare(store, rounds) + after_change(store, rounds) + stats_requests(store, rounds)
    if env is not None:
        from graph.backends.neo4j import Neo4jStore

        with Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"]) as server:
            out["neo4j"] = compare(server, rounds) + after_change(server, rounds) + stats_requests(server, rounds)
    return out


def filled(flag: str, where: str | None, rounds: int) -> list[Row]:
    """Both measurements on a store already filled: ``--store DIR`` or ``--neo4j`` (NEO4J_URI…)."""
    from graph.backends.embedded import EmbeddedStore
    from graph.backends.neo4j import Neo4jStore

    store: Store = EmbeddedStore(Path(where or "")) if flag == "--store" else Neo4jStore(
        os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"))
    with store:
        result = after_change(store, rounds) + compare(store, rounds) + stats_requests(store, rounds)
    print_table(f"laws table, coverage and /stats, {store.name} store", result)
    return result


def main(scale: str, rounds: int = 5) -> Any:
    from benchmarks.__main__ import parse_scales
    from graph.backends.embedded import EmbeddedStore

    triples = parse_scales(scale)[0]
    items = corpus(triples)
    with tempfile.TemporaryDirectory(prefix="okg-bench-views-") as work, EmbeddedStore(Path(work)) as store:
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in items.graphs])
        result = compare(store, rounds) + after_change(store, rounds) + stats_requests(store, rounds)
    print_table(f"laws table and /stats per cached request, embedded ({items.triples:,} triples)", result)
    return result


if __name__ == "__main__":
    if sys.argv[1:2] in (["--store"], ["--neo4j"]):
        filled(sys.argv[1], sys.argv[2] if sys.argv[1] == "--store" else None, int(os.environ.get("ROUNDS", "3")))
    else:
        main(*(sys.argv[1:2] or ["100k"]))
