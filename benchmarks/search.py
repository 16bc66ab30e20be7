"""Search latency by name, against the label scan it replaced, on the same store in the same run.

``python -m benchmarks.search --triples 1m [--neo4j]`` generates the calibrated
corpus (:func:`benchmarks.common.corpus`), writes it with the law catalog into a
store (the name index is kept by those writes), then runs every query of
:data:`QUERIES` in interleaved rounds through two contenders:

- **scan (baseline)**: what ``Store.search`` did before the index, as ``/search``
  called it: every ``rdfs:label`` containing the query (SPARQL ``CONTAINS`` on the
  embedded store, ``toLower(...) CONTAINS`` over every ``Resource`` on Neo4j), up to
  5,000 sorted by length, ranked in Python, the first 1,000 described;
- **index**: ``Store.find(q, limit=20)`` (:mod:`graph.search_index`), as ``/search``
  calls it now.

Wall time per query in this process; p50/p99 over all queries and rounds. The
JSON goes to ``benchmark-results/<scale>/search-<store>.json``.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import Literal

from benchmarks.__main__ import parse_scales
from benchmarks.common import Row, corpus, neo4j_env, print_table, wipe_neo4j, write_json
from graph import Store
from loaders.build.catalog import build_catalog

ROOT = Path(__file__).resolve().parents[1]
# The words the API load benchmark searches, what analysts type (issue 13), and one- and two-character queries.
QUERIES = ["条例", "人民政府", "保护法", "常务委员会", "安全", "教育", "生态环境", "法院",
           "新洲区人大常委会", "全国人大常委会", "湿地法", "濕地保護法", "法", "人大"]
_SPARQL_SCAN = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?s ?label WHERE {{
  ?s rdfs:label ?l . BIND(STR(?l) AS ?label)
  FILTER(isIRI(?s) && CONTAINS(LCASE(?label), {q}))
}} ORDER BY STRLEN(?label) ?label STR(?s) LIMIT 5000"""
_CYPHER_SCAN = """
MATCH (n:Resource) WHERE n.rdfs__label IS NOT NULL
UNWIND (CASE WHEN n.rdfs__label IS :: LIST<ANY> THEN n.rdfs__label ELSE [n.rdfs__label] END) AS value
WITH n, toString(value) AS label WHERE toLower(label) CONTAINS $q
RETURN DISTINCT n.uri AS iri, label ORDER BY size(label), label, iri LIMIT 5000
"""


def scan(store: Store, q: str) -> list[dict[str, Any]]:
    """The search before the index (baseline)."""
    if store.name == "embedded":
        rows = [(str(r["s"]), str(r["label"])) for r in store._select(_SPARQL_SCAN.format(q=Literal(q).n3()))]  # type: ignore[attr-defined]
    else:
        rows = [(r["iri"], r["label"]) for r in store._read(_CYPHER_SCAN, q=q)]  # type: ignore[attr-defined]

    def rank(label: str) -> int:
        return 0 if label == q else 1 if label.endswith(q) else 2 if label.startswith(q) else 3

    first: dict[str, str] = {}
    for iri, label in sorted(rows, key=lambda r: (rank(r[1]), len(r[1]), r[1], r[0])):
        first.setdefault(iri, label)
    info = store.nodes(list(first)[:1000])
    return [info[iri] for iri in list(first)[:1000]]


def measure(store: Store, rounds: int) -> tuple[list[Row], list[Row]]:
    """Interleaved rounds of both contenders; the latency table and each query's first hits."""
    contenders: dict[str, Callable[[str], object]] = {
        "scan (baseline)": lambda q: scan(store, q), "index": lambda q: store.find(q, limit=20)}
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for n in range(rounds):
        for name, run in (list(contenders.items()) if n % 2 == 0 else list(contenders.items())[::-1]):
            for q in QUERIES:
                began = time.perf_counter()
                run(q)
                times[name].append(time.perf_counter() - began)
    table = []
    base = statistics.median(times["scan (baseline)"])
    for name, seconds in times.items():
        ms = sorted(s * 1000 for s in seconds)
        table.append({"search": name, "queries": len(ms), "p50_ms": statistics.median(ms),
                      "p99_ms": ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))],
                      "p50_vs_scan": statistics.median(seconds) / base})
    hits = []
    for q in QUERIES:
        found = store.find(q, limit=3)
        hits.append({"query": q, "total": found["total"], "first": " | ".join(i["label"] for i in found["items"])})
    return table, hits


def run(triples: int, use_neo4j: bool, rounds: int, keep: Path | None = None) -> None:
    """Generate, write, measure; with ``keep``, the embedded store is kept there and, when it is
    already there, measured as it is (nothing generated)."""
    scale = f"{triples // 1_000_000}M" if triples >= 1_000_000 else f"{triples // 1000}k"
    with tempfile.TemporaryDirectory(prefix="okg-bench-search-") as work:
        if use_neo4j:
            with neo4j_env() as env:
                from graph.backends.neo4j import Neo4jStore

                wipe_neo4j(env)
                with Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"]) as store:
                    _one(store, triples, rounds, scale)
        else:
            from graph.backends.embedded import EmbeddedStore, is_store

            path = keep or Path(work) / "store"
            with EmbeddedStore(path) as store:
                _one(store, 0 if is_store(path) and store.counts()["reports"] else triples, rounds, scale)


def _one(store: Store, triples: int, rounds: int, scale: str) -> None:
    """Write a corpus of ``triples`` (none: measure the store as it is), rebuild the index, measure."""
    written = 0.0
    if triples:
        items = corpus(triples)
        began = time.perf_counter()
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in [build_catalog(), *items.graphs]])
        written = time.perf_counter() - began
    counts = store.counts()
    label = f"{counts['triples']:,} triples, {counts['reports']} reports"
    began = time.perf_counter()
    indexed = store.reindex()
    rebuilt = time.perf_counter() - began
    table, hits = measure(store, rounds)
    print_table(f"search latency, {store.name} store ({label}; written in {written:.0f} s, "
                f"index rebuilt from {indexed} graphs in {rebuilt:.1f} s)", table)
    print_table("first hits", hits)
    write_json(ROOT / "benchmark-results" / scale, f"search-{store.name}",
               {"corpus": label, "write_seconds": written, "reindex_seconds": rebuilt, "latency": table, "hits": hits})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", default="1m", help="corpus size: 100k, 1m …")
    parser.add_argument("--neo4j", action="store_true", help="the Neo4j store (NEO4J_URI, else a throw-away server)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the embedded store here (measured as it is when there)")
    args = parser.parse_args()
    run(parse_scales(args.triples)[0], args.neo4j, args.rounds, args.keep)


if __name__ == "__main__":
    main()
