"""The whole sample corpus: idempotent re-ingest, and the same answers from both stores."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from world import answers, ingest

from graph import Store
from loaders import ReportGraph


def test_reingest_is_idempotent_and_delete_restores(store: Store, corpus: list[ReportGraph],
                                                    catalog: ReportGraph) -> None:
    assert set(ingest(store, [catalog, *corpus])) == {"inserted"}
    first = store.counts()
    assert set(ingest(store, [catalog, *corpus])) == {"unchanged"}
    # and report by report, each found unchanged in its own write (the hash read under the graph's lock)
    assert {store.upsert_report(rg.iri, rg.graph, rg.content_hash) for rg in [catalog, *corpus]} == {"unchanged"}
    assert store.counts() == first
    for rg in corpus:
        assert store.delete_report(rg.iri)
    assert store.laws() == [] and store.counts()["reports"] == 0
    assert set(ingest(store, corpus)) == {"inserted"}
    assert store.counts() == first


@pytest.mark.neo4j
def test_both_stores_give_the_same_answers(fresh_store: Callable[[str], Store], corpus: list[ReportGraph],
                                           catalog: ReportGraph) -> None:
    embedded, neo4j = fresh_store("embedded"), fresh_store("neo4j")
    for db in (embedded, neo4j):
        ingest(db, [catalog, *corpus])
    assert embedded.counts() == neo4j.counts()
    mine, theirs = answers(embedded), answers(neo4j)
    for key in mine:
        assert mine[key] == theirs[key], key
    assert len(mine["laws"]) > 20 and mine["coverage"]["summary"] and mine["statistics"]
