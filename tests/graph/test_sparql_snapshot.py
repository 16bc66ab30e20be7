"""User SPARQL reads a consistent snapshot while a writer commits (graph/sparql_worker.py)."""
from __future__ import annotations

import threading
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from graph.backends.embedded import EmbeddedStore
from graph.query_limits import QueryLimits

REPORT = URIRef("https://w3id.org/oversight-kg/id/report/snapshot")
FACTS = 200
COUNT = ("SELECT (COUNT(?o) AS ?n) (COUNT(DISTINCT ?o) AS ?versions) (MIN(?o) AS ?v) "
         f"WHERE {{ GRAPH <{REPORT}> {{ ?s <urn:version> ?o }} }}")


def version(n: int) -> Graph:
    """The report at version ``n``: every fact says ``n``."""
    graph = Graph()
    for i in range(FACTS):
        graph.add((URIRef(f"urn:fact:{i}"), URIRef("urn:version"), Literal(n)))
    return graph


def test_queries_see_one_whole_version_while_a_writer_commits(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_report(REPORT, version(0), "0")
        stop = threading.Event()
        written = [0]

        def writer() -> None:
            while not stop.is_set():
                written[0] += 1
                store.upsert_report(REPORT, version(written[0]), str(written[0]))

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            seen = []
            for _ in range(8):
                row = store.sparql(COUNT, QueryLimits())["results"]["bindings"][0]
                seen.append(int(row["v"]["value"]))
                assert int(row["n"]["value"]) == FACTS and row["versions"]["value"] == "1", row
        finally:
            stop.set()
            thread.join()
    assert written[0] > 3 and len(set(seen)) > 1, (written, seen)  # the writer really ran meanwhile
    assert seen == sorted(seen)  # and no query went back in time
    assert not list(tmp_path.glob(".store-snapshot-*"))  # every snapshot was removed
