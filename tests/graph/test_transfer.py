"""Export → import and store → store copies keep the answers, in every direction."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from world import answers, ingest

from graph import Store, StoreError
from graph.transfer import copy, import_rdf
from loaders import ReportGraph

NEO = pytest.mark.neo4j
ROUND_TRIPS = [
    ("embedded", "embedded", "trig"), ("embedded", "embedded", "nq"), ("embedded", "embedded", "jsonld"),
    pytest.param("embedded", "neo4j", "trig", marks=NEO), pytest.param("neo4j", "embedded", "nq", marks=NEO),
    pytest.param("neo4j", "neo4j", "jsonld", marks=NEO),
]


@pytest.mark.parametrize(("source", "target", "fmt"), ROUND_TRIPS)
def test_export_then_import_gives_the_same_answers(fresh_store: Callable[[str], Store], corpus: list[ReportGraph],
                                                   source: str, target: str, fmt: str) -> None:
    src = fresh_store(source)
    ingest(src, corpus)
    expected, text = answers(src), src.export(fmt)  # type: ignore[arg-type]
    dst = fresh_store(target)  # for neo4j → neo4j this empties the one database first
    assert import_rdf(dst, text, fmt) == {"inserted": len(corpus)}
    assert answers(dst) == expected
    assert import_rdf(dst, text, fmt) == {"unchanged": len(corpus)}


def test_triples_without_graphs_need_a_graph_name(fresh_store: Callable[[str], Store],
                                                  corpus: list[ReportGraph]) -> None:
    src = fresh_store("embedded")
    ingest(src, corpus[:1])
    text = src.export("ttl")
    with pytest.raises(StoreError, match="outside named graphs"):
        import_rdf(fresh_store("embedded"), text, "ttl")
    dst = fresh_store("embedded")
    assert import_rdf(dst, text, "ttl", graph=str(corpus[0].iri)) == {"inserted": 1}
    assert dst.laws() == src.laws()


def test_graphml_and_csv_hold_every_node_and_edge(fresh_store: Callable[[str], Store],
                                                  corpus: list[ReportGraph]) -> None:
    import io

    import networkx as nx

    db = fresh_store("embedded")
    ingest(db, corpus)
    g = nx.read_graphml(io.StringIO(db.export("graphml")))
    nodes, edges = db.export("csv-nodes").splitlines(), db.export("csv-edges").splitlines()
    assert (len(nodes) - 1, len(edges) - 1) == (g.number_of_nodes(), g.number_of_edges())
    assert nodes[0] == "iri,label,types" and edges[0] == "source,type,target"


@pytest.mark.neo4j
def test_copy_embedded_to_neo4j_and_back(fresh_store: Callable[[str], Store], corpus: list[ReportGraph],
                                         catalog: ReportGraph) -> None:
    embedded, neo4j, back = fresh_store("embedded"), fresh_store("neo4j"), fresh_store("embedded")
    ingest(embedded, [catalog, *corpus])
    assert copy(embedded, neo4j) == {"inserted": len(corpus) + 1}
    assert copy(embedded, neo4j) == {"unchanged": len(corpus) + 1}
    assert copy(neo4j, back) == {"inserted": len(corpus) + 1}
    assert answers(neo4j) == answers(embedded) == answers(back)
