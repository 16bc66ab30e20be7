"""The name index's engines beyond the ranking (tests/api/test_search_ranking.py): a Neo4j store
indexed in the earlier form is indexed anew, and the index is written a batch of graphs at a time."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from world import WETLAND, ingest, world_reports

from graph import Store, search_index
from graph.search_neo4j import EARLIER, INDEX
from ontology import iri

LAW = str(iri.entity("law", WETLAND))


@pytest.mark.neo4j
def test_an_earlier_neo4j_index_is_dropped_and_the_names_made_anew(fresh_store: Callable[[str], Store]) -> None:
    store = fresh_store("neo4j")
    ingest(store, world_reports())
    laws = store.find("湿地", types=["Law"], limit=50)
    assert [item["iri"] for item in laws["items"]] == [LAW]
    search_index.close(store)  # a store as an earlier version left it: names without kinds, the terms-only index
    store._write(lambda tx: tx.run("MATCH (n:_OkgName) REMOVE n.kinds").consume())  # type: ignore[attr-defined]
    store._write(lambda tx: tx.run(f"DROP INDEX {INDEX}").consume())  # type: ignore[attr-defined]
    store._write(lambda tx: tx.run(  # type: ignore[attr-defined]
        f"CREATE FULLTEXT INDEX {EARLIER[0]} FOR (n:_OkgName) ON EACH [n.terms]").consume())
    assert store.find("湿地", types=["Law"], limit=50) == laws
    names = {row["name"] for row in store._read("SHOW INDEXES YIELD name RETURN name")}  # type: ignore[attr-defined]
    assert INDEX in names and not names & set(EARLIER)


def test_levelling_writes_batches_of_graphs(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest(store, world_reports())
    before = store.find("湿地", limit=50)
    batches: list[int] = []
    names = search_index.index(store)
    replace_all = names.replace_all
    monkeypatch.setattr(names, "replace_all", lambda graphs: (batches.append(len(graphs)), replace_all(graphs)))
    monkeypatch.setattr(search_index, "BATCH", 2)
    graphs = len(store.graph_hashes())
    assert store.reindex() == graphs >= 2
    assert batches == [2] * (graphs // 2) + [graphs % 2] * (graphs % 2)
    assert store.find("湿地", limit=50) == before
