"""Reference graphs (ontology, law catalog) are compared by content and repaired."""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from api.ingest import REFERENCE_GRAPHS, ensure_reference_graphs
from graph import Store
from graph.terms import OKG_NS, local_name


def test_a_damaged_reference_graph_is_repaired(store: Store) -> None:
    assert ensure_reference_graphs(store) == ["inserted", "inserted"]
    assert ensure_reference_graphs(store) == ["unchanged", "unchanged"]
    ontology = REFERENCE_GRAPHS[0][0]
    good = store.named_graph(ontology)
    assert good is not None and store.named_graph(URIRef("https://example.org/none")) is None
    damaged = Graph()  # what the old layout made of it: every predicate folded into okg:
    for s, p, o in good:
        damaged.add((s, URIRef(OKG_NS + local_name(p)), o))
    store._replace_report(ontology, damaged, store.report_hash(ontology) or "")  # same hash, other content
    assert ensure_reference_graphs(store) == ["replaced", "unchanged"]
    assert isomorphic(store.named_graph(ontology), good)
