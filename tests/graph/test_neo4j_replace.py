"""Replacing and deleting graphs on Neo4j leaves the store as writing what is left afresh would: a node several
graphs share, holding many literals of awkward kinds (typed, ``xsd:string``, language tags as written and in two
cases, strings that read like the stored forms, mixed types, a functional property's ``_okgAlso_`` values) and a
blank-node child, is rebuilt from the graphs' records, whose value digests must be those of the values read back
(round 19: a graph's ``"plain"^^xsd:string``, stored as ``"plain"``, left a digest no stored value had, and the next
replacement failed with ``KeyError: ('note', …)``). The digests are checked without a server too: each literal's is
the one of the literal its stored form reads back as, and a node keeps every value whose digest differs."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rdflib import RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from test_export_exact import LITERALS, exact, typed

from graph import Store, n10s
from graph.neo4j_layout import by_digest
from graph.canonical import content_hash

EX = Namespace("https://example.org/replace/")
K = Namespace("https://w3id.org/oversight-kg/ontology#")
LAW = EX["law/forest"]
A, B, C = (EX[f"report/{x}"] for x in "abc")
# Values each graph states of the shared node besides the export tests' LITERALS: RDF 1.1's one literal written two
# ways, tags that differ only in case (one a graph), and tagged text holding the typed form's "^^".
AWKWARD = {
    A: [Literal("plain"), typed("a^^b", XSD.string), Literal("x", lang="zh-Hant"), Literal("x^^y", lang="en"),
        Literal("1^^xsd__decimal", lang="zh"), Literal("mail@Example", lang="zh-Hans"), typed("7", XSD.integer)],
    B: [typed("plain", XSD.string), Literal("x", lang="zh-hant"), Literal("Forest Law", lang="EN-gb"),
        typed("7", XSD.integer), typed("07", XSD.integer), Literal("7")],
    C: [Literal("x", lang="ZH-HANT"), Literal("a^^b"), Literal("x^^y", lang="EN"), typed("4.0", XSD.decimal)],
}


KINDS = [*LITERALS, *(lit for g in sorted(AWKWARD) for lit in AWKWARD[g]), Literal("a^^b@en"), Literal(""),
         Literal("", lang="en"), typed("x^^xsd__string", XSD.string), typed("a@en", XSD.token),
         typed("2024-02-30", XSD.date), typed("nan", XSD.double)]


@pytest.mark.parametrize("native", [True, False], ids=["own type", "string form"])
@pytest.mark.parametrize("lit", KINDS, ids=[f"{n}-{lit.n3()}" for n, lit in enumerate(KINDS)])
def test_a_value_read_back_has_the_digest_it_was_written_with(lit: Literal, native: bool) -> None:
    ns = n10s.Namespaces()
    back = n10s.literal(n10s.value(lit, ns, native=native), ns)
    assert n10s.identity(back) == n10s.identity(lit)  # the same literal: lexical form, tag as written, datatype
    assert n10s.digest(back) == n10s.digest(lit)


@pytest.mark.parametrize("key", ["note", "value"], ids=["list", "functional"])
def test_a_node_keeps_each_value_by_digest_and_its_digests_read_back(key: str) -> None:
    """rdflib calls ``"x"@zh-Hant`` and ``"x"@zh-hant`` equal; the store keeps both, as two graphs wrote them, and
    ``"plain"`` once for its two spellings."""
    ns = n10s.Namespaces()
    given = [Literal("x", lang="zh-Hant"), Literal("x", lang="zh-hant"), Literal("x", lang="ZH-HANT"),
             Literal("plain"), typed("plain", XSD.string), typed("7", XSD.integer), typed("07", XSD.integer)]
    props = n10s.node_values({key: given}, ns)
    stored = [*([props[key]] if key in n10s.functional_keys() else props[key]), *props.get(n10s.ALSO + key, [])]
    assert len(stored) == 6
    assert set(by_digest(props, ns)) == {(key, n10s.digest(lit)) for lit in given}


def version(g: URIRef, n: int, blank: bool) -> Graph:
    """Version ``n`` of graph ``g``: its awkward values and a rotating slice of LITERALS on the shared law's ``note``
    (a list) and ``value`` (functional: one value, the rest ``_okgAlso_value``), with a blank-node child when
    ``blank``."""
    out = Graph()
    start = (sorted(AWKWARD).index(g) * 7 + n * 5) % len(LITERALS)
    chosen = [*AWKWARD[g], *(LITERALS[(start + i) % len(LITERALS)] for i in range(12 + n))]
    for lit in chosen:
        out.add((LAW, K.note, lit))
    for lit in chosen[::3]:
        out.add((LAW, K.value, lit))
    out.add((LAW, RDFS.label, Literal(f"森林法 {n}", lang="zh")))
    out.add((LAW, RDFS.label, Literal("中华人民共和国森林法", lang="zh")))
    out.add((EX[f"statistic/{g.rsplit('/', 1)[1]}"], K.value, chosen[0]))
    if blank:
        part = BNode()
        out.add((LAW, K.part, part))
        out.add((part, K.value, typed("2.50", XSD.decimal)))
        out.add((part, K.note, chosen[-1]))
    return out


def snapshot(db: Any) -> tuple[dict[str, Any], dict[str, Any], list[Any]]:
    """The stored nodes (labels, properties), the graphs' records of shared nodes and the bookkeeping."""
    run = db._driver.execute_query
    nodes = {r["u"]: (sorted(r["l"]), r["p"]) for r in run(
        "MATCH (n:Resource) RETURN n.uri AS u, labels(n) AS l, properties(n) AS p").records}
    stated = {(r["p"]["g"], r["p"]["uri"]): r["p"] for r in run(
        "MATCH (s:_OkgStated) RETURN properties(s) AS p").records}
    graphs = [(r["g"], r["n"]) for r in run(
        "MATCH (m:_OkgGraph) RETURN m.uri AS g, m.nodes AS n ORDER BY g").records]
    return nodes, stated, graphs


