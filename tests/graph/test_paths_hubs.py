"""Shortest paths never pass through a schema hub (the ontology, its terms, the issue scheme), on both stores."""
from __future__ import annotations

from rdflib import SKOS, Graph, URIRef

from graph import Store
from ontology import ISSUE, ISSUE_SCHEME, OKG


def test_paths_do_not_pass_through_the_issue_scheme(store: Store) -> None:
    ex = "https://example.org/"
    x, y, a, c, organ = ISSUE["x"], ISSUE["y"], URIRef(ex + "a"), URIRef(ex + "c"), URIRef(ex + "organ")
    g = Graph()
    for issue in (x, y):
        g.add((issue, SKOS.inScheme, ISSUE_SCHEME))
    for triple in ((a, OKG.hasIssue, x), (a, OKG.conductedBy, organ), (c, OKG.conductedBy, organ),
                   (c, OKG.hasIssue, y)):
        g.add(triple)
    store.upsert_report(URIRef("urn:report:hub"), g, "h")
    paths = store.paths(str(x), str(y))
    assert [p["length"] for p in paths] == [4]  # not x → scheme → y
    assert [n["iri"] for n in paths[0]["nodes"]] == [str(x), str(a), str(organ), str(c), str(y)]
    assert [p["length"] for p in store.paths(str(x), str(ISSUE_SCHEME))] == [1]  # a hub may end a path
