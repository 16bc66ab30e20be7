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
  calls it now, each time with none of the store's kept answers (every search a new one);
- **index, kept**: the same without forgetting: after the first round, each search is one the
  store answered before with no write since (:attr:`graph.name_index.OpenedIndex.results`).

Searches whose page holds statistics (:data:`STATISTIC_QUERIES`, what a reader of the figures types) are also run,
interleaved the same way, through two more: **statistic rows scanned (baseline)**, the search as it was before round
37 (its page's statistics found by reading every row of the statistics table), and **statistic rows by IRI**,
``Store.find`` now (the rows kept by IRI with the table); their ratio per round (baseline over by IRI) is the gain.

Wall and CPU time per query in this process (the embedded store's index runs in it; Neo4j's
server CPU is its process's CPU over the whole run, per query, since the OS counts it in 10 ms
ticks), with the load average beside them (other work on the machine stretches the wall time,
not the CPU time); p50/p99 per kind of query (:data:`QUERIES`) over all rounds, and over all
queries the p50 and p99 of each round (min/median/max over the rounds). The JSON goes to
``<scale>/search-<store>.json`` in ``--out``, a scratch folder by default; ``--record`` copies it into the tracked
``benchmark-results/`` once the run has ended.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
from rdflib import Literal

from benchmarks.__main__ import parse_scales
from benchmarks.common import Row, add_out_options, corpus, neo4j_env, print_table, results_folder, wipe_neo4j, write_json
from graph import Store, search_index, tables
from graph.name_index import RESULTS
from graph.recent import Recent
from loaders.build.catalog import build_catalog

# What analysts type (issue 13), by kind: the words the API load benchmark searches, whole names, aliases
# (short titles, an organ's short name), prefixes, one and two characters, abbreviations, traditional
# script, and names no store holds.
QUERIES = {
    "words": ["条例", "人民政府", "保护法", "常务委员会", "安全", "教育", "生态环境", "法院"],
    "exact": ["中华人民共和国湿地保护法", "全国人民代表大会常务委员会", "中华人民共和国森林法"],
    "alias": ["湿地保护法", "森林法", "全国人大常委会"],
    "prefix": ["中华人民共和国", "全国人民代表", "湖北省"],
    "short": ["法", "人", "湿", "人大"],
    "abbreviation": ["湿地法", "全国人大", "环保法"],
    "traditional": ["濕地保護法", "人民代表大會", "環境保護法"],
    "miss": ["新洲区人大常委会", "龘", "不存在的机关名称"],
}
#: Searches for the figures reports state (newuser19 §10 searched 满意率): the generated corpus's rates and counts.
STATISTIC_QUERIES = ["满意率", "办结率", "代表满意率", "办结率100%", "满意率9"]
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


def _cold(store: Store, search: Callable[[], Any]) -> Any:
    """``search()`` with none of the store's kept answers: the search runs afresh."""
    kept, store.names.results = store.names.results, Recent(RESULTS)
    try:
        return search()
    finally:
        store.names.results = kept


def scanned_statistics(store: Store, q: str) -> dict[str, Any]:
    """``Store.find(q)`` as it was before round 37 (baseline): the page's statistics found among every row of the
    statistics table, read whole for each search."""
    found = search_index.find(store, q, None, 20, 0)
    if any("Statistic" in hit["types"] for hit in found["items"]):
        wanted = {hit["iri"] for hit in found["items"] if "Statistic" in hit["types"]}
        rows = {row["iri"]: row for row in store.statistics() if row["iri"] in wanted}
        found = {**found, "items": tables.statistic_hits(store, found["items"], rows)}
    return found


def statistic_gain(store: Store, rounds: int) -> tuple[list[Row], Row]:
    """Interleaved rounds (the order turned each round) of the searches of :data:`STATISTIC_QUERIES` whose page holds
    a statistic, each afresh, through :func:`scanned_statistics` (baseline) and ``Store.find``: p50/p99 wall and CPU
    per contender, and the baseline's p50 over the index's per round (min/median/max)."""
    asked = [q for q in STATISTIC_QUERIES if any("Statistic" in hit["types"] for hit in store.find(q, limit=20)["items"])]
    contenders: dict[str, Callable[[str], object]] = {
        "statistic rows scanned (baseline)": lambda q: _cold(store, lambda: scanned_statistics(store, q)),
        "statistic rows by IRI": lambda q: _cold(store, lambda: store.find(q, limit=20))}
    walls: dict[str, list[list[float]]] = {name: [] for name in contenders}
    cpus: dict[str, list[float]] = {name: [] for name in contenders}
    for n in range(rounds):
        for name, run in (list(contenders.items()) if n % 2 == 0 else list(contenders.items())[::-1]):
            walls[name].append([])
            for q in asked:
                began, cpu_began = time.perf_counter(), time.process_time()
                run(q)
                walls[name][-1].append(time.perf_counter() - began)
                cpus[name].append(time.process_time() - cpu_began)
    rows = [{"search": name, "queries": sum(map(len, runs)), "p50_ms": _p([s for r in runs for s in r], 0.5),
             "p99_ms": _p([s for r in runs for s in r], 0.99), "cpu_p50_ms": _p(cpus[name], 0.5)}
            for name, runs in walls.items()] if asked else []
    base, ours = walls.values()
    ratios = sorted(_p(b, 0.5) / _p(o, 0.5) for b, o in zip(base, ours)) if asked else []
    gain = {"queries": asked, "rounds": rounds, "statistics": len(store.statistics()),
            **({"p50_ratio_min": ratios[0], "p50_ratio_median": statistics.median(ratios), "p50_ratio_max": ratios[-1]}
               if ratios else {})}
    return rows, gain


def measure(store: Store, rounds: int, baseline: bool = True,
            server: psutil.Process | None = None) -> tuple[list[Row], list[Row], list[Row]]:
    """Interleaved rounds of the contenders (the index alone without ``baseline``): wall and CPU
    latency per kind of query (and ``server``'s CPU per query, over the run), per round, and each
    query's first hits."""
    contenders: dict[str, Callable[[str], object]] = {
        "scan (baseline)": lambda q: scan(store, q), "index": lambda q: _cold(store, lambda: store.find(q, limit=20)),
        "index, kept": lambda q: store.find(q, limit=20)}
    if not baseline:
        del contenders["scan (baseline)"]
    asked = [(kind, q) for kind, qs in QUERIES.items() for q in qs]
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    served: dict[str, float] = {}
    by_round: dict[str, list[list[float]]] = {name: [] for name in contenders}
    for n in range(rounds):
        for name, run in (list(contenders.items()) if n % 2 == 0 else list(contenders.items())[::-1]):
            by_round[name].append([])
            server_began = _cpu(server)
            for kind, q in asked:
                began, cpu_began = time.perf_counter(), time.process_time()
                run(q)
                seconds = time.perf_counter() - began
                cpu.setdefault((name, kind), []).append(time.process_time() - cpu_began)
                times.setdefault((name, kind), []).append(seconds)
                by_round[name][-1].append(seconds)
            served[name] = served.get(name, 0.0) + _cpu(server) - server_began
    per_kind = [{"search": name, "kind": kind, "queries": len(seconds), "p50_ms": _p(seconds, 0.5),
                 "p99_ms": _p(seconds, 0.99), "cpu_p50_ms": _p(cpu[name, kind], 0.5),
                 "cpu_p99_ms": _p(cpu[name, kind], 0.99)} for (name, kind), seconds in times.items()]
    for name in contenders:
        walls = [s for (n, _), seconds in times.items() if n == name for s in seconds]
        cpus = [s for (n, _), seconds in cpu.items() if n == name for s in seconds]
        per_kind.append({"search": name, "kind": "(all)", "queries": len(walls), "p50_ms": _p(walls, 0.5),
                         "p99_ms": _p(walls, 0.99), "cpu_p50_ms": _p(cpus, 0.5), "cpu_p99_ms": _p(cpus, 0.99),
                         **({"server_cpu_ms_mean": 1000 * served[name] / len(walls)} if server else {})})
    per_round = []
    for name, runs in by_round.items():
        p50s, p99s = sorted(_p(r, 0.5) for r in runs), sorted(_p(r, 0.99) for r in runs)
        per_round.append({"search": name, "rounds": len(runs), "queries": sum(len(r) for r in runs),
                          "p50_ms_min": p50s[0], "p50_ms_median": statistics.median(p50s), "p50_ms_max": p50s[-1],
                          "p99_ms_min": p99s[0], "p99_ms_median": statistics.median(p99s), "p99_ms_max": p99s[-1]})
    hits = []
    for kind, q in asked:
        found = store.find(q, limit=3)
        hits.append({"kind": kind, "query": q, "total": ("" if found["total_exact"] else "≥") + f"{found['total']:,}",
                     "first": " | ".join(i["label"] for i in found["items"])})
    return per_kind, per_round, hits


def _cpu(process: psutil.Process | None) -> float:
    """Seconds of CPU ``process`` has used (0 without one)."""
    if process is None:
        return 0.0
    used = process.cpu_times()
    return used.user + used.system


def _server(uri: str) -> psutil.Process | None:
    """The process listening on the port of ``uri`` (the Neo4j server), when this host runs it."""
    port = int(uri.rsplit(":", 1)[1])
    pid = next((c.pid for c in psutil.net_connections("tcp") if c.status == psutil.CONN_LISTEN
                and c.laddr.port == port and c.pid), None)
    return None if pid is None else psutil.Process(pid)


def _p(seconds: list[float], share: float) -> float:
    """The ``share`` quantile in milliseconds (nearest rank)."""
    ms = sorted(s * 1000 for s in seconds)
    return statistics.median(ms) if share == 0.5 else ms[min(len(ms) - 1, round(share * (len(ms) - 1)))]


def run(triples: int, use_neo4j: bool, rounds: int, out: Path, keep: Path | None = None, reindex: bool = True,
        baseline: bool = True) -> None:
    """Generate, write, measure, the JSON under ``out/SCALE/``; with ``keep``, the embedded store is kept there and,
    when it is already there, measured as it is (nothing generated); on Neo4j, ``keep`` measures the database
    at NEO4J_URI as it is when it holds reports."""
    where = out / (f"{triples // 1_000_000}M" if triples >= 1_000_000 else f"{triples // 1000}k")
    with tempfile.TemporaryDirectory(prefix="okg-bench-search-") as work:
        if use_neo4j:
            with neo4j_env() as env:
                from graph.backends.neo4j import Neo4jStore

                with Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"]) as store:
                    reuse = keep is not None and store.counts()["reports"] > 0
                    if not reuse:
                        wipe_neo4j(env)
                    _one(store, 0 if reuse else triples, rounds, where, reindex, baseline, _server(env["NEO4J_URI"]))
        else:
            from graph.backends.embedded import EmbeddedStore, is_store

            path = keep or Path(work) / "store"
            with EmbeddedStore(path) as store:
                _one(store, 0 if is_store(path) and store.counts()["reports"] else triples, rounds, where, reindex,
                     baseline)


def _one(store: Store, triples: int, rounds: int, where: Path, reindex: bool, baseline: bool,
         server: psutil.Process | None = None) -> None:
    """Write a corpus of ``triples`` (none: measure the store as it is), rebuild the index (unless not
    ``reindex``: the index as it is, brought level), measure (with ``server``'s CPU, the Neo4j server)."""
    written = 0.0
    if triples:
        items = corpus(triples)
        began = time.perf_counter()
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in [build_catalog(), *items.graphs]])
        written = time.perf_counter() - began
    counts = store.counts()
    label = f"{counts['triples']:,} triples, {counts['reports']} reports"
    began = time.perf_counter()
    indexed = store.reindex() if reindex else len(store.graph_hashes())
    rebuilt = time.perf_counter() - began
    load_before = os.getloadavg()[0]
    per_kind, per_round, hits = measure(store, rounds, baseline, server)
    stat_rows, gain = statistic_gain(store, rounds)
    load = (load_before, os.getloadavg()[0])
    title = f"{store.name} store ({label}; written in {written:.0f} s, " + (
        f"index rebuilt from {indexed} graphs in {rebuilt:.1f} s" if reindex else "index as it was") + (
        f"; load average {load[0]:.1f} before, {load[1]:.1f} after, on {os.cpu_count()} CPUs)")
    print_table(f"search latency per kind of query, {title}", per_kind)
    print_table("over all queries (server CPU: mean per query)", [row for row in per_kind if row["kind"] == "(all)"])
    print_table("p50 and p99 of each round, over all queries (min, median, max)", per_round)
    print_table("first hits", hits)
    print_table(f"searches whose page holds statistics ({len(store.statistics()):,} in the table), "
                "the statistics' rows scanned against looked up by IRI", stat_rows)
    print_table("gain: the scan's p50 over the look-up's, per round (min, median, max)", [gain])
    write_json(where, f"search-{store.name}",
               {"corpus": label, "write_seconds": written, "reindex_seconds": rebuilt if reindex else None,
                "load_average": {"before": load[0], "after": load[1]},
                "latency_per_kind": per_kind, "latency_per_round": per_round, "hits": hits,
                "statistic_hits": {"latency": stat_rows, "gain": gain}})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", default="1m", help="corpus size: 100k, 1m …")
    parser.add_argument("--neo4j", action="store_true", help="the Neo4j store (NEO4J_URI, else a throw-away server)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-reindex", dest="reindex", action="store_false",
                        help="measure the index as it is (brought level) instead of rebuilding it first")
    parser.add_argument("--keep", type=Path, help="keep the embedded store here (measured as it is when there); "
                        "with --neo4j, any value reuses the data at NEO4J_URI")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="time the index alone (to compare two versions of it; the scan takes seconds a query)")
    add_out_options(parser)
    args = parser.parse_args()
    if args.out is not None and args.record:
        parser.error("--out and --record: give one")
    with results_folder(args.out, args.record) as out:
        run(parse_scales(args.triples)[0], args.neo4j, args.rounds, out, args.keep, args.reindex, args.baseline)


if __name__ == "__main__":
    main()