def assert_holds(db: Store, expected: dict[URIRef, Graph]) -> None:
    back = dict(db.report_graphs())
    assert sorted(back) == sorted(expected)
    for g, graph in expected.items():
        assert exact(back[g]) ^ exact(graph) == set(), g
        assert exact(db.named_graph(g)) ^ exact(graph) == set(), g


# Each step: (graph, version or None to delete, with blank nodes); a step of several graphs is one group.
PLANS = {
    "blank nodes dropped one graph at a time": [
        [(A, 1, True)], [(B, 1, True)], [(C, 1, True)],
        [(A, 2, False)], [(B, 2, False)], [(C, 2, False)], [(A, None, False)], [(B, 3, True)], [(C, None, False)]],
    "blank nodes dropped in one group": [
        [(A, 1, True), (B, 1, True), (C, 1, True)], [(A, 2, False), (B, 2, False), (C, 2, False)],
        [(B, None, False)], [(A, 3, True)], [(A, None, False), (C, 3, False)]],
    "blank nodes added": [
        [(A, 1, False), (B, 1, False)], [(C, 1, False)], [(A, 2, True)], [(B, 2, True), (C, None, False)],
        [(A, 3, False)], [(B, None, False)]],
}


@pytest.mark.neo4j
@pytest.mark.parametrize("plan", sorted(PLANS))
def test_replacing_and_deleting_shared_graphs_leaves_what_a_fresh_write_would(
        fresh_store: Callable[[str], Store], plan: str) -> None:
    db = fresh_store("neo4j")
    now: dict[URIRef, Graph] = {}
    for step in PLANS[plan]:
        items = []
        for g, n, blank in step:
            if n is None:
                assert db.delete_report(g)
                del now[g]
            else:
                now[g] = version(g, n, blank)
                items.append((g, now[g], content_hash(now[g])))
        if items:
            db.upsert_reports(items)
        assert_holds(db, now)
        kept = snapshot(db)
        fresh = fresh_store("neo4j")  # the one database, emptied
        fresh.upsert_reports([(g, graph, content_hash(graph)) for g, graph in now.items()])
        assert snapshot(fresh) == kept, step
        db = fresh  # the next step goes on from the fresh write, which the assertion says is the same store
