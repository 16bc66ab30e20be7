"""The embedded store's default graph is an RDF graph, a set: each triple of its report graphs once, kept so by every
write, while each report graph stays queryable by name (a new user's round 39, finding 12: over Oxigraph's union
default graph, a bag, a COUNT was multiplied by the reports stating a law's title). SPARQL is the embedded store's
language; Neo4j merges nodes by IRI and has no bag to begin with."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from graph import marks
from graph.backends.embedded import DEFAULT_GRAPH_MARK, EmbeddedStore
from graph.embedded_bookkeeping import PREDICATES
from old_layouts import before_round_40

ID = "https://w3id.org/oversight-kg/id/"
OKG = "https://w3id.org/oversight-kg/ontology#"
LAW = URIRef(ID + "law/中华人民共和国湿地保护法")
COUNT = (f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a a <{OKG}LawEnforcementInspection> ; <{OKG}concernsLaw> ?law . "
         f"?law <{RDFS.label}> ?title }}")


def report(name: str, inspections: int, extra: str | None = None) -> tuple[URIRef, Graph, str]:
    """A report graph stating ``inspections`` inspections of the wetland law and the law's title and type, as every
    report naming a law restates them; ``extra`` a triple of its own (a distinct version)."""
    iri = URIRef(ID + f"report/{name}")
    graph = Graph()
    graph.add((LAW, RDF.type, URIRef(OKG + "Law")))
    graph.add((LAW, RDFS.label, Literal("中华人民共和国湿地保护法", lang="zh")))
    for n in range(inspections):
        activity = URIRef(ID + f"activity/{name}-{n}")
        graph.add((activity, RDF.type, URIRef(OKG + "LawEnforcementInspection")))
        graph.add((activity, URIRef(OKG + "concernsLaw"), LAW))
        graph.add((activity, URIRef(OKG + "statedIn"), iri))
    if extra:
        graph.add((iri, RDFS.comment, Literal(extra)))
    return iri, graph, f"{name}-{inspections}-{extra}"


def named_triples(store: EmbeddedStore) -> set[tuple[object, object, object]]:
    """The triples of every named graph, each once."""
    return {(q.subject, q.predicate, q.object) for q in store._db.quads_for_pattern(None, None, None)  # type: ignore[attr-defined]
            if q.graph_name != ox.DefaultGraph()}


def default_triples(store: EmbeddedStore) -> set[tuple[object, object, object]]:
    """The default graph's triples, its bookkeeping aside."""
    return {(q.subject, q.predicate, q.object)
            for q in store._db.quads_for_pattern(None, None, None, ox.DefaultGraph())  # type: ignore[attr-defined]
            if q.predicate not in PREDICATES}


def count(store: EmbeddedStore, query: str = COUNT) -> int:
    return int(store.sparql(query)["results"]["bindings"][0]["n"]["value"])


def test_every_write_keeps_the_default_graph_the_set_of_the_report_graphs(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_reports([report("a", 2), report("b", 1)])  # a group: the loader
        assert default_triples(store) == named_triples(store)
        assert store.upsert_report(*report("c", 1)) == "inserted"  # one new report: one extend
        assert count(store) == 4, "each inspection once, though three reports state the law's title"
        assert store.upsert_report(*report("a", 1, "version 2")) == "replaced"  # one update
        assert default_triples(store) == named_triples(store) and count(store) == 3
        store.replace_graphs([(report("b", 1)[0], None, ""), (*report("c", 2)[:2], "c-2")])  # both in one update
        assert default_triples(store) == named_triples(store) and count(store) == 3
        assert store.delete_report(report("a", 1)[0])
        assert default_triples(store) == named_triples(store) and count(store) == 2
        title = f"ASK {{ <{LAW}> <{RDFS.label}> ?t }}"
        assert store.sparql(title)["boolean"], "c still states the title"
        assert store.delete_report(report("c", 2)[0])
        assert not store.sparql(title)["boolean"] and default_triples(store) == set()


def test_the_report_graphs_stay_apart_under_graph(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_reports([report("a", 2), report("b", 1)])
        rows = store.sparql(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?law <{RDFS.label}> ?title }} }} "
                            "GROUP BY ?g ORDER BY ?g")["results"]["bindings"]
        assert [(r["g"]["value"].rsplit("/", 1)[1], r["n"]["value"]) for r in rows] == [("a", "1"), ("b", "1")]
        assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ <{LAW}> <{RDFS.label}> ?title }}") == 1
        assert count(store, f"SELECT (COUNT(*) AS ?n) FROM <{ID}report/a> WHERE {{ ?a <{OKG}concernsLaw> ?l }}") == 2


def test_a_store_written_before_gets_its_default_graph_when_opened_to_write(tmp_path: Path) -> None:
    """A store of an earlier okg (report graphs, no triples in the default graph, no mark) reads as Oxigraph's union
    while only read, as it did, and is given its default graph by the first opening that writes."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        store.upsert_reports([report("a", 2), report("b", 1)])
    before_round_40(path)
    with EmbeddedStore(path, access="read") as reader:
        assert count(reader) == 2 * 2 + 1 * 2, "the union, a bag: each inspection once per report stating the title"
    with EmbeddedStore(path) as store:
        assert count(store) == 3 and default_triples(store) == named_triples(store)
    assert marks.read(path)[DEFAULT_GRAPH_MARK] == "set"
    with EmbeddedStore(path, access="read") as reader:
        assert count(reader) == 3


@pytest.mark.parametrize("form", ["upsert_report", "upsert_reports"])
def test_a_blank_node_is_one_node_in_its_graph_and_the_default_graph(tmp_path: Path, form: str) -> None:
    from rdflib import BNode

    iri, graph, digest = report("a", 1)
    place = BNode()
    graph.add((iri, URIRef(OKG + "jurisdiction"), place))
    graph.add((place, RDFS.label, Literal("新洲区", lang="zh")))
    with EmbeddedStore(tmp_path / "store") as store:
        getattr(store, form)(*([[(iri, graph, digest)]] if form == "upsert_reports" else [iri, graph, digest]))
        assert default_triples(store) == named_triples(store)
        found = f"SELECT ?name WHERE {{ <{iri}> <{OKG}jurisdiction> ?p . ?p <{RDFS.label}> ?name }}"
        assert [r["name"]["value"] for r in store.sparql(found)["results"]["bindings"]] == ["新洲区"]
