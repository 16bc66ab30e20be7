"""The name index's engines beyond the ranking (tests/api/test_search_ranking.py): a Neo4j store
indexed in an earlier form is indexed anew, an SQLite index of names without their keys reversed gets them, the index is written a batch of graphs at a time, and
SQLite's full-text index holds each name once however a batch orders them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from world import WETLAND, ingest, world_reports

from graph import Store, search_index, search_neo4j
from graph.name_index import Name
from graph.search_fts import SqliteNames
from graph.search_neo4j import EARLIER, INDEX, TAIL
from ontology import iri
from ontology.textform import search_key

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


@pytest.mark.neo4j
def test_neo4j_names_without_their_keys_reversed_get_them(fresh_store: Callable[[str], Store],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Names written before suffix matches had their own range index (no ``tail``, no index on it) are
    given their keys reversed, in batches: a name ending with the query is found again from that index."""
    store = fresh_store("neo4j")
    ingest(store, world_reports())
    ending = store.find("保护法", limit=50)
    assert "suffix" in {item["match"] for item in ending["items"]}
    search_index.close(store)
    nodes = "MATCH (n:_OkgName) RETURN elementId(n) AS node, n.tail AS tail ORDER BY node"
    held = store._read(nodes)  # type: ignore[attr-defined]
    store._write(lambda tx: tx.run("MATCH (n:_OkgName) REMOVE n.tail").consume())  # type: ignore[attr-defined]
    store._write(lambda tx: tx.run(f"DROP INDEX {TAIL}").consume())  # type: ignore[attr-defined]
    monkeypatch.setattr(search_neo4j, "REVERSED", 7)
    assert store.find("保护法", limit=50) == ending
    assert store._read(nodes) == held  # type: ignore[attr-defined]  # the same nodes, each with its tail as written


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


def _name(iri: str, name: str, alias: bool = False) -> Name:
    return Name(iri, name, alias, search_key(name), name, ("Law",))


def _fts_consistent(names: SqliteNames) -> None:
    """FTS5's own check of its index against the content table (raises when a row is missing or extra)."""
    names._db.execute("INSERT INTO names_fts(names_fts, rank) VALUES ('integrity-check', 1)")


def test_sqlite_index_holds_each_name_once_through_batches_of_graphs(tmp_path: Path) -> None:
    names = SqliteNames(tmp_path)
    long_first = [_name("urn:x:a", "中华人民共和国湿地保护法"), _name("urn:x:b", "湿地法", alias=True),
                  _name("urn:x:c", "森林法")]
    names.replace_all([("urn:g:1", "h1", long_first),  # row ids fall and rise within one transaction
                       ("urn:g:2", "h2", [_name("urn:x:c", "森林法"), _name("urn:x:d", "草原法")])])
    _fts_consistent(names)
    names.replace_all([("urn:g:1", "h1b", [_name("urn:x:a", "中华人民共和国湿地保护法")]), ("urn:g:2", None, [])])
    _fts_consistent(names)
    ranked = names.ranked(search_index.query("法"), None, 0, 10)
    assert [hit.iri for hit in ranked.items] == ["urn:x:a"] and ranked.total == 1
    assert names.hashes() == {"urn:g:1": "h1b"}
    names.close()


def test_an_earlier_sqlite_index_gets_its_keys_reversed(tmp_path: Path) -> None:
    names = SqliteNames(tmp_path)
    names.replace_all([("urn:g:1", "h1", [_name("urn:x:a", "中华人民共和国湿地保护法"), _name("urn:x:c", "森林法")])])
    names._db.executescript("DROP INDEX names_tail; ALTER TABLE names DROP COLUMN tail;")  # as an earlier version made it
    names.close()
    names = SqliteNames(tmp_path)
    assert names._db.execute("SELECT key, tail FROM names ORDER BY id").fetchall() == [
        ("森林法", "法林森"), ("中华人民共和国湿地保护法", "法护保地湿国和共民人华中")]
    ranked = names.ranked(search_index.query("保护法"), None, 0, 10)
    assert [(hit.iri, hit.tier) for hit in ranked.items] == [("urn:x:a", search_index.SUFFIX)]
    names.close()


def test_an_earlier_sqlite_index_stops_adding_names_by_trigger(tmp_path: Path) -> None:
    names = SqliteNames(tmp_path)
    names._db.execute("CREATE TRIGGER names_added AFTER INSERT ON names BEGIN "  # as an earlier version made it
                      "INSERT INTO names_fts(rowid, terms) VALUES (new.id, new.terms); END;")
    names.close()
    names = SqliteNames(tmp_path)
    names.replace_all([("urn:g:1", "h1", [_name("urn:x:c", "森林法")])])
    _fts_consistent(names)  # a trigger left in place would have indexed the name twice
    assert names.ranked(search_index.query("森林"), None, 0, 10).total == 1
    names.close()
