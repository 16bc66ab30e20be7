"""The Neo4j layout's provenance: a node one graph alone mentions carries no records, a shared one does,
and either way each graph reads back as it was written and a delete removes exactly its own statements."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from graph import Store

pytestmark = pytest.mark.neo4j
EX = Namespace("http://example.org/prov/")
A, B = URIRef(EX["graph-a"]), URIRef(EX["graph-b"])


def graph_a() -> Graph:
    g = Graph()
    g.add((EX.x, RDF.type, EX.Thing))
    g.add((EX.x, EX.size, Literal(1)))
    g.add((EX.x, EX.next, EX.y))
    return g


def graph_b() -> Graph:
    """Mentions x (a type and a value of its own, and as an object) and shares one value with A."""
    g = Graph()
    g.add((EX.z, EX.points, EX.x))
    g.add((EX.x, RDF.type, EX.Other))
    g.add((EX.x, EX.size, Literal(1)))
    g.add((EX.x, EX.size, Literal(2)))
    return g


def node(db: Any, iri: URIRef) -> tuple[set[str], dict[str, Any]]:
    record = db._driver.execute_query("MATCH (n:Resource {uri: $u}) RETURN labels(n) AS l, properties(n) AS p",
                                      u=str(iri)).records[0]
    return set(record["l"]), record["p"]


def records(db: Any, iri: URIRef) -> dict[str, dict[str, Any]]:
    """The records of a node, by graph, without their keys; each list sorted, as the store reads them as sets
    (``neo4j_write``), whatever order a writer or the migration left them in."""
    found = db._driver.execute_query("MATCH (s:_OkgStated {uri: $u}) RETURN properties(s) AS p", u=str(iri)).records
    return {r["p"]["g"]: {k: sorted(v) for k, v in r["p"].items() if k not in ("g", "uri")} for r in found}


def assert_graphs(db: Store, expected: dict[URIRef, Graph]) -> None:
    back = dict(db.report_graphs())
    assert set(back) == set(expected)
    for g, graph in expected.items():
        assert isomorphic(back[g], graph), g
        assert isomorphic(db.named_graph(g), graph), g


def test_records_appear_when_a_second_graph_mentions_a_node_and_go_when_it_leaves(
        fresh_store: Callable[[str], Store]) -> None:
    db = fresh_store("neo4j")
    db.upsert_report(A, graph_a(), "a1")
    labels, props = node(db, EX.x)
    assert props["graphs"] == [str(A)] and records(db, EX.x) == {}
    assert_graphs(db, {A: graph_a()})

    db.upsert_report(B, graph_b(), "b1")
    labels, props = node(db, EX.x)
    assert "graphs" not in props
    stated = records(db, EX.x)
    assert sorted(stated) == sorted([str(A), str(B)])
    assert stated[str(A)]["types"] == ["ns0__Thing"] and len(stated[str(A)]["values"]) == 1
    assert stated[str(A)]["rels"] == ["ns0__next\x1f" + str(EX.y)]
    assert stated[str(B)]["types"] == ["ns0__Other"] and len(stated[str(B)]["values"]) == 2
    assert "rels" not in stated[str(B)]  # B points at x: that relationship is z's, which B alone mentions
    assert_graphs(db, {A: graph_a(), B: graph_b()})

    assert db.delete_report(B)
    labels, props = node(db, EX.x)
    assert props["graphs"] == [str(A)] and records(db, EX.x) == {}
    assert labels == {"Resource", "ns0__Thing"} and props["ns0__size"] == [1]  # B's label and value went with it
    assert_graphs(db, {A: graph_a()})


def test_replacing_the_only_graph_of_a_node_keeps_no_stale_statement(fresh_store: Callable[[str], Store]) -> None:
    db = fresh_store("neo4j")
    db.upsert_reports([(A, graph_a(), "a1"), (B, graph_b(), "b1")])
    changed = graph_a()
    changed.remove((EX.x, RDF.type, EX.Thing))
    changed.set((EX.x, EX.size, Literal(3)))
    db.upsert_report(A, changed, "a2")
    assert_graphs(db, {A: changed, B: graph_b()})
    assert db.delete_report(B)
    labels, props = node(db, EX.x)
    assert labels == {"Resource"} and props["ns0__size"] == [3]
    assert_graphs(db, {A: changed})


def sharing(n: int) -> Graph:
    """Graph number ``n`` of several that state the same relationship, type and value of x, and one of its own."""
    g = Graph()
    g.add((EX.x, EX.next, EX.y))
    g.add((EX.x, RDF.type, EX.Thing))
    g.add((EX.x, EX.size, Literal(1)))
    g.add((EX.x, EX.size, Literal(10 + n)))
    g.add((EX.x, EX.seen, EX[f"w{n}"]))
    return g


def test_a_statement_several_graphs_share_stays_until_the_last_of_them_goes(
        fresh_store: Callable[[str], Store]) -> None:
    db = fresh_store("neo4j")
    graphs = {URIRef(EX[f"graph-{n}"]): sharing(n) for n in range(4)}
    db.upsert_reports([(g, graphs[g], "h") for g in list(graphs)[:2]])  # x new and shared in one group
    for g in list(graphs)[2:]:  # then added one graph at a time
        db.upsert_report(g, graphs[g], "h")
    assert_graphs(db, graphs)
    assert len(records(db, EX.x)) == 4
    for g in list(graphs)[:3]:
        assert db.delete_report(g)
        del graphs[g]
        assert_graphs(db, graphs)
        labels, props = node(db, EX.x)
        assert labels == {"Resource", "ns0__Thing"}
    labels, props = node(db, EX.x)
    assert props["graphs"] == [str(EX["graph-3"])] and records(db, EX.x) == {} and props["ns0__size"] == [1, 13]
    edges = db._driver.execute_query(  # type: ignore[attr-defined]
        "MATCH (:Resource {uri: $u})-[r]->(b) RETURN type(r) AS t, b.uri AS o ORDER BY o", u=str(EX.x)).records
    assert [(r["t"], r["o"]) for r in edges] == [("ns0__seen", str(EX.w3)), ("ns0__next", str(EX.y))]
    assert db.delete_report(URIRef(EX["graph-3"]))
    assert dict(db.report_graphs()) == {}
    assert db._driver.execute_query("MATCH (n) WHERE n:Resource OR n:_OkgStated RETURN count(n) AS n"  # type: ignore[attr-defined]
                                    ).records[0]["n"] == 0


def to_round_12_layout(db: Any) -> None:
    """Rewrite the store as round 12 wrote it: ``graphs`` on every node and relationship, a shared node's
    records as ``_okgTypes``/``_okgValues`` lists on it; then forget the layout mark."""
    run = db._driver.execute_query
    for row in run("MATCH (s:_OkgStated) RETURN s.uri AS u, collect(properties(s)) AS rs").records:
        rs = sorted(row["rs"], key=lambda r: r["g"])
        run("MATCH (n:Resource {uri: $u}) SET n.graphs = $gs, n._okgTypes = $types, n._okgValues = $values",
            u=row["u"], gs=[r["g"] for r in rs],
            types=sorted(f"{r['g']}\x1f{t}" for r in rs for t in r.get("types", [])),
            values=sorted(f"{r['g']}\x1f{v}" for r in rs for v in r.get("values", [])))
        for r in rs:
            for rel in r.get("rels", []):
                kind, target = rel.split("\x1f")
                run("MATCH (a:Resource {uri: $u})-[r]->(b:Resource {uri: $o}) WHERE type(r) = $t "
                    "SET r.graphs = coalesce(r.graphs, []) + $g", u=row["u"], o=target, t=kind, g=r["g"])
    run("MATCH (a:Resource)-[r]->(:Resource) WHERE size(a.graphs) = 1 AND a._okgTypes IS NULL SET r.graphs = a.graphs")
    run("MATCH (s:_OkgStated) DELETE s")
    run("MATCH (m:_OkgMark {key: 'neo4j-layout'}) DELETE m")


def test_a_store_in_the_round_12_layout_is_moved_on_open_and_reads_the_same(
        fresh_store: Callable[[str], Store], neo4j_server: Any) -> None:
    from graph.backends.neo4j import Neo4jStore

    db = fresh_store("neo4j")
    graphs = {A: graph_a(), B: graph_b(), **{URIRef(EX[f"graph-{n}"]): sharing(n) for n in range(3)}}
    db.upsert_reports([(g, graph, "h") for g, graph in graphs.items()])
    before = [(node(db, u), records(db, u)) for u in (EX.x, EX.y, EX.z, EX.w0)]
    to_round_12_layout(db)
    assert "_okgValues" in node(db, EX.x)[1] and records(db, EX.x) == {}  # the old layout, really
    reopened = Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    try:
        assert [(node(reopened, u), records(reopened, u)) for u in (EX.x, EX.y, EX.z, EX.w0)] == before
        assert reopened._driver.execute_query(  # type: ignore[attr-defined]
            "MATCH ()-[r]->() WHERE r.graphs IS NOT NULL RETURN count(r) AS n").records[0]["n"] == 0
        assert_graphs(reopened, graphs)
        assert reopened.delete_report(B)
        del graphs[B]
        assert_graphs(reopened, graphs)
    finally:
        reopened.close()
