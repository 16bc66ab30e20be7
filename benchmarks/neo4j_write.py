"""Neo4j write speed: our store against rdflib-neo4j, same graphs, same server, same run.

Usage: python benchmarks/neo4j_write.py [--copies N] [--rounds R] [--json OUT]

The sample corpus's report graphs are replicated ``--copies`` times under new
report IRIs (laws and organs stay shared across copies, as in a real corpus).
Each round empties the database and loads every graph with our
``Neo4jStore.upsert_report`` (one transaction per report, batched UNWIND), then
empties it and loads the same triples with rdflib-neo4j (the Neo4j Labs RDFLib
store, IGNORE vocabulary strategy: bare local names, no named graphs, lossy), so
the ratio includes what our lossless layout costs (prefixed names, provenance of
every value, read-under-lock replacement). The best round
of each is reported in triples per second, with the ratio. Uses NEO4J_URI /
NEO4J_USER / NEO4J_PASSWORD, or starts a throw-away server when NEO4J_URI is unset.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from rdflib import Graph, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.neo4j_store import Neo4jStore  # noqa: E402
from loaders import ReportGraph, load  # noqa: E402
from ontology import iri  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "api" / "samples"
PER_REPORT = ("report/", "activity/", "statistic/")


def replicate(graphs: list[ReportGraph], copies: int) -> list[ReportGraph]:
    """``copies`` of every graph, report and fact IRIs suffixed so each copy is a new report."""
    prefixes = tuple(iri.base() + p for p in PER_REPORT)
    out = []
    for n in range(copies):
        def rename(term: object, n: int = n) -> object:
            return URIRef(f"{term}-copy{n}") if isinstance(term, URIRef) and str(term).startswith(prefixes) else term
        for rg in graphs:
            g = Graph()
            for s, p, o in rg.graph:
                g.add((rename(s), p, rename(o)))
            out.append(ReportGraph(rename(rg.iri), g, f"{rg.content_hash}-{n}"))  # type: ignore[arg-type]
    return out


def wipe(store: Neo4jStore) -> None:
    store._driver.execute_query("MATCH (n) DETACH DELETE n", database_=store.database)


def ours(store: Neo4jStore, graphs: list[ReportGraph]) -> float:
    """One transaction per report, as ``okg ingest`` writes them."""
    wipe(store)
    began = time.perf_counter()
    for rg in graphs:
        store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    return time.perf_counter() - began


def ours_bulk(store: Neo4jStore, graphs: list[ReportGraph]) -> float:
    """Reports grouped into larger transactions, as ``okg copy`` and ``okg import`` write them."""
    wipe(store)
    began = time.perf_counter()
    store.upsert_reports([(rg.iri, rg.graph, rg.content_hash) for rg in graphs])
    return time.perf_counter() - began


def theirs(store: Neo4jStore, graphs: list[ReportGraph], user: str, password: str) -> float:
    from contextlib import redirect_stdout
    from io import StringIO

    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStoreConfig
    from rdflib_neo4j import Neo4jStore as RdflibNeo4jStore

    wipe(store)
    config = Neo4jStoreConfig(
        auth_data={"uri": store.uri, "database": store.database or "neo4j", "user": user, "pwd": password},
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    began = time.perf_counter()
    with redirect_stdout(StringIO()):  # rdflib-neo4j prints its progress
        target = Graph(store=RdflibNeo4jStore(config=config))
        for rg in graphs:
            for triple in rg.graph:
                target.add(triple)
        target.close(True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    server = None
    if not os.environ.get("NEO4J_URI"):
        from graph import neo4j_runtime

        server = neo4j_runtime.start()
        os.environ.update(NEO4J_URI=server.uri, NEO4J_USER=server.user, NEO4J_PASSWORD=server.password)
    try:
        graphs = replicate([load(p) for p in sorted(SAMPLES.glob("*.txt"))], args.copies)
        triples = sum(len(rg.graph) for rg in graphs)
        store = Neo4jStore.from_env()
        user, password = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
        writers = {"oversight-kg": lambda: ours(store, graphs), "oversight-kg bulk": lambda: ours_bulk(store, graphs),
                   "rdflib-neo4j": lambda: theirs(store, graphs, user, password)}
        best = dict.fromkeys(writers, float("inf"))
        for _ in range(args.rounds):
            for name, run in writers.items():
                best[name] = min(best[name], run())
        wipe(store)
        store.close()
    finally:
        if server is not None:
            neo4j_runtime.stop(server)
    rates = {name: triples / seconds for name, seconds in best.items()}
    ratio = {name: rate / rates["rdflib-neo4j"] for name, rate in rates.items()}
    print(f"{len(graphs)} report graphs, {triples} triples, best of {args.rounds} rounds")
    print(f"{'writer':<18} {'seconds':>8} {'triples/s':>10} {'vs rdflib-neo4j':>16}")
    for name, seconds in best.items():
        print(f"{name:<18} {seconds:>8.2f} {rates[name]:>10.0f} {ratio[name]:>15.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"reports": len(graphs), "triples": triples, "seconds": best,
                                         "triples_per_second": rates, "ratio": ratio}, indent=1))


if __name__ == "__main__":
    main()
