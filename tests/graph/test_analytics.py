"""Analytics on the projection give the same tables from either store."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from world import JOINT_PAIR, ingest, world_reports

from graph import Store, analytics

KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.mark.parametrize("kind", KINDS)
def test_analytics_tables(fresh_store: Callable[[str], Store], kind: str) -> None:
    db = fresh_store(kind)
    ingest(db, world_reports())
    central = analytics.centrality(db)
    assert {"Law", "Organ"} >= {t for row in central for t in row["types"] if t in ("Law", "Organ", "Report")}
    assert central[0]["label"] == "中华人民共和国湿地保护法"
    pairs = analytics.co_inspection(db)
    assert [(p["source"]["label"], p["target"]["label"], p["weight"]) for p in pairs] == [
        ("中华人民共和国森林法", "中华人民共和国湿地保护法", 1)]
    joint = analytics.joint_activities(db)
    assert {joint[0]["source"]["label"], joint[0]["target"]["label"]} == JOINT_PAIR
    groups = analytics.communities(db)
    assert sum(g["size"] for g in groups) == len(analytics.oversight_graph(db))
    frame = analytics.as_frame(pairs)
    assert list(frame["weight"]) == [1] and "source.label" in frame.columns


@pytest.mark.neo4j
def test_analytics_agree_across_stores(fresh_store: Callable[[str], Store], corpus: list) -> None:
    embedded, neo4j = fresh_store("embedded"), fresh_store("neo4j")
    for db in (embedded, neo4j):
        ingest(db, corpus)
    for name in ("centrality", "communities", "co_inspection", "joint_activities"):
        assert getattr(analytics, name)(embedded) == getattr(analytics, name)(neo4j), name
