"""SPARQL on the embedded store: the README's questions and the same questions asked over the default graph, with what
writing the store costs, on the calibrated corpus.

``python -m benchmarks.sparql --triples 100k`` generates the corpus (:func:`benchmarks.common.corpus`), writes it with
the law catalog into a new embedded store (``upsert_reports``, CPU and wall seconds; the store's size on disk after), then
asks every query of :func:`queries` through ``Store.sparql`` (a snapshot and a query process each, as ``/sparql`` asks),
in interleaved rounds: wall seconds min / median / max, the rows answered and a digest of the answer, so two versions of
the store are compared on the same corpus (the answers of the README's questions must agree; the default graph's
forms show what the default graph is). A query past ``--limit`` seconds is recorded as stopped. The JSON goes to
``<scale>/sparql.json`` in ``--out``, a scratch folder by default; ``--record`` copies it into ``benchmark-results/``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Row, add_out_options, corpus, print_table, results_folder, write_json
from benchmarks.__main__ import parse_scales

ROOT = Path(__file__).resolve().parents[1]
#: The same questions over the default graph, no GRAPH: what users write first (a new user's round 39, finding 12;
#: round 35, finding 8; round 17's places).
DEFAULT_GRAPH = {
    "inspections per law (COUNT, default graph)":
        'SELECT ?lawLabel (COUNT(?a) AS ?inspections) WHERE { ?a a okg:LawEnforcementInspection ; okg:concernsLaw ?law .'
        ' ?law rdfs:label ?lawLabel FILTER(lang(?lawLabel)="zh") } GROUP BY ?lawLabel ORDER BY DESC(?inspections)',
    "activities per province (default graph)":
        "SELECT ?province ?level (COUNT(DISTINCT ?a) AS ?activities) WHERE { ?a a okg:OversightActivity ; "
        'okg:status "reported" ; okg:statedIn ?r . ?r okg:level ?level ; okg:jurisdiction ?area . '
        "?area okg:within* ?p . ?p a okg:ProvinceLevelArea ; rdfs:label ?province } GROUP BY ?province ?level "
        "ORDER BY ?province ?level",
    "statistics summed per province (SUM, default graph)":
        "SELECT ?province (SUM(?value) AS ?total) WHERE { ?s a okg:Statistic ; okg:statedIn ?r ; okg:value ?value . "
        "?r okg:jurisdiction ?area . ?area okg:within* ?p . ?p a okg:ProvinceLevelArea ; rdfs:label ?province } "
        "GROUP BY ?province ORDER BY ?province",
    "triples (COUNT(*), default graph)": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "a law's labels (default graph)":
        "SELECT ?l WHERE { ?law a okg:Law ; rdfs:label ?l } ORDER BY ?l",
}


def queries() -> dict[str, str]:
    """The README's SPARQL questions by their number, then :data:`DEFAULT_GRAPH`."""
    readme = re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S)
    return {**{f"README question {n}": text for n, text in enumerate(readme, 1)}, **DEFAULT_GRAPH}


def _digest(answer: dict[str, Any]) -> str:
    """The answer's solutions, in order, as 12 hex digits of SHA-256."""
    rows = answer.get("results", {}).get("bindings", [answer.get("boolean")])
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run(triples: int, rounds: int, limit: float, out: Path) -> dict[str, Any]:
    """Write the corpus into a new store, ask every query ``rounds`` times (interleaved), write the JSON."""
    from api.sparql_protocol import prepare
    from graph import StoreError
    from graph.backends.embedded import EmbeddedStore
    from loaders.build.catalog import build_catalog

    items = corpus(triples)
    graphs = [(g.iri, g.graph, g.content_hash) for g in [build_catalog(), *items.graphs]]
    asked = {name: prepare(text, None).text for name, text in queries().items()}
    seconds: dict[str, list[float]] = {name: [] for name in asked}
    answers: dict[str, tuple[int, str] | str] = {}
    with tempfile.TemporaryDirectory(prefix="okg-bench-sparql-") as work:
        path = Path(work) / "store"
        with EmbeddedStore(path, query_timeout=limit) as store:
            wall, cpu = time.perf_counter(), time.process_time()
            store.upsert_reports(graphs)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            counts = store.counts()
            load = [os.getloadavg()[0]]
            for _ in range(rounds):
                for name, text in asked.items():
                    if answers.get(name) == "stopped":
                        continue
                    began = time.perf_counter()
                    try:
                        answer = store.sparql(text)
                    except StoreError as exc:
                        answers[name] = "stopped" if "time limit" in str(exc) else f"failed: {exc}"
                        continue
                    seconds[name].append(time.perf_counter() - began)
                    answers[name] = (len(answer.get("results", {}).get("bindings", [])), _digest(answer))
            load.append(os.getloadavg()[0])
        size = _size(path)
    label = f"{counts['triples']:,} triples in the report graphs, {counts['reports']} reports"
    rows: list[Row] = []
    for name, taken in seconds.items():
        found = answers.get(name)
        rows.append({"query": name, "min_s": round(min(taken), 3) if taken else None,
                     "median_s": round(statistics.median(taken), 3) if taken else None,
                     "max_s": round(max(taken), 3) if taken else None,
                     "rows": found[0] if isinstance(found, tuple) else found,
                     "answer": found[1] if isinstance(found, tuple) else None})
    write_rows = [{"what": "upsert_reports", "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                   "triples_per_cpu_s": round(counts["triples"] / cpu), "store_mib": round(size / 2**20, 1)}]
    print_table(f"writing the store ({label})", write_rows)
    print_table(f"SPARQL through Store.sparql, {rounds} interleaved rounds, limit {limit:g} s "
                f"(load average {load[0]:.1f} before, {load[1]:.1f} after, on {os.cpu_count()} CPUs)", rows)
    result = {"corpus": label, "write": write_rows[0], "queries": rows, "load_average": load}
    write_json(out / (f"{triples // 1_000_000}M" if triples >= 1_000_000 else f"{triples // 1000}k"), "sparql", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", default="100k", help="corpus size: 10k, 100k, 1m …")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds a query may run [60]")
    add_out_options(parser)
    args = parser.parse_args()
    if args.out is not None and args.record:
        parser.error("--out and --record: give one")
    with results_folder(args.out, args.record) as out:
        run(parse_scales(args.triples)[0], args.rounds, args.limit, out)


if __name__ == "__main__":
    main()
