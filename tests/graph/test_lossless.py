"""What goes into a store as RDF comes out as the same RDF, graph by graph, on both stores.

One test per way the Neo4j layout used to lose data (issue 12, cases 1-8).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from graph import Store
from graph.terms import OKG_NS
from graph.canonical import content_hash
from graph.transfer import copy
from loaders import load

EX = "https://example.org/"
LAW = URIRef(EX + "law/forest")
K = Namespace(OKG_NS)  # okg terms, known to the ontology or not


def graph_of(*triples: tuple) -> Graph:
    g = Graph()
    for triple in triples:
        g.add(triple)
    return g


def put(db: Store, name: str, g: Graph) -> URIRef:
    iri = URIRef(EX + name)
    db.upsert_report(iri, g, content_hash(g))
    return iri


def stored(db: Store) -> dict[URIRef, Graph]:
    return dict(db.report_graphs())


def assert_round_trip(db: Store, graphs: dict[str, Graph]) -> None:
    for name, g in graphs.items():
        put(db, name, g)
    back = stored(db)
    for name, g in graphs.items():
        assert isomorphic(back[URIRef(EX + name)], g), back[URIRef(EX + name)].serialize(format="nt")


def test_values_carry_the_graphs_that_state_them(store: Store) -> None:  # case 1
    a = graph_of((LAW, RDFS.label, Literal("森林法", lang="zh")), (LAW, K.lawLevel, Literal("法律")),
                 (LAW, RDF.type, K.Law))
    b = graph_of((LAW, RDFS.label, Literal("中华人民共和国森林法", lang="zh")), (LAW, K.lawLevel, Literal("法律")))
    assert_round_trip(store, {"a": a, "b": b})
    assert sorted(store.entity(str(LAW))["properties"]["label"]) == ["中华人民共和国森林法", "森林法"]
    assert store.delete_report(URIRef(EX + "a"))
    law = store.entity(str(LAW))
    assert law["properties"] == {"label": "中华人民共和国森林法", "lawLevel": "法律"} and law["types"] == []
    assert list(stored(store)) == [URIRef(EX + "b")] and isomorphic(stored(store)[URIRef(EX + "b")], b)


def test_other_vocabularies_keep_their_namespaces(store: Store) -> None:  # case 2
    concept = URIRef(EX + "issue/forest")
    g = graph_of((concept, RDF.type, SKOS.Concept), (concept, SKOS.altLabel, Literal("林业", lang="zh")),
                 (concept, SKOS.broader, URIRef(EX + "issue/nature")), (K.Law, RDF.type, OWL.Class),
                 (concept, URIRef("http://example.com/vocab#has-part"), URIRef(EX + "x")),
                 (concept, URIRef(OKG_NS + "graphs"), Literal("an okg term named like the bookkeeping")))
    assert_round_trip(store, {"g": g})
    assert "Concept" not in store.counts() and "Class" not in store.counts()


def test_blank_nodes_come_back(store: Store) -> None:  # case 3
    shape, inner = BNode(), BNode()
    g = graph_of((LAW, K.evidence, shape), (shape, RDFS.label, Literal("x")), (shape, K.part, inner),
                 (inner, RDF.type, K.Statistic))
    assert_round_trip(store, {"g": g, "h": graph_of((LAW, K.evidence, BNode()))})


def test_language_tags_are_kept_not_guessed(store: Store) -> None:  # case 4
    g = graph_of((LAW, RDFS.label, Literal("NPC", lang="zh")), (LAW, DCTERMS.title, Literal("森林法", lang="zh-Hant")),
                 (LAW, SKOS.prefLabel, Literal("Forest Law", lang="en")), (LAW, K.subject, Literal("森林")),
                 (LAW, K.note, Literal("mail@example")), (LAW, K.note, Literal("a^^b")))
    assert_round_trip(store, {"g": g})


def test_datatypes_and_lexical_forms_are_kept(store: Store) -> None:  # case 5
    def typed(text: str, datatype: URIRef) -> Literal:
        return Literal(text, datatype=datatype, normalize=False)

    g = graph_of(*((LAW, K.value, lit) for lit in (
        typed("72", XSD.decimal), typed("1234567890123456789.5", XSD.decimal), typed("2.50", XSD.decimal),
        typed("1.5E3", XSD.double), typed("0.1", XSD.double), typed("2023", XSD.gYear),
        typed("2023-02", XSD.gYearMonth), typed("9223372036854775808", XSD.integer), typed("01", XSD.integer),
        typed("7", XSD.integer), typed("true", XSD.boolean), typed("2024-02-09", XSD.date),
        typed("x", URIRef("http://example.com/dt#custom")))))
    assert_round_trip(store, {"g": g})
    assert store.entity(str(LAW))["properties"]["value"]  # the tables read them as values


def test_any_valid_rdf_is_taken(store: Store) -> None:  # case 6
    g = graph_of((LAW, K["count"], Literal(3)), (LAW, K["count"], Literal("three")),
                 (LAW, K["count"], Literal("3.0", datatype=XSD.decimal, normalize=False)),
                 (LAW, URIRef(EX + "vocab/has-part"), URIRef(EX + "part")))
    assert_round_trip(store, {"g": g})


@pytest.mark.neo4j
def test_copy_to_neo4j_takes_any_predicate_name(fresh_store: Callable[[str], Store]) -> None:  # case 6
    g = graph_of((LAW, URIRef(EX + "vocab/has-part"), URIRef(EX + "part")), (LAW, URIRef(EX + "vocab/a.b~c%60d(e)"), Literal(1)))
    source, target = fresh_store("embedded"), fresh_store("neo4j")
    put(source, "g", g)
    assert copy(source, target) == {"inserted": 1}
    assert isomorphic(stored(target)[URIRef(EX + "g")], g)


def test_a_report_with_a_very_long_title_is_stored(store: Store, tmp_path: Path) -> None:  # case 7
    path = tmp_path / "long.txt"
    path.write_text("关于" + "执法检查情况" * 500 + "的报告\n\n区人大常委会开展森林法执法检查。\n", encoding="utf-8")
    rg = load(path)
    assert store.upsert_report(rg.iri, rg.graph, rg.content_hash) == "inserted"
    assert isomorphic(stored(store)[rg.iri], rg.graph)
    assert store.search("执法检查情况执法检查情况") and store.reports()[0]["title"].startswith("关于执法")


def test_bookkeeping_stays_outside_the_graphs(store: Store) -> None:  # case 8
    iri = URIRef(EX + "g")
    g = graph_of((iri, RDFS.label, Literal("a report", lang="en")))
    put(store, "g", g)
    assert isomorphic(stored(store)[iri], g)
    assert store.entity(str(iri))["properties"] == {"label": "a report"}
    assert store.report_hash(iri) == content_hash(g)
    assert store.counts()["triples"] == 1
