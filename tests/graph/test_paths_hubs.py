"""Shortest paths never pass through a schema hub (the ontology, its terms, the issue scheme and its issues), on both stores."""
from __future__ import annotations

from rdflib import SKOS, Graph, Literal, URIRef

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


def test_paths_do_not_pass_through_an_issue(store: Store) -> None:
    """Two activities about one issue (生态保护) are no neighbours through it: the path goes by their organs,
    longer, and an issue may still end a path."""
    ex = "https://example.org/"
    issue, a, c = ISSUE["生态保护"], URIRef(ex + "a"), URIRef(ex + "c")
    first, second = URIRef(ex + "first-organ"), URIRef(ex + "second-organ")
    g = Graph()
    g.add((issue, SKOS.inScheme, ISSUE_SCHEME))
    for triple in ((a, OKG.hasIssue, issue), (c, OKG.hasIssue, issue), (a, OKG.conductedBy, first),
                   (first, OKG.subOrganOf, second), (c, OKG.conductedBy, second)):
        g.add(triple)
    store.upsert_report(URIRef("urn:report:issue-hub"), g, "i")
    paths = store.paths(str(a), str(c))
    assert [[n["iri"] for n in p["nodes"]] for p in paths] == [[str(a), str(first), str(second), str(c)]]
    assert [p["length"] for p in store.paths(str(a), str(issue))] == [1]


def test_paths_are_every_shortest_walk_and_a_closed_end_stops_the_search(store: Store) -> None:
    """On a random graph of a few components (and isolated nodes), each pair's paths are networkx's shortest
    paths along relationships either way; an end whose whole reach holds no way to the other stops the
    search at once, instead of the other end walking out to the hop limit."""
    import random

    import networkx as nx

    pick = random.Random(7)
    ex = "https://example.org/n"
    nodes = [URIRef(f"{ex}{i}") for i in range(40)]
    g, undirected = Graph(), nx.Graph()
    undirected.add_nodes_from(str(n) for n in nodes)
    for _ in range(45):
        component = pick.choice([nodes[:18], nodes[18:30]])  # nodes 30–39 stay alone
        a, b = pick.sample(component, 2)
        g.add((a, pick.choice([OKG.concernsLaw, OKG.conductedBy]), b))
        undirected.add_edge(str(a), str(b))
    for n in nodes[30:]:
        g.add((n, SKOS.prefLabel, Literal(f"alone {n}")))  # in the store, with no relationship
    store.upsert_report(URIRef("urn:report:random"), g, "r")
    for _ in range(40):
        a, b = (str(n) for n in pick.sample(nodes, 2))
        want = ({tuple(p) for p in nx.all_shortest_paths(undirected, a, b)}
                if nx.has_path(undirected, a, b) else set())
        want = {p for p in want if len(p) - 1 <= 6}
        assert {tuple(n["iri"] for n in p["nodes"]) for p in store.paths(a, b, limit=1000)} == want, (a, b)
    reads: list[int] = []
    edges = store.edges
    store.edges = lambda iris: (reads.append(len(iris or [])), edges(iris))[1]  # type: ignore[method-assign]
    assert store.paths(str(nodes[0]), str(nodes[35])) == []
    assert len(reads) <= 2  # each end once: the lone one has nothing to walk
