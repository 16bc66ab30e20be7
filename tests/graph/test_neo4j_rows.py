"""The Neo4j writer's one pass over each graph (no server needed): it gives the name index the rows that
reading the graph's names apart gives, and refuses the terms :func:`graph.backends.check_terms` refuses,
with the same line; and the pause of the garbage collector around a write is undone after it."""
from __future__ import annotations

import gc
import threading

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from world import LAW, labelled_law, world_reports

from graph import gc_pause, neo4j_write, search_index
from graph.backends import StoreError, check_terms
from graph.search_neo4j import name_row

G = "https://example.org/report/1"


@pytest.mark.parametrize("graph", [labelled_law(), *(rg.graph for rg in world_reports())],
                         ids=["labelled", "report-a", "report-b"])
def test_the_one_pass_gives_the_name_rows_reading_the_names_gives(graph: Graph) -> None:
    batch = neo4j_write.prepare([(G, graph, "hash")], {})
    assert batch.names[G] == [name_row(name) for name in search_index.names(graph)]
    assert batch.names[G]  # every graph here has names
    assert batch.name_rows() == ([{"g": G, "hash": "hash", "rows": batch.names[G]}], [])


def test_a_deleted_graph_has_no_names_and_is_dropped() -> None:
    batch = neo4j_write.prepare([(G, None, "")], {})
    assert batch.names == {} and batch.name_rows() == ([], [G])


BAD_IRI = URIRef("https://example.org/a b")
SURROGATE = Literal("x \ud800 y")


@pytest.mark.parametrize("triple", [
    (BAD_IRI, RDFS.label, Literal("x")),  # subject
    (LAW, BAD_IRI, Literal("x")),  # predicate
    (LAW, RDFS.seeAlso, BAD_IRI),  # object
    (LAW, RDF.type, BAD_IRI),  # type
    (LAW, RDFS.label, SURROGATE),  # literal
    (BNode("b\ud800"), RDFS.label, Literal("x")),  # blank node
], ids=["subject", "predicate", "object", "type", "literal", "blank-node"])
def test_the_one_pass_refuses_a_bad_term_as_check_terms_does(triple: tuple) -> None:
    graph = labelled_law()
    graph.add(triple)
    with pytest.raises(StoreError) as expected:
        check_terms(URIRef(G), graph)
    with pytest.raises(StoreError) as met:
        neo4j_write.prepare([(G, graph, "hash")], {})
    assert str(met.value) == str(expected.value)


def test_a_graph_iri_no_store_can_hold_is_refused() -> None:
    with pytest.raises(StoreError, match="a b"):
        neo4j_write.prepare([("https://example.org/a b", labelled_law(), "hash")], {})


def test_the_collector_is_paused_until_the_last_write_ends_then_as_it_was() -> None:
    assert gc.isenabled()
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with gc_pause.paused():
            entered.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    with gc_pause.paused():
        assert not gc.isenabled()
        thread.start()
        entered.wait(10)
    assert not gc.isenabled()  # the other write is still under way
    leave.set()
    thread.join(10)
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_pause.paused():
            pass
        assert not gc.isenabled()  # disabled before: left disabled
    finally:
        gc.enable()


def test_xsd_string_datatype_needs_no_prefix_of_its_own() -> None:
    graph = Graph()
    graph.add((LAW, RDFS.label, Literal("x", datatype=XSD.string)))
    batch = neo4j_write.prepare([(G, graph, "hash")], {})
    assert batch.fresh[str(LAW)]["props"]["rdfs__label"] == ["x"]
