"""The projection built from a store's whole description (what an export's node table reads anyway) is the one the
store's keyed description gives: the same nodes with the same data, in the same order, and the same edges."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, URIRef
from world import ingest, world_reports

from graph import Store
from graph.projection import projection
from graph.terms import OKG_NS

KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]
EX = "https://example.org/"


def _untyped() -> tuple[URIRef, Graph]:
    """A report graph whose subject has no type, label or status, only a note and a relationship: a node the keyed
    description leaves out and the projection adds as an edge's end."""
    g = Graph()
    g.add((URIRef(EX + "bare"), URIRef(OKG_NS + "note"), Literal("only a note")))
    g.add((URIRef(EX + "bare"), URIRef(OKG_NS + "mentionsLaw"), URIRef(EX + "law/x")))
    return URIRef(EX + "report/bare"), g


@pytest.mark.parametrize("kind", KINDS)
def test_a_projection_from_the_whole_description_is_the_same(fresh_store: Callable[[str], Store], kind: str) -> None:
    from graph.canonical import content_hash

    db = fresh_store(kind)
    ingest(db, world_reports())
    name, g = _untyped()
    db.upsert_reports([(name, g, content_hash(g))])
    keyed, whole = projection(db), projection(db, db.describe())
    assert list(whole.nodes(data=True)) == list(keyed.nodes(data=True))
    assert list(whole.edges(keys=True)) == list(keyed.edges(keys=True))
    assert keyed.nodes[EX + "bare"] == {"label": None, "types": []}
