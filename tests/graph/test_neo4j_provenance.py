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
    assert props["graphs"] == [str(A)] and "_okgTypes" not in props and "_okgValues" not in props
    assert_graphs(db, {A: graph_a()})

    db.upsert_report(B, graph_b(), "b1")
    labels, props = node(db, EX.x)
    assert props["graphs"] == sorted([str(A), str(B)])
    assert len(props["_okgTypes"]) == 2 and len(props["_okgValues"]) == 3  # size 1 from both, size 2 from B
    assert_graphs(db, {A: graph_a(), B: graph_b()})

    assert db.delete_report(B)
    labels, props = node(db, EX.x)
    assert props["graphs"] == [str(A)] and "_okgTypes" not in props and "_okgValues" not in props
    assert labels == {"Resource", "ns0__Thing"} and props["ns0__size"] == 1  # B's label and value went with it
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
    assert labels == {"Resource"} and props["ns0__size"] == 3
    assert_graphs(db, {A: changed})
