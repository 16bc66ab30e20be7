"""Analytics on the projection give the same tables from either store."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from world import JOINT_PAIR, ingest, world_reports

from graph import Store, analytics
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

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


@pytest.mark.parametrize("text", [  # a province's 2022 communiqué, as a new user collected it (江苏, in simplified script)
    "会议听取了省人大常委会执法检查组所作的关于检查《中华人民共和国种子法》《江苏省种子条例》实施情况的报告。",
    "会议听取和审议了市人大常委会执法检查组关于《中华人民共和国消防法》和《湖北省消防条例》执法检查情况的报告。",
    "常委会对《中华人民共和国森林法》《中华人民共和国湿地保护法》实施情况开展执法检查，并听取审议了执法检查报告。",
])
def test_laws_inspected_together_once_weigh_one(fresh_store: Callable[[str], Store], text: str) -> None:
    doc = Document(text=text, source="r.txt", metadata={"organ": "江苏省人民代表大会常务委员会", "year": "2022"})
    db = fresh_store("embedded")
    ingest(db, [build(doc, extract(doc))])
    assert [p["weight"] for p in analytics.co_inspection(db)] == [1]


@pytest.mark.parametrize("kind", KINDS)
def test_a_plans_work_links_nothing(fresh_store: Callable[[str], Store], kind: str) -> None:
    """Analytics count oversight done: an inspection a plan announces (拟开展) pairs no laws and makes no organ
    central (a fresh user's 2024 plan made its laws co-inspected and its committee the most central organ)."""
    planned = Document(text="2024年，省人大常委会拟对《中华人民共和国安全生产法》《湖南省安全生产条例》开展执法检查。",
                       source="plan.txt", metadata={"organ": "湖南省人民代表大会常务委员会", "year": "2024"})
    done = Document(text="2023年，省人大常委会对《中华人民共和国森林法》《湖南省林业条例》开展了执法检查。",
                    source="done.txt", metadata={"organ": "湖南省人民代表大会常务委员会", "year": "2023"})
    db = fresh_store(kind)
    ingest(db, [build(planned, extract(planned)), build(done, extract(done))])
    assert [(p["source"]["label"], p["target"]["label"]) for p in analytics.co_inspection(db)] == [
        ("中华人民共和国森林法", "湖南省林业条例")]
    central = {row["label"] for row in analytics.centrality(db)}
    assert "中华人民共和国安全生产法" not in central and "中华人民共和国森林法" in central
